"""The printed account plan: title, background, analysis, the SWOT grid, strategies, the
numbered action table, objectives, closing line and signature lines [001/篇4].

Every table is built row by row (one SWOT point per row), so a long plan breaks between
rows onto the next page. A row itself cannot break: its cells are cut to fit a page
(``fitting.boxed``), which only a value beyond the registry's limits ever needs.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle,
)

from desktop_crm.domain.plans import (
    ACTION_STATUSES, QUADRANTS, STRATEGY_KINDS, Customer, Plan, Template, fill, label,
)
from desktop_crm.domain.fields import CODE_LENGTH, NAME_LENGTH, SHORT_TEXT_LENGTH
from desktop_crm.reports.pdf.document import (
    INK, MARGIN, RULE, PrintOptions, Section, SectionInfo, Styles, paragraph, text,
)
from desktop_crm.reports.pdf.fitting import boxed, cut
from desktop_crm.reports.pdf.fonts import pdf_font

QUADRANT_COLORS = {
    "S": colors.HexColor("#e6f2e8"), "W": colors.HexColor("#fbeaea"),
    "O": colors.HexColor("#e7effa"), "T": colors.HexColor("#fdf3e1"),
}
_WORDS = {
    "zh": {"no": "序号", "action": "建议与行动", "owner": "负责人", "due": "完成时间",
           "status": "状态", "result": "结果", "target": "指标", "objective": "目标",
           "owner_bg": "店主", "code": "客户代码", "shop": "店铺名称", "format": "经营业态",
           "version": "第{v}版", "none": "（无）", "draft": "草稿", "draft_title": "{t}（草稿）",
           "sep": "："},
    "en": {"no": "No.", "action": "Action", "owner": "Owner", "due": "Due", "status": "Status",
           "result": "Result", "target": "Target", "objective": "Objective", "owner_bg": "Owner",
           "code": "Customer code", "shop": "Shop name", "format": "Business format",
           "version": "version {v}", "none": "(none)", "draft": "DRAFT",
           "draft_title": "{t} (DRAFT)", "sep": ": "},
}
USABLE = A4[0] - 2 * MARGIN
_PADDING = 10  # left and right padding of a cell, together (see _GRID)
_GRID = TableStyle([
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
])


def plan_flowables(plan: Plan, customer: Customer, template: Template, options: PrintOptions,
                   key: str | None = None) -> list[Flowable]:
    """The plan as flowables, starting with its :class:`Section` (header of its pages)."""
    st = Styles(pdf_font())
    lang = options.language[:2]
    w = _WORDS.get(lang, _WORDS["zh"])
    values = {
        "customer_name": customer.name, "customer_code": customer.code,
        "owner": plan.background.get("owner") or customer.owner_name,
        "account_manager": plan.signed_by_manager or customer.manager, "date": plan.plan_date,
        "business_format": customer.business_format, "area": customer.area,
    }
    h = template.heading
    title = cut(plan.title or fill(template.boilerplate.get("title", ""), values),
                SHORT_TEXT_LENGTH)
    draft = plan.status == "draft"  # not approved: marked on every page and in the title
    if draft:
        title = w["draft_title"].format(t=title)
    who = f"{cut(customer.name, NAME_LENGTH)} ({cut(customer.code, 2 * CODE_LENGTH)})"
    out: list[Flowable] = [
        Section(SectionInfo(key or f"plan-{plan.id}", title, who, plan.plan_date,
                            w["draft"] if draft else "")),
        paragraph(title, st.title),
        paragraph(f"{plan.plan_date}  ·  {w['version'].format(v=plan.version)}", st.subtitle),
    ]
    intro = fill(template.boilerplate.get("intro", ""), values)
    if intro:
        out.append(paragraph(intro, st.body))

    bg = plan.background
    out.append(paragraph(h("background"), st.h1))
    sep = w["sep"]
    rows = [[_pair(w["owner_bg"], bg.get("owner"), st, sep),
             _pair(w["code"], bg.get("customer_code") or customer.code, st, sep)],
            [_pair(w["shop"], bg.get("shop_name") or customer.name, st, sep),
             _pair(w["format"], bg.get("business_format"), st, sep)]]
    out.append(_table(rows, [0.5, 0.5], TableStyle([("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)])))

    analysis = [(h(name), getattr(plan, name)) for name in
                ("business_format_analysis", "consumer_groups", "competition", "owner_personality")]
    if any(body for _, body in analysis):
        out.append(paragraph(h("analysis"), st.h1))
        for heading, body in analysis:
            if body:  # heading run in, as the source writes it: "1.经营业态分析：该店地处…"
                out.append(Paragraph(
                    f'<font color="#123a63">{text(heading)}{w["sep"]}</font>{text(body)}', st.body))

    out += [CondPageBreak(40 * mm), paragraph(h("swot"), st.h1)]
    out.append(_grid([("S", "W"), ("O", "T")], plan.points,
                     {q: h(q) or label(QUADRANTS, q, lang) for q in QUADRANTS}, st, w["none"]))

    if any(plan.strategies.get(k) for k in STRATEGY_KINDS):
        out += [CondPageBreak(30 * mm), paragraph(h("strategies"), st.h1)]
        out.append(_grid([("SO", "ST"), ("WO", "WT")], plan.strategies,
                         {k: label(STRATEGY_KINDS, k, lang) for k in STRATEGY_KINDS}, st, w["none"],
                         colours={"SO": QUADRANT_COLORS["S"], "ST": QUADRANT_COLORS["O"],
                                  "WO": QUADRANT_COLORS["T"], "WT": QUADRANT_COLORS["W"]}))

    if plan.actions:
        out += [CondPageBreak(30 * mm), paragraph(h("actions"), st.h1)]
        head = [paragraph(w[k], st.cell_head) for k in ("no", "action", "owner", "due", "status", "result")]
        widths = [0.07, 0.45, 0.11, 0.12, 0.1, 0.15]
        body = [_cells([f"{n}.", a.text, a.owner, a.due_date,
                        label(ACTION_STATUSES, a.status, lang), a.result], widths, st)
                for n, a in enumerate(plan.actions, start=1)]
        out.append(_table([head, *body], widths, TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]), repeat=1))

    if plan.objectives:
        out += [CondPageBreak(25 * mm), paragraph(h("objectives"), st.h1)]
        head = [paragraph(w["no"], st.cell_head), paragraph(w["objective"], st.cell_head),
                paragraph(w["target"], st.cell_head)]
        body = [_cells([f"{n}.", o.text, o.target], [0.07, 0.6, 0.33], st)
                for n, o in enumerate(plan.objectives, start=1)]
        out.append(_table([head, *body], [0.07, 0.6, 0.33], TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]), repeat=1))

    closing = plan.closing or fill(template.boilerplate.get("closing", ""), values)
    signature = [Spacer(1, 3 * mm)]
    if closing:
        signature += [paragraph(closing, st.body), Spacer(1, 5 * mm)]
    line = "_" * 16
    signature.append(_table([_cells([
        f"{h('signature_customer')}{w['sep']}{plan.signed_by_customer or line}",
        f"{h('signature_manager')}{w['sep']}{plan.signed_by_manager or customer.manager or line}",
        f"{h('signature_date')}{w['sep']}{plan.signed_on or line}",
    ], [0.36, 0.36, 0.28], st, st.body)], [0.36, 0.36, 0.28], TableStyle([])))
    out.append(KeepTogether(signature))
    return out


def _pair(caption: str, value: object, st: Styles, sep: str = "："):
    return boxed(f"{caption}{sep}{value or ''}", st.body, USABLE * 0.5 - _PADDING)[0]


def _cells(values: list[object], widths: list[float], st: Styles, style=None) -> list:
    """One table row's cells, each cut to fit a page in its column."""
    return [boxed(v, style or st.cell, USABLE * f - _PADDING)[0] for v, f in zip(values, widths)]


def _table(rows: list[list], widths: list[float], style: TableStyle, repeat: int = 0) -> Table:
    table = Table(rows, colWidths=[USABLE * f for f in widths], repeatRows=repeat, hAlign="LEFT")
    table.setStyle(_GRID)
    table.setStyle(style)
    return table


def _grid(pairs: list[tuple[str, str]], lists: dict[str, list[str]], headings: dict[str, str],
          st: Styles, empty: str, colours: dict | None = None) -> Table:
    """A 2x2 grid as rows: a heading row per pair of quadrants, then one point per row."""
    colours = colours or QUADRANT_COLORS
    rows: list[list] = []
    style: list[tuple] = [("BOX", (0, 0), (-1, -1), 0.6, RULE),
                          ("LINEAFTER", (0, 0), (0, -1), 0.6, RULE)]
    for left, right in pairs:
        start = len(rows)
        rows.append([paragraph(headings[left], st.cell_head), paragraph(headings[right], st.cell_head)])
        a, b = lists.get(left, []), lists.get(right, [])
        for i in range(max(len(a), len(b), 1)):
            rows.append(_cells([
                f"{i + 1}. {a[i]}" if i < len(a) else (empty if i == 0 else ""),
                f"{i + 1}. {b[i]}" if i < len(b) else (empty if i == 0 else ""),
            ], [0.5, 0.5], st))
        end = len(rows) - 1
        style += [("BACKGROUND", (0, start), (0, end), colours[left]),
                  ("BACKGROUND", (1, start), (1, end), colours[right]),
                  ("LINEABOVE", (0, start), (-1, start), 0.6, RULE),
                  ("TOPPADDING", (0, start), (-1, start), 4)]
    table = _table(rows, [0.5, 0.5], TableStyle(style))
    table.setStyle(TableStyle([("TEXTCOLOR", (0, 0), (-1, -1), INK)]))
    return table
