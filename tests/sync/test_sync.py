"""Laptops syncing through the team server: what each login receives, merges by field,
conflicts kept for review, deletes, reassignment."""

from __future__ import annotations

import pytest

from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


@pytest.fixture
def laptops(tmp_path, team):
    made = {login: laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "li", "chen", "zhao")}
    for one in made.values():
        one.sync()  # the staff list arrives
    yield made
    for one in made.values():
        one.store.close()


def test_each_laptop_receives_what_its_login_may_see(laptops) -> None:
    wang, li, chen, zhao = (laptops[n] for n in ("wang", "li", "chen", "zhao"))
    me = wang.staff_id("王敏")
    mingjia = wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏"})
    wang.contacts.create(mingjia, {"name": "李娟", "mobile": "13800000001"})
    wang.visits.log_visit(mingjia, {"occurred_at": "2026-12-01 10:00", "channel": "visit",
                                    "purpose": "例行拜访"}, [])
    result = wang.sync()
    assert result.pushed >= 3
    for other in (li, chen, zhao):
        other.sync()
    assert "明佳烟酒" in chen.names()          # the manager of team north
    assert "明佳烟酒" not in li.names()        # another rep
    assert "明佳烟酒" not in zhao.names()      # another team
    mine = chen.id_of("明佳烟酒")
    assert [c["name"] for c in chen.contacts.of_customer(mine)] == ["李娟"]
    assert [v["purpose"] for v in chen.visits.of_customer(mine)] == ["例行拜访"]


def test_different_fields_merge_and_the_same_field_becomes_a_conflict(laptops) -> None:
    wang, chen = laptops["wang"], laptops["chen"]
    cid = wang.customers.create({"name": "明佳烟酒", "code": "C001",
                                 "owner": "王敏", "phone": "0710-3600001"})
    wang.sync()
    chen.sync()
    wang.customers.update(cid, {"phone": "0710-3600002", "address": "襄阳市人民路1号"})
    chen.customers.update(chen.id_of("明佳烟酒"), {"phone": "0710-3600003", "area": "襄城区"})
    wang.sync()
    result = chen.sync()  # chen syncs second: the conflict is his to review
    assert result.conflicts == 1
    mine = chen.customer("明佳烟酒")
    assert (mine["address"], mine["area"], mine["phone"]) == ("襄阳市人民路1号", "襄城区", "0710-3600002")
    from desktop_crm.storage import sync_conflicts
    (conflict,) = sync_conflicts.open_conflicts(chen.store)
    assert (conflict["field"], conflict["mine"], conflict["theirs"], conflict["their_login"]) == (
        "phone", "0710-3600003", "0710-3600002", "wang")
    sync_conflicts.resolve(chen.store, conflict["id"], "mine")
    chen.sync()
    wang.sync()
    assert wang.customer("明佳烟酒")["phone"] == "0710-3600003"
    assert wang.customer("明佳烟酒")["area"] == "襄城区"
    assert sync_conflicts.open_conflicts(chen.store) == []
    # the phone's way to reach (its mirror) was one question with it, and follows the decision
    for laptop in (wang, chen):
        assert ways(laptop) == [("landline", "0710-3600003", 1)]


def ways(laptop, name: str = "明佳烟酒") -> list[tuple]:
    return [tuple(r) for r in laptop.store.conn.execute(
        "SELECT type, value, preferred FROM contact_ways WHERE contact_id IS NULL AND "
        "customer_id = ? ORDER BY id", (laptop.id_of(name),))]


def test_one_address_changed_on_two_laptops_is_one_question_and_the_parts_follow(laptops) -> None:
    from desktop_crm.domain.conflicts import decide
    from desktop_crm.storage import sync_conflicts

    wang, chen = laptops["wang"], laptops["chen"]
    cid = wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏",
                                 "address": "湖北省襄阳市樊城区人民路1号"})
    wang.sync()
    chen.sync()
    wang.customers.update(cid, {"address": "湖北省襄阳市襄城区檀溪路8号"})
    chen.customers.update(chen.id_of("明佳烟酒"), {"address": "湖北省襄阳市樊城区长虹路3号"})
    wang.sync()
    assert chen.sync().conflicts == 1
    (conflict,) = sync_conflicts.open_conflicts(chen.store)
    assert (conflict["kind"], conflict["field"]) == ("customer", "address")
    decide(chen.store, "陈", conflict["id"], "mine")
    chen.sync()
    wang.sync()
    for laptop in (wang, chen):
        main = laptop.store.conn.execute(
            "SELECT district, street FROM customer_addresses WHERE customer_id = ? AND is_main",
            (laptop.id_of("明佳烟酒"),)).fetchone()
        assert (laptop.customer("明佳烟酒")["address"], tuple(main)) == (
            "湖北省襄阳市樊城区长虹路3号", ("樊城区", "长虹路3号"))


def dossier(laptop, name: str = "明佳烟酒") -> int:
    return laptop.customers.create({"name": name, "code": "C001", "owner": "王敏"})


def test_an_edit_against_a_purge_is_a_conflict_and_keeping_it_brings_the_record_back(laptops) -> None:
    from desktop_crm.storage import sync_conflicts

    wang, chen = laptops["wang"], laptops["chen"]
    cid = dossier(wang)
    wang.sync()
    chen.sync()
    wang.customers.delete(cid)
    wang.customers.purge(cid)  # gone for good on wang's laptop
    chen.customers.update(chen.id_of("明佳烟酒"), {"address": "襄阳市人民路1号"})
    wang.sync()
    result = chen.sync()
    # the line is the customer's and its main address's (m019): two records edited
    assert result.conflicts == 2 and "明佳烟酒" not in chen.names()
    conflict, address = sorted(sync_conflicts.open_conflicts(chen.store),
                               key=lambda c: c["kind"] != "customer")
    assert conflict["theirs_deleted"] and conflict["mine"]["address"] == "襄阳市人民路1号"
    assert address["kind"] == "address" and address["theirs_deleted"]
    sync_conflicts.resolve(chen.store, conflict["id"], "mine")
    sync_conflicts.resolve(chen.store, address["id"], "mine")
    assert chen.customer("明佳烟酒")["address"] == "襄阳市人民路1号"
    chen.sync()
    wang.sync()
    assert wang.customer("明佳烟酒")["address"] == "襄阳市人民路1号"


def test_a_purge_against_an_edit_is_a_conflict_on_the_purging_laptop(laptops) -> None:
    from desktop_crm.storage import sync_conflicts

    wang, chen = laptops["wang"], laptops["chen"]
    dossier(wang)
    wang.sync()
    chen.sync()
    chen.customers.update(chen.id_of("明佳烟酒"), {"address": "襄阳市人民路1号"})
    chen.sync()
    cid = wang.id_of("明佳烟酒")
    wang.customers.delete(cid)
    wang.customers.purge(cid)
    assert wang.sync().conflicts == 1
    assert wang.customer("明佳烟酒")["address"] == "襄阳市人民路1号"  # the team's record, kept
    (conflict,) = sync_conflicts.open_conflicts(wang.store)
    assert conflict["mine_deleted"] and not conflict["theirs_deleted"]


def test_reassignment_moves_the_dossier_and_keeps_the_old_owners_late_edits(laptops) -> None:
    from desktop_crm.storage import sync_conflicts

    wang, li, chen = laptops["wang"], laptops["li"], laptops["chen"]
    cid = dossier(wang)
    wang.visits.log_visit(cid, {"occurred_at": "2026-12-01 10:00", "channel": "visit",
                                "purpose": "例行拜访"}, [])
    wang.sync()
    chen.sync()
    chen.customers.update(chen.id_of("明佳烟酒"), {"owner": "李强"})  # the manager gives it to li
    chen.sync()
    wang.customers.update(cid, {"address": "襄阳市人民路1号"})  # wang, offline, edits it still
    result = wang.sync()
    assert result.stray == 2 and result.removed == 1  # the customer and its new main address
    assert "明佳烟酒" not in wang.names()
    found = li.sync()
    assert "明佳烟酒" in li.names() and found.conflicts == 2
    moved = li.id_of("明佳烟酒")
    assert [v["purpose"] for v in li.visits.of_customer(moved)] == ["例行拜访"]
    conflict, address = sorted(sync_conflicts.open_conflicts(li.store),
                               key=lambda c: c["kind"] != "customer")
    assert address["kind"] == "address" and address["their_login"] == "wang"
    assert (conflict["field"], conflict["theirs"], conflict["their_login"]) == (
        "address", "襄阳市人民路1号", "wang")


def test_points_from_two_tills_add_up(laptops) -> None:
    from desktop_crm.domain.members import MemberService

    wang, chen = laptops["wang"], laptops["chen"]
    cid = dossier(wang)
    member = MemberService(wang.store, "wang").enrol(cid, "VIP0001")
    wang.sync()
    chen.sync()
    their_member = MemberService(chen.store, "chen").of_customer(chen.id_of("明佳烟酒")).id
    MemberService(wang.store, "wang").purchase(member, 100)
    MemberService(chen.store, "chen").purchase(their_member, 50)
    wang.sync()
    chen.sync()
    wang.sync()
    balances = [MemberService(s.store).of_customer(s.id_of("明佳烟酒")).points_balance
                for s in (wang, chen)]
    assert balances[0] == balances[1] > 0
    rules = MemberService(wang.store).rules()
    assert balances[0] == rules.points_for(100) + rules.points_for(50)


def test_a_connection_dropped_mid_push_loses_nothing_and_the_next_sync_finishes(laptops, team) -> None:
    import psycopg

    wang, chen = laptops["wang"], laptops["chen"]
    for n in range(30):
        cid = wang.customers.create({"name": f"客户{n}", "code": f"C{n:03}", "owner": "王敏"})
        wang.visits.log_visit(cid, {"occurred_at": "2026-12-01 10:00", "channel": "visit"}, [])
    from desktop_crm.sync import connection, engine

    conn = connection.open_server(wang.url, wang.password)
    original = engine._send_kind
    sent = []

    def cut_after_the_customers(server, group, *rest):
        if sent:  # the customers went; the connection drops before their visits
            with psycopg.connect(team.owner_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (server.info.backend_pid,))
        sent.append(group)
        return original(server, group, *rest)

    engine._send_kind = cut_after_the_customers
    try:
        with pytest.raises(psycopg.OperationalError):
            engine.sync(wang.store, conn)
    finally:
        engine._send_kind = original
    assert [r.kind for _p, r in sent[0]] == ["customer"] * 30
    chen.sync()
    assert not any(name.startswith("客户") for name in chen.names())  # all or nothing
    wang.sync()
    chen.sync()
    assert sum(name.startswith("客户") for name in chen.names()) == 30
    assert chen.store.conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 30


def test_a_manager_reassigning_a_customer_and_editing_its_contact_in_one_sync(laptops) -> None:
    """The move bumps what hangs off the customer on the server: the contact edit sent in
    the same push must not find its own record moved on (found by the simulation: every
    retry moved it again, and the sync gave up)."""
    wang, li, chen = laptops["wang"], laptops["li"], laptops["chen"]
    cid = dossier(wang)
    wang.contacts.create(cid, {"name": "李娟"})
    wang.sync()
    chen.sync()
    theirs = chen.id_of("明佳烟酒")
    chen.customers.update(theirs, {"owner": "李强"})
    (contact,) = chen.contacts.of_customer(theirs)
    chen.contacts.update(contact["id"], {"position": "店长"})
    chen.sync()
    li.sync()
    assert [c["position"] for c in li.contacts.of_customer(li.id_of("明佳烟酒"))] == ["店长"]


def test_a_visit_logged_offline_on_a_customer_given_away_reaches_the_new_owner(laptops) -> None:
    """Found by the simulation: the new visit's insert broke the row-level security policy,
    the whole push was refused, and every later sync failed the same way."""
    from desktop_crm.storage import sync_conflicts

    wang, li, chen = laptops["wang"], laptops["li"], laptops["chen"]
    cid = dossier(wang)
    wang.sync()
    chen.sync()
    chen.customers.update(chen.id_of("明佳烟酒"), {"owner": "李强"})
    chen.sync()
    wang.visits.log_visit(cid, {"occurred_at": "2026-12-02 10:00", "channel": "visit",
                                "purpose": "送货"}, [])
    result = wang.sync()
    assert result.stray >= 1 and "明佳烟酒" not in wang.names()
    li.sync()
    (conflict,) = [c for c in sync_conflicts.open_conflicts(li.store) if c["kind"] == "interaction"]
    assert (conflict["kind"], conflict["theirs"]["purpose"], conflict["their_login"]) == (
        "interaction", "送货", "wang")
    sync_conflicts.resolve(li.store, conflict["id"], "theirs")
    assert [v["purpose"] for v in li.visits.of_customer(li.id_of("明佳烟酒"))] == ["送货"]


def test_a_purge_reaches_the_team_when_a_new_customer_takes_the_freed_row_id(laptops) -> None:
    """SQLite gives the last deleted rowid to the next row: found by the simulation, the new
    customer's outbox entry took over the purged one's tombstone, so the purge never left."""
    wang, chen = laptops["wang"], laptops["chen"]
    cid = dossier(wang)
    wang.sync()
    chen.sync()
    wang.customers.delete(cid)
    wang.customers.erase(cid)
    again = wang.customers.create({"name": "华联超市", "code": "C002", "owner": "王敏"})
    assert again == cid  # the freed row id, as SQLite hands it out
    wang.sync()
    chen.sync()
    assert chen.names() == wang.names() == {"华联超市"}


def test_a_visit_added_to_a_dossier_purged_elsewhere_is_kept_for_review(laptops) -> None:
    """Found by the simulation: the purging laptop pulled the new visit without its customer
    and the sync failed on every try (NOT NULL customer_id)."""
    from desktop_crm.storage import sync_conflicts

    wang, chen = laptops["wang"], laptops["chen"]
    cid = dossier(wang)
    wang.visits.log_visit(cid, {"occurred_at": "2026-12-03 10:00", "channel": "visit",
                                "purpose": "例行拜访"}, [])
    wang.sync()
    chen.sync()
    # an earlier visit, noted late: the customer's last visit stays, only the visit travels
    chen.visits.log_visit(chen.id_of("明佳烟酒"), {"occurred_at": "2026-12-02 10:00",
                                                   "channel": "visit", "purpose": "送货"}, [])
    chen.sync()
    wang.customers.delete(cid)
    wang.customers.erase(cid)
    assert wang.sync().conflicts >= 1
    kept = [c for c in sync_conflicts.open_conflicts(wang.store) if c["kind"] == "interaction"]
    assert [c["theirs"]["purpose"] for c in kept] == ["送货"]
    chen.sync()
    assert "明佳烟酒" not in chen.names()
    assert chen.store.conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 0


def test_an_edit_of_a_contact_whose_customer_was_purged_elsewhere_is_kept(laptops) -> None:
    """Found by the simulation: the customer's delete took the contact, and its unsent edit,
    along without a word."""
    from desktop_crm.storage import sync_conflicts

    wang, chen = laptops["wang"], laptops["chen"]
    cid = dossier(wang)
    wang.contacts.create(cid, {"name": "李娟"})
    wang.sync()
    chen.sync()
    wang.customers.delete(cid)
    wang.customers.erase(cid)
    wang.sync()
    (contact,) = chen.contacts.of_customer(chen.id_of("明佳烟酒"))
    chen.contacts.update(contact["id"], {"position": "店长"})
    assert chen.sync().conflicts >= 1
    assert "明佳烟酒" not in chen.names()
    kept = [c for c in sync_conflicts.open_conflicts(chen.store) if c["kind"] == "contact"]
    assert [c["mine"]["position"] for c in kept] == ["店长"]


def test_one_customer_enrolled_on_two_tills_is_one_member(laptops) -> None:
    """Found by the simulation: the second enrolment to be pulled broke the one member per
    customer rule, and that laptop's syncs failed from then on."""
    from desktop_crm.domain.members import MemberService

    wang, chen = laptops["wang"], laptops["chen"]
    cid = dossier(wang)
    wang.sync()
    chen.sync()
    mine = MemberService(wang.store, "wang").enrol(cid, "VIP0001")
    MemberService(wang.store, "wang").purchase(mine, 100)
    theirs = MemberService(chen.store, "chen").enrol(chen.id_of("明佳烟酒"), "VIP0002")
    MemberService(chen.store, "chen").purchase(theirs, 50)
    wang.sync()
    assert chen.sync().conflicts >= 1  # the card numbers differ: someone decides
    wang.sync()
    balances = {s.login: MemberService(s.store).of_customer(s.id_of("明佳烟酒")).points_balance
                for s in (wang, chen)}
    rules = MemberService(wang.store).rules()
    both = rules.points_for(100) + rules.points_for(50)
    assert balances == {"wang": both, "chen": both}


def test_a_reps_change_to_shared_settings_is_kept_as_a_refusal_not_dropped(laptops) -> None:
    from desktop_crm.storage import sync_conflicts

    wang, chen = laptops["wang"], laptops["chen"]
    with wang.store.transaction():
        wang.store.conn.execute("UPDATE tiers SET visit_every_days = 7 WHERE key = 'key'")
    result = wang.sync()
    assert result.refused == 1 and "only managers" in result.notes[0]
    (refusal,) = sync_conflicts.open_conflicts(wang.store)
    assert (refusal["kind"], refusal["reason"]) == ("tier", "refused")
    assert (refusal["mine"]["visit_every_days"], refusal["theirs"]["visit_every_days"]) == (7, 14)
    assert wang.store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    assert wang.store.conn.execute(  # the team's value meanwhile, as after a conflict
        "SELECT visit_every_days FROM tiers WHERE key = 'key'").fetchone()[0] == 14
    with wang.store.transaction():  # changed again: still one refusal, with the latest value
        wang.store.conn.execute("UPDATE tiers SET visit_every_days = 10 WHERE key = 'key'")
    wang.sync()
    (refusal,) = sync_conflicts.open_conflicts(wang.store)
    assert refusal["mine"]["visit_every_days"] == 10
    chen.sync()
    assert chen.store.conn.execute(
        "SELECT visit_every_days FROM tiers WHERE key = 'key'").fetchone()[0] == 14


def test_the_history_is_team_wide_with_who_and_where(laptops) -> None:
    wang, chen, li = laptops["wang"], laptops["chen"], laptops["li"]
    cid = dossier(wang)
    wang.customers.update(cid, {"phone": "0710-3600002"})
    wang.sync()
    chen.sync()
    chen.customers.update(chen.id_of("明佳烟酒"), {"area": "襄城区"})
    chen.sync()
    wang.sync()
    for laptop_ in (wang, chen):
        rows = laptop_.customers.history(laptop_.id_of("明佳烟酒"))
        assert {(r["actor"], r["field"], r["new_value"]) for r in rows} >= {
            ("wang", "phone", "0710-3600002"), ("chen", "area", "襄城区")}
    import platform
    mine = [r for r in wang.customers.history(cid) if r["field"] == "area"]
    assert [r["machine"] for r in mine] == [platform.node()]  # pulled: where it was made
    li.sync()
    assert li.store.conn.execute("SELECT count(*) FROM change_log "
                                 "WHERE field IN ('phone', 'area')").fetchone()[0] == 0


def test_a_purged_customers_history_goes_with_it(laptops) -> None:
    """Found by the simulation: the history (no foreign key) stayed, and the next customer
    given the freed row id showed it, and sent it to the team, as its own."""
    wang = laptops["wang"]
    cid = dossier(wang)
    wang.customers.update(cid, {"phone": "0710-3600002"})
    wang.sync()
    wang.customers.delete(cid)
    wang.customers.erase(cid)
    again = wang.customers.create({"name": "华联超市", "code": "C002", "owner": "王敏"})
    assert again == cid
    assert {r["field"] for r in wang.customers.history(again)} == {"*created"}


def test_a_tier_made_after_connecting_reaches_the_team(laptops) -> None:
    """A record with a natural key gets its UUID before each sync, not only when the file
    was connected (found writing the shared settings: its push sent a NULL UUID)."""
    wang, chen = laptops["wang"], laptops["chen"]
    with chen.store.transaction():
        chen.store.conn.execute("INSERT INTO tiers (key, label_zh, label_en, position) "
                                "VALUES ('vip', '重点', 'VIP', 0)")
    chen.sync()
    wang.sync()
    assert wang.store.conn.execute("SELECT label_zh FROM tiers WHERE key = 'vip'").fetchone()[0] == "重点"


def test_shared_settings_reach_the_team_and_a_reps_change_is_refused(laptops) -> None:
    from desktop_crm.storage import sync_conflicts

    wang, chen = laptops["wang"], laptops["chen"]
    chen.store.set_setting("scoring.tier_metric", "visits")
    chen.store.set_setting("user_name", "陈经理")  # this laptop's own: stays here
    chen.sync()
    wang.sync()
    assert wang.store.setting("scoring.tier_metric") == "visits"
    assert wang.store.setting("user_name") != "陈经理"
    wang.store.set_setting("scoring.tier_metric", "sales")
    assert wang.sync().refused == 1
    (refusal,) = sync_conflicts.open_conflicts(wang.store)
    assert (refusal["kind"], refusal["mine"]["value"], refusal["theirs"]["value"]) == (
        "setting", "sales", "visits")


def test_a_customer_given_away_leaves_even_when_the_first_sync_after_is_cut(laptops, team) -> None:
    import psycopg

    from desktop_crm.sync import connection, engine

    wang, chen = laptops["wang"], laptops["chen"]
    dossier(wang)
    other = wang.customers.create({"name": "华联超市", "code": "C002", "owner": "王敏"})
    wang.sync()
    chen.sync()
    chen.customers.update(chen.id_of("明佳烟酒"), {"owner": "李强"})
    chen.sync()
    wang.customers.update(other, {"phone": "0710-3600009"})  # something to push
    original = engine._send_kind

    def cut(server, *rest):
        with psycopg.connect(team.owner_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (server.info.backend_pid,))
        return original(server, *rest)

    engine._send_kind = cut
    try:
        with pytest.raises(psycopg.OperationalError):  # pulled, then cut while pushing
            engine.sync(wang.store, connection.open_server(wang.url, wang.password))
    finally:
        engine._send_kind = original
    wang.sync()
    assert wang.names() == {"华联超市"}


def test_a_rep_giving_a_customer_away_is_refused_not_a_push_failing_for_ever(laptops) -> None:
    from desktop_crm.storage import sync_conflicts

    wang, li = laptops["wang"], laptops["li"]
    cid = dossier(wang)
    other = wang.customers.create({"name": "华联超市", "code": "C002", "owner": "王敏"})
    wang.sync()
    wang.customers.update(cid, {"owner": "李强"})
    wang.customers.update(other, {"phone": "0710-3600009"})
    result = wang.sync()
    assert result.refused == 1 and result.pushed >= 1
    (refusal,) = sync_conflicts.open_conflicts(wang.store)
    assert (refusal["kind"], refusal["reason"]) == ("customer", "refused")
    assert wang.customer("明佳烟酒")["owner_id"] == wang.staff_id("王敏")
    assert wang.sync().refused == 0
    li.sync()
    assert "明佳烟酒" not in li.names()
