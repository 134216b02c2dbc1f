"""The app's icons for every system, drawn from resources/icons/app.svg at build time.

    python build_spec/make_icons.py OUT_DIR

Writes OUT_DIR/app.ico (Windows), OUT_DIR/app.icns (macOS) and OUT_DIR/hicolor/SIZExSIZE/
apps/desktop-crm.png (Linux). Qt draws the SVG at each size itself, so small icons are drawn
for their size rather than shrunk from a big one; Pillow packs them into .ico and .icns. The
files are build output, not kept in git: the SVG is the one source. Nothing is redrawn while
the outputs are newer than the SVG and this script.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed to draw

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app.svg"
NAME = "desktop-crm"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)     # Windows uses up to 256
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size`` x ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def outputs(out: Path) -> list[Path]:
    pngs = [out / "hicolor" / f"{s}x{s}" / "apps" / f"{NAME}.png" for s in HICOLOR_SIZES]
    return [out / "app.ico", out / "app.icns", *pngs]


def up_to_date(out: Path) -> bool:
    newest_source = max(SVG.stat().st_mtime, Path(__file__).stat().st_mtime)
    return all(p.exists() and p.stat().st_mtime >= newest_source for p in outputs(out))


def make_icons(out: Path) -> None:
    if up_to_date(out):
        print(f"icons: up to date in {out}")
        return
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    drawn = {size: render(renderer, size) for size in SIZES}
    out.mkdir(parents=True, exist_ok=True)

    largest_ico = drawn[max(ICO_SIZES)]
    largest_ico.save(out / "app.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[drawn[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    drawn[1024].save(out / "app.icns", format="ICNS",
                     append_images=[drawn[s] for s in (16, 32, 64, 128, 256, 512)])
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        drawn[size].save(target, format="PNG")
    print(f"icons: drew {SVG.name} at {len(SIZES)} sizes into {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python build_spec/make_icons.py OUT_DIR")
    make_icons(Path(sys.argv[1]))
