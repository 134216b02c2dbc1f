"""The font PDFs set Chinese text in: an embedded TrueType CJK font, the app's own first (see
``reports/fonts.py``), else reportlab's built-in CID font, which is not embedded and may look
different elsewhere; then :attr:`PdfFont.warning` says so, for the user to see."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop_crm.reports.fonts import truetype_cjk_fonts

FALLBACK_CID = "STSong-Light"
NO_TRUETYPE_WARNING = (
    "No TrueType Chinese font was found, so the PDF uses a built-in font that is not embedded "
    "and may look different on other computers; install one (e.g. fonts-wqy-microhei)."
)


@dataclass(frozen=True)
class PdfFont:
    name: str                 # the registered font name to set text in
    path: Path | None         # the embedded font file, None for the CID fallback
    warning: str | None       # for the user, when the font is not embedded
    family: str = ""          # the font's own family name, as people know it

    @property
    def embedded(self) -> bool:
        return self.path is not None


@cache
def pdf_font() -> PdfFont:
    """Register the best Chinese font once per process (parsing a .ttc takes a moment)."""
    for path in truetype_cjk_fonts():
        name = "CJK-" + path.stem
        try:
            font = TTFont(name, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" \
                else TTFont(name, str(path))
        except (TTFError, OSError, ValueError):
            continue  # a damaged or unsupported file: try the next one
        pdfmetrics.registerFont(font)
        # One face for all styles: CJK fonts seldom ship a bold, and <b> must not fail.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
        family = font.face.familyName  # bytes, as read from the file's name table
        if isinstance(family, bytes):
            family = family.decode("utf-8", "replace")
        family = family or path.stem
        return PdfFont(name, path, None, family)
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK_CID, bold, italic, FALLBACK_CID)
    return PdfFont(FALLBACK_CID, None, NO_TRUETYPE_WARNING, FALLBACK_CID)
