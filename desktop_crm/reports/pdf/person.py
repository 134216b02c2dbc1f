"""The printed copy of everything held about one person (个人信息副本, PIPL): their fields with
the labels the app shows, then their contacts, membership, purchases, points, visits and
greetings, campaigns, plans and history, each as a table. The same data as the JSON export
(``domain/person_rights.py``), for the person to read: values as the app shows them — choices
by their label, amounts as money, flags as 是/否, each way to reach on a line of its own
("手机 13912348866（单位，首选）") — where the JSON keeps the stored ones.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from desktop_crm.domain.contact_ways import WAY_FIELDS, WAY_TYPES, type_label
from desktop_crm.domain.custom_fields import PREFIX
from desktop_crm.domain.dossier import field_of, shown
from desktop_crm.domain.fields import (
    ADDRESS_FIELDS,
    CONTACT_FIELDS,
    CUSTOMER_FIELDS,
    INTERACTION_FIELDS,
    MEMBER_FIELDS,
    Field,
    by_name,
    yes_no,
)
from desktop_crm.domain.money import money
from desktop_crm.domain.plans.model import PLAN_STATUSES
from desktop_crm.domain.plans.model import label as plan_label
from desktop_crm.reports.pdf.card import USABLE, _table
from desktop_crm.reports.pdf.document import (
    RULE,
    PrintOptions,
    Section,
    SectionInfo,
    Styles,
    build,
    paragraph,
)
from desktop_crm.reports.pdf.fitting import boxed
from desktop_crm.reports.pdf.fonts import pdf_font

_WORDS = {
    "zh": {"title": "个人信息副本", "intro": "本文件列出本店保存的关于您的全部信息（{when} 导出）。",
           "person": "个人信息", "contact": "联系人信息", "organisation": "所属单位",
           "contacts": "联系人", "addresses": "地址", "tags": "标签", "custom": "自定义字段", "member": "会员信息",
           "purchases": "消费记录", "points_moves": "积分变动", "interactions": "拜访与问候记录",
           "campaigns": "营销活动", "plans": "经营计划", "history": "修改记录", "none": "无",
           "date": "日期", "amount": "金额", "product": "商品", "points": "积分", "kind": "类型",
           "note": "说明", "campaign": "活动", "outcome": "结果", "feedback": "反馈",
           "at": "时间", "actor": "修改人", "field": "项目", "old": "原值", "new": "新值",
           "title_col": "标题", "status": "状态", "colon": "：", "points_balance": "积分余额",
           "ways": "联系方式",
           "*created": "新建", "*deleted": "移入回收站", "*restored": "恢复"},
    "en": {"title": "Copy of your personal data", "intro":
           "This file lists everything the shop holds about you (exported {when}).",
           "person": "Personal details", "contact": "Contact details", "organisation": "Organisation",
           "contacts": "Contacts", "addresses": "Addresses", "tags": "Tags", "custom": "Custom fields", "member": "Membership",
           "purchases": "Purchases", "points_moves": "Points", "interactions": "Visits and greetings",
           "campaigns": "Campaigns", "plans": "Plans", "history": "Changes", "none": "none",
           "date": "Date", "amount": "Amount", "product": "Product", "points": "Points",
           "kind": "Kind", "note": "Note", "campaign": "Campaign", "outcome": "Outcome",
           "feedback": "Feedback", "at": "When", "actor": "By", "field": "Field", "old": "Before",
           "new": "After", "title_col": "Title", "status": "Status", "colon": ": ",
           "points_balance": "Points balance", "ways": "Ways to reach",
           "*created": "created", "*deleted": "moved to the trash",
           "*restored": "restored"},
}
_HEAD = colors.HexColor("#e8edf3")
_PADDING = 8
_HIDDEN = {"id", "customer_id", "member_id", "staff_id", "created_at", "updated_at",
           "deleted_at", "last_visit_at", "next_follow_up", "campaign_id", "owner_id",
           "referred_by", "custom", "machine", "ways"}
_WAY_ORDER = {t: i for i, t in enumerate(WAY_TYPES)}  # as the dossier lists them
_PREFERRED = by_name(WAY_FIELDS)["preferred"]


def _label(fields: dict[str, Field], name: str, language: str) -> str:
    spec = fields.get(name) or fields.get(name.removesuffix("_id"))
    return spec.label(language) if spec else name


def _value(fields: dict[str, Field], name: str, value: Any, language: str) -> str:
    spec = fields.get(name)
    if spec is not None and value is not None:
        if spec.flag:  # 主要联系人: 是/否, not 1/0
            return yes_no(value, language)
        if spec.kind == "choice":
            return spec.choice_label(value, language)
        if spec.unit:
            return money(value, spec.unit, language)
    if name == "children_birthdays" and value:
        return "、".join(json.loads(value))
    return "" if value is None else str(value)


def _ways(ways: list[dict[str, Any]], language: str) -> str:
    """Each way to reach a person on a line of its own, as the dossier names it: "手机
    13912348866（单位，首选）", "Mobile 13912348866 (office, preferred)"."""
    zh = language.startswith("zh")
    preferred = _PREFERRED.label(language) if zh else _PREFERRED.label(language).lower()
    lines = []
    for way in sorted(ways, key=lambda w: (_WAY_ORDER.get(w["type"], len(_WAY_ORDER)),
                                           not w.get("preferred"))):
        notes = [n for n in (way.get("label"), preferred if way.get("preferred") else None) if n]
        line = f"{type_label(way['type'], language)} {way['value']}"
        if notes:
            line += f"（{'，'.join(notes)}）" if zh else f" ({', '.join(notes)})"
        lines.append(line)
    return "\n".join(lines)


def _field(entity: str, name: str, words: dict[str, str], language: str) -> str:
    """What a row of the change history changed: the field's label (the entity's: a way's
    "value", a contact's "name"), else the event ("created") or the custom field's key."""
    spec = field_of(entity, name)
    return spec.label(language) if spec else words.get(name) or name.removeprefix(PREFIX)


def _changed(entity: str, name: str, value: str | None, language: str) -> str:
    """A value of the change history, as the dossier's history shows it (flags: 是/否)."""
    return shown(field_of(entity, name), value, {}, language)


class _Sheet:
    def __init__(self, language: str) -> None:
        self.st = Styles(pdf_font())
        self.lang = language
        self.w = _WORDS.get(language[:2], _WORDS["zh"])
        self.out: list[Flowable] = []

    def heading(self, key: str) -> None:
        self.out.append(paragraph(self.w[key], self.st.h1))

    def pairs(self, row: dict[str, Any], fields: tuple[Field, ...],
              ways: list[dict[str, Any]] | None = None) -> None:
        """The record's fields by their labels (the app's; the sheet's words for the few
        that are not fields), then its ways to reach (``ways``, else the row's own) and its
        custom values."""
        spec = by_name(fields)
        lines = [(_label(spec, k, self.lang) if k in spec or k.removesuffix("_id") in spec
                  else self.w.get(k, k), _value(spec, k, v, self.lang))
                 for k, v in row.items() if k not in _HIDDEN and v not in (None, "")]
        if ways := (row.get("ways") if ways is None else ways):
            lines.append((self.w["ways"], _ways(ways, self.lang)))
        lines += [(k, str(v)) for k, v in (row.get("custom") or {}).items() if v]
        self.table([[k, v] for k, v in lines], [0.28, 0.72], head=None)

    def table(self, rows: list[list[Any]], widths: list[float], head: list[str] | None) -> None:
        if not rows:
            self.out.append(paragraph(self.w["none"], self.st.small))
            return
        room = [USABLE * f - _PADDING for f in widths]
        body = [[boxed(v, self.st.cell, room[k])[0] for k, v in enumerate(r)] for r in rows]
        style = [("GRID", (0, 0), (-1, -1), 0.4, RULE)]
        if head:
            body.insert(0, [paragraph(h, self.st.cell_head) for h in head])
            style.append(("BACKGROUND", (0, 0), (-1, 0), _HEAD))
        self.out.append(_table(body, widths, style, repeat=1 if head else 0))
        self.out.append(Spacer(1, 2))


_ADDRESS_SHOWN = tuple(f.name for f in ADDRESS_FIELDS)


def person_flowables(data: dict[str, Any], options: PrintOptions) -> list[Flowable]:
    s = _Sheet(options.language)
    w, lang = s.w, s.lang
    when = str(data.get("exported_at", "")).replace("T", " ")
    who = (data.get("contact") or data.get("customer") or {}).get("name", "")
    s.out += [Section(SectionInfo("person", w["title"], who, when[:10])),
              paragraph(w["title"], s.st.title), paragraph(w["intro"].format(when=when), s.st.subtitle)]
    visits = by_name(INTERACTION_FIELDS)
    if "contact" in data:
        s.heading("contact")
        s.pairs(data["contact"], CONTACT_FIELDS)
        s.heading("organisation")
        s.pairs(data["organisation"], CUSTOMER_FIELDS)
    else:
        s.heading("person")
        s.pairs(data["customer"], CUSTOMER_FIELDS, data.get("ways"))
        for address in data.get("addresses") or ():
            s.heading("addresses")
            s.pairs({k: v for k, v in address.items() if k in _ADDRESS_SHOWN}, ADDRESS_FIELDS)
        if data["tags"]:
            s.heading("tags")
            s.table([["、".join(data["tags"])]], [1.0], head=None)
        if data["custom"]:
            s.heading("custom")
            s.table([[k, v] for k, v in data["custom"].items()], [0.28, 0.72], head=None)
        for contact in data["contacts"]:
            s.heading("contacts")
            s.pairs(contact, CONTACT_FIELDS)
        if data["member"]:
            s.heading("member")
            s.pairs(data["member"], MEMBER_FIELDS)
        s.heading("purchases")
        s.table([[p["occurred_on"], f"{p['amount']:.2f}", p.get("product") or "",
                  f"+{p['points_earned']} / -{p['points_redeemed']}"] for p in data["purchases"]],
                [0.2, 0.2, 0.35, 0.25], [w["date"], w["amount"], w["product"], w["points"]])
        s.heading("points_moves")
        s.table([[m["occurred_on"], m["kind"], str(m["points"]), m.get("note") or ""]
                 for m in data["points_moves"]], [0.2, 0.2, 0.2, 0.4],
                [w["date"], w["kind"], w["points"], w["note"]])
    s.heading("interactions")
    texts = ("purpose", "customer_said", "needs", "outcome", "next_step")
    s.table([[i["occurred_at"].replace("T", " ")[:16],
              _value(visits, "channel", i["channel"], lang),
              "\n".join(f"{_label(visits, k, lang)}{w['colon']}{i[k]}" for k in texts if i.get(k))]
             for i in data["interactions"]], [0.2, 0.15, 0.65],
            [w["date"], _label(visits, "channel", lang), w["note"]])
    if "campaigns" in data:
        s.heading("campaigns")
        s.table([[c["campaign"], c.get("contacted_at") or "", c.get("outcome") or "",
                  c.get("feedback") or ""] for c in data["campaigns"]], [0.3, 0.2, 0.2, 0.3],
                [w["campaign"], w["date"], w["outcome"], w["feedback"]])
    if "plans" in data:
        s.heading("plans")
        s.table([[p.get("plan_date") or "", p.get("title") or "",
                  plan_label(PLAN_STATUSES, p.get("status"), lang)] for p in data["plans"]],
                [0.2, 0.6, 0.2], [w["date"], w["title_col"], w["status"]])
    s.heading("history")
    s.table([[h["at"].replace("T", " ")[:16], h.get("actor") or "",
              _field(h["entity"], h["field"], w, lang),
              _changed(h["entity"], h["field"], h.get("old_value"), lang),
              _changed(h["entity"], h["field"], h.get("new_value"), lang)]
             for h in data["history"]],
            [0.18, 0.14, 0.2, 0.24, 0.24], [w["at"], w["actor"], w["field"], w["old"], w["new"]])
    return s.out


def render_person(data: dict[str, Any], target: Path | BinaryIO | None,
                  options: PrintOptions) -> bytes | None:
    """Write the copy of a person's data; raises
    :class:`~desktop_crm.reports.pdf.document.DocumentTooLarge` (never expected: every cell
    is cut to fit a page)."""
    return build(person_flowables(data, options), target, options,
                 title=_WORDS.get(options.language[:2], _WORDS["zh"])["title"])
