"""Getting data out: any list of customers to CSV or XLSX with chosen columns, contacts to
vCard, follow-ups and plan actions to iCalendar, call lists.

Tables are written so they read back in (export → import gives the same data): headers are
the field labels the importer recognises, choices are written as labels it accepts, staff
by name, tags as "a, b". Text cells that begin with ``=``, ``+``, ``-``, ``@`` (or a tab or
carriage return) are prefixed with ``'`` so a spreadsheet shows them instead of running them
as formulas; the importer takes the prefix off again. Every file is published through the
audit log (storage/audit.py): written beside its destination, recorded, then moved into place,
so a failure or a cancel leaves nothing half-written and no file exists without its row.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.contact_ways import ENTITY as WAYS
from desktop_crm.domain.contact_ways import IMPORT_FIELDS
from desktop_crm.domain.customer_list import (
    LAST_VISIT,
    NEXT_FOLLOW_UP,
    CustomerFilter,
    CustomerList,
)
from desktop_crm.domain.fields import (
    ADDRESS_PARTS,
    CONTACT_FIELDS,
    CUSTOMER_FIELDS,
    FIRST_DATE,
    LAST_DATE,
    Field,
    by_name,
)
from desktop_crm.domain.identifiers import mask, personal
from desktop_crm.domain.service import column, default_actor
from desktop_crm.domain.team_rights import may_see_resident_ids
from desktop_crm.storage import audit
from desktop_crm.storage import customer_list as listing
from desktop_crm.storage import exporting as sql
from desktop_crm.storage.db import Store

Progress = Callable[[int, int], bool]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# the main address's parts follow the address line (storage/exporting.py reads them), then
# the ways to reach as the import reads them back: QQ, 邮箱, 传真, 网址, another phone
EXPORT_COLUMNS: tuple[Field, ...] = (CUSTOMER_FIELDS + ADDRESS_PARTS + (LAST_VISIT, NEXT_FOLLOW_UP)
                                     + IMPORT_FIELDS)
DEFAULT_COLUMNS = ("code", "name", "kind", "tier", "lifecycle", "owner", "area", "phone",
                   "address", "province", "city", "district", "business_format", "tags")
TABLE_FORMATS = (".csv", ".xlsx")
WIDTH_SAMPLE = 500   # rows an XLSX column's width is measured on
MAX_WIDTH = 60       # a column wider than this wraps nothing: it only pushes the others away
_F = by_name(EXPORT_COLUMNS)
_CONTACT = by_name(CONTACT_FIELDS)


class ExportCancelled(Cancelled):
    """The user cancelled; no file was written."""


class ExportProblem(ValueError):
    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.params = code, message, params


def neutralise(value: Any) -> Any:
    """A cell value safe to open in a spreadsheet: text that would start a formula gets a
    leading apostrophe; numbers and dates stay what they are."""
    # a value already starting with apostrophes before a formula character gets one more,
    # so the importer's taking one off gives it back exactly
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_START):
        return "'" + value
    return value


# --- tables -------------------------------------------------------------------------------

def write_table(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
    progress: Progress | None = None, total: int = 0, *, xlsx: bool = False,
    sheet: str = "data",
) -> int:
    """Write ``rows`` under ``headers`` into ``path`` (a temporary file of
    :func:`~desktop_crm.storage.audit.publish`): XLSX (on a sheet named ``sheet``), or CSV
    in UTF-8 with a BOM so Excel shows Chinese right. Returns the number of rows written."""
    if xlsx:
        return _write_xlsx(path, headers, rows, progress, total, sheet)
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([neutralise(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])
            count = _tick(count, progress, total)
    return count


def publish_table(
    store: Store, dest: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
    actor: str | None, action: str, what: str, progress: Progress | None = None,
    total: int = 0, together: Callable[[], object] | None = None, sheet: str = "",
) -> int:
    """:func:`write_table` to ``dest`` (XLSX by its suffix) through the audit log, whose row
    says "N ``what`` to DEST"; ``together``: writes committed with that row. ``sheet``:
    the XLSX sheet's name (``what`` when not given)."""
    dest = Path(dest).absolute()
    count = 0
    sheet = sheet or what

    def detail() -> str:  # the number of rows is known once they are written
        return f"{count} {what} to {dest}"

    with audit.publish(store, dest, actor or default_actor(store), action, detail,
                       together=together) as tmp:
        count = write_table(tmp, headers, rows, progress, total,
                            xlsx=dest.suffix.lower() == ".xlsx", sheet=sheet)
    return count


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]],
    progress: Progress | None, total: int, title: str,
) -> int:
    """A sheet as people expect one: named, the header row frozen and filtered, columns as
    wide as their content, dates and numbers as typed cells. Written streaming: the widths
    are measured on the header and the first :data:`WIDTH_SAMPLE` rows, which are held
    back until then."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_title(title))
    sheet.freeze_panes = "A2"
    rows = iter(rows)
    first = [[_xlsx_cell(v) for v in row]
             for row, _ in zip(rows, range(WIDTH_SAMPLE), strict=False)]
    for i, width in enumerate(_widths(headers, first), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.append([neutralise(h) for h in headers])
    count = 0
    for row in first:
        sheet.append(row)
        count = _tick(count, progress, total)
    for row in rows:
        sheet.append([_xlsx_cell(v) for v in row])
        count = _tick(count, progress, total)
    if headers:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    # Zipped in memory (~10 MB for 100k rows), then written at once: a full or read-only
    # disk then fails one write, instead of leaving openpyxl's zip half-closed (its
    # clean-up at exit printed tracebacks).
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getbuffer())
    return count


def _sheet_title(title: str) -> str:
    """A name Excel accepts: 31 characters at most, none of ``[]:*?/\\``."""
    clean = "".join(" " if ch in "[]:*?/\\" else ch for ch in title).strip().strip("'")
    return clean[:31] or "data"


def _widths(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[float]:
    """Column widths in Excel's units (a Latin character each; CJK count double), room for
    the filter button on the header, between 6 and :data:`MAX_WIDTH`."""
    widths = [_text_width(h) + 3 for h in headers]  # + the filter arrow
    for row in rows:
        for i, value in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], _text_width(value))
    return [min(max(w + 2, 6), MAX_WIDTH) for w in widths]


def _text_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    if isinstance(value, float):
        value = f"{value:,.2f}"
    line = max(str(value).split("\n"), key=len)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _tick(count: int, progress: Progress | None, total: int) -> int:
    count += 1
    if progress is not None and count % 1000 == 0 and not progress(count, max(total, count)):
        raise ExportCancelled()
    return count


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return neutralise(value)


def _xlsx_cell(value: Any) -> Any:
    if value == "":
        return None  # an empty cell, not an empty text: filters and COUNTA see it as empty
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        # control characters other than tab and newlines are not allowed in XLSX
        value = "".join(ch for ch in value if ch >= " " or ch in "\t\n\r")
    return neutralise(value)


# --- customers ----------------------------------------------------------------------------

def customer_ids(store: Store, flt: CustomerFilter | None = None, sort: str = "name",
                 descending: bool = False) -> list[int]:
    """The customers a filter shows, in the list's order (all not in the trash when None)."""
    if flt is None:
        return sql.all_customer_ids(store)
    q = CustomerList(store).query(flt, sort, descending)
    return [cid for _, cid in listing.keys(store, q, None, None)]


def customer_value(row: Any, fld: Field, language: str, tiers: dict[str, tuple[str, str]]) -> Any:
    """A customer's value of ``fld`` as a person (and the importer) reads it."""
    if fld.name == "owner":
        return row["owner_name"]
    if fld.name == "tags":
        return row["tags_text"] or ""
    if fld.name == "last_visit":
        return _day(row["last_visit_at"])
    if fld.name == "next_follow_up":
        return _day(row["next_follow_up"])
    if fld.group == WAYS:
        return row[fld.name] or ""
    value = row[column(fld)]
    if fld.kind == "date":
        return _day(value)
    if fld.name == "tier" and value:
        zh, en = tiers.get(value, (value, value))
        return zh if language.startswith("zh") else en
    if fld.kind == "choice":
        return fld.choice_label(value, language) if value else ""
    return value


def export_customers(
    store: Store, dest: str | Path, ids: Sequence[int], columns: Sequence[str] | None = None, *,
    language: str = "zh", actor: str | None = None, progress: Progress | None = None,
) -> int:
    """Customers ``ids`` with ``columns`` (names of :data:`EXPORT_COLUMNS`) to CSV/XLSX."""
    columns = list(columns or DEFAULT_COLUMNS)
    unknown = [c for c in columns if c not in _F]
    if unknown:
        raise ExportProblem("column", f"{', '.join(unknown)} is not a column that can be exported",
                            columns=", ".join(unknown))
    _check_table(dest)
    fields = [_F[c] for c in columns]
    tiers = {r["key"]: (r["label_zh"], r["label_en"]) for r in listing.tiers(store)}
    ways = [f.name.removeprefix("way_") for f in fields if f.group == WAYS]
    rows = ([customer_value(r, f, language, tiers) for f in fields]
            for r in sql.customers(store, ids, ways))
    if {"resident_id", "tax_id"} & set(columns) and not may_see_resident_ids(store):
        rows = ([mask(v) if personal(c, v) else v for c, v in zip(columns, row)] for row in rows)
    return publish_table(store, dest, [f.label(language) for f in fields], rows, actor=actor,
                         action="export", what="customers", progress=progress, total=len(ids),
                         sheet="客户" if language.startswith("zh") else "Customers")


def export_call_list(
    store: Store, dest: str | Path, ids: Sequence[int], *, language: str = "zh",
    actor: str | None = None, progress: Progress | None = None,
) -> int:
    """One line per customer to call: who, which number, when we last saw them and what is
    due — the customer's phone, else the main contact's mobile or phone."""
    _check_table(dest)
    zh = language.startswith("zh")
    headers = (["客户代码", "客户名称", "联系人", "电话", "商圈/区域", "地址", "最近拜访", "下次跟进",
                "跟进事项", "客户经理", "通话结果"] if zh else
               ["Customer code", "Name", "Contact", "Phone", "Area / trade zone", "Address",
                "Last visit", "Next follow-up", "Follow-up about", "Account manager", "Call result"])
    ids = list(ids)
    contacts = sql.primary_contacts(store, ids)
    due = {r["customer_id"]: r for r in sql.open_follow_ups(store, ids)}

    def rows() -> Iterable[list[Any]]:
        for r in sql.customers(store, ids):
            person = contacts.get(r["id"])
            phone = r["phone"] or (person and (person["mobile"] or person["phone"])) or ""
            follow = due.get(r["id"])
            yield [r["code"], r["name"], person["name"] if person else "", phone, r["area"],
                   r["address"], _day(r["last_visit_at"]), _day(r["next_follow_up"]),
                   (follow["purpose"] or follow["next_step"] or "") if follow else "",
                   r["owner_name"], ""]

    return publish_table(store, dest, headers, rows(), actor=actor, action="export",
                         what="customers (call list)", progress=progress, total=len(ids),
                         sheet="电话清单" if zh else "Call list")


def _day(text: str | None) -> date | str:
    """A stored date (or timestamp) as the day it is: a date cell in XLSX, ISO in CSV."""
    if not text:
        return ""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:  # not a date after all: kept as the text it is
        return text


def _check_table(dest: str | Path) -> None:
    if Path(dest).suffix.lower() not in TABLE_FORMATS:
        raise ExportProblem("format", f"{Path(dest).name}: choose a .csv or .xlsx file name")


# --- vCard --------------------------------------------------------------------------------

def export_vcards(store: Store, dest: str | Path, ids: Sequence[int], *,
                  actor: str | None = None) -> int:
    """Contacts of the customers ``ids`` as vCard 3.0, which phones and mail programs read:
    name, organisation (the customer), title, phones, email, birthday, WeChat, notes."""
    cards = []
    for c in sql.contacts(store, ids):
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_vc(c['name'])}", f"N:{_vc(c['name'])};;;;",
                 f"ORG:{_vc(c['customer_name'])}"]
        title = c["position"] or _CONTACT["role"].choice_label(c["role"], "zh")
        if title:
            lines.append(f"TITLE:{_vc(title)}")
        if c["mobile"]:
            lines.append(f"TEL;TYPE=CELL:{c['mobile']}")
        if c["phone"]:
            lines.append(f"TEL;TYPE=WORK,VOICE:{c['phone']}")
        if c["email"]:
            lines.append(f"EMAIL;TYPE=INTERNET:{_vc(c['email'])}")
        if c["birthday"]:
            lines.append(f"BDAY:{c['birthday']}")
        if c["address"]:
            lines.append(f"ADR;TYPE=WORK:;;{_vc(c['address'])};;;;")
        if c["wechat"]:
            lines.append(f"X-WECHAT:{_vc(c['wechat'])}")
        note = "; ".join(x for x in (c["hobbies"], c["notes"]) if x)
        if note:
            lines.append(f"NOTE:{_vc(note)}")
        lines += [f"UID:desktop-crm-contact-{c['id']}", "END:VCARD"]
        cards.append("\r\n".join(_fold(line) for line in lines))
    _publish_text(store, dest, "\r\n".join(cards) + ("\r\n" if cards else ""), actor,
                  f"{len(cards)} contacts (vCard)")
    return len(cards)


def _vc(text: Any) -> str:
    """Escape a vCard/iCalendar text value (RFC 6350 §3.4, RFC 5545 §3.3.11)."""
    return (str(text).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "")
            .replace(",", "\\,").replace(";", "\\;"))


def _fold(line: str) -> str:
    """Lines longer than 75 octets are folded, never inside a UTF-8 character."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode()) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += ch
    out.append(current)
    return "\r\n ".join(out)


def _publish_text(store: Store, dest: str | Path, text: str, actor: str | None, what: str) -> None:
    dest = Path(dest).absolute()
    with audit.publish(store, dest, actor or default_actor(store), "export", f"{what} to {dest}") as tmp:
        tmp.write_bytes(text.encode("utf-8"))


# --- iCalendar ----------------------------------------------------------------------------

def export_calendar(
    store: Store, dest: str | Path, ids: Sequence[int] | None = None, *,
    follow_ups: bool = True, plan_actions: bool = True, actor: str | None = None,
    left_out: list[str] | None = None,
) -> int:
    """Open follow-ups and plan actions as all-day events on their due dates, for calendar
    apps. Each has a stable UID, so importing the file again updates instead of doubling.

    A due date that is not a date, or lies outside 1900–2100 (a file written before the
    registry's limits may hold 9999-12-31), cannot be a calendar event: that entry is left
    out — described in ``left_out`` when given — and the rest are written."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//desktop-crm//客户档案//ZH")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "客户跟进 / Follow-ups")
    stamp = datetime.now().replace(microsecond=0)
    count = 0
    skipped: list[str] = []
    if follow_ups:
        for r in sql.open_follow_ups(store, ids):
            start = _calendar_day(r["follow_up_due"])
            if start is None:
                skipped.append(f"{r['customer_code']} follow-up due {r['follow_up_due']}")
                continue
            event = Event()
            what = r["purpose"] or r["next_step"] or "跟进"
            event.add("uid", f"desktop-crm-follow-up-{r['id']}")
            event.add("summary", f"跟进 {r['customer_name']}：{what}")
            _all_day(event, start, stamp)
            details = [f"客户代码 {r['customer_code']}", r["next_step"] or "", r["customer_phone"] or "",
                       f"负责人 {r['staff_name']}" if r["staff_name"] else ""]
            event.add("description", "\n".join(d for d in details if d))
            if r["address"]:
                event.add("location", r["address"])
            cal.add_component(event)
            count += 1
    if plan_actions:
        for r in sql.open_plan_actions(store, ids):
            start = _calendar_day(r["due_date"])
            if start is None:
                skipped.append(f"{r['customer_code']} plan action due {r['due_date']}")
                continue
            event = Event()
            event.add("uid", f"desktop-crm-plan-action-{r['id']}")
            event.add("summary", f"计划 {r['customer_name']}：{r['text']}")
            _all_day(event, start, stamp)
            details = [f"客户代码 {r['customer_code']}", r["plan_title"] or f"第{r['version']}版计划",
                       f"负责人 {r['owner']}" if r["owner"] else ""]
            event.add("description", "\n".join(d for d in details if d))
            cal.add_component(event)
            count += 1
    if left_out is not None:
        left_out += skipped
    note = f" ({len(skipped)} left out: date outside {FIRST_DATE.year}–{LAST_DATE.year})" \
        if skipped else ""
    _publish_text(store, dest, cal.to_ical().decode("utf-8"), actor, f"{count} calendar entries{note}")
    return count


def _calendar_day(text: str | None) -> date | None:
    """A stored due date as a calendar day, or None when it is no date within the limits."""
    try:
        day = date.fromisoformat(str(text)[:10])
    except ValueError:
        return None
    return day if FIRST_DATE <= day <= LAST_DATE else None


def _all_day(event: Any, start: date, stamp: datetime) -> None:
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    event.add("dtstamp", stamp)


def list_ids(store: Store, q: listing.ListQuery) -> list[int]:
    """The customers of a list query (as the customer list holds it), in its order."""
    return [cid for _, cid in listing.keys(store, q, None, None)]
