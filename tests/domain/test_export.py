"""Export: CSV/XLSX with chosen columns and formula neutralising, round trips through the
importer, vCard, iCalendar, call lists."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import icalendar
import openpyxl
import pytest
import vobject

from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.domain.exporting import (
    ExportCancelled,
    customer_ids,
    export_calendar,
    export_call_list,
    export_customers,
    export_vcards,
)
from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.storage.db import open_database

ALL = ["code", "name", "kind", "tier", "lifecycle", "asset_grade", "relationship", "area", "phone",
       "address", "business_format", "assets", "founded_on", "tags", "notes", "dna"]


@pytest.fixture
def outlets(customers, mingjia) -> list[int]:
    ids = [mingjia]
    ids.append(customers.create({
        "code": "420381104742", "name": "=HYPERLINK(\"http://x\")", "tier": "regular",
        "lifecycle": "active", "asset_grade": "develop", "relationship": "partner",
        "area": "火车站商圈", "phone": "13800001111", "assets": 12345.5, "founded_on": "2020-02-29",
        "notes": "-2 箱\n第二行", "dna": "@店主 喜欢\"引号\", 逗号", "kind": "individual",
    }))
    ids.append(customers.create({"code": "C000003", "name": "+86便利店", "tags": "新店"}))
    return ids


def test_csv_has_chosen_columns_labels_and_neutralised_formulas(store, tmp_path, outlets) -> None:
    dest = tmp_path / "list.csv"
    assert export_customers(store, dest, outlets, ["code", "name", "tier", "notes"]) == 3
    with open(dest, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["客户代码", "客户名称", "客户等级", "备注"]
    assert rows[2] == ["420381104742", "'=HYPERLINK(\"http://x\")", "一般", "'-2 箱\n第二行"]
    assert rows[3][1] == "'+86便利店"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    audit = store.conn.execute("SELECT action, detail FROM audit_log").fetchall()
    assert [tuple(a) for a in audit] == [("export", f"3 customers to {dest}")]


def test_xlsx_keeps_numbers_as_numbers_and_neutralises_text(store, tmp_path, outlets) -> None:
    dest = tmp_path / "list.xlsx"
    export_customers(store, dest, outlets, ["name", "assets", "dna"], language="en")
    sheet = openpyxl.load_workbook(dest).active
    values = list(sheet.values)
    assert values[0] == ("Name", "Assets", "Customer DNA")
    assert values[2] == ("'=HYPERLINK(\"http://x\")", 12345.5, "'@店主 喜欢\"引号\", 逗号")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_export_then_import_gives_the_same_data(store, tmp_path, outlets, suffix) -> None:
    dest = tmp_path / f"all{suffix}"
    export_customers(store, dest, outlets, ALL)
    # into the same file by code: nothing to change
    source = open_source(dest)
    mapping = suggest_mapping("customers", source.headers)
    assert set(mapping.values()) == set(ALL)
    same = run_import(store, source, ImportOptions("customers", mapping, key="code"))
    assert same.counts["unchanged"] == 3 and same.counts["updated"] == 0, same.problems
    # into a new database: the same values
    with open_database(tmp_path / "other.sqlite3") as other:
        run_import(other, open_source(dest), ImportOptions("customers", mapping, key="code"))
        cols = ", ".join(c if c != "tags" else "tags_text" for c in ALL)
        query = f"SELECT {cols} FROM customers ORDER BY code"
        assert [tuple(r) for r in other.conn.execute(query)] == [tuple(r) for r in store.conn.execute(query)]


def test_export_of_a_filter_and_cancel_leaves_no_file(store, tmp_path, customers, outlets) -> None:
    assert customer_ids(store, CustomerFilter(tier="regular")) == [outlets[1]]
    customers.create_many([{"name": f"店{i}"} for i in range(2500)])
    dest = tmp_path / "big.csv"
    with pytest.raises(ExportCancelled):
        export_customers(store, dest, customer_ids(store), progress=lambda done, total: done < 2000)
    assert list(tmp_path.glob("*big*")) == []


def test_vcards_of_contacts(store, tmp_path, outlets, contacts) -> None:
    contacts.create(outlets[0], {"name": "王芳, 经理", "role": "manager", "phone": "0710-3212346",
                                 "email": "wf@example.com", "birthday": "1980-03-04", "wechat": "wf_1980"})
    dest = tmp_path / "contacts.vcf"
    assert export_vcards(store, dest, outlets) == 2
    cards = list(vobject.readComponents(dest.read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == ["李娟", "王芳, 经理"]
    assert cards[0].org.value == ["明佳烟酒"] and cards[0].tel.value == "13912348866"
    assert cards[1].email.value == "wf@example.com" and cards[1].bday.value == "1980-03-04"


def test_calendar_of_follow_ups_and_plan_actions(store, tmp_path, outlets, visits) -> None:
    visits.log_visit(outlets[0], {"occurred_at": "2026-01-05 10:00", "channel": "visit",
                                  "purpose": "推荐新品", "follow_up_due": "2026-01-12"})
    plan = store.insert("plans", {"customer_id": outlets[1], "version": 1, "status": "active",
                                  "plan_date": "2026-01-01", "title": "经营指导计划"})
    store.insert("plan_actions", {"plan_id": plan, "position": 1, "text": "调整陈列", "due_date": "2026-02-01"})
    store.insert("plan_actions", {"plan_id": plan, "position": 2, "text": "已完成的", "due_date": "2026-02-02",
                                  "status": "done"})
    dest = tmp_path / "follow-ups.ics"
    assert export_calendar(store, dest) == 2
    cal = icalendar.Calendar.from_ical(dest.read_bytes())
    events = sorted(cal.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == ["跟进 明佳烟酒：推荐新品",
                                                  "计划 =HYPERLINK(\"http://x\")：调整陈列"]
    assert str(events[0].decoded("dtstart")) == "2026-01-12"
    assert str(events[0]["uid"]) == "desktop-crm-follow-up-1"


def test_call_list(store, tmp_path, outlets, visits) -> None:
    visits.log_visit(outlets[0], {"occurred_at": "2026-01-05 10:00", "channel": "visit",
                                  "purpose": "收货款", "follow_up_due": "2026-01-12"})
    dest = tmp_path / "calls.xlsx"
    assert export_call_list(store, dest, outlets) == 3
    rows = list(openpyxl.load_workbook(dest).active.values)
    assert rows[0][:4] == ("客户代码", "客户名称", "联系人", "电话")
    assert rows[1][:4] == ("420381104741", "明佳烟酒", "李娟", "0710-3212345")
    assert rows[1][6:9] == (datetime(2026, 1, 5), datetime(2026, 1, 12), "收货款")  # date cells
    assert openpyxl.load_workbook(dest).sheetnames == ["电话清单"]


def test_wrong_file_type_is_refused(store, tmp_path, outlets) -> None:
    from desktop_crm.domain.exporting import ExportProblem

    with pytest.raises(ExportProblem) as exc:
        export_customers(store, tmp_path / "x.pdf", outlets)
    assert ".csv or .xlsx" in str(exc.value)
    assert not Path(tmp_path / "x.pdf").exists()


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# what people type into free-text fields, formula starts and apostrophes included
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(
    "=+-@'\",;\n明佳烟酒"), min_size=1, max_size=20)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(name=_text, notes=_text, suffix=st.sampled_from([".csv", ".xlsx"]))
def test_any_text_survives_export_and_import(tmp_path_factory, name, notes, suffix) -> None:
    from desktop_crm.domain.customers import CustomerService
    from desktop_crm.domain.validation import ValidationError

    work = tmp_path_factory.mktemp("rt")
    with open_database(work / "a.sqlite3") as store:
        try:
            cid = CustomerService(store, "t").create({"code": "A1", "name": name, "notes": notes})
        except ValidationError:
            return  # e.g. only spaces: refused on entry already
        before = tuple(store.conn.execute("SELECT name, notes FROM customers").fetchone())
        dest = work / f"out{suffix}"
        export_customers(store, dest, [cid], ["code", "name", "notes"])
        with open_database(work / "b.sqlite3") as other:
            source = open_source(dest)
            run_import(other, source, ImportOptions("customers", suggest_mapping("customers", source.headers), "code"))
            after = tuple(other.conn.execute("SELECT name, notes FROM customers").fetchone())
    assert after == before


def test_xlsx_reads_like_a_sheet_made_by_hand(store, tmp_path, outlets, visits) -> None:
    """Named sheet, frozen and filtered header, columns as wide as their content (Chinese
    twice a Latin letter), dates and amounts as typed cells."""
    visits.log_visit(outlets[0], {"occurred_at": "2026-01-05 10:00", "channel": "visit"})
    dest = tmp_path / "list.xlsx"
    export_customers(store, dest, outlets, ["code", "name", "assets", "founded_on", "last_visit",
                                            "address"])
    book = openpyxl.load_workbook(dest)
    assert book.sheetnames == ["客户"]
    sheet = book["客户"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F4"
    rows = list(sheet.values)
    by_code = {r[0]: r for r in rows[1:]}
    assert by_code["420381104742"][2:4] == (12345.5, datetime(2020, 2, 29))
    assert sheet.cell(3, 4).is_date and sheet.cell(3, 3).data_type == "n"
    assert by_code["420381104741"][4] == datetime(2026, 1, 5)
    assert by_code["C000003"][2:5] == (None, None, None)  # empty cells, not empty texts
    width = {c: sheet.column_dimensions[c].width for c in "ABCDEF"}
    assert width["A"] >= len("420381104742") + 2  # the longest code fits
    assert width["B"] >= len("'=HYPERLINK(\"http://x\")") + 2
    assert width["F"] >= 2 * len("文博路18号") - 2  # Chinese counts double: wider than 7 Latin
    assert width["F"] > width["C"]  # not one width for all
    english = tmp_path / "en.xlsx"
    export_customers(store, english, outlets, ["name"], language="en")
    assert openpyxl.load_workbook(english).sheetnames == ["Customers"]
