"""What the login a file is connected with may do for the team, read from the file alone (the
role the server gave at connect, ``sync_state.role``), so the app offers only that.

The server stays the guard (row-level security refuses the rest, kept as a ``refused``
conflict); this only spares a user the offer of what would be refused. A file that works
alone belongs to its user: everything is offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_crm.storage import audit as audit_log
from desktop_crm.storage import sync_rows
from desktop_crm.storage.db import Store


@dataclass(frozen=True)
class Rights:
    role: str | None          # 'rep', 'manager', 'admin'; None: the file works alone
    give: bool                # give customers to another account manager (owner changes)
    shared_reference: bool    # tiers and their policies, scoring weights, member rules
    users: bool               # logins and roles on the team server
    audit: bool               # read the team's audit log
    resident_ids: bool = False  # see resident ID numbers in full (else masked)

    @property
    def connected(self) -> bool:
        return self.role is not None


ALONE = Rights(None, True, True, True, True, True)
_BY_ROLE = {
    "rep": Rights("rep", False, False, False, False),
    "manager": Rights("manager", True, True, False, False, True),
    "admin": Rights("admin", True, True, True, True, True),
}
# A file alone: whether its user sees resident ID numbers in full ("0": masked for whoever
# looks over their shoulder, or prints); on by default, the file being its user's own.
SHOW_RESIDENT_IDS = "privacy.show_resident_ids"


def rights(store: Store) -> Rights:
    """The rights of the file's login; an unknown role (a newer server's) is given a rep's."""
    found = sync_rows.state(store.conn)
    if found is None:
        return ALONE
    return _BY_ROLE.get(found[2], Rights(found[2], False, False, False, False))


def may_see_resident_ids(store: Store) -> bool:
    """Whether resident ID numbers are shown in full on screen, in print and in exports:
    administrators and managers of a team; a file alone, unless its user turned it off."""
    found = rights(store)
    if found.connected:
        return found.resident_ids
    return store.setting(SHOW_RESIDENT_IDS, "1") != "0"


def set_show_resident_ids(store: Store, on: bool, actor: str) -> None:
    """Show resident ID numbers in full in this file (alone), or masked; noted in the audit
    log. A connected file follows its login's role instead."""
    if (store.setting(SHOW_RESIDENT_IDS, "1") != "0") == on:
        return
    store.set_setting(SHOW_RESIDENT_IDS, "1" if on else "0")
    audit_log.record(store, actor, "privacy", "resident ID numbers shown in full" if on
                     else "resident ID numbers masked")
