"""Make sure Chinese never shows as boxes: find a CJK font, register it, make it the default.

Qt normally falls back to a CJK font through fontconfig, but only if one is installed and
known to it. We look at what Qt sees first, then register a font file: the one shipped with
the app, else one found where the OS keeps fonts (``reports/fonts.py``; a bundled app may not
share the system's font configuration), and say so once, clearly, when there is none.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desktop_crm.reports.fonts import cjk_font_files

# Font families that cover Simplified Chinese, best first.
PREFERRED = (
    "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC", "SimHei", "SimSun",
    "Hiragino Sans GB", "AR PL UMing CN",
)


def chinese_family() -> str | None:
    """The family used for Chinese text, registering a font file if Qt knows none; None if
    the machine has no CJK font at all."""
    family = _known_family()
    if family:
        return family
    for candidate in cjk_font_files():
        font_id = QFontDatabase.addApplicationFont(str(candidate))
        if font_id != -1:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                return families[0]
    return None


def install(app_font: QFont) -> tuple[QFont, str | None]:
    """The application font with a CJK family behind the UI font; returns it and the family."""
    family = chinese_family()
    if family is None:
        return app_font, None
    font = QFont(app_font)
    font.setFamilies([app_font.family(), family])
    return font, family


def _known_family() -> str | None:
    chinese = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    for name in PREFERRED:
        if name in chinese:
            return name
    return sorted(chinese)[0] if chinese else None


# Deliberately not translated: without a CJK font a Chinese message would itself be boxes.
NO_FONT_MESSAGE = (
    "No Chinese font was found on this computer, so Chinese text may show as empty boxes. "
    "Install one (on Debian/Ubuntu: sudo apt-get install fonts-wqy-microhei) and restart."
)
