"""What the dossier's Plans tab gets from here: "New plan" (from a template), "Open" and
"Print file card", and opening the plan editor when a plan is activated."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton, QWidget

from desktop_crm.domain.plans import templates
from desktop_crm.ui.plans.editor import PlanEditor


class PlansTabActions(QObject):
    """Buttons over the tab's table; the editors it opens are kept in :attr:`editors`."""

    def __init__(self, tab: QWidget) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx = tab.ctx
        self.editors: list[PlanEditor] = []
        self.new_button = QToolButton()
        self.new_button.setText(self.tr("New plan"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.clicked.connect(self.new_plan)
        menu = QMenu(self.new_button)
        for t in templates(self.ctx.store):
            action = menu.addAction(t.name(self.ctx.language))
            action.setData(t.key)
        menu.triggered.connect(lambda action: self.new_plan(action.data()))
        self.new_button.setMenu(menu)
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Open"))
        self.open_button.clicked.connect(self.open_current)
        self.card_button = QToolButton()
        self.card_button.setText(self.tr("Print file card…"))
        self.card_button.clicked.connect(self.print_card)
        row = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.card_button):
            row.addWidget(button)
        row.addStretch(1)
        tab.layout().insertLayout(0, row)
        tab.sig_open_plan.connect(self.open_plan)

    def customer_id(self) -> int | None:
        return getattr(self.tab, "customer_id", None)

    @Slot()
    def new_plan(self, template_key: str | None = None) -> PlanEditor | None:
        customer_id = self.customer_id()
        if customer_id is None:
            return None
        return self._show(PlanEditor(self.ctx, customer_id=customer_id,
                                     template_key=template_key or "retail_outlet",
                                     parent=self.tab.window()))

    @Slot()
    def open_current(self) -> PlanEditor | None:
        index = self.tab.table.currentIndex()
        if not index.isValid() and self.tab.model.rowCount():
            index = self.tab.model.index(0, 0)  # the newest version
        if not index.isValid():
            return self.new_plan()
        return self.open_plan(self.tab.model.row_id(index.row()))

    @Slot(int)
    def open_plan(self, plan_id: int) -> PlanEditor:
        for editor in self.editors:
            if editor.plan.id == plan_id and editor.isVisible():
                editor.raise_()
                editor.activateWindow()
                return editor
        return self._show(PlanEditor(self.ctx, plan_id, parent=self.tab.window()))

    def _show(self, editor: PlanEditor) -> PlanEditor:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(self._forget)
        self.editors.append(editor)
        editor.show()
        return editor

    @Slot(QObject)
    def _forget(self, editor: QObject) -> None:
        self.editors = [e for e in self.editors if e is not editor]

    @Slot()
    def print_card(self):
        from desktop_crm.ui.plans.batch import BatchPrintDialog

        customer_id = self.customer_id()
        if customer_id is None:
            return None
        dialog = BatchPrintDialog(self.ctx, lambda store: [customer_id], 1, kind="card",
                                  parent=self.tab.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def attach(tab: QWidget) -> PlansTabActions:
    return PlansTabActions(tab)
