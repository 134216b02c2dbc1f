"""Ways to reach a customer or one of its contacts: mobiles, landlines, WeChat and QQ ids,
emails, websites and faxes, any number of each, with a label and one preferred of each type.

The older columns (``customers.phone``; a contact's ``mobile``, ``phone``, ``wechat``,
``email``) keep the preferred way of their type: every change here writes them in the same
transaction, so what reads them (the list, greetings, the duplicate check, PDFs, the CLI)
needs no change. What writes them elsewhere is followed by triggers (storage/contact_ways.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_crm.domain.fields import LABEL_LENGTH, Field
from desktop_crm.domain.service import default_actor, fail
from desktop_crm.domain.validation import (
    FieldError, FieldProblem, NotFoundError, ValidationError, check_value, normalize_phone,
)
from desktop_crm.storage import contact_ways as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store, now

ENTITY = "contact_way"  # as the change history and the sync name it
WAY_TYPES = {
    "mobile": ("手机", "Mobile"),
    "landline": ("座机", "Landline"),
    "wechat": ("微信", "WeChat"),
    "qq": ("QQ", "QQ"),
    "email": ("邮箱", "Email"),
    "website": ("网址", "Website"),
    "fax": ("传真", "Fax"),
}
assert tuple(WAY_TYPES) == sql.TYPES
# the fields as the change history names them
WAY_FIELDS: tuple[Field, ...] = (
    Field("type", "choice", "contact_way", "类型", "Type", choices=WAY_TYPES),
    Field("value", "text", "contact_way", "号码/账号", "Number or address"),
    Field("label", "text", "contact_way", "备注名", "Label", max_length=LABEL_LENGTH),
    Field("preferred", "int", "contact_way", "首选", "Preferred", minimum=0, maximum=1),
)
_LABEL = WAY_FIELDS[2]
# a contact's column holding its preferred way of a type
CONTACT_COLUMN = {type_: column for column, type_ in sql.CONTACT_COLUMNS.items()}
VALUE_LENGTH = 254

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_QQ = re.compile(r"^[1-9][0-9]{4,10}$")
_WECHAT = re.compile(r"^[A-Za-z][-_A-Za-z0-9]{5,19}$")
_URL = re.compile(r"^(https?://)?([\w-]+\.)+[^\W\d_]{2,}(:\d{1,5})?([/?#]\S*)?$", re.IGNORECASE)


def type_label(type_: str, language: str = "zh") -> str:
    zh, en = WAY_TYPES.get(type_, (type_, type_))
    return zh if language.startswith("zh") else en


def check_way(type_: str, value: Any) -> str:
    """``value`` cleaned for a way of ``type_``; raises :class:`FieldProblem` (codes: phone,
    mobile, email, qq, wechat, website, required, too_long)."""
    text = " ".join(str(value or "").split())
    if not text:
        raise FieldProblem("required", "a value is required")
    if len(text) > VALUE_LENGTH:
        raise FieldProblem("too_long", f"at most {VALUE_LENGTH} characters", maximum=VALUE_LENGTH)
    if type_ in ("mobile", "landline", "fax"):
        phone = normalize_phone(text)
        if type_ == "mobile" and phone.startswith("0"):  # a Chinese landline, 0AREA-NUMBER
            raise FieldProblem("mobile", f"{text!r} is a landline number, not a mobile", value=text)
        return phone
    if type_ == "email":
        if not _EMAIL.match(text):
            raise FieldProblem("email", f"{text!r} is not an email address", value=text)
        return text.lower()
    if type_ == "qq":
        if not _QQ.match(text):
            raise FieldProblem("qq", f"{text!r} is not a QQ number (5 to 11 digits)", value=text)
        return text
    if type_ == "wechat":  # an id, or the mobile it was opened with
        if _WECHAT.match(text):
            return text
        try:
            return check_way("mobile", text)
        except FieldProblem:
            raise FieldProblem("wechat", f"{text!r} is not a WeChat id (6 to 20 letters, digits, "
                               "- or _, starting with a letter) nor a mobile", value=text) from None
    if type_ == "website":
        if not _URL.match(text):
            raise FieldProblem("website", f"{text!r} is not a web address", value=text)
        return text
    raise FieldProblem("choice", f"{type_!r} is not a kind of way to reach someone", value=type_)


@dataclass(frozen=True)
class Way:
    id: int
    customer_id: int
    contact_id: int | None
    contact_name: str | None   # None: the customer's own
    type: str
    value: str
    label: str | None
    preferred: bool


class ContactWayService:
    """Add, edit, delete ways and mark one preferred, each with its change history."""

    def __init__(self, store: Store, actor: str | None = None) -> None:
        self.store = store
        self.actor = actor or default_actor(store)

    def of_dossier(self, customer_id: int) -> list[Way]:
        return [Way(r["id"], r["customer_id"], r["contact_id"], r["contact_name"], r["type"],
                    r["value"], r["label"], bool(r["preferred"]))
                for r in sql.of_dossier(self.store, customer_id)]

    def get(self, way_id: int) -> Way:
        row = self.store.get("contact_ways", way_id)
        if row is None:
            raise NotFoundError(f"There is no way to reach with id {way_id}.")
        name = None
        if row["contact_id"] is not None:
            name = self.store.get("contacts", row["contact_id"])["name"]
        return Way(row["id"], row["customer_id"], row["contact_id"], name, row["type"],
                   row["value"], row["label"], bool(row["preferred"]))

    def _clean(self, data: Mapping[str, Any]) -> dict[str, Any]:
        errors = []
        type_ = data.get("type")
        out: dict[str, Any] = {"type": type_}
        if type_ not in WAY_TYPES:
            errors.append(FieldError("type", "choice", f"{type_!r} is not one of: "
                                     + ", ".join(WAY_TYPES), {"value": type_}))
        else:
            try:
                out["value"] = check_way(type_, data.get("value"))
            except FieldProblem as problem:
                errors.append(FieldError("value", problem.code, problem.message, problem.params))
        try:
            out["label"] = check_value(_LABEL, data.get("label"))
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            raise ValidationError(errors)
        return out

    def add(self, customer_id: int, contact_id: int | None, data: Mapping[str, Any]) -> int:
        """A new way of the customer (``contact_id`` None) or of its contact. It is the
        preferred of its type when asked (``preferred``) or when it is the first."""
        if self.store.get("customers", customer_id) is None:
            raise fail("customer_id", "missing", f"there is no customer with id {customer_id}")
        if contact_id is not None:
            contact = self.store.get("contacts", contact_id)
            if contact is None or contact["customer_id"] != customer_id:
                raise fail("contact_id", "foreign", "the contact is not the customer's")
        values = self._clean(data)
        same = sql.of_owner(self.store, customer_id, contact_id, values["type"])
        if any(r["value"] == values["value"] for r in same):
            raise fail("value", "way_twice", f"{values['value']} is already there",
                       value=values["value"])
        preferred = bool(data.get("preferred")) or not any(r["preferred"] for r in same)
        with self.store.transaction():
            way_id = self.store.insert("contact_ways", {
                "customer_id": customer_id, "contact_id": contact_id, **values,
                "preferred": 0, "created_at": now(), "updated_at": now()})
            self._log(way_id, customer_id, [("value", None, values["value"])] + (
                [("label", None, values["label"])] if values["label"] else []))
            if preferred:
                self._prefer(way_id, log=False)  # part of its making
        return way_id

    def update(self, way_id: int, data: Mapping[str, Any]) -> list[tuple[str, object, object]]:
        """Change a way's type, value or label; ``preferred`` True makes it the preferred."""
        old = self.get(way_id)
        values = self._clean({"type": old.type, "value": old.value, "label": old.label, **data})
        if any(r["value"] == values["value"] and r["id"] != way_id for r in sql.of_owner(
                self.store, old.customer_id, old.contact_id, values["type"])):
            raise fail("value", "way_twice", f"{values['value']} is already there",
                       value=values["value"])
        diff = [(k, getattr(old, k), v) for k, v in values.items() if getattr(old, k) != v]
        with self.store.transaction():
            if diff:
                self.store.update("contact_ways", way_id,
                                  {**{k: v for k, _, v in diff}, "updated_at": now()})
                self._log(way_id, old.customer_id, diff)
                if old.preferred and values["type"] != old.type:
                    self.store.update("contact_ways", way_id, {"preferred": 0})
                    self._next_preferred(old)
                    self._prefer(way_id)
                elif old.preferred:
                    self._mirror(old.customer_id, old.contact_id)
            if data.get("preferred") and not (old.preferred and values["type"] == old.type):
                self._prefer(way_id)
        return diff

    def make_preferred(self, way_id: int) -> None:
        with self.store.transaction():
            self._prefer(way_id)

    def delete(self, way_id: int) -> Way:
        """Remove the way (the caller asks first); the next of its type becomes preferred.
        Returns it as it was, which :meth:`restore` puts back."""
        old = self.get(way_id)
        with self.store.transaction():
            self.store.delete("contact_ways", way_id)
            self._log(way_id, old.customer_id, [("value", old.value, None)])
            if old.preferred:
                self._next_preferred(old)
        return old

    def restore(self, way: Way) -> int:
        """A deleted way back (the dossier's Undo), preferred again if it was."""
        return self.add(way.customer_id, way.contact_id, {
            "type": way.type, "value": way.value, "label": way.label, "preferred": way.preferred})

    # --- inside -------------------------------------------------------------------------------

    def _log(self, way_id: int, customer_id: int, changes: list[tuple[str, object, object]]) -> None:
        queries.log_changes(self.store, [(ENTITY, way_id, customer_id, *c) for c in changes],
                            self.actor)

    def _prefer(self, way_id: int, log: bool = True) -> None:
        way = self.get(way_id)
        for row in sql.of_owner(self.store, way.customer_id, way.contact_id, way.type):
            mark = int(row["id"] == way_id)
            if row["preferred"] != mark:
                self.store.update("contact_ways", row["id"], {"preferred": mark, "updated_at": now()})
                if mark and log:
                    self._log(row["id"], way.customer_id, [("preferred", 0, 1)])
        self._mirror(way.customer_id, way.contact_id)

    def _next_preferred(self, old: Way) -> None:
        rest = sql.of_owner(self.store, old.customer_id, old.contact_id, old.type)
        if rest and not any(r["preferred"] for r in rest):
            self._prefer(rest[0]["id"])
        else:
            self._mirror(old.customer_id, old.contact_id)

    def _mirror(self, customer_id: int, contact_id: int | None) -> None:
        """The owner's columns hold its preferred ways (written without history: the way's
        change is the one recorded)."""
        preferred = {r["type"]: r["value"] for r in sql.of_owner(self.store, customer_id, contact_id)
                     if r["preferred"]}
        if contact_id is not None:
            row = self.store.get("contacts", contact_id)
            wanted = {col: preferred.get(type_) for type_, col in CONTACT_COLUMN.items()}
            changed = {c: v for c, v in wanted.items() if row[c] != v}
            if changed:
                self.store.update("contacts", contact_id, {**changed, "updated_at": now()})
            return
        current = self.store.get("customers", customer_id)["phone"]
        phones = [preferred.get("mobile"), preferred.get("landline")]
        if current in phones and current is not None:
            return
        kept = next((p for p in phones if p), None)
        if kept != current:
            self.store.update("customers", customer_id, {"phone": kept, "updated_at": now()})


def history_names(store: Store, customer_id: int, language: str) -> dict[tuple[str, int], str]:
    """How the change history names the dossier's ways: type and whose ("手机 · 王丽娟")."""
    return {(ENTITY, r["id"]): " · ".join(filter(None, (type_label(r["type"], language),
                                                         r["contact_name"])))
            for r in sql.of_dossier(store, customer_id)}


# --- import: a customers file's extra columns (QQ, 邮箱, 传真, 网址, a second phone) --------
# (checked and added by domain/importing/ways.py)

def _import_field(type_: str, zh: str, en: str, *aliases: str) -> Field:
    kind = "phone" if type_ in ("mobile", "landline", "fax") else "email" if type_ == "email" else "text"
    return Field(f"way_{type_}", kind, ENTITY, zh, en, aliases=aliases)  # type: ignore[arg-type]


IMPORT_FIELDS: tuple[Field, ...] = (
    _import_field("mobile", "另一手机", "Another mobile", "手机2", "手机号2", "备用手机", "第二手机",
                  "其他手机", "mobile 2", "second mobile", "other mobile"),
    _import_field("landline", "座机", "Landline", "固定电话", "固话", "办公电话", "座机号码", "电话2",
                  "备用电话", "其他电话", "landline", "office phone", "phone 2", "second phone"),
    _import_field("wechat", "微信", "WeChat", "微信号", "wechat", "wechat id"),
    _import_field("qq", "QQ", "QQ", "qq号", "qq号码", "qq number"),
    _import_field("email", "邮箱", "Email", "电子邮箱", "电子邮件", "email", "e-mail", "mail"),
    _import_field("website", "网址", "Website", "网站", "主页", "网页", "website", "homepage",
                  "url", "web"),
    _import_field("fax", "传真", "Fax", "传真号码", "fax", "fax number"),
)
