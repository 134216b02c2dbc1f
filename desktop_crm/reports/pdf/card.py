"""The printed customer file card (客户资料卡): the dossier's field groups as two-column
label/value tables, contacts, the last visits and current scores.

Every cell is cut to fit a page (see ``fitting.py``); a value of a field group cut in its
cell follows the table in full when it is within the registry's limits, so what a user may
type is never lost on paper, while a value beyond them (from a file written before the
limits) is only shown cut.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.units import mm

from desktop_crm.domain.fields import CODE_LENGTH, LONG_TEXT_LENGTH, NAME_LENGTH
from desktop_crm.domain.plans.card import Card
from desktop_crm.reports.pdf.document import (
    MARGIN, RULE, PrintOptions, Section, SectionInfo, Styles, build, paragraph, text,
)
from desktop_crm.reports.pdf.fitting import boxed, cut
from desktop_crm.reports.pdf.fonts import pdf_font

_WORDS = {
    "zh": {"title": "客户资料卡", "contacts": "联系人", "visits": "最近拜访", "scores": "当前评分",
           "as_of": "评分日期：{d}", "when": "日期", "channel": "方式", "staff": "我方人员",
           "purpose": "目的", "outcome": "结果", "next": "下一步", "due": "跟进日期",
           "metric": "指标", "value": "得分", "none": "（无）"},
    "en": {"title": "Customer file card", "contacts": "Contacts", "visits": "Last visits",
           "scores": "Current scores", "as_of": "Scored on {d}", "when": "Date",
           "channel": "Channel", "staff": "Our staff", "purpose": "Purpose", "outcome": "Outcome",
           "next": "Next step", "due": "Follow-up", "metric": "Metric", "value": "Score",
           "none": "(none)"},
}
_HEAD = colors.HexColor("#e8edf3")
_LABEL = colors.HexColor("#f4f6f9")
USABLE = A4[0] - 2 * MARGIN
_PADDING = 8  # left and right padding of a cell, together (see _table)
_GROUP_WIDTHS = [0.17, 0.33, 0.17, 0.33]
# The tallest a cell may be, in points: a form's cell some 14 lines (a longer value follows
# its table in full), a line of the contacts or last visits some 8 — a summary.
_FORM_CELL = 165.0
_LIST_CELL = 95.0


def card_flowables(card: Card, options: PrintOptions, key: str | None = None) -> list[Flowable]:
    st = Styles(pdf_font())
    w = _WORDS.get(options.language[:2], _WORDS["zh"])
    today = options.printed_at[:10] or date.today().isoformat()
    name, code = cut(card.name, NAME_LENGTH), cut(card.code, 2 * CODE_LENGTH)
    out: list[Flowable] = [
        Section(SectionInfo(key or f"card-{card.customer_id}", w["title"], f"{name} ({code})",
                            today)),
        paragraph(f"{name} · {w['title']}", st.title),
        paragraph(code, st.subtitle),
    ]
    label_width, value_width = (USABLE * f - _PADDING for f in _GROUP_WIDTHS[:2])
    for title, rows in card.groups:
        out += [CondPageBreak(20 * mm), paragraph(title, st.h1)]
        # two label/value pairs per row: a card reads like a form, and fits on fewer pages
        cells, in_full = [], []
        for label, value in rows:
            shown, was_cut = boxed(value, st.cell, value_width, _FORM_CELL)
            cells.append([boxed(label, st.cell, label_width, _FORM_CELL)[0], shown])
            if was_cut and len(value) <= LONG_TEXT_LENGTH:
                in_full.append((label, value))
        if len(cells) % 2:
            cells.append([paragraph("", st.cell), paragraph("", st.cell)])
        table_rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
        out.append(_table(table_rows, _GROUP_WIDTHS, [
            ("BACKGROUND", (0, 0), (0, -1), _LABEL), ("BACKGROUND", (2, 0), (2, -1), _LABEL),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE)]))
        # a paragraph splits across pages, so a long note is printed whole below its table
        if in_full:
            out.append(Spacer(1, 1.5 * mm))
        out += [Paragraph(f'<font color="#123a63">{text(label)}：</font>{text(value)}', st.body)
                for label, value in in_full]
    out += [CondPageBreak(25 * mm), paragraph(w["contacts"], st.h1)]
    out.append(_list(card.contact_headers, card.contacts, [0.12, 0.09, 0.14, 0.12, 0.12, 0.22, 0.19],
                     st, w["none"]))
    out += [CondPageBreak(25 * mm), paragraph(w["visits"], st.h1)]
    keys = ("when", "channel", "staff", "purpose", "outcome", "next", "due")
    out.append(_list([w[k] for k in keys], [[v[k] for k in keys] for v in card.visits],
                     [0.11, 0.1, 0.09, 0.22, 0.2, 0.17, 0.11], st, w["none"]))
    if card.scores:
        out += [CondPageBreak(25 * mm), paragraph(w["scores"], st.h1),
                paragraph(w["as_of"].format(d=card.scores_as_of), st.small)]
        out.append(_list([w["metric"], w["value"]], [list(s) for s in card.scores], [0.5, 0.5],
                         st, w["none"]))
    return out


def render_card(card: Card, target: Path | BinaryIO | None, options: PrintOptions) -> bytes | None:
    return build(card_flowables(card, options), target, options,
                 title=cut(card.name, NAME_LENGTH))


def _list(headers: list[str], rows: list[list[str]], widths: list[float], st: Styles,
          empty: str) -> Table:
    room = [USABLE * f - _PADDING for f in widths]
    head = [paragraph(h, st.cell_head) for h in headers]
    body = [[boxed(v, st.cell, room[i], _LIST_CELL)[0] for i, v in enumerate(row)]
            for row in rows] or [
        [paragraph(empty, st.cell)] + [paragraph("", st.cell)] * (len(headers) - 1)]
    return _table([head, *body], widths, [("BACKGROUND", (0, 0), (-1, 0), _HEAD),
                                          ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)], repeat=1)


def _table(rows: list[list], widths: list[float], style: list[tuple], repeat: int = 0) -> Table:
    table = Table(rows, colWidths=[USABLE * f for f in widths], repeatRows=repeat, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *style,
    ]))
    return table
