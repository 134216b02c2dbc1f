"""What can be imported, which columns each kind takes, how headers are recognised, and how
spreadsheet values (mixed date formats, Excel serials, 1.2万, ¥1,200) become values the
field registry's validation accepts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any

from desktop_crm.domain.contact_ways import ENTITY as WAYS
from desktop_crm.domain.contact_ways import IMPORT_FIELDS
from desktop_crm.domain.importing.ways import CONTACT_IMPORT_FIELDS
from desktop_crm.domain.exporting import FORMULA_START
from desktop_crm.domain.fields import (
    ADDRESS_PARTS,
    CONTACT_FIELDS,
    CUSTOMER_FIELDS,
    INTERACTION_FIELDS,
    MEMBER_LEVELS,
    NAME_LENGTH,
    Field,
)
from desktop_crm.domain.importing.vocabulary import header_key, recognised
from desktop_crm.domain.service import column
from desktop_crm.storage.db import Store

# Columns that say which customer a contact, visit, purchase or member belongs to.
CUSTOMER_CODE = Field("customer_code", "code", "identity", "客户代码", "Customer code",
                      aliases=("客户编号", "编号", "code", "customer code", "customer_code"))
CUSTOMER_NAME = Field("customer_name", "text", "identity", "客户名称", "Customer name",
                      aliases=("店铺名称", "店名", "客户", "客户名", "customer", "customer name",
                               "shop name"), max_length=NAME_LENGTH, identifier=True)
CUSTOMER_PHONE = Field("customer_phone", "phone", "identity", "手机", "Phone",
                       aliases=("手机号", "手机号码", "电话", "联系电话", "mobile", "phone"))
REFERENCES = (CUSTOMER_CODE, CUSTOMER_NAME)
# A member is a person: a members file names them (姓名) and often knows them by their phone.
MEMBER_REFERENCES = (
    CUSTOMER_CODE,
    Field("customer_name", "text", "identity", "姓名", "Name",
          aliases=("会员姓名", "客户名称", "客户", "客户名", "name", "customer name", "customer"),
          max_length=NAME_LENGTH, identifier=True),
    CUSTOMER_PHONE,
)
# Purchases, as a till exports them, name a shop or a member, and a member by phone (a
# contacts file's phone columns are the contact's own, so contacts do not refer by phone).
TRANSACTION_REFERENCES = (
    CUSTOMER_CODE,
    Field("customer_name", "text", "identity", "客户名称", "Customer name",
          aliases=(*CUSTOMER_NAME.aliases, "姓名", "会员姓名", "name"),
          max_length=NAME_LENGTH, identifier=True),
    CUSTOMER_PHONE,
)

TRANSACTION_FIELDS: tuple[Field, ...] = (
    Field("occurred_on", "date", "transaction", "交易日期", "Date", required=True,
          not_future=True, aliases=("日期", "购买日期", "销售日期", "date")),
    Field("amount", "number", "transaction", "金额", "Amount", required=True,
          aliases=("销售额", "交易金额", "消费金额", "amount")),
    Field("gross_profit", "number", "transaction", "毛利", "Gross profit", aliases=("利润",)),
    Field("quantity", "number", "transaction", "数量", "Quantity", minimum=0, aliases=("件数",)),
    Field("product", "text", "transaction", "商品", "Product", aliases=("品名", "商品名称", "产品")),
    Field("category", "text", "transaction", "品类", "Category", aliases=("类别", "分类")),
    Field("points_earned", "int", "transaction", "获得积分", "Points earned", minimum=0,
          aliases=("积分",)),
    Field("points_redeemed", "int", "transaction", "兑换积分", "Points redeemed", minimum=0),
    Field("staff", "staff", "transaction", "员工", "Staff", aliases=("导购", "营业员")),
)

MEMBER_FIELDS: tuple[Field, ...] = (
    Field("card_no", "code", "member", "会员卡号", "Card number", required=True,
          aliases=("卡号", "会员号", "card", "card no")),
    Field("joined_on", "date", "member", "入会日期", "Joined", required=True, not_future=True,
          aliases=("注册日期", "开卡日期", "joined")),
    Field("level", "choice", "member", "会员等级", "Level", choices=MEMBER_LEVELS,
          aliases=("等级", "级别")),
    Field("points_balance", "int", "member", "积分余额", "Points balance", minimum=0,
          aliases=("积分", "当前积分")),
    Field("staff", "staff", "member", "专属导购", "Staff member", aliases=("导购", "员工", "负责人")),
    Field("expected_due_date", "date", "member", "预产期", "Expected due date"),
    Field("household_notes", "longtext", "member", "家庭情况", "Household notes",
          aliases=("备注", "家庭")),
)


@dataclass(frozen=True)
class Kind:
    """One kind of import: the record's fields, the table, and the keys offered."""

    name: str
    label_zh: str
    label_en: str
    fields: tuple[Field, ...]            # the record's own fields (validated by the registry)
    keys: tuple[str, ...]                # fields a row can be matched on
    default_key: str | None
    per_customer: bool                   # rows belong to a customer named by a reference
    references: tuple[Field, ...] = REFERENCES  # the columns that name that customer

    @property
    def columns(self) -> tuple[Field, ...]:
        """Everything a column can be mapped to."""
        return (self.references if self.per_customer else ()) + self.fields

    @cached_property
    def _by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.columns}

    def field(self, name: str) -> Field:
        return self._by_name[name]

    @cached_property
    def _stored_as(self) -> dict[str, str]:
        # (ways to reach are rows of their own: domain/importing/ways.py)
        return {f.name: column(f) for f in self.columns if f.kind != "tags" and f.group != WAYS}

    def stored(self, values: dict[str, Any]) -> dict[str, Any]:
        """Cleaned values by the column they are stored in (tags are stored apart)."""
        return {self._stored_as[k]: v for k, v in values.items() if k in self._stored_as}

    def label(self, language: str = "zh") -> str:
        return self.label_zh if language.startswith("zh") else self.label_en


KINDS: dict[str, Kind] = {
    "customers": Kind("customers", "客户", "Customers", CUSTOMER_FIELDS + ADDRESS_PARTS + IMPORT_FIELDS,
                      ("code", "phone", "name", "address"), "code", False),
    "contacts": Kind("contacts", "联系人", "Contacts", CONTACT_FIELDS + CONTACT_IMPORT_FIELDS,
                     ("mobile", "name", "phone", "email", "wechat"), "mobile", True),
    "visits": Kind("visits", "拜访记录", "Visits", INTERACTION_FIELDS,
                   ("occurred_at",), None, True),
    "transactions": Kind("transactions", "交易", "Transactions", TRANSACTION_FIELDS,
                         ("occurred_on",), None, True, TRANSACTION_REFERENCES),
    "members": Kind("members", "会员", "Members", MEMBER_FIELDS, ("card_no",), "card_no", True,
                    MEMBER_REFERENCES),
}

ON_MATCH = ("update", "create", "skip")


def join_address(data: dict[str, Any]) -> None:
    """A customers file's province / city / district / street columns (ADDRESS_PARTS) joined
    into its address line, before the line is checked: the main address is split from it
    (storage/addresses.py). A line that already starts with the parts is kept as it is."""
    parts = {f.name: str(data.pop(f.name)).strip() for f in ADDRESS_PARTS if f.name in data}
    if not parts:
        return
    line = str(data.get("address") or "").strip()
    if line and line.startswith(next(iter(parts.values()))):
        return
    if parts.get("city") == parts.get("province"):  # a municipality: its name once
        parts.pop("city", None)
    data["address"] = "".join(parts.values()) + line


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"{name!r} is not a kind of import; use one of {', '.join(KINDS)}") from None


# --- headers ------------------------------------------------------------------------------

def suggest_mapping(kind_name: str, headers: list[str], store: Store | None = None) -> dict[str, str]:
    """header -> field name ('' for a column the user chose to leave out) for the headers
    recognised. When the same set of headers was imported before, the choices made then;
    else, per header, an earlier choice for it, then a field's label, name or alias in
    either language, a custom field's label, then the vocabulary of real exports
    (:mod:`~desktop_crm.domain.importing.vocabulary`), surest first."""
    spec = kind(kind_name)
    extra = custom_columns(store, kind_name) if store is not None else []
    allowed = {f.name for f in (*spec.columns, *extra)} | {""}
    if store is not None:
        earlier = remembered_mapping(store, kind_name, headers)
        if earlier is not None:
            return {h: f for h, f in earlier.items() if h in headers and f in allowed}
    remembered = remembered_mapping(store, kind_name) if store is not None else {}
    names: dict[str, str] = {}
    for fld in (*spec.columns, *extra):
        for text in (fld.name, fld.label_zh, fld.label_en, *fld.aliases):
            names.setdefault(header_key(text), fld.name)
    offers: list[tuple[int, int, str, str]] = []   # (rank, position, header, field)
    for position, header in enumerate(headers):
        key = header_key(header)
        if key in remembered and remembered[key] in allowed:
            offers.append((-1, position, header, remembered[key]))
        elif key in names:
            offers.append((0, position, header, names[key]))
        elif (found := recognised(kind_name, header)) is not None:
            offers.append((1 + found[1], position, header, found[0]))
    out: dict[str, str] = {}
    for _, _, header, name in sorted(offers):
        if header not in out and (name == "" or name not in out.values()):
            out[header] = name
    return {h: out[h] for h in headers if h in out}


def custom_columns(store: Store | None, kind_name: str) -> list[Field]:
    """The custom fields a kind's rows can fill: customers', for a customers file and for
    the customer of each member."""
    if store is None or kind_name not in CUSTOM_KINDS:
        return []
    from desktop_crm.domain.custom_fields import CustomFieldService

    return [f.as_field() for f in CustomFieldService(store, actor="-").fields("customer")]


CUSTOM_KINDS = ("customers", "members")


def _setting_key(kind_name: str, headers: list[str] | None = None) -> str:
    if headers is None:
        return f"import.mapping.{kind_name}"
    import hashlib

    keys = "\x1f".join(sorted(header_key(h) for h in headers))
    return f"import.mapping.{kind_name}.{hashlib.sha1(keys.encode()).hexdigest()[:16]}"


def remembered_mapping(store: Store, kind_name: str, headers: list[str] | None = None) -> Any:
    """Without ``headers``: the choices made for single headers (by header key). With them:
    the whole mapping made the last time this set of headers was imported, by header, or
    None when it never was."""
    try:
        found = json.loads(store.setting(_setting_key(kind_name, headers)) or "null")
    except ValueError:
        found = None
    if headers is None:
        return found if isinstance(found, dict) else {}
    return found if isinstance(found, dict) else None


def remember_mapping(store: Store, kind_name: str, mapping: dict[str, str],
                     headers: list[str] | None = None) -> None:
    """Keep the user's choices for next time (a header left out on purpose, mapped to '',
    is remembered too): for each header, and for the whole set of ``headers`` of this
    file. A header the mapping does not name stays open: offered again next time."""
    known = remembered_mapping(store, kind_name)
    known.update({header_key(h): f for h, f in mapping.items()})
    store.set_setting(_setting_key(kind_name), json.dumps(known, ensure_ascii=False))
    if headers is not None:
        whole = {h: mapping[h] or "" for h in headers if h in mapping}
        store.set_setting(_setting_key(kind_name, headers), json.dumps(whole, ensure_ascii=False))


def missing_columns(kind_name: str, mapped: set[str], key: str | None, on_match: str) -> list[Field]:
    """Required columns the mapping leaves out. A file that only updates customers matched
    by a key needs no name column."""
    spec = kind(kind_name)
    updates_only = key is not None and key in mapped and on_match == "update"
    missing = [
        f for f in spec.fields
        if f.required and f.name not in mapped and not (spec.name == "customers" and updates_only)
    ]
    if spec.per_customer and not mapped & {f.name for f in spec.references}:
        missing.insert(0, CUSTOMER_CODE)
    return missing


# --- values -------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 30)
_YMD = re.compile(r"^(\d{4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?")
_SERIAL = re.compile(r"^\d{4,6}(\.\d+)?$")
_MONEY = re.compile(r"[\s¥￥$元,，]")
_UNITS = {"万": 10_000, "亿": 100_000_000, "千": 1_000}


def prepare(fld: Field, value: Any) -> Any:
    """A cell made ready for :func:`~desktop_crm.domain.validation.clean`: what spreadsheets
    do to values undone, without guessing beyond them."""
    if not isinstance(value, str):
        if isinstance(value, datetime) and fld.kind == "date":
            return value.date()
        return value
    text = value.strip()
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_START):
        text = text[1:]  # neutralised on export (see exporting.py): the value itself follows
    if not text:
        return ""
    if fld.kind in ("date", "datetime"):
        return _date_text(text, fld.kind)
    if fld.kind in ("number", "int"):
        return _number_text(text)
    if fld.kind == "phone":
        return unicodedata.normalize("NFKC", text)
    return text


def _date_text(text: str, kind_name: str) -> Any:
    text = unicodedata.normalize("NFKC", text)
    if _SERIAL.match(text):
        serial = float(text)
        if 1 <= serial < 2_958_466:  # Excel's calendar: 1900-01-01 .. 9999-12-31
            moment = datetime.combine(_EXCEL_EPOCH, datetime.min.time()) + timedelta(days=serial)
            return moment.date() if kind_name == "date" or moment.time() == datetime.min.time() else moment
    found = _YMD.match(text)
    if not found:
        return text
    day = f"{found[1]}-{found[2]}-{found[3]}"
    rest = text[found.end():].strip().lstrip("T").strip()
    if kind_name == "date" or not rest:
        try:  # a date column given a date and time keeps the date
            return date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            return day  # 2024-2-30: validation names the problem
    return f"{day} {rest}"


def _number_text(text: str) -> Any:
    text = _MONEY.sub("", unicodedata.normalize("NFKC", text))
    if text and text[-1] in _UNITS:
        try:
            number = Decimal(text[:-1]) * _UNITS[text[-1]]  # exact: 1.2万 is 12000, not 11999.99…
        except InvalidOperation:
            return text
        return int(number) if number == number.to_integral_value() else float(number)
    return text
