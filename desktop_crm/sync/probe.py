"""Try a server address and login without tying any file to it (the app's "Test connection").

The same checks as :func:`desktop_crm.sync.connection.connect` makes before it keeps the
address: the server answers, the password is right, the schema is the one this app knows,
and the login is a member of the team.
"""

from __future__ import annotations

from desktop_crm.sync import ServerError
from desktop_crm.sync.connection import open_server, without_password
from desktop_crm.sync.server import check_version


def probe(url: str, login: str, password: str | None) -> str:
    """The login's role on the server, or a ServerError saying what is wrong."""
    with open_server(without_password(url, login), password) as conn:
        check_version(conn)
        me = conn.execute("SELECT crm.my_role()").fetchone()
    if me is None or me[0] is None:
        raise ServerError("{login} signs in but is not a member of this team: ask your "
                          "administrator to add the login with `desktop-crm server add-user`.",
                          login=login)
    return me[0]


def team_customers(url: str, login: str, password: str | None) -> tuple[str, int]:
    """The login's role and how many customers the team's data holds (what the login may
    see of them): before connecting a file that holds customers of its own."""
    role = probe(url, login, password)
    with open_server(without_password(url, login), password) as conn:
        count = conn.execute("SELECT count(*) FROM crm.records "
                             "WHERE kind = 'customer' AND NOT deleted").fetchone()[0]
    return role, int(count)
