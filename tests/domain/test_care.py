"""The care calendar and greetings: lunar festivals on known dates, birthday windows across
the year end and on 29 February, personalised texts, CSV export and the sent log."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from desktop_crm.domain import care
from desktop_crm.domain.exporting import neutralise
from desktop_crm.domain.greetings import GreetingService, Template, render
from desktop_crm.domain.members import MemberService
from desktop_crm.domain.validation import ValidationError


@pytest.mark.parametrize(("key", "year", "expected"), [
    ("spring", 2025, date(2025, 1, 29)),
    ("spring_eve", 2025, date(2025, 1, 28)),
    ("spring", 2026, date(2026, 2, 17)),
    ("spring", 2024, date(2024, 2, 10)),
    ("lantern", 2025, date(2025, 2, 12)),
    ("dragon_boat", 2025, date(2025, 5, 31)),
    ("dragon_boat", 2026, date(2026, 6, 19)),
    ("qixi", 2025, date(2025, 8, 29)),
    ("mid_autumn", 2025, date(2025, 10, 6)),
    ("mid_autumn", 2026, date(2026, 9, 25)),
    ("double_ninth", 2026, date(2026, 10, 18)),
    ("mothers_day", 2025, date(2025, 5, 11)),
    ("fathers_day", 2026, date(2026, 6, 21)),
    ("national_day", 2026, date(2026, 10, 1)),
])
def test_festival_dates_match_the_calendar(key, year, expected):
    assert care.festival_date(key, year) == expected


def test_festivals_in_a_window_across_the_year_end():
    found = care.festivals_between(date(2025, 12, 20), date(2026, 2, 20))
    assert found == [(date(2026, 1, 1), "new_year"), (date(2026, 2, 16), "spring_eve"),
                     (date(2026, 2, 17), "spring")]


@pytest.fixture
def people(customers, contacts, store):
    def person(name: str, birthday: str) -> int:
        cid = customers.create({"name": name, "kind": "individual", "consent_channels": "sms"})
        contacts.create(cid, {"name": name, "role": "self", "mobile": "13912348866",
                              "birthday": birthday})
        return cid
    return person


def test_birthdays_across_the_year_end(store, people):
    people("张三", "1990-12-30")
    people("李四", "1985-01-02")
    people("王五", "1990-01-10")  # outside the window
    events = care.upcoming(store, date(2025, 12, 28), 7, ["birthday"])
    assert [(e.on, e.name, e.years) for e in events] == [
        (date(2025, 12, 30), "张三", 35), (date(2026, 1, 2), "李四", 41),
    ]


def test_a_29_february_birthday_falls_on_28_february_in_a_common_year(store, people):
    people("闰日", "2000-02-29")
    common = care.upcoming(store, date(2025, 2, 25), 7, ["birthday"])
    assert [(e.on, e.years) for e in common] == [(date(2025, 2, 28), 25)]
    leap = care.upcoming(store, date(2028, 2, 25), 7, ["birthday"])
    assert [(e.on, e.years) for e in leap] == [(date(2028, 2, 29), 28)]
    assert care.upcoming(store, date(2025, 3, 1), 30, ["birthday"]) == []


def test_anniversaries_children_and_follow_ups(store, people, visits):
    members = MemberService(store, actor="测试员")
    cid = people("陈静", "1992-06-01")
    members.enrol(cid, "BB1000", joined_on="2023-11-05", children_birthdays=["2024-11-03"])
    visits.log_visit(cid, {"channel": "phone", "occurred_at": "2025-10-30 10:00",
                           "follow_up_due": "2025-11-04", "next_step": "送试用装"})
    events = care.upcoming(store, date(2025, 11, 1), 7)
    assert [(e.on, e.kind, e.years) for e in events] == [
        (date(2025, 11, 3), "child_birthday", 1),
        (date(2025, 11, 4), "follow_up", None),
        (date(2025, 11, 5), "anniversary", 2),
    ]


def test_greetings_fill_placeholders_and_export_safe_csv(store, people, tmp_path):
    members = MemberService(store, actor="测试员")
    cid = people("=王丽", "1990-03-02")
    mid = members.enrol(cid, "BB0002", joined_on="2020-01-01")
    members.purchase(mid, 1800, on="2025-01-05")
    service = GreetingService(store, actor="测试员")
    service.set_shop_name("贝贝乐母婴")
    member_template = [t for t in service.templates("birthday") if t.name == "会员生日礼"][0]
    found = service.greetings("birthday", date(2025, 3, 1), 3, member_template)
    assert len(found) == 1
    text = found[0].text
    assert "=王丽您好" in text and "贝贝乐母婴" in text and "BB0002" in text and "1800" in text

    out = tmp_path / "greetings.csv"
    assert service.export_csv(found, out) == 1
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["date", "name", "mobile", "text"]
    assert rows[1][:3] == ["2025-03-02", "'=王丽", "13912348866"]
    assert rows[1][3].startswith("'=王丽您好")

    assert service.log_sent(found) == 1
    logged = store.conn.execute("SELECT channel, purpose, outcome FROM interactions").fetchall()
    assert [tuple(r) for r in logged] == [("sms", "生日", text)]
    greeted = store.conn.execute("SELECT c.name FROM interaction_contacts ic "
                                 "JOIN contacts c ON c.id = ic.contact_id").fetchall()
    assert [r[0] for r in greeted] == ["=王丽"]  # the contact whose birthday it was

    xlsx = tmp_path / "greetings.xlsx"
    assert service.export_csv(found, xlsx) == 1
    from openpyxl import load_workbook
    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[2]][:2] == ["2025-03-02", "'=王丽"]


def test_festival_greetings_go_to_every_member(store, people):
    members = MemberService(store, actor="测试员")
    members.enrol(people("甲", "1990-01-01"), "BB0003")
    members.enrol(people("乙", "1990-01-01"), "BB0004")
    people("非会员", "1990-01-01")
    found = GreetingService(store).greetings("festival", date(2026, 9, 20), 10)
    assert sorted(g.name for g in found) == ["乙", "甲"]
    assert all("中秋节" in g.text and g.on == date(2026, 9, 25) for g in found)


def test_template_checks_and_rendering(store):
    service = GreetingService(store)
    with pytest.raises(ValidationError) as err:
        service.save_template(Template(None, "birthday", "坏模板", "{nmae}您好"))
    assert err.value.errors[0].code == "placeholder"
    assert render("{name}您好！积分{points}分。{nope}见{staff}。", {"name": "王丽"}) == "王丽您好！{nope}见。"
    # a customer's contact is no member: the card and points sentences are left out, not blank
    member = ("Dear {name}, your birthday is {when}: happy birthday from all of us at {shop}! "
              "Show card {card} in store for your birthday gift. Points: {points}.")
    assert render(member, {"name": "Jiang Wei", "when": "in 2 days", "shop": "Beibei"}) == \
        "Dear Jiang Wei, your birthday is in 2 days: happy birthday from all of us at Beibei!"
    assert render(member, {"name": "J", "when": "today", "shop": "B", "card": "BB01", "points": 0}) \
        .endswith("Show card BB01 in store for your birthday gift. Points: 0.")
    assert render("{name}您好！凭会员卡{card}到店领礼，积分{points}分。", {"name": "蒋伟"}) == "蒋伟您好！"
    assert neutralise("+8613912348866") == "'+8613912348866"  # the rules the CSV export uses
    assert neutralise("13912348866") == "13912348866"


def test_logging_greetings_can_be_cancelled_leaving_nothing(store, people):
    from desktop_crm.domain.greetings import LogCancelled

    for i in range(3):
        people(f"客户{i}", "1990-05-02")
    service = GreetingService(store)
    found = service.greetings("birthday", date(2025, 5, 1), 3)
    assert len(found) == 3
    with pytest.raises(LogCancelled):
        service.log_sent(found, progress=lambda done, total: False)
    assert store.count("interactions") == 0
    assert service.log_sent(found, progress=lambda done, total: True) == 3


def test_festival_greetings_to_a_saved_filter_go_to_each_primary_contact(store, customers, contacts, people):
    from desktop_crm.domain.customer_list import CustomerFilter

    shop = customers.create({"name": "明佳烟酒", "tags": "重点户", "phone": "0710-3212345"})
    contacts.create(shop, {"name": "李娟", "role": "owner", "mobile": "13912348866", "is_primary": 1,
                           "consent_channels": "sms"})  # the one greeted agreed
    contacts.create(shop, {"name": "店员小王", "role": "other"})
    customers.create({"name": "其他烟酒", "phone": "0710-3212346"})  # not in the audience
    member = people("会员甲", "1990-01-01")
    MemberService(store).enrol(member, "BB0100")
    service = GreetingService(store)
    found = service.greetings("festival", date(2026, 2, 16), 2, audience=CustomerFilter(tags=("重点户",)))
    assert [(g.on, g.name, g.phone) for g in found] == [
        (date(2026, 2, 16), "李娟", "13912348866"), (date(2026, 2, 17), "李娟", "13912348866")]
    assert "除夕" in found[0].text and "春节" in found[1].text
    service.log_sent(found[1:])
    linked = store.conn.execute("SELECT c.name FROM interaction_contacts ic JOIN contacts c "
                                "ON c.id = ic.contact_id").fetchall()
    assert [r[0] for r in linked] == ["李娟"]
