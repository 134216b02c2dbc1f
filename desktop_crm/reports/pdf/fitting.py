"""Text that has to fit: a value cut to a number of characters, a table cell cut to a
height — each with an ellipsis (a header line is cut to the page's width by
``document.fit_line``).

reportlab splits a long paragraph across pages, but not a table row: a cell taller than the
page stops the whole document (``LayoutError``). The registry keeps new values short enough
(see ``domain/fields.py``), yet a file written before it may hold a 40,000-character name or
a 10,000-character note in a narrow column; such a value is cut here, so a card or plan
always prints and still looks like one.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop_crm.reports.pdf.document import ELLIPSIS, paragraph

# The tallest a table cell may be, in points: with its table's header row it still fits on
# an A4 page under the margins (the frame is ~740 pt tall). The registry's limits are chosen
# so that a value within them fits its column whole (a plan's item of 1,000 characters in
# its narrowest column takes some 480 pt).
CELL_HEIGHT = 600.0
# Cells shorter than this always fit, however narrow the column: no need to measure them.
_SURELY_FITS = 100
# Never measure more than this: what is beyond would be cut anyway.
_MEASURED = 6000


def cut(value: object, limit: int) -> str:
    """``value`` as text of at most ``limit`` characters, the last an ellipsis if cut."""
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + ELLIPSIS


def boxed(value: object, style: ParagraphStyle, width: float,
          height: float = CELL_HEIGHT) -> tuple[Paragraph, bool]:
    """A table cell's paragraph of ``value`` no taller than ``height`` at ``width`` (the
    column's width less its padding): the text cut with an ellipsis where it must be.
    Returns the paragraph and whether it was cut."""
    text = "" if value is None else str(value)
    if len(text) <= _SURELY_FITS and text.count("\n") < 10:
        return paragraph(text, style), False
    measured = text[:_MEASURED]
    if len(measured) == len(text) and _height(measured, style, width) <= height:
        return paragraph(text, style), False
    low, high = 0, len(measured)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if _height(measured[:middle].rstrip() + ELLIPSIS, style, width) <= height:
            low = middle
        else:
            high = middle - 1
    return paragraph(measured[:low].rstrip() + ELLIPSIS, style), True


def _height(text: str, style: ParagraphStyle, width: float) -> float:
    return paragraph(text, style).wrap(width, 1e9)[1]
