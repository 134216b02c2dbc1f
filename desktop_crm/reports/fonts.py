"""Where the Chinese fonts are, for everything that draws text without Qt (PDFs, charts).

reportlab embeds TrueType outlines only: a CFF-flavoured font such as Noto Sans CJK makes it
fail, so callers that embed fonts want :func:`truetype_cjk_fonts`. The GUI uses the same list
when Qt itself knows no Chinese font (``ui/fonts.py``).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from desktop_crm import paths

# Best first. A font shipped in resources/fonts wins; then common system locations.
FONT_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
)
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
# Set to a font file to override the search (e.g. a company font); tests use it too.
FONT_ENV = "DESKTOP_CRM_CJK_FONT"


def cjk_font_files() -> list[Path]:
    """Font files that cover Chinese, best first (TrueType or not)."""
    found: list[Path] = []
    override = os.environ.get(FONT_ENV)
    if override and Path(override).is_file():
        found.append(Path(override))
    bundled = paths.resource("fonts")
    if bundled.is_dir():
        found += sorted(p for p in bundled.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    found += [Path(entry) for entry in FONT_FILES if Path(entry).is_file()]
    return list(dict.fromkeys(found))


def truetype_cjk_fonts() -> list[Path]:
    """The subset of :func:`cjk_font_files` with TrueType outlines (embeddable by reportlab)."""
    return [path for path in cjk_font_files() if has_truetype_outlines(path)]


def has_truetype_outlines(path: Path) -> bool:
    """True when the (first) font in the file has a ``glyf`` table rather than ``CFF ``."""
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
            offset = 0
            if head[:4] == b"ttcf":  # a collection: look at its first font
                handle.seek(12)
                offset = int.from_bytes(handle.read(4), "big")
                handle.seek(offset)
                head = handle.read(12)
            tables = int.from_bytes(head[4:6], "big")
            handle.seek(offset + 12)
            directory = handle.read(16 * tables)
    except OSError:
        return False
    tags = {directory[i:i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tags


@cache
def chart_family() -> str | None:
    """Register the first Chinese font with matplotlib (once); its family name, or None."""
    from matplotlib import font_manager  # only what draws charts pays for matplotlib

    for path in cjk_font_files():
        try:
            font_manager.fontManager.addfont(str(path))
            return font_manager.FontProperties(fname=str(path)).get_name()
        except (OSError, RuntimeError):
            continue
    return None
