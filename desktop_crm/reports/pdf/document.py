"""The page of every printed document: A4, a header with the document title, customer and
date, a footer with page numbers and, optionally, who printed it and when ("confidential").

A file may hold many documents (a batch): each starts on a new page with a
:class:`Section` flowable, and pages are numbered within their document ("第 1/2 页").
Headers and footers are drawn when the file is saved, once every page count is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph
from reportlab.platypus.doctemplate import LayoutError

from desktop_crm.reports.pdf.fonts import PdfFont, pdf_font

MARGIN = 16 * mm
ELLIPSIS = "…"
INK = colors.HexColor("#1f2d3d")
MUTED = colors.HexColor("#6b7785")
RULE = colors.HexColor("#9aa7b5")
DRAFT_RED = colors.HexColor("#c62828")

_WORDS = {
    "zh": {"page": "第 {n} / {total} 页", "printed": "打印：{who}  {when}",
           "printed_who": "打印：{who}", "printed_when": "打印：{when}",
           "confidential": "内部资料 · 注意保密", "code": "客户代码"},
    "en": {"page": "Page {n} of {total}", "printed": "Printed by {who}, {when}",
           "printed_who": "Printed by {who}", "printed_when": "Printed {when}",
           "confidential": "Confidential", "code": "Code"},
}


@dataclass(frozen=True)
class PrintOptions:
    """How documents are printed. ``printed_by`` and ``printed_at`` fill the optional footer."""

    language: str = "zh"
    footer: bool = True
    printed_by: str = ""
    printed_at: str = ""


class DocumentTooLarge(ValueError):
    """A document's content cannot be laid out on A4 pages (reportlab's ``LayoutError``);
    ``key`` names the document of a batch it happened in (its :class:`Section`), if any."""

    def __init__(self, key: str | None, detail: str) -> None:
        super().__init__(f"the layout does not fit on a page ({detail})")
        self.key = key


@dataclass(frozen=True)
class SectionInfo:
    key: str           # unique within the file
    title: str         # the document's title, in the header
    customer: str      # customer name and code, in the header
    date: str
    draft: str = ""    # a mark across every page (草稿 / DRAFT) of a document not final yet


class Section(Flowable):
    """Marks where a document starts: pages from here on carry its header."""

    def __init__(self, info: SectionInfo) -> None:
        super().__init__()
        self.info = info
        self.width = self.height = 0

    def wrap(self, *_: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.section = self.info


class Styles:
    """Paragraph styles in the registered Chinese font."""

    def __init__(self, font: PdfFont) -> None:
        f = font.name
        # CJK text breaks between any two characters: wordWrap 'CJK' lets reportlab do that.
        self.body = ParagraphStyle("body", fontName=f, fontSize=9.5, leading=13,
                                   textColor=INK, wordWrap="CJK")
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11.5)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9, leading=11.5)
        self.title = ParagraphStyle("title", parent=self.body, fontSize=16, leading=21,
                                    alignment=TA_CENTER, spaceAfter=2 * mm)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=9, leading=12,
                                       alignment=TA_CENTER, textColor=MUTED, spaceAfter=3 * mm)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontSize=11.5, leading=15,
                                 spaceBefore=2 * mm, spaceAfter=1 * mm,
                                 textColor=colors.HexColor("#123a63"))
        self.h2 = ParagraphStyle("h2", parent=self.body, fontSize=9.5, leading=13.5,
                                 spaceBefore=0.8 * mm, keepWithNext=1, textColor=colors.HexColor("#123a63"))
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell,
                                        textColor=colors.HexColor("#123a63"))


def text(value: object) -> str:
    """Plain text for a Paragraph: markup escaped, line breaks kept."""
    return escape("" if value is None else str(value)).replace("\n", "<br/>")


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line no wider than ``width`` points (a header drawn with
    ``drawString``, which does not wrap): cut with an ellipsis when it is wider."""
    text = " ".join(text.splitlines())  # line breaks would not show on one line anyway
    if stringWidth(text, font, size) <= width:
        return text
    text = text[:2000]  # wider than any page already
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle] + ELLIPSIS, font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + ELLIPSIS


class _Canvas(canvas.Canvas):
    """Keeps every page until save, then draws headers and footers with page counts."""

    options = PrintOptions()

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("initialFontName", pdf_font().name)  # no stray Helvetica in the file
        super().__init__(*args, **kwargs)
        self.section: SectionInfo | None = None
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        counts: dict[str, int] = {}
        for page in self._pages:
            key = page["section"].key if page["section"] else ""
            counts[key] = counts.get(key, 0) + 1
        seen: dict[str, int] = {}
        for page in self._pages:
            self.__dict__.update(page)
            key = self.section.key if self.section else ""
            seen[key] = seen.get(key, 0) + 1
            self._decorate(seen[key], counts[key])
            canvas.Canvas.showPage(self)
        canvas.Canvas.save(self)

    def _decorate(self, number: int, total: int) -> None:
        font = pdf_font().name
        words = _WORDS.get(self.options.language[:2], _WORDS["zh"])
        width, height = A4
        self.saveState()
        top = height - MARGIN + 6 * mm
        if self.section is not None:
            self.setFont(font, 8.5)
            self.setFillColor(MUTED)
            room = width - 2 * MARGIN - stringWidth(self.section.date, font, 8.5) - 6 * mm
            self.drawString(MARGIN, top, fit_line(
                f"{self.section.customer}  ·  {self.section.title}", font, 8.5, room))
            self.drawRightString(width - MARGIN, top, self.section.date)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        if self.section is not None and self.section.draft:
            self._watermark(self.section.draft, font)
        bottom = MARGIN - 9 * mm
        self.setStrokeColor(RULE)
        self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        self.setFont(font, 8)
        self.setFillColor(MUTED)
        self.drawRightString(width - MARGIN, bottom, words["page"].format(n=number, total=total))
        if self.options.footer:
            line = words["confidential"]
            who, when = self.options.printed_by, self.options.printed_at
            if who or when:  # "Printed by 李娟, 2026-12-07 09:30", or the half there is
                said = "printed" if who and when else "printed_who" if who else "printed_when"
                line += "  ·  " + words[said].format(who=who, when=when)
            self.drawString(MARGIN, bottom, line)
        self.restoreState()

    def _watermark(self, mark: str, font: str) -> None:
        """``mark`` large and faint across the page, over the content (which shows through)."""
        width, height = A4
        self.saveState()
        self.setFillColor(DRAFT_RED)
        self.setFillAlpha(0.16)
        self.translate(width / 2, height / 2)
        self.rotate(40)
        size = _watermark_size(mark, font, width)
        self.setFont(font, size)
        self.drawCentredString(0, -size / 3, mark)
        self.restoreState()


def _watermark_size(mark: str, font: str, width: float) -> float:
    """The font size at which ``mark`` spans about 60 % of the page's diagonal."""
    return min(150.0, 0.6 * width * 1.41 / max(1.0, stringWidth(mark, font, 1)))


def build(flowables: Sequence[Flowable], target: Path | BinaryIO | None,
          options: PrintOptions, title: str = "") -> bytes | None:
    """Lay out ``flowables`` on A4 pages into ``target`` (a path or binary file); with no
    target, return the PDF's bytes. Raises :class:`DocumentTooLarge` when they do not fit."""
    out: Path | BinaryIO = BytesIO() if target is None else target
    doc = BaseDocTemplate(
        str(out) if isinstance(out, Path) else out, pagesize=A4, leftMargin=MARGIN,
        rightMargin=MARGIN, topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN,
        title=title, author=options.printed_by, creator="desktop-crm",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    canvas_class = type("PrintCanvas", (_Canvas,), {"options": options})
    try:
        doc.build(list(flowables), canvasmaker=canvas_class)
    except LayoutError as exc:
        # the canvas knows which document it was laying out: the last Section it drew
        section = getattr(getattr(doc, "canv", None), "section", None)
        raise DocumentTooLarge(section.key if section else None, str(exc)[:200]) from exc
    return out.getvalue() if target is None else None  # type: ignore[union-attr]


def join_documents(documents: Sequence[Sequence[Flowable]]) -> list[Flowable]:
    """Many documents in one file, each from a new page."""
    out: list[Flowable] = []
    for i, flowables in enumerate(documents):
        if i:
            out.append(PageBreak())
        out += flowables
    return out


def paragraph(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)
