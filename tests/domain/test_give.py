"""Giving customers to another account manager, and what a file's login may do: read from
the file's own sync state (a file that works alone may do everything)."""

from __future__ import annotations

import pytest

from desktop_crm.domain import give
from desktop_crm.domain.staff import StaffService
from desktop_crm.domain.team_rights import rights
from desktop_crm.domain.validation import ValidationError
from desktop_crm.storage import queries, sync_rows, sync_tables


@pytest.fixture
def people(store):
    staff = StaffService(store, "测试员")
    ids = {name: staff.save({"name": name, "role": "account_manager"})
           for name in ("王敏", "李强", "赵雷")}
    staff.save({"name": "周退休", "role": "account_manager", "active": False})
    return ids


def _connect_as(store, role: str, me: str | None = None) -> None:
    """The sync state a connect leaves (the server's answer written as connect writes it)."""
    with store.transaction():
        sync_tables.give_ids(store.conn)
        mine = store.conn.execute("SELECT id FROM staff WHERE name = ?", (me,)).fetchone()
        uuid = sync_rows.uuid_of(store.conn, "staff", mine[0]) if mine else None
        sync_rows.save_state(store.conn, "host=x", "login", role, uuid, "2026-12-05")


def test_a_file_alone_gives_to_any_active_staff_with_history(store, customers, people) -> None:
    assert rights(store).give and rights(store).users and not rights(store).connected
    shops = [customers.create({"name": n, "owner": people["王敏"]}) for n in ("明佳烟酒", "永兴超市")]
    shops.append(customers.create({"name": "曾记便利店", "owner": people["李强"]}))
    assert [name for _, name in give.targets(store)] == ["李强", "王敏", "赵雷"]  # pinyin order
    handover = give.handover(store, shops)
    assert handover.moving(people["李强"]) == 2 and handover.leaving(people["李强"]) == ["王敏"]
    assert not handover.connected

    edit = give.give(store, "测试员", shops, people["李强"])
    assert sorted(edit.changed) == sorted(shops[:2])
    owners = {r[0] for r in store.conn.execute("SELECT owner_id FROM customers")}
    assert owners == {people["李强"]}
    entry = queries.history(store, shops[0])[0]
    assert (entry["field"], entry["old_value"], entry["new_value"], entry["actor"]) == (
        "owner_id", str(people["王敏"]), str(people["李强"]), "测试员")


def test_a_rep_may_not_give_and_a_manager_only_to_the_team(store, customers, people) -> None:
    shop = customers.create({"name": "明佳烟酒", "owner": people["王敏"]})
    _connect_as(store, "rep", "王敏")
    assert not rights(store).give and not rights(store).shared_reference
    assert give.targets(store) == []
    with pytest.raises(ValidationError, match="may not give customers"):
        give.give(store, "王敏", [shop], people["李强"])

    store.conn.execute("DELETE FROM sync_state")
    _connect_as(store, "manager", "王敏")
    granted = rights(store)
    assert granted.give and granted.shared_reference and not granted.users
    # before a sync said who the team is: those whose customers the file holds, and me
    assert [name for _, name in give.targets(store)] == ["王敏"]
    uuids = {p: sync_rows.uuid_of(store.conn, "staff", p) for p in people.values()}
    sync_rows.set_give_to(store.conn, [uuids[people["王敏"]], uuids[people["李强"]]])
    assert [name for _, name in give.targets(store)] == ["李强", "王敏"]
    with pytest.raises(ValidationError, match="not give customers to that person"):
        give.give(store, "王敏", [shop], people["赵雷"])
    give.give(store, "王敏", [shop], people["李强"])
    assert store.get("customers", shop)["owner_id"] == people["李强"]
