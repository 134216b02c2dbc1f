"""Consent to marketing messages: recorded per customer and contact (m018), and greetings and
campaign targets leave out whoever has not given it, saying how many."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from desktop_crm.domain.campaigns import CampaignService
from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.greetings import GreetingService
from desktop_crm.domain.members import MemberService
from desktop_crm.storage.db import now, open_database
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.schema import migrations


def test_a_file_of_the_current_version_gains_consent(db_path) -> None:
    db = Database(sqlite3.connect(db_path))
    migrations.apply(db, stop_before="m018_consent")  # the file as the current version makes it
    db.close()
    with open_database(db_path) as store:
        cid = CustomerService(store).create({"name": "欧阳灵珊", "kind": "individual"})
        store.conn.execute("INSERT INTO sync_state (id, url, login, connected_at) "
                           "VALUES (1, 'postgresql://server/crm', 'li', ?)", (now(),))
        CustomerService(store, "店长").update(cid, {"consent_channels": "短信和微信",
                                                   "consent_on": "2026-03-01",
                                                   "consent_how": "written"})
        row = store.get("customers", cid)
        assert (row["consent_channels"], row["consent_on"], row["consent_how"]) == (
            "sms_wechat", "2026-03-01", "written")
        # the change is in the history and travels to the team (the triggers know the columns)
        assert store.exists("change_log", customer_id=cid, field="consent_channels")
        base = store.conn.execute("SELECT base FROM sync_outbox WHERE kind = 'customer'").fetchone()[0]
        assert '"consent_channels":null' in base.replace(" ", "")


def test_greetings_leave_out_people_without_consent(store) -> None:
    customers, contacts, members = CustomerService(store), ContactService(store), MemberService(store)
    soon = (date.today() + timedelta(days=1)).replace(year=1990)
    for i, agreed in enumerate(("sms", None, "wechat", None, None)):
        cid = customers.create({"name": f"会员{i}", "kind": "individual",
                                **({"consent_channels": agreed} if agreed else {})})
        contacts.create(cid, {"name": f"会员{i}", "role": "self", "mobile": f"1391234880{i}",
                              "birthday": soon.isoformat()})
        members.enrol(cid, f"BB900{i}")
    found = GreetingService(store).greetings("birthday", date.today(), 3)
    assert sorted(g.name for g in found) == ["会员0", "会员2"]
    assert found.left_out == 3


def test_campaign_targets_leave_out_people_without_consent(store) -> None:
    customers, contacts = CustomerService(store), ContactService(store)
    for i in range(4):
        customers.create({"name": f"流失{i}", "kind": "individual", "tags": "流失",
                          **({"consent_channels": "sms"} if i < 2 else {})})
    shop = customers.create({"name": "明佳烟酒", "tags": "流失"})  # through its owner's consent
    contacts.create(shop, {"name": "李娟", "is_primary": 1, "consent_channels": "wechat",
                           "consent_how": "verbal"})
    service = CampaignService(store)
    cid = service.create({"name": "唤回", "starts_on": "2026-01-01", "ends_on": "2026-01-31"})
    assert service.select_targets(cid, CustomerFilter(tags=("流失",)), holdout_share=0) == (3, 0)
    assert service.left_out == 2
    assert "明佳烟酒" in {t["name"] for t in service.targets(cid)}


def test_a_file_of_the_current_version_keeps_withdrawals(db_path) -> None:
    """m022 on a file made up to m018 by the current code: a withdrawal keeps its day and what
    had been agreed; greetings, campaigns and the list's filter take it as no consent, until
    a consent given after it."""
    db = Database(sqlite3.connect(db_path))
    migrations.apply(db, stop_before="m022_consent_withdrawn")
    db.close()
    with open_database(db_path) as store:
        customers = CustomerService(store, "店长")
        cid = customers.create({"name": "欧阳灵珊", "kind": "individual", "tags": "流失",
                                "consent_channels": "sms", "consent_on": "2026-03-01",
                                "consent_how": "written"})
        other = customers.create({"name": "王小明", "kind": "individual", "tags": "流失"})
        customers.update(cid, {"consent_withdrawn_on": "2026-06-01"})
        row = store.get("customers", cid)
        assert (row["consent_channels"], row["consent_on"], row["consent_withdrawn_on"]) == (
            "sms", "2026-03-01", "2026-06-01")
        assert store.exists("change_log", customer_id=cid, field="consent_withdrawn_on")
        from desktop_crm.domain.customer_list import CustomerList

        listing = CustomerList(store, "en")

        def names(state: str) -> list[str]:
            rows = listing.page(listing.query(CustomerFilter(consent=state)))
            return [r.name for _, r in rows]

        def shown() -> str:
            row = next(r for _, r in listing.page(listing.query(CustomerFilter())) if r.id == cid)
            return listing.text(row, "consent")

        assert names("withdrawn") == ["欧阳灵珊"] and names("none") == ["王小明"]
        assert names("given") == [] and shown() == "Withdrawn 2026-06-01"
        service = CampaignService(store)
        camp = service.create({"name": "唤回", "starts_on": "2026-01-01", "ends_on": "2026-01-31"})
        assert service.select_targets(camp, CustomerFilter(tags=("流失",)), holdout_share=0) == (0, 0)
        assert service.left_out == 2
        # agreed again after the withdrawal: in force again, the withdrawal still on record
        customers.update(cid, {"consent_on": "2026-09-01", "consent_channels": "wechat"})
        assert names("given") == ["欧阳灵珊"] and shown() == "WeChat"
        assert store.get("customers", cid)["consent_withdrawn_on"] == "2026-06-01"
