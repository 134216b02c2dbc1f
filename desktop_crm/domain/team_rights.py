"""What the login a file is connected with may do for the team, read from the file alone (the
role the server gave at connect, ``sync_state.role``), so the app offers only that.

The server stays the guard (row-level security refuses the rest, kept as a ``refused``
conflict); this only spares a user the offer of what would be refused. A file that works
alone belongs to its user: everything is offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.storage import sync_rows
from desktop_crm.storage.db import Store


@dataclass(frozen=True)
class Rights:
    role: str | None          # 'rep', 'manager', 'admin'; None: the file works alone
    give: bool                # give customers to another account manager (owner changes)
    shared_reference: bool    # tiers and their policies, scoring weights, member rules
    users: bool               # logins and roles on the team server
    audit: bool               # read the team's audit log

    @property
    def connected(self) -> bool:
        return self.role is not None


ALONE = Rights(None, True, True, True, True)
_BY_ROLE = {
    "rep": Rights("rep", False, False, False, False),
    "manager": Rights("manager", True, True, False, False),
    "admin": Rights("admin", True, True, True, True),
}


def rights(store: Store) -> Rights:
    """The rights of the file's login; an unknown role (a newer server's) is given a rep's."""
    found = sync_rows.state(store.conn)
    if found is None:
        return ALONE
    return _BY_ROLE.get(found[2], Rights(found[2], False, False, False, False))
