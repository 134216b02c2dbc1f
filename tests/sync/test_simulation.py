"""A randomized team: five laptops with their own logins and roles edit offline, create,
delete, reassign, log visits and points, sync in random order, some syncs cut in the middle
of a push or a pull (the server kills the connection). Seeded, so CI sees the same runs.

Invariants: after every step no laptop's file holds a record its login may not see; after
everyone syncs twice, every laptop agrees with the server on every record its login may
see, and every edit made anywhere (the oracle's list) is in the final data or in a conflict
still waiting for review on some laptop.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass, field
from typing import Any

import psycopg
from hypothesis import HealthCheck, Phase, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from desktop_crm.domain.members import MemberService
from desktop_crm.storage import sync_conflicts, sync_rows
from desktop_crm.storage.sync_tables import BY_KIND, KIND_NAMES, TABLES, as_text
from desktop_crm.sync import ServerError, engine, server
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import Laptop, laptop

# login: (staff name, role, team)
PEOPLE = {
    "boss": ("总经理", "admin", None),
    "chen": ("陈经理", "manager", "north"),
    "wang": ("王敏", "rep", "north"),
    "li": ("李强", "rep", "north"),
    "zhao": ("赵雷", "rep", "south"),
}
LOGINS = tuple(PEOPLE)
REPS = ("wang", "li", "zhao")
CUSTOMER_FIELDS = ("phone", "address", "area", "notes")
CONTACT_FIELDS = ("mobile", "notes", "position")
_databases = itertools.count(1)
_values = itertools.count(1)


def may_own(login: str) -> tuple[str, ...]:
    """Whom this login may give a customer to."""
    role, group = PEOPLE[login][1], PEOPLE[login][2]
    if role == "admin":
        return REPS
    if role == "manager":
        return tuple(r for r in REPS if PEOPLE[r][2] == group)
    return (login,)


@dataclass
class Edit:
    """One field set on one laptop, for the oracle."""

    number: int
    login: str
    kind: str
    uuid: str
    field: str
    value: str
    knew: set[int]                                    # edits its laptop had when made
    known_by: set[str] = field(default_factory=set)   # laptops that have pulled it since
    delivered: bool = False


def uuid_of(lap: Laptop, kind: str, local_id: int) -> str:
    return sync_rows.uuid_of(lap.store.conn, kind, local_id)


def server_view(team_url: str) -> dict[str, tuple[str, dict, bool]]:
    """Every record the login may see: uuid -> (kind, data, deleted)."""
    with psycopg.connect(team_url) as conn:
        return {str(u): (k, d, deleted) for u, k, d, deleted in conn.execute(
            "SELECT uuid, kind, data, deleted FROM crm.records")}


def local_view(lap: Laptop) -> dict[str, tuple[str, dict]]:
    """Every synced record in the laptop's file: uuid -> (kind, data in the server's terms).
    Left out: what waits under an open refusal (a customer given to someone the login may
    not give it to, before it ever reached the team), with what hangs off it."""
    out = {}
    conn = lap.store.conn
    held = {c["uuid"] for c in sync_conflicts.open_conflicts(lap.store)
            if c["reason"] == "refused" and c["theirs"] is None}
    for t in TABLES:
        rowid = "" if t.link else "rowid AS rowid_, "
        for row in conn.execute(f"SELECT {rowid}* FROM {t.table} WHERE 1{t.rows(t.table)}"):
            row = dict(row)
            local_id = row.pop("rowid_", None)
            data = sync_rows.to_server(conn, t, row)
            if t.append_only and data[t.parent] is None:
                continue  # history of a dossier deleted here: stays on this laptop alone
            uuid = (sync_rows.link_uuid(t.kind, tuple(str(data[c]) for c in t.link)) if t.link
                    else sync_rows.uuid_of(conn, t.kind, local_id))
            if uuid in held or sync_rows.customer_of(conn, t, row) in held:
                continue
            out[uuid] = (t.kind, data)
    return out


def same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b


class Team(RuleBasedStateMachine):
    cluster = None          # set by the test
    folder = None

    def __init__(self) -> None:
        super().__init__()
        self.dbname = f"sim{next(_databases)}"
        owner_url = self.cluster.new_database(self.dbname)
        self.owner_url = owner_url
        server.init(owner_url)
        for login, (staff, role, group) in PEOPLE.items():
            server.add_user(owner_url, login, staff, role, group, PASSWORD)
        folder = self.folder / self.dbname
        folder.mkdir()
        self.laptops = {login: laptop(folder, self, login, PASSWORD) for login in LOGINS}
        for lap in self.laptops.values():
            lap.sync()  # the staff list arrives
        for rep in REPS:  # each rep starts with two dossiers the whole team has had
            for _n in range(2):
                self.create_customer(rep, None)
                self.add_contact(rep, -1)
        for lap in itertools.chain(self.laptops.values(), self.laptops.values()):
            lap.sync()
        self.allowed = {login: set(self.visible(login)) for login in LOGINS}
        self.edits: list[Edit] = []
        self.deleted_knowing: list[tuple[str, set[str], set[int]]] = []  # (login, uuids, edits known)

    # laptops.laptop() takes this machine as its team: cluster, dbname, url(login)
    def url(self, login: str) -> str:
        return self.cluster.url(login, PASSWORD, self.dbname)

    def visible(self, login: str) -> dict[str, tuple[str, dict, bool]]:
        return server_view(self.url(login))

    def teardown(self) -> None:
        for lap in self.laptops.values():
            lap.store.close()
        self.cluster.drop_database(self.dbname, f"{self.dbname}_team")

    # --- picking ------------------------------------------------------------------------

    def customers(self, login: str, trashed: bool = True) -> list[int]:
        return [r[0] for r in self.laptops[login].store.conn.execute(
            "SELECT id FROM customers WHERE ? OR deleted_at IS NULL ORDER BY id", (trashed,))]

    def contacts(self, login: str) -> list[int]:
        return [r[0] for r in self.laptops[login].store.conn.execute(
            "SELECT id FROM contacts ORDER BY id")]

    def note(self, login: str, kind: str, local_id: int, name: str, value: str) -> None:
        self.edits.append(Edit(len(self.edits), login, kind,
                               uuid_of(self.laptops[login], kind, local_id), name, value,
                               knew=self.known(login), known_by={login}))

    def known(self, login: str) -> set[int]:
        return {e.number for e in self.edits if login in e.known_by}

    # --- rules --------------------------------------------------------------------------

    @rule(login=st.sampled_from(LOGINS), data=st.data())
    def create_customer(self, login: str, data) -> None:
        owner = data.draw(st.sampled_from(may_own(login))) if data else login
        n = next(_values)
        lap = self.laptops[login]
        lap.customers.create({"name": f"客户{n}", "code": f"S{n:05}", "owner": PEOPLE[owner][0],
                              "phone": f"0710-{n:07}"})

    @rule(login=st.sampled_from(LOGINS), pick=st.integers(0, 50),
          name=st.sampled_from(CUSTOMER_FIELDS))
    def edit_customer(self, login: str, pick: int, name: str) -> None:
        ids = self.customers(login)
        if not ids:
            return
        cid = ids[pick % len(ids)]
        value = (f"0710-{next(_values):07}" if name == "phone"
                 else f"{name}-{login}-{next(_values)}")
        self.laptops[login].customers.update(cid, {name: value})
        self.note(login, "customer", cid, name, value)

    @rule(login=st.sampled_from(LOGINS), pick=st.integers(0, 50))
    def add_contact(self, login: str, pick: int) -> None:
        ids = self.customers(login, trashed=False)
        if ids:
            self.laptops[login].contacts.create(ids[pick % len(ids)],
                                                {"name": f"联系人{next(_values)}"})

    @rule(login=st.sampled_from(LOGINS), pick=st.integers(0, 50),
          name=st.sampled_from(CONTACT_FIELDS))
    def edit_contact(self, login: str, pick: int, name: str) -> None:
        ids = self.contacts(login)
        if not ids:
            return
        contact = ids[pick % len(ids)]
        value = f"138{next(_values):08}" if name == "mobile" else f"{name}-{login}-{next(_values)}"
        self.laptops[login].contacts.update(contact, {name: value})
        self.note(login, "contact", contact, name, value)

    @rule(login=st.sampled_from(LOGINS), pick=st.integers(0, 50))
    def log_visit(self, login: str, pick: int) -> None:
        ids = self.customers(login, trashed=False)
        if ids:
            self.laptops[login].visits.log_visit(
                ids[pick % len(ids)], {"occurred_at": "2026-12-01 10:00", "channel": "visit",
                                       "purpose": f"拜访{next(_values)}"}, [])

    @rule(login=st.sampled_from(LOGINS), pick=st.integers(0, 50), amount=st.integers(10, 500))
    def points(self, login: str, pick: int, amount: int) -> None:
        ids = self.customers(login, trashed=False)
        if not ids:
            return
        cid = ids[pick % len(ids)]
        members = MemberService(self.laptops[login].store, login)
        if self.laptops[login].store.get("customers", cid)["deleted_at"] is not None:
            return
        member = members.of_customer(cid)
        if member is None:
            members.enrol(cid, f"VIP{next(_values):06}")
        else:
            members.purchase(member.id, amount)

    @rule(login=st.sampled_from(LOGINS), pick=st.integers(0, 50), purge=st.booleans())
    def delete_customer(self, login: str, pick: int, purge: bool) -> None:
        ids = self.customers(login)
        if not ids:
            return
        cid = ids[pick % len(ids)]
        lap = self.laptops[login]
        uuid = uuid_of(lap, "customer", cid)
        lap.customers.delete(cid)
        if purge:
            gone = {uuid} | {uuid_of(lap, "contact", c) for (c,) in lap.store.conn.execute(
                "SELECT id FROM contacts WHERE customer_id = ?", (cid,))}
            self.deleted_knowing.append((login, gone, self.known(login)))
            lap.customers.erase(cid)

    @rule(login=st.sampled_from(LOGINS), pick=st.integers(0, 50), data=st.data())
    def reassign(self, login: str, pick: int, data) -> None:
        """A manager or the admin gives a customer to a rep; a rep tries (refused)."""
        ids = self.customers(login)
        if not ids:
            return
        owner = data.draw(st.sampled_from(REPS))
        self.laptops[login].customers.update(ids[pick % len(ids)], {"owner": PEOPLE[owner][0]})

    @rule(login=st.sampled_from(LOGINS))
    def sync(self, login: str) -> None:
        self.laptops[login].sync()
        self._synced(login, True)

    @rule(login=st.sampled_from(LOGINS), where=st.sampled_from(("push", "pull")),
          after=st.integers(0, 6))
    def sync_cut(self, login: str, where: str, after: int) -> None:
        """The connection dies in the middle: the server kills the backend."""
        # called once per kind pushed, once per record pulled
        name = "_send_kind" if where == "push" else "_homeless"
        original = getattr(engine, name)
        seen = []
        owner_url = self.owner_url

        def cut(*args, **kwargs):
            if len(seen) == after:
                with psycopg.connect(owner_url, autocommit=True) as admin:
                    admin.execute("SELECT pg_terminate_backend(%s)",
                                  (kill_target[0].info.backend_pid,))
            seen.append(1)
            return original(*args, **kwargs)

        kill_target: list[psycopg.Connection] = []
        lap = self.laptops[login]
        before = sync_rows.state(lap.store.conn)
        setattr(engine, name, cut)
        try:
            with psycopg.connect(self.url(login), autocommit=True) as conn:
                kill_target.append(conn)
                try:
                    engine.sync(lap.store, conn)
                    ok = True
                except (psycopg.OperationalError, ServerError):
                    ok = False
        finally:
            setattr(engine, name, original)
        # a pull is whole before its push starts, and one cut after its last record is whole
        # too (the file commits before the server's read transaction ends)
        self._synced(login, ok, pulled=sync_rows.state(lap.store.conn) != before)

    def _synced(self, login: str, ok: bool, pulled: bool = True) -> None:
        visible = self.visible(login)
        pushed_before = {e.number for e in self.edits if e.delivered}
        if ok:
            self.allowed[login] = set(visible)
            for e in self.edits:
                if e.login == login:
                    e.delivered = True
        else:
            self.allowed[login] |= set(visible)
        if ok or pulled:  # what the team had is here now: an edit made after it knew it
            for e in self.edits:
                if e.number in pushed_before:
                    e.known_by.add(login)

    # --- invariants ---------------------------------------------------------------------

    @invariant()
    def no_laptop_holds_what_its_login_may_not_see(self) -> None:
        for login, lap in self.laptops.items():
            held = {as_text(u) for u, v in lap.store.conn.execute(
                "SELECT uuid, kind FROM sync_ids WHERE version IS NOT NULL").fetchall()
                if not BY_KIND[KIND_NAMES[v]].shared}
            stray = held - self.allowed[login]
            assert not stray, f"{login} holds {len(stray)} records it may not see"

    def teardown_check(self) -> None:
        for _round in range(2):
            for login in LOGINS:
                self.sync(login)
        views = {login: self.visible(login) for login in LOGINS}
        for login, lap in self.laptops.items():
            theirs = {u: (k, d) for u, (k, d, deleted) in views[login].items()
                      if not deleted and k in BY_KIND}
            mine = local_view(lap)
            extra = {mine[u][0] for u in set(mine) - set(theirs)}
            assert not extra, f"{login} holds records the server has not: {extra}"
            missing = {theirs[u][0] for u in set(theirs) - set(mine)}
            assert not missing, f"{login} lacks records the server has: {missing}"
            for uuid, (kind, data) in theirs.items():
                here = mine[uuid][1]
                differ = {k for k in set(data) & set(here) if not same(data[k], here[k])
                          # a history entry whose record is gone here names none
                          and not (kind == "history" and k == "entity_id" and here[k] is None)}
                assert not differ, f"{login}'s {kind} {uuid} differs in {differ}"
        self.check_oracle(views)

    def check_oracle(self, views: dict) -> None:
        everything = views["boss"]
        conflicts = [c for lap in self.laptops.values()
                     for c in sync_conflicts.open_conflicts(lap.store)]
        for e in self.edits:
            if any(f.kind == e.kind and f.uuid == e.uuid and f.field == e.field
                   and f.number > e.number and e.number in f.knew for f in self.edits):
                continue  # overwritten by someone who had it
            if any(e.uuid in gone and e.number in known for _l, gone, known in self.deleted_knowing):
                continue
            kept = everything.get(e.uuid)
            if kept and not kept[2] and kept[1].get(e.field) == e.value:
                continue
            assert any(c["uuid"] == e.uuid and (
                (c["field"] == e.field and e.value in (c["mine"], c["theirs"]))
                or (c["field"] is None and e.value in (
                    (c["mine"] or {}).get(e.field), (c["theirs"] or {}).get(e.field))))
                for c in conflicts), f"edit lost: {e}"


def test_a_team_of_laptops_never_loses_an_edit(pg_cluster, tmp_path) -> None:
    """SIM_EXAMPLES=200 runs a longer search locally; CI runs the first 15 teams."""
    Team.cluster, Team.folder = pg_cluster, tmp_path

    class Checked(Team):
        def teardown(self) -> None:
            try:
                self.teardown_check()
            finally:
                Team.teardown(self)

    run_state_machine_as_test(Checked, settings=settings(
        max_examples=int(os.environ.get("SIM_EXAMPLES", 15)), stateful_step_count=40,
        derandomize=True, deadline=None,
        suppress_health_check=list(HealthCheck), database=None,
        phases=(Phase.explicit, Phase.generate)))  # shrinking a team of laptops takes minutes
