"""Where the Chinese fonts are, for everything that draws text without Qt (PDFs, charts).

The app ships its own TrueType CJK font (WenQuanYi Micro Hei, in ``resources/fonts``) and
uses it first, so a PDF looks the same and embeds its font whatever the computer. The
computer's own fonts are the fallback (a copy of the app without its resources, or a font
file the bundled one lacks), looked up the way each OS keeps them: fontconfig on Linux,
``%WINDIR%\\Fonts`` and the per-user font folder on Windows, the system, library, user and
downloadable-asset folders on macOS. ``DESKTOP_CRM_CJK_FONT`` names a font file that goes
before all of these (e.g. a company font).

reportlab embeds TrueType outlines only: a CFF-flavoured font such as Noto Sans CJK or
PingFang makes it fail, so callers that embed fonts want :func:`truetype_cjk_fonts`. The GUI
uses the same list when Qt itself knows no Chinese font (``ui/fonts.py``).

The OS lookup takes a :class:`Machine` (OS, environment, home, file-system root) rather
than reading ``sys.platform`` itself, so each OS's lookup can be tried on any computer
against font folders made for the purpose.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from desktop_crm import paths

# Set to a font file to override the search (e.g. a company font).
FONT_ENV = "DESKTOP_CRM_CJK_FONT"
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")

# Font files known to cover Simplified Chinese, best first, by file name; the same name
# wherever the OS keeps it. Those marked CFF cannot be embedded by reportlab, but Qt and
# matplotlib can use them.
KNOWN_FONTS = (
    # Windows
    "msyh.ttc", "msyh.ttf", "Deng.ttf", "simhei.ttf", "simsun.ttc", "msyhbd.ttc", "simkai.ttf",
    # macOS
    "STHeiti Medium.ttc", "STHeiti Light.ttc", "Songti.ttc", "Arial Unicode.ttf",
    "PingFang.ttc", "Hiragino Sans GB.ttc",                      # CFF
    # Linux
    "wqy-microhei.ttc", "wqy-zenhei.ttc", "DroidSansFallbackFull.ttf", "uming.ttc", "ukai.ttc",
    "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "NotoSansSC-Regular.otf",  # CFF
)
_RANK = {name.lower(): rank for rank, name in enumerate(KNOWN_FONTS)}

# fontconfig's answer to "which font files cover Simplified Chinese", one file a line.
FC_LIST = ("fc-list", "--format", "%{file}\\n", ":lang=zh-cn")


@dataclass(frozen=True)
class Machine:
    """What the lookup reads of the computer: which OS (``sys.platform``), its environment,
    the user's home, and where absolute system folders start (``root``: "/" on a real
    computer, a temporary folder in a test)."""

    platform: str
    env: Mapping[str, str] = field(default_factory=dict)
    home: Path = Path("~")
    root: Path = Path("/")

    @classmethod
    def this(cls) -> Machine:
        return cls(sys.platform, os.environ, Path.home())

    @property
    def family(self) -> str:
        """'windows', 'macos' or 'linux' (every other Unix is asked as Linux is)."""
        if self.platform.startswith(("win", "cygwin")):
            return "windows"
        return "macos" if self.platform == "darwin" else "linux"


def font_folders(machine: Machine) -> list[Path]:
    """The folders where ``machine``'s OS keeps fonts, system-wide and the user's own, that
    exist. On macOS this includes the downloadable-asset folders where PingFang and other
    fonts live since macOS 10.15 (``AssetsV2/com_apple_MobileAsset_Font*/<hash>.asset/
    AssetData``)."""
    env, home, root = machine.env, machine.home, machine.root
    if machine.family == "windows":
        windows = env.get("WINDIR") or env.get("SystemRoot") or "C:\\Windows"
        local = env.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        folders = [Path(windows) / "Fonts", Path(local) / "Microsoft" / "Windows" / "Fonts"]
    elif machine.family == "macos":
        system = root / "System" / "Library"
        folders = [system / "Fonts", system / "Fonts" / "Supplemental", root / "Library" / "Fonts",
                   home / "Library" / "Fonts"]
        assets = system / "AssetsV2"
        for base in (assets, assets / "PreinstalledAssetsV2" / "InstallWithOs"):
            folders += sorted(base.glob("com_apple_MobileAsset_Font*/*.asset/AssetData"))
    else:  # the XDG folders fontconfig itself reads by default
        data_home = env.get("XDG_DATA_HOME") or str(home / ".local" / "share")
        data_dirs = env.get("XDG_DATA_DIRS")
        shared = ([Path(d) for d in data_dirs.split(":") if d] if data_dirs
                  else [root / "usr" / "local" / "share", root / "usr" / "share"])
        folders = [Path(data_home) / "fonts", home / ".fonts", *(d / "fonts" for d in shared)]
    return [folder for folder in dict.fromkeys(folders) if folder.is_dir()]


def system_cjk_fonts(machine: Machine) -> list[Path]:
    """The Chinese font files ``machine`` has, best first: on Linux what fontconfig says
    covers Simplified Chinese (the known files under the font folders when ``fc-list`` is
    not there); elsewhere the known files in the OS's font folders."""
    found: list[Path] = []
    if machine.family == "linux":
        found = fontconfig_cjk_fonts(machine.env)
    if not found:
        found = [path for folder in font_folders(machine) for path in _known_files(folder)]
    return sorted(dict.fromkeys(found), key=_preference)


def _preference(path: Path) -> tuple[int, str]:
    """Known fonts in the order of KNOWN_FONTS, then the others by path."""
    return _RANK.get(path.name.lower(), len(_RANK)), str(path)


def fontconfig_cjk_fonts(env: Mapping[str, str]) -> list[Path]:
    """The files fontconfig lists as covering Simplified Chinese; [] when ``fc-list`` is not
    installed or fails (quietly: the folders are looked at instead)."""
    command = shutil.which(FC_LIST[0], path=env.get("PATH", os.defpath))
    if command is None:
        return []
    try:
        listed = subprocess.run([command, *FC_LIST[1:]], env=dict(env), capture_output=True,
                                text=True, timeout=20, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    files = (Path(line.strip()) for line in listed.splitlines() if line.strip())
    return [p for p in dict.fromkeys(files) if p.suffix.lower() in FONT_SUFFIXES and p.is_file()]


def _known_files(folder: Path) -> Iterator[Path]:
    """The known Chinese fonts in ``folder`` and below (Linux sorts fonts into subfolders)."""
    for parent, _dirs, files in os.walk(folder):
        for name in files:
            if name.lower() in _RANK:
                yield Path(parent) / name


def bundled_fonts(folder: Path | None = None) -> list[Path]:
    """The fonts shipped with the app (``resources/fonts``), by name."""
    folder = folder or paths.resource("fonts")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)


def cjk_font_files(machine: Machine | None = None, bundled: Path | None = None) -> list[Path]:
    """Font files that cover Chinese, best first (TrueType or not): the override, the
    bundled font, then ``machine``'s own (default: this computer; ``bundled``: the folder of
    shipped fonts, default ``resources/fonts``)."""
    machine = machine or Machine.this()
    found: list[Path] = []
    override = machine.env.get(FONT_ENV)
    if override and Path(override).is_file():
        found.append(Path(override))
    found += bundled_fonts(bundled)
    found += system_cjk_fonts(machine)
    return list(dict.fromkeys(found))


def truetype_cjk_fonts(machine: Machine | None = None, bundled: Path | None = None) -> list[Path]:
    """The subset of :func:`cjk_font_files` with TrueType outlines (embeddable by reportlab)."""
    return [path for path in cjk_font_files(machine, bundled) if has_truetype_outlines(path)]


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


def fonts_in_use() -> dict[str, Any]:
    """What the About box shows of fonts, registering them if nothing has yet:

    - ``pdf_family``: the family PDFs set Chinese in (e.g. "WenQuanYi Micro Hei", or
      reportlab's built-in "STSong-Light" when no TrueType font was found);
    - ``pdf_file``: its font file (a :class:`~pathlib.Path`), None for the built-in font;
    - ``pdf_embedded``: whether PDFs carry the font (False only for the built-in one);
    - ``pdf_bundled``: whether that file is the one shipped with the app;
    - ``chart_family``: the family charts use for Chinese, None when there is none.

    The GUI's own family is Qt's business: ``ui.fonts.chinese_family()``.
    """
    from desktop_crm.reports.pdf.fonts import pdf_font  # it builds on this module

    pdf = pdf_font()
    return {
        "pdf_family": pdf.family,
        "pdf_file": pdf.path,
        "pdf_embedded": pdf.embedded,
        "pdf_bundled": pdf.path is not None and pdf.path in bundled_fonts(),
        "chart_family": chart_family(),
    }
