"""The main window: one search box over all customers, and the status of the open file."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QMainWindow, QMessageBox, QProgressDialog, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from desktop_crm.domain import search
from desktop_crm.storage.db import Store

DEMO_CUSTOMERS = 500


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("desktop-crm — %s") % store.path.name)
        self.resize(1000, 640)

        self.search_box = QLineEdit(placeholderText=self.tr("Search code, name, pinyin, phone, address…"))
        self.search_box.setClearButtonEnabled(True)
        self.results = QTableWidget(0, 4)
        self.results.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Area"), self.tr("Phone")]
        )
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.results.verticalHeader().setVisible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(str(store.path))

        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(self._debounce.start)
        self.refresh_counts()

    @Slot()
    def run_search(self) -> None:
        hits = search.search(self.store, self.search_box.text(), limit=200)
        self.results.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            for col, value in enumerate((hit.code, hit.name, hit.area, hit.phone)):
                self.results.setItem(row, col, QTableWidgetItem(value or ""))
        self.results.resizeColumnsToContents()

    def refresh_counts(self) -> None:
        count = self.store.count("customers", deleted_at=None)
        self.count_label.setText(self.tr("%n customer(s)", "", count))

    def offer_demo_if_empty(self) -> None:
        if self.store.count("customers"):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Welcome to desktop-crm"),
            self.tr("This database is empty. Load demo data (%1 customers with contacts, "
                    "visits, purchases and plans) to try the app?").replace("%1", str(DEMO_CUSTOMERS)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo(DEMO_CUSTOMERS)

    def load_demo(self, customers: int) -> None:
        from desktop_crm.domain.demo import DemoCancelled, build_demo

        dialog = QProgressDialog(self.tr("Writing demo data…"), self.tr("Cancel"), 0, customers, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)

        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(done)
            return not dialog.wasCanceled()

        try:
            build_demo(self.store, customers, progress=progress)
        except DemoCancelled:
            self.statusBar().showMessage(self.tr("Demo data cancelled; nothing was written."), 5000)
        finally:
            dialog.close()
        self.refresh_counts()
