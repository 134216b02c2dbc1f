"""Every kind of file the app writes with customer data — exports and PDFs — exists only with
its audit row: written, each file has a row naming it; with a read-only database or a full
database disk, no file at all and one sentence saying why."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.exporting import export_calendar, export_call_list, export_customers, export_vcards
from desktop_crm.domain.greetings import Greeting, GreetingService
from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.domain.plans import PlanService
from desktop_crm.reports import charts
from desktop_crm.reports.pdf.batch import plan_pdf, print_batch, print_card, print_options, print_plan
from desktop_crm.storage import audit
from desktop_crm.storage.db import Store, open_database
from desktop_crm.storage.errors import StorageError
from tests.disks import checkpoint, fill, small_disk
from tests.domain.test_plans import sample

ACTOR = "李娟"


def fill_file(db_path: Path) -> None:
    """Two outlets with a contact, a follow-up and a plan each."""
    with open_database(db_path) as store:
        customers, contacts = CustomerService(store, ACTOR), ContactService(store, ACTOR)
        plans = PlanService(store, ACTOR)
        for code, name in (("420381104741", "明佳烟酒"), ("420381100099", "文博便利店")):
            cid = customers.create({"code": code, "name": name, "phone": "0710-3212345"})
            contacts.create(cid, {"name": "李娟", "role": "owner", "mobile": "13912348866",
                                  "birthday": "1980-05-25"})
            InteractionService(store, ACTOR).log_visit(cid, {
                "channel": "visit", "purpose": "补货",
                "follow_up_due": (date.today() + timedelta(days=30)).isoformat()})
            plans.save(sample(plans, cid))


def ids(store: Store) -> list[int]:
    return [r["id"] for r in store.find("customers")]


def rejected(store: Store, folder: Path) -> None:
    source = folder.parent / "to-import.csv"
    with open(source, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["客户名称", "联系电话"], ["好店", "12"]])
    result = run_import(store, open_source(source), ImportOptions(
        "customers", suggest_mapping("customers", ["客户名称", "联系电话"]), dry_run=True))
    result.save_rejected(store, folder / "rejected.csv", actor=ACTOR)


def a_chart() -> Figure:
    figure = Figure()
    figure.add_subplot().bar([1, 2], [3, 4])
    return figure


def greeting(store: Store) -> Greeting:
    return Greeting(date(2026, 5, 25), "birthday", ids(store)[0], "李娟", "13912348866", "生日快乐")


def the_plan(store: Store):
    return PlanService(store, ACTOR).load(store.find("plans")[0]["id"])


KINDS: dict[str, Callable[[Store, Path], object]] = {
    "customers csv": lambda s, f: export_customers(s, f / "list.csv", ids(s), actor=ACTOR),
    "customers xlsx": lambda s, f: export_customers(s, f / "list.xlsx", ids(s), actor=ACTOR),
    "call list": lambda s, f: export_call_list(s, f / "calls.csv", ids(s), actor=ACTOR),
    "vcard": lambda s, f: export_vcards(s, f / "contacts.vcf", ids(s), actor=ACTOR),
    "icalendar": lambda s, f: export_calendar(s, f / "follow-ups.ics", ids(s), actor=ACTOR),
    "greetings": lambda s, f: GreetingService(s, ACTOR).export_csv([greeting(s)], f / "greet.csv"),
    "rejected rows": rejected,
    "analytics": lambda s, f: charts.save_pdf([a_chart()], f / "charts.pdf", store=s, actor=ACTOR),
    "one plan": lambda s, f: print_plan(s, the_plan(s).id, f / "plan.pdf", print_options(s, ACTOR)),
    "plan being edited": lambda s, f: plan_pdf(s, the_plan(s), print_options(s, ACTOR), f / "edit.pdf"),
    "one card": lambda s, f: print_card(s, ids(s)[0], f / "card.pdf", print_options(s, ACTOR)),
    "batch in one file": lambda s, f: print_batch(s, "card", ids(s), f / "cards.pdf",
                                                  print_options(s, ACTOR)),
    "batch one per customer": lambda s, f: print_batch(s, "plan", ids(s), f / "plans",
                                                       print_options(s, ACTOR), per_customer=True),
}


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("kind", KINDS)
def test_every_file_written_has_its_audit_row(kind, db_path, tmp_path) -> None:
    fill_file(db_path)
    out = tmp_path / "out"
    out.mkdir()
    with open_database(db_path) as store:
        KINDS[kind](store, out)
        rows = store.conn.execute("SELECT actor, machine, action, detail FROM audit_log "
                                  "WHERE action NOT IN ('import')").fetchall()
    written = files_in(out)
    assert written, "the export wrote nothing"
    for path in written:
        named = [r for r in rows if r["detail"].endswith(str(path))]
        assert len(named) == 1, (path, [tuple(r) for r in rows])
        assert named[0]["actor"] == ACTOR and named[0]["machine"]
    assert not [p for p in out.rglob("*") if audit.TEMP_MARK in p.name]


@pytest.mark.parametrize("kind", KINDS)
def test_a_read_only_database_writes_no_file(kind, db_path, tmp_path) -> None:
    fill_file(db_path)
    out = tmp_path / "out"
    out.mkdir()
    with open_database(db_path, read_only=True) as store:
        with pytest.raises(StorageError) as caught:
            KINDS[kind](store, out)
    assert files_in(out) == []
    assert str(caught.value).endswith(
        "was not written, because it must be recorded in the audit log and crm.sqlite3 can only "
        "be read (opened read-only): copy it to a folder of your own and open the copy.")


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_database_disk_writes_no_file(kind, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with small_disk(tmp_path / "disk", "4m") as disk:
        db_path = disk / "crm.sqlite3"
        fill_file(db_path)
        with open_database(db_path) as store:
            checkpoint(db_path)
            fill(disk)
            with pytest.raises(StorageError) as caught:
                KINDS[kind](store, out)
    assert files_in(out) == []
    assert "because it must be recorded in the audit log and the disk holding" in str(caught.value)
    assert str(caught.value).endswith("is full: free some space, then try again.")
