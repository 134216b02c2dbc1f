"""Members: points by the rules, levels moving up and down, redemption, expiry."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_crm.domain.members import MemberService, PointsRules
from desktop_crm.domain.validation import ValidationError


@pytest.fixture
def members(store):
    return MemberService(store, actor="测试员")


@pytest.fixture
def wang(customers, contacts, members) -> int:
    cid = customers.create({"name": "王丽", "kind": "individual", "phone": "13912348866"})
    contacts.create(cid, {"name": "王丽", "role": "self", "mobile": "13912348866",
                          "birthday": "1990-02-28"})
    return members.enrol(cid, "BB0001", joined_on="2024-03-01")


def test_points_rules_round_down_and_follow_the_rate():
    rules = PointsRules()
    assert rules.points_for(99.9) == 99
    assert rules.points_for(100) == 100
    assert PointsRules(points_per_yuan=2).points_for(12.5) == 25
    assert PointsRules(points_per_yuan=0.1).points_for(99) == 9
    assert rules.level_for(0) == "normal"
    assert rules.level_for(1499.99) == "normal"
    assert rules.level_for(1500) == "silver"
    assert rules.level_for(15000) == "diamond"


def test_rules_that_make_no_sense_are_refused(members):
    with pytest.raises(ValidationError) as err:
        members.set_rules(PointsRules(levels=(("normal", 0), ("silver", 500), ("gold", 400))))
    assert err.value.errors[0].code == "order"
    with pytest.raises(ValidationError):
        members.set_rules(PointsRules(points_per_yuan=-1))
    assert members.rules() == PointsRules()  # nothing saved


def test_purchase_earns_points_and_moves_the_level_up(members, wang, store):
    first = members.purchase(wang, "1000", on="2025-01-10", product="奶粉")
    assert (first.points_earned, first.balance, first.new_level) == (1000, 1000, "normal")
    second = members.purchase(wang, 600.5, on="2025-02-01", redeem=300)
    assert second.points_earned == 600 and second.points_redeemed == 300
    assert second.balance == 1300
    assert second.level_changed and (second.old_level, second.new_level) == ("normal", "silver")
    m = members.get(wang)
    assert (m.points_balance, m.level) == (1300, "silver")
    history = store.conn.execute(
        "SELECT field, old_value, new_value FROM change_log WHERE entity = 'member' AND field = 'level'"
    ).fetchall()
    assert [tuple(r) for r in history] == [("level", "normal", "silver")]


def test_levels_fall_when_the_window_rolls_past_old_spend(members, wang):
    members.set_rules(PointsRules(level_window_days=365))
    members.purchase(wang, 7000, on="2025-01-10")
    assert members.get(wang).level == "gold"
    assert members.refresh_levels(today=date(2025, 6, 1)) == {}
    changes = members.refresh_levels(today=date(2026, 1, 10))  # the 2025-01-10 sale is out
    assert changes == {wang: ("gold", "normal")}
    assert members.get(wang).level == "normal"


def test_a_redemption_needs_enough_points_and_a_reason(members, wang):
    members.purchase(wang, 500, on="2025-01-10")
    with pytest.raises(ValidationError) as err:
        members.redeem(wang, 501, "保温杯")
    assert err.value.errors[0].code == "balance"
    with pytest.raises(ValidationError):
        members.redeem(wang, 100, "  ")
    assert members.redeem(wang, 200, "保温杯", on="2025-01-11") == 300
    kinds = [(h.kind, h.points) for h in members.history(wang)]
    assert kinds == [("redeem", -200), ("purchase", 500)]


def test_bad_amounts_write_nothing(members, wang, store):
    for bad in ("abc", 0, -5, "2000000"):
        with pytest.raises(ValidationError):
            members.purchase(wang, bad)
    assert store.count("transactions") == 0
    assert members.get(wang).points_balance == 0


def test_points_expire_oldest_first(members, wang):
    members.set_rules(PointsRules(expiry_months=12))
    members.purchase(wang, 1000, on="2024-03-10")
    members.purchase(wang, 400, on="2025-02-10", redeem=700)   # uses 700 of the old 1000
    members.purchase(wang, 200, on="2025-05-10")
    lapsed = members.expire_points(today=date(2025, 4, 1))     # cutoff 2024-04-01
    assert lapsed == {wang: 300}
    assert members.get(wang).points_balance == 1000 + 400 - 700 + 200 - 300
    assert members.expire_points(today=date(2025, 4, 1)) == {}  # already expired: not twice


def test_find_by_card_phone_and_pinyin(members, wang, customers):
    customers.create({"name": "王力", "kind": "individual"})  # not a member: never found
    assert [m.id for m in members.find("BB0001")] == [wang]
    assert [m.id for m in members.find("13912348866")] == [wang]
    assert [m.id for m in members.find("wangli")] == [wang]
    assert [m.id for m in members.find("wl")] == [wang]
    assert members.find("  ") == []


def test_a_card_is_issued_once(members, wang, customers):
    other = customers.create({"name": "李娜", "kind": "individual"})
    with pytest.raises(ValidationError) as err:
        members.enrol(other, "BB0001")
    assert err.value.errors[0].code == "duplicate_card"
    with pytest.raises(ValidationError):
        members.enrol(other, "卡")


def test_editing_a_member_keeps_history(members, wang, customers, store):
    other = members.enrol(customers.create({"name": "李娜", "kind": "individual"}), "BB0009")
    staff = store.insert("staff", {"name": "李店员", "role": "shop_staff"})
    diff = members.update(wang, {"household_notes": "双胞胎家庭", "children_birthdays": ["2024-05-01"],
                                 "referred_by": other, "staff_id": staff})
    assert {d[0] for d in diff} == {"household_notes", "children_birthdays", "referred_by", "staff_id"}
    m = members.get(wang)
    assert (m.household_notes, m.children_birthdays, m.referrer_name, m.staff_name) == (
        "双胞胎家庭", ["2024-05-01"], "李娜", "李店员")
    with pytest.raises(ValidationError):
        members.update(wang, {"card_no": "BB0009"})
    with pytest.raises(ValidationError):
        members.update(wang, {"referred_by": wang})
    assert members.update(wang, {"household_notes": "双胞胎家庭"}) == []
    logged = store.conn.execute("SELECT count(*) FROM change_log WHERE entity = 'member' "
                                "AND field = 'household_notes'").fetchone()[0]
    assert logged == 1


def test_a_correction_needs_a_reason_and_keeps_the_balance_positive(members, wang):
    members.purchase(wang, 300, on="2025-01-10")
    with pytest.raises(ValidationError) as err:
        members.adjust(wang, -50, " ")
    assert err.value.errors[0].field == "reason"
    with pytest.raises(ValidationError):
        members.adjust(wang, -301, "录重了")
    assert members.adjust(wang, -100, "录重了") == 200
    assert [(h.kind, h.points, h.note) for h in members.history(wang)][0] == ("adjust", -100, "录重了")


def test_member_list_sorts_levels_by_rank(members, wang, customers, store):
    from desktop_crm.storage import members as member_rows

    others = [members.enrol(customers.create({"name": n, "kind": "individual"}), c)
              for n, c in (("李娜", "BB0002"), ("陈静", "BB0003"))]
    members.purchase(others[0], 16000, on="2025-01-10")   # diamond
    members.purchase(others[1], 2000, on="2025-01-10")    # silver
    assert member_rows.ids(store, sort="level") == [wang, others[1], others[0]]
    assert member_rows.ids(store, sort="level", descending=True) == [others[0], others[1], wang]
    assert member_rows.ids(store, search="BB000") == [wang, *others]


def test_member_changes_read_as_words_in_the_dossier_history(members, wang, store):
    from desktop_crm.domain.dossier import history

    staff = store.insert("staff", {"name": "李店员", "role": "shop_staff"})
    members.update(wang, {"household_notes": "双胞胎家庭", "staff_id": staff})
    customer_id = members.get(wang).customer_id
    entries = {(e.subject, e.field, e.new) for e in history(store, customer_id, "zh")}
    card = members.get(wang).card_no
    assert (f"会员 {card}", "家庭情况", "双胞胎家庭") in entries
    assert (f"会员 {card}", "服务店员", "李店员") in entries
    english = {(e.subject, e.field) for e in history(store, customer_id, "en")}
    assert (f"Member {card}", "Household") in english
