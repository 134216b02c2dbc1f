from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_crm.domain import follow_ups
from desktop_crm.domain.validation import ValidationError


def test_contact_fields_and_history(contacts, customers, mingjia) -> None:
    owner = contacts.of_customer(mingjia)[0]
    assert owner["mobile"] == "13912348866"
    contacts.update(owner["id"], {"hobbies": "下象棋", "birthday": "1978-04-02"})
    fields = {h["field"] for h in customers.history(mingjia)}
    assert {"hobbies", "birthday"} <= fields
    with pytest.raises(ValidationError, match="mobile"):
        contacts.create(mingjia, {"name": "王明", "mobile": "1234"})


def test_visit_with_contacts_and_follow_up(visits, contacts, store, mingjia) -> None:
    owner = contacts.of_customer(mingjia)[0]
    vid = visits.log_visit(
        mingjia,
        {"occurred_at": "2026-11-02 10:30", "channel": "上门拜访", "purpose": "了解新品需求",
         "customer_said": "想进一些省外品牌", "follow_up_due": "2026-11-09", "satisfaction": 4},
        [owner["id"]],
    )
    row = store.get("interactions", vid)
    assert (row["channel"], row["occurred_at"], row["follow_up_due"]) == ("visit", "2026-11-02T10:30:00", "2026-11-09")
    from desktop_crm.storage import queries

    assert queries.interaction_contact_ids(store, vid) == [owner["id"]]


def test_follow_up_cannot_precede_the_visit(visits, mingjia) -> None:
    with pytest.raises(ValidationError, match="before the visit"):
        visits.log_visit(mingjia, {"occurred_at": "2026-11-02", "channel": "phone", "follow_up_due": "2026-11-01"})
    vid = visits.log_visit(mingjia, {"occurred_at": "2026-11-02", "channel": "phone"})
    with pytest.raises(ValidationError, match="before the visit"):
        visits.reschedule(vid, "2026-10-30")
    visits.reschedule(vid, "2026-11-05")
    with pytest.raises(ValidationError, match="before the visit"):  # moving the visit past it
        visits.update(vid, {"occurred_at": "2026-11-06 09:00"})


def test_only_a_follow_up_can_be_completed(visits, mingjia) -> None:
    vid = visits.log_visit(mingjia, {"occurred_at": "2026-11-02", "channel": "phone"})
    with pytest.raises(ValidationError, match="no follow-up to complete"):
        visits.complete_follow_up(vid)


def test_contacts_of_another_customer_are_refused(visits, customers, contacts, mingjia) -> None:
    other = customers.create({"name": "鑫源超市"})
    stranger = contacts.create(other, {"name": "王明"})
    with pytest.raises(ValidationError, match="not contacts of this customer"):
        visits.log_visit(mingjia, {"channel": "visit"}, [stranger])


def test_agenda_buckets_complete_and_reschedule(visits, customers, mingjia) -> None:
    today = date(2026, 11, 18)  # a Wednesday
    due = {"overdue": "2026-11-10", "today": "2026-11-18", "this_week": "2026-11-22", "later": "2026-12-01"}
    ids = {
        key: visits.log_visit(mingjia, {"occurred_at": "2026-11-01", "channel": "visit", "follow_up_due": d})
        for key, d in due.items()
    }
    visits.log_visit(mingjia, {"occurred_at": "2026-11-01", "channel": "visit"})  # no follow-up
    agenda = visits.agenda(today)
    assert {k: [r["id"] for r in v] for k, v in agenda.items()} == {k: [i] for k, i in ids.items()}

    visits.complete_follow_up(ids["overdue"], datetime(2026, 11, 18, 9, 0))
    visits.reschedule(ids["later"], "2026-11-19")
    agenda = visits.agenda(today)
    assert agenda["overdue"] == []
    assert [r["id"] for r in agenda["this_week"]] == [ids["later"], ids["this_week"]]

    customers.delete(mingjia)  # the trash has no agenda
    assert all(not v for v in visits.agenda(today).values())


def test_visit_trash_and_restore(visits, customers, mingjia) -> None:
    vid = visits.log_visit(mingjia, {"channel": "phone"})
    visits.delete(vid)
    assert customers.dossier(mingjia).visits == []
    visits.restore(vid)
    assert [v["id"] for v in customers.dossier(mingjia).visits] == [vid]


def test_overdue_count_matches_the_agenda(visits, customers, mingjia) -> None:
    today = date(2026, 11, 18)
    for due in ("2026-11-01", "2026-11-17", "2026-11-18", "2026-12-01"):
        visits.log_visit(mingjia, {"occurred_at": "2026-10-30", "channel": "visit", "follow_up_due": due})
    assert follow_ups.overdue(visits.store, today).items == len(visits.agenda(today)["overdue"]) == 2
    customers.delete(mingjia)
    assert follow_ups.overdue(visits.store, today).items == 0
