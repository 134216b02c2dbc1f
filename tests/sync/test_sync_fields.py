"""What travels besides the columns: custom field values merge like any field; what a laptop
computes for itself (last visit, next follow-up, sort key, tags text) never travels, so it
never makes a conflict; a customer code given twice on two laptops stays unique."""

from __future__ import annotations

import pytest

from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.storage import sync_conflicts, sync_rows
from tests.sync.conftest import PASSWORD
from tests.sync.laptops import laptop


@pytest.fixture
def pair(tmp_path, team):
    """Wang (the rep who owns 明佳烟酒) and Chen (his manager), both synced once."""
    wang, chen = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "chen"))
    for one in (wang, chen):
        one.sync()
    yield wang, chen
    for one in (wang, chen):
        one.store.close()


def fields(lap) -> CustomFieldService:
    return CustomFieldService(lap.store, lap.login)


def test_custom_values_travel_and_merge_by_field(pair) -> None:
    wang, chen = pair
    fields(chen).define("开户银行")
    fields(chen).define("月销量", type="number")
    chen.sync()
    wang.sync()  # the definitions arrive
    cid = wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏"})
    fields(wang).set_values(cid, {"kai_hu_yin_hang": "工商银行", "yue_xiao_liang": "30"})
    wang.sync()
    chen.sync()
    mine = chen.id_of("明佳烟酒")
    assert fields(chen).values(mine) == {"kai_hu_yin_hang": "工商银行", "yue_xiao_liang": "30"}

    # different fields changed on the two laptops: both kept, no conflict
    fields(wang).set_values(cid, {"yue_xiao_liang": "45"})
    fields(chen).set_values(mine, {"kai_hu_yin_hang": "农业银行"})
    wang.sync()
    assert chen.sync().conflicts == 0
    wang.sync()
    for lap, here in ((wang, cid), (chen, mine)):
        assert fields(lap).values(here) == {"kai_hu_yin_hang": "农业银行", "yue_xiao_liang": "45"}

    # the same field changed differently: a conflict with both values, theirs held meanwhile
    fields(wang).set_values(cid, {"yue_xiao_liang": "50"})
    fields(chen).set_values(mine, {"yue_xiao_liang": "60"})
    chen.sync()
    assert wang.sync().conflicts == 1
    (conflict,) = sync_conflicts.open_conflicts(wang.store)
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == (
        "custom:yue_xiao_liang", "50", "60")
    sync_conflicts.resolve(wang.store, conflict["id"], "mine")
    wang.sync()
    chen.sync()
    assert fields(chen).values(mine)["yue_xiao_liang"] == "50"

    # a value cleared on one laptop is cleared on the other
    fields(chen).set_values(mine, {"kai_hu_yin_hang": None})
    chen.sync()
    wang.sync()
    assert fields(wang).values(cid) == {"yue_xiao_liang": "50"}


def test_what_a_laptop_computes_for_itself_never_travels_nor_conflicts(pair) -> None:
    wang, chen = pair
    cid = wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏"})
    wang.sync()
    chen.sync()
    wang.visits.log_visit(cid, {"occurred_at": "2026-12-01 10:00", "channel": "visit",
                                "purpose": "例行拜访"}, [])
    # a visit is the visit's change, not its customer's
    assert sync_rows.pending_counts(wang.store.conn) == {"interaction": 1}
    chen.visits.log_visit(chen.id_of("明佳烟酒"), {"occurred_at": "2026-12-03 15:00",
                                                  "channel": "phone", "purpose": "回访"}, [])
    chen.customers.update(chen.id_of("明佳烟酒"), {"phone": "0710-3600001"})
    chen.sync()
    assert wang.sync().conflicts == 0
    chen.sync()
    for lap in (wang, chen):
        row = lap.customer("明佳烟酒")
        assert (row["last_visit_at"][:10], row["phone"]) == ("2026-12-03", "0710-3600001")
        assert lap.store.conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 2


def test_two_laptops_giving_one_code_to_two_customers_keep_both(pair) -> None:
    """Codes are unique in every file: the customer arriving from the team keeps its code, the
    one made here takes the next free code, and a conflict on its code says so."""
    wang, chen = pair
    wang.customers.create({"name": "明佳烟酒", "code": "C001", "owner": "王敏"})
    chen.customers.create({"name": "华联超市", "code": "C001", "owner": "王敏"})
    wang.sync()
    assert chen.sync().conflicts == 1
    (conflict,) = sync_conflicts.open_conflicts(chen.store)
    moved = chen.customer("华联超市")["code"]
    assert (conflict["field"], conflict["theirs"], conflict["mine"]) == ("code", moved, "C001")
    assert chen.customer("明佳烟酒")["code"] == "C001" and moved != "C001"
    chen.sync()
    wang.sync()
    for lap in (wang, chen):
        codes = dict(lap.store.conn.execute("SELECT name, code FROM customers"))
        assert codes == {"明佳烟酒": "C001", "华联超市": moved}


def test_a_customer_a_rep_makes_without_an_owner_is_the_reps(pair) -> None:
    """The team takes no customer of nobody from a rep: it is theirs, not a refusal."""
    wang, chen = pair
    wang.customers.create({"name": "明佳烟酒", "code": "C001"})
    result = wang.sync()
    assert (result.refused, result.pushed) == (0, 1)
    chen.sync()
    assert chen.customer("明佳烟酒")["owner_id"] == chen.staff_id("王敏")


def test_codes_made_up_on_two_laptops_differ(tmp_path, team) -> None:
    """Two reps entering customers without a code get codes of their own login, so the
    manager's laptop takes both."""
    wang, li = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "li"))
    for one in (wang, li):
        one.sync()  # the staff arrive
    wang.customers.create({"name": "明佳烟酒", "owner": "王敏"})
    li.customers.create({"name": "华联超市", "owner": "李强"})
    for one in (wang, li):
        one.sync()
    chen = laptop(tmp_path, team, "chen", PASSWORD)
    assert chen.sync().conflicts == 0
    codes = dict(chen.store.conn.execute("SELECT name, code FROM customers"))
    assert codes == {"明佳烟酒": "wang-000001", "华联超市": "li-000001"}
    chen.customers.create({"name": "新客户", "owner": "李强"})
    assert chen.customer("新客户")["code"] == "chen-000001"


def test_a_first_sync_takes_two_team_customers_with_one_code(tmp_path, team) -> None:
    """Two reps who typed the same code: the manager's first sync (the bulk path) keeps both
    customers, the first to arrive takes a new code, and a conflict on its code says so."""
    wang, li = (laptop(tmp_path, team, login, PASSWORD) for login in ("wang", "li"))
    for one in (wang, li):
        one.sync()  # the staff arrive
    wang.customers.create({"name": "明佳烟酒", "code": "A001", "owner": "王敏"})
    li.customers.create({"name": "华联超市", "code": "A001", "owner": "李强"})
    for one in (wang, li):
        one.sync()
    chen = laptop(tmp_path, team, "chen", PASSWORD)
    assert chen.sync().conflicts == 1
    codes = dict(chen.store.conn.execute("SELECT name, code FROM customers"))
    assert sorted(codes.values())[0] == "A001" and len(set(codes.values())) == 2
    (conflict,) = sync_conflicts.open_conflicts(chen.store)
    assert conflict["field"] == "code" and conflict["mine"] == "A001"
    chen.sync()
    for one in (wang, li):
        one.sync()
    assert {wang.customer("明佳烟酒")["code"], li.customer("华联超市")["code"]} == set(
        codes.values())
