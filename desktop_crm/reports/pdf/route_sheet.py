"""The printed route sheet of a week's visit plan (拜访路线单): one page (or more) per working
day with visits, the customers in route order with address, phone and contact, last visit,
open follow-ups and what the account plan asks this visit, and an empty box for notes taken
on the spot.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop_crm.domain.fields import NAME_LENGTH
from desktop_crm.domain.week_plan import Stop, WeekPlan
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
from desktop_crm.reports.pdf.fitting import boxed, cut
from desktop_crm.reports.pdf.fonts import pdf_font

_WORDS = {
    "zh": {"title": "拜访路线单", "rep": "客户经理：{name}", "stops": "{n} 家", "km": "约 {km:.1f} 公里",
           "no": "序", "customer": "客户", "address": "地址", "contact": "联系人 / 电话",
           "last": "上次拜访", "todo": "待跟进 / 本次要做", "notes": "拜访记录", "never": "从未",
           "unplanned": "计划外", "visited": "已拜访 {d}",
           "over": {"visit": "拜访逾期 {n} 天", "follow_up": "跟进逾期 {n} 天"},
           "weekdays": "一二三四五六日", "day": "{m}月{d}日 星期{w}", "none": "本周没有要拜访的客户。",
           "left": "本周排不下：{names}", "plan": "计划："},
    "en": {"title": "Route sheet", "rep": "Account manager: {name}", "stops": "{n} stops",
           "km": "about {km:.1f} km", "no": "#", "customer": "Customer", "address": "Address",
           "contact": "Contact / phone", "last": "Last visit", "todo": "Follow-ups / this visit",
           "notes": "Notes", "never": "never", "unplanned": "unplanned",
           "over": {"visit": "visit {n} days overdue", "follow_up": "follow-up {n} days overdue"},
           "visited": "visited {d}", "weekdays": "", "day": "{wd} {iso}",
           "none": "No customer to visit this week.", "left": "Not this week: {names}",
           "plan": "Plan: "},
}
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WIDTHS = [0.05, 0.15, 0.15, 0.15, 0.15, 0.2, 0.15]  # "last visit" holds "拜访逾期 520 天" on a line
_PADDING = 8
_CELL = 90.0  # the tallest a cell may be, in points (about seven lines)
_HEAD = colors.HexColor("#e8edf3")


def _day_title(w: dict[str, str], day) -> str:
    if w["weekdays"]:
        return w["day"].format(m=day.month, d=day.day, w=w["weekdays"][day.weekday()])
    return w["day"].format(wd=_EN_DAYS[day.weekday()], iso=day.isoformat())


def route_flowables(plan: WeekPlan, options: PrintOptions) -> list[Flowable]:
    st = Styles(pdf_font())
    w = _WORDS.get(options.language[:2], _WORDS["zh"])
    rep = cut(plan.staff_name, NAME_LENGTH)
    span = f"{plan.start.isoformat()} – {plan.end.isoformat()}"
    out: list[Flowable] = [
        Section(SectionInfo(f"route-{plan.staff_id}-{plan.start}", w["title"], rep, span)),
        paragraph(w["title"], st.title),
        paragraph(f"{w['rep'].format(name=rep)}  ·  {span}", st.subtitle),
    ]
    days = [d for d in plan.days if d.stops]
    if not days:
        out.append(paragraph(w["none"], st.body))
    room = [USABLE * f - _PADDING for f in _WIDTHS]
    head = [paragraph(w[k], st.cell_head)
            for k in ("no", "customer", "address", "contact", "last", "todo", "notes")]
    for i, day in enumerate(days):
        if i:
            out.append(PageBreak())
        zones = "、".join(dict.fromkeys(s.area for s in day.stops if s.area))
        line = [_day_title(w, day.day), zones, w["stops"].format(n=len(day.stops))]
        if day.km is not None:
            line.append(w["km"].format(km=day.km))
        out.append(paragraph("  ·  ".join(p for p in line if p), st.h1))
        rows = [head]
        for n, stop in enumerate(day.stops, 1):
            cells = [str(n), f"{stop.name}\n{stop.code}", stop.address,
                     "\n".join(p for p in (stop.contact, stop.contact_phone, stop.phone) if p),
                     _last(stop, plan, w), "\n".join((*stop.follow_ups, *stop.actions,
                                                        *(f"{w['plan']}{t}" for t in stop.standing)))]
            rows.append([boxed(v, st.cell, room[k], _CELL)[0] for k, v in enumerate(cells)]
                        + [Spacer(1, 16 * mm)])
        out.append(_table(rows, _WIDTHS, [
            ("BACKGROUND", (0, 0), (-1, 0), _HEAD), ("GRID", (0, 0), (-1, -1), 0.4, RULE)],
            repeat=1))
    if plan.not_this_week:
        names = "、".join(s.name for s in plan.not_this_week[:40])
        more = "…" if len(plan.not_this_week) > 40 else ""
        out += [Spacer(1, 3 * mm), paragraph(w["left"].format(names=names + more), st.small)]
    return out


def _last(stop: Stop, plan: WeekPlan, w: dict[str, str]) -> str:
    parts = [stop.last_visit or w["never"]]
    if stop.visited:
        parts.append(w["visited"].format(d=stop.visited[5:]))
        if stop.unplanned:
            parts.append(w["unplanned"])
    elif stop.overdue_days(plan.today):
        parts.append(w["over"][stop.overdue_for].format(n=stop.overdue_days(plan.today)))
    return "\n".join(parts)


def render_route_sheet(plan: WeekPlan, target: Path | BinaryIO | None,
                       options: PrintOptions) -> bytes | None:
    """Write the route sheet; raises :class:`~desktop_crm.reports.pdf.document.DocumentTooLarge`
    (never expected: every cell is cut to fit)."""
    return build(route_flowables(plan, options), target, options,
                 title=f"{_WORDS.get(options.language[:2], _WORDS['zh'])['title']} {plan.start}")
