"""The team server: a stock PostgreSQL database holding the records every laptop syncs.

No server process of ours: laptops talk to PostgreSQL with psycopg, PostgreSQL checks the
password (SCRAM), the transport (``sslmode``) and, through row-level security, which rows a
login may read or write (``resources/server_sql/``). This module sets the database up and keeps its
schema current (``init``, ``upgrade``), adds the team's logins and says how things stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql

from desktop_crm import paths
from desktop_crm.sync import ROLES, PasswordNeeded, Sentence, ServerError

# The server schema's versions, in order: version N is SCRIPTS[N - 1]. An explicit list, so
# a script is never run because a file happened to be there.
SCRIPTS = ("v001.sql", "v002.sql", "v003.sql")
SCHEMA_VERSION = len(SCRIPTS)
LOGIN_PATTERN = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")


@dataclass(frozen=True)
class Login:
    login: str
    staff: str
    role: str
    team: str | None
    active: bool = True
    last_sync_at: datetime | None = None  # when the login's laptop last synced (schema 2)
    last_sync_machine: str | None = None


def connect(url: str, **options: Any) -> psycopg.Connection:
    """A connection to the team database, or a ServerError saying why there is none."""
    try:
        return psycopg.connect(url, connect_timeout=15, application_name="desktop-crm", **options)
    except psycopg.OperationalError as error:
        if "no password supplied" in str(error):
            raise PasswordNeeded(
                "The team server asks for a password and none was given: run the command on a "
                "terminal, or set PGPASSWORD, or keep the password in ~/.pgpass.") from None
        raise ServerError(_connection_problem(str(error))) from None
    except psycopg.ProgrammingError as error:  # a URL libpq cannot read
        raise ServerError("The server address is not valid: {error}", error=error) from None


def _connection_problem(message: str) -> Sentence:
    first = message.strip().splitlines()[-1] if message.strip() else message
    if "SSL was required" in message or "does not support SSL" in message:
        return Sentence("The address asks for an encrypted connection (TLS), which the team "
                        "server does not offer: ask your administrator ({first}).", first=first)
    if "no encryption" in message or ("SSL" in message and "pg_hba" in message):
        return Sentence("The team server accepts only encrypted connections (TLS): add "
                        "?sslmode=require to the address ({first}).", first=first)
    if "password authentication failed" in message:
        return Sentence("The server refused the login or password; check them with your "
                        "administrator.")
    if "does not exist" in message and "database" in message:
        return Sentence("The team database does not exist on that server ({first}).", first=first)
    if "Connection refused" in message or "could not connect" in message or "timeout" in message:
        return Sentence("Could not reach the team server; check the address and your network, "
                        "then try again ({first}).", first=first)
    return Sentence("Could not connect to the team server: {first}", first=first)


def team_role(conn: psycopg.Connection) -> str:
    """The group role every login of this team database belongs to (roles are cluster-wide,
    so it is named after the database)."""
    return f"{conn.info.dbname}_team"


def schema_version(conn: psycopg.Connection) -> int | None:
    """The server schema's version, or None for a database not set up for desktop-crm."""
    found = conn.execute("SELECT to_regclass('crm.schema_version')").fetchone()[0]
    if found is None:
        return None
    return conn.execute("SELECT max(version) FROM crm.schema_version").fetchone()[0]


def _script(name: str, role: str) -> str:
    text = paths.resource("server_sql", name).read_text("utf-8")
    return text.replace(":team", sql.Identifier(role).as_string(None))


def init(url: str) -> int:
    """Set up an empty database as the team server; the schema version now in place."""
    with connect(url) as conn:
        if (version := schema_version(conn)) is not None:
            raise ServerError(
                "This database is already a desktop-crm team server (schema version {version}); "
                "use `desktop-crm server upgrade` to bring it up to date.", version=version
            )
        role = team_role(conn)
        try:
            with conn.transaction():
                exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
                if not exists:
                    conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
                for name in SCRIPTS:
                    conn.execute(_script(name, role))
                conn.execute("UPDATE crm.schema_version SET version = %s", (SCHEMA_VERSION,))
        except psycopg.errors.InsufficientPrivilege as error:
            raise ServerError(
                "This login may not set up the team server: connect as the database's owner, "
                "with the right to create roles (CREATEROLE). ({error})",
                error=error.diag.message_primary
            ) from None
        return SCHEMA_VERSION


def upgrade(url: str) -> tuple[int, int]:
    """Run the schema scripts the server has not had yet: (version before, version after)."""
    with connect(url) as conn:
        before = schema_version(conn)
        if before is None:
            raise ServerError("This database is not a desktop-crm team server yet: run "
                              "`desktop-crm server init` first.")
        if before > SCHEMA_VERSION:
            raise ServerError(newer_server(before))
        with conn.transaction():
            conn.execute("LOCK TABLE crm.schema_version IN EXCLUSIVE MODE")
            before = schema_version(conn)
            for version in range(before + 1, SCHEMA_VERSION + 1):
                conn.execute(_script(SCRIPTS[version - 1], team_role(conn)))
                conn.execute("UPDATE crm.schema_version SET version = %s", (version,))
        return before, SCHEMA_VERSION


def newer_server(version: int) -> Sentence:
    return Sentence("The team server's schema is version {version}, newer than this app knows "
                    "({app}): install the newer desktop-crm your team uses.",
                    version=version, app=SCHEMA_VERSION)


def older_server(version: int) -> Sentence:
    return Sentence("The team server's schema is version {version}, older than this app needs "
                    "({app}): ask your administrator to run `desktop-crm server upgrade`.",
                    version=version, app=SCHEMA_VERSION)


def check_version(conn: psycopg.Connection) -> None:
    """Refuse to go on with a server whose schema is not the one this app was made for."""
    version = schema_version(conn)
    if version is None:
        raise ServerError("That database is not a desktop-crm team server: ask your "
                          "administrator to run `desktop-crm server init` on it.")
    if version > SCHEMA_VERSION:
        raise ServerError(newer_server(version))
    if version < SCHEMA_VERSION:
        raise ServerError(older_server(version))


def add_user(url: str, login: str, staff_name: str, role: str, team: str | None,
             password: str) -> Login:
    """Create a person's login (SCRAM password) as a member of the team, tied to their staff
    record (made now when the server has none of that name yet)."""
    if not LOGIN_PATTERN.fullmatch(login):
        raise ServerError("A login is lower-case letters, digits, '_', '.' or '-', starting with "
                          "a letter or '_', at most 63 characters.")
    if role not in ROLES:
        raise ServerError("The role must be one of {roles}.", roles=", ".join(ROLES))
    if role == "manager" and not team:
        raise ServerError("A manager needs a team (--team): a manager sees that team's customers.")
    _check_password(password)
    staff_name = staff_name.strip()
    if not staff_name:
        raise ServerError("Name the staff member this login is (--staff).")
    with connect(url) as conn:
        check_version(conn)
        _may_change_logins(conn)
        taken = conn.execute("SELECT 1 FROM crm.logins WHERE login = %s", (login,)).fetchone()
        if taken or conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone():
            raise ServerError("The login {login} exists already.", login=login)
        with conn.transaction():
            staff = _staff_record(conn, staff_name, role)
            if conn.execute("SELECT 1 FROM crm.logins WHERE staff = %s", (staff,)).fetchone():
                raise ServerError("{staff} has a login already.", staff=staff_name)
            verifier = conn.pgconn.encrypt_password(password.encode(), login.encode(),
                                                    b"scram-sha-256").decode()
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(login), sql.Literal(verifier), sql.Identifier(team_role(conn))))
            conn.execute("INSERT INTO crm.logins (login, staff, role, team) VALUES (%s, %s, %s, %s)",
                         (login, staff, role, team))
        return Login(login, staff_name, role, team)


def set_password(url: str, login: str, password: str) -> None:
    """Give a login a new password (someone forgot theirs): their laptop asks for it at the
    next sync."""
    _check_password(password)
    with connect(url) as conn:
        check_version(conn)
        _known(conn, login)
        verifier = conn.pgconn.encrypt_password(password.encode(), login.encode(),
                                                b"scram-sha-256").decode()
        with _may_manage_roles():
            conn.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(verifier)))


def deactivate(url: str, login: str, give_to: str | None) -> int:
    """Stop a login signing in (someone left) and give their customers, with all that hangs
    off them, to the login ``give_to``; the number of customers given. In one transaction:
    either everything happens or nothing. Their laptop's unsynced edits cannot reach the
    team any more; their staff record stays (history names them) and is marked inactive."""
    with connect(url) as conn:
        check_version(conn)
        staff = _known(conn, login)
        owned = conn.execute("SELECT count(*) FROM crm.records WHERE kind = 'customer' "
                             "AND owner = %s AND NOT deleted", (staff,)).fetchone()[0]
        heir = None
        if give_to is not None:
            if give_to == login:
                raise ServerError("Give {login}'s customers to someone else.", login=login)
            heir = _known(conn, give_to)
        elif owned:
            raise ServerError("{login} owns {count} customers: name who takes them over "
                              "(--give-to).", login=login, count=owned)
        with conn.transaction(), _may_manage_roles():
            if heir is not None:
                conn.execute(
                    "UPDATE crm.records SET data = jsonb_set(data, '{owner_id}', to_jsonb(%s::text))"
                    " WHERE kind = 'customer' AND owner = %s AND NOT deleted", (heir, staff))
            conn.execute("UPDATE crm.records SET data = jsonb_set(data, '{active}', '0') "
                         "WHERE uuid = %s AND kind = 'staff'", (staff,))
            conn.execute("UPDATE crm.logins SET active = false WHERE login = %s", (login,))
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(login)))
        return owned if heir is not None else 0


def activate(url: str, login: str) -> None:
    """Let a deactivated login sign in again (their customers stay with whoever has them)."""
    with connect(url) as conn:
        check_version(conn)
        staff = _known(conn, login)
        with conn.transaction(), _may_manage_roles():
            conn.execute("UPDATE crm.records SET data = jsonb_set(data, '{active}', '1') "
                         "WHERE uuid = %s AND kind = 'staff'", (staff,))
            conn.execute("UPDATE crm.logins SET active = true WHERE login = %s", (login,))
            conn.execute(sql.SQL("ALTER ROLE {} LOGIN").format(sql.Identifier(login)))


def _known(conn: psycopg.Connection, login: str) -> str:
    """The staff record of one of the team's logins, asked by a login that may change others
    (another login's row is not even visible to a rep's)."""
    _may_change_logins(conn)
    row = conn.execute("SELECT staff::text FROM crm.logins WHERE login = %s", (login,)).fetchone()
    if row is None:
        raise ServerError("{login} is not one of this team's logins (see `desktop-crm server "
                          "users`).", login=login)
    return row[0]


def _may_change_logins(conn: psycopg.Connection) -> None:
    may = conn.execute("SELECT rolsuper OR rolcreaterole FROM pg_roles "
                       "WHERE rolname = current_user").fetchone()
    if not (may and may[0]):
        raise ServerError("This login may not change other logins: use the login that set up "
                          "the team (with CREATEROLE). ({error})", error=conn.info.user)


@contextmanager
def _may_manage_roles() -> Iterator[None]:
    try:
        yield
    except psycopg.errors.InsufficientPrivilege as error:
        raise ServerError("This login may not change other logins: use the login that set up "
                          "the team (with CREATEROLE). ({error})",
                          error=error.diag.message_primary) from None


_STAFF_ROLES = {"rep": "account_manager", "manager": "manager", "admin": "admin"}


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise ServerError("The password must be at least 8 characters long.")


def _staff_record(conn: psycopg.Connection, name: str, role: str) -> str:
    row = conn.execute("SELECT uuid FROM crm.records WHERE kind = 'staff' AND data ->> 'name' = %s "
                       "AND NOT deleted", (name,)).fetchone()
    if row:
        return str(row[0])
    data = {"name": name, "role": _STAFF_ROLES[role], "active": 1,
            "created_at": datetime.now().isoformat(timespec="seconds")}
    row = conn.execute(
        "INSERT INTO crm.records (uuid, kind, data) VALUES (gen_random_uuid(), 'staff', %s) "
        "RETURNING uuid", (psycopg.types.json.Jsonb(data),)).fetchone()
    return str(row[0])


def users(url: str) -> list[Login]:
    with connect(url) as conn:
        check_version(conn)
        rows = conn.execute(
            "SELECT l.login, coalesce(s.data ->> 'name', '?'), l.role, l.team, l.active, "
            "l.last_sync_at, l.last_sync_machine FROM crm.logins l "
            "LEFT JOIN crm.records s ON s.uuid = l.staff ORDER BY l.team NULLS FIRST, l.login"
        ).fetchall()
    return [Login(*row) for row in rows]


def status(url: str) -> dict[str, Any]:
    """What the server holds, as the login may see it."""
    with connect(url) as conn:
        version = schema_version(conn)
        out: dict[str, Any] = {"schema_version": version, "app_schema_version": SCHEMA_VERSION,
                               "database": conn.info.dbname, "login": conn.info.user,
                               "server_version": conn.info.server_version}
        if version is None:
            return out
        out["records"] = dict(conn.execute(
            "SELECT kind, count(*) FROM crm.records WHERE NOT deleted GROUP BY kind ORDER BY kind"
        ).fetchall())
        out["logins"] = conn.execute("SELECT count(*) FROM crm.logins").fetchone()[0]
        return out
