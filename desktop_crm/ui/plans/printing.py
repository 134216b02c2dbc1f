"""Print preview, printing, saving and opening of our PDFs.

The PDF reportlab writes is the one document: the preview and the printer draw its pages
(rendered with pdfium), so what is previewed, printed and saved is the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Slot
from PySide6.QtGui import QImage, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.files import (  # noqa: F401 - open_file: the plan editor imports it here
    open_file, remember_folder, suggested_path,
)

PRINT_DPI = 200          # sharp on paper, still quick to render


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi``."""
    import pypdfium2 as pdfium  # loaded on first print: start-up does not pay for it

    doc = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in doc:
            pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = pil.tobytes()
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: ``data`` goes away
            page.close()
    finally:
        doc.close()
    return images


class PdfPrinter(QObject):
    """Previews and prints one PDF (given as bytes). ``record(printer)`` is called before the
    first page goes to a printer — from the print dialog or the preview's print button, never
    for drawing the preview itself — to record the print in the audit log; when it cannot,
    the sentence is shown and nothing is printed."""

    def __init__(self, pdf: bytes, title: str, parent: QObject | None = None,
                 record: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.title = title
        self.record = record
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(title)
        self._images: list[QImage] | None = None

    def preview_dialog(self, parent: QWidget | None) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(self.printer, parent)
        dialog.setWindowTitle(self.tr("Print preview: %1").replace("%1", self.title))
        dialog.paintRequested.connect(self.paint)
        dialog.resize(900, 700)
        return dialog

    def print_dialog(self, parent: QWidget | None) -> QPrintDialog:
        dialog = QPrintDialog(self.printer, parent)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.title))
        dialog.accepted.connect(lambda: self.paint(self.printer))
        return dialog

    @Slot(QPrinter)
    def paint(self, printer: QPrinter) -> None:
        """Draw every page, scaled to the printable area (the PDF already has margins)."""
        engine = printer.paintEngine()
        previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
        if self.record is not None and not previewing:
            try:
                self.record(printer_name(printer))
            except StorageError as exc:
                parent = self.parent()
                QMessageBox.warning(parent if isinstance(parent, QWidget) else None, self.title, str(exc))
                return
        if self._images is None:
            self._images = page_images(self.pdf, PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for i, image in enumerate(self._images):
                if i:
                    printer.newPage()
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                target = QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(target, image)
        finally:
            painter.end()


def printer_name(printer: QPrinter) -> str:
    """Where a print goes, as the audit log says it: the printer, or the file Qt prints to."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return f"file {printer.outputFileName()}"
    return printer.printerName() or "the default printer"


def ask_pdf_path(parent: QWidget, title: str, name: str) -> Path | None:
    start = suggested_path(name if name.lower().endswith(".pdf") else name + ".pdf")
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start),
                                            QCoreApplication.translate("PdfPrinter", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    remember_folder(path)
    return path


def window_modal(dialog: QWidget) -> QWidget:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    return dialog
