"""A campaign's evaluation: reached, converted, rates, revenue, cost, ROI, the uplift over the
holdout, by staff and by segment, with a chart."""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import Qt

from desktop_crm.domain.campaigns import ByOwner, CampaignService, Evaluation, Group
from desktop_crm.reports.campaign_charts import evaluation_figure
from desktop_crm.ui.campaigns.by_owner import OwnerModel, owner_table
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.members.common import RowsModel, money, percent, show_error
from desktop_crm.ui.tables import list_table

FIGURES = ("targets", "reached", "converted", "rate", "holdout", "holdout_rate", "uplift",
           "revenue", "incremental", "cost", "roi", "incremental_roi")


class EvaluationView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign_id: int | None = None
        self.evaluation: Evaluation | None = None
        self.segment = QComboBox()
        self.window_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.window_label, 1)
        top.addWidget(QLabel(self.tr("Split by:")))
        top.addWidget(self.segment)

        titles = {
            "targets": self.tr("Contact group"), "reached": self.tr("Reached"),
            "converted": self.tr("Converted"), "rate": self.tr("Conversion rate"),
            "holdout": self.tr("Held back"), "holdout_rate": self.tr("Holdout conversion"),
            "uplift": self.tr("Uplift"), "revenue": self.tr("Revenue in the window"),
            "incremental": self.tr("Incremental revenue"), "cost": self.tr("Cost"),
            "roi": self.tr("ROI"), "incremental_roi": self.tr("Incremental ROI"),
        }
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        for i, key in enumerate(FIGURES):
            value = QLabel("–")
            value.setStyleSheet("font-size: 15px; font-weight: bold;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(titles[key])
            caption.setStyleSheet("color: #555;")
            grid.addWidget(caption, (i // 6) * 2, i % 6)
            grid.addWidget(value, (i // 6) * 2 + 1, i % 6)
            self.values[key] = value
        self.note = QLabel()
        self.note.setWordWrap(True)

        self.canvas_box = QVBoxLayout()
        self.canvas: FigureCanvasQTAgg | None = None
        columns = ("key", "targets", "reached", "converted", "rate", "revenue")
        headers = [self.tr("Who"), self.tr("Targets"), self.tr("Reached"), self.tr("Converted"),
                   self.tr("Conversion rate"), self.tr("Revenue")]
        numeric = columns[1:]
        self.by_staff = RowsModel(columns, headers, self._cell, numeric, self)
        self.by_segment = RowsModel(columns, [self.tr("Segment"), *headers[1:]], self._cell, numeric, self)
        tables = QSplitter()
        for model in (self.by_staff, self.by_segment):
            table = list_table(model, self)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            tables.addWidget(table)
        # per account manager (customer owner): a tab shown when the campaign's customers
        # belong to more than one (a file used alone has a single owner: nothing to split)
        self.by_owner = OwnerModel(self)
        self.tables = QTabWidget()
        self.tables.addTab(tables, self.tr("By staff and segment"))
        self.owner_table = owner_table(ctx, self.by_owner, self)
        self.tables.addTab(self.owner_table, self.tr("By account manager"))
        self.tables.setTabVisible(1, False)
        charts = QWidget()
        charts.setLayout(self.canvas_box)
        self.split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(charts)
        split.addWidget(self.tables)
        split.setSizes([300, 200])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.segment.currentIndexChanged.connect(lambda _i: self.reload())

    def set_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        service = CampaignService(self.ctx.store, self.ctx.actor, self.ctx.language)
        self.segment.blockSignals(True)
        current = self.segment.currentData()
        self.segment.clear()
        for code, label in service.segments().items():
            self.segment.addItem(label, code)
        self.segment.setCurrentIndex(max(0, self.segment.findData(current)))
        self.segment.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        if self.campaign_id is None:
            return
        cid, segment = self.campaign_id, self.segment.currentData() or "tier"
        actor, lang = self.ctx.actor, self.ctx.language
        self.ctx.tasks.submit(
            lambda store, _p: self._evaluate(CampaignService(store, actor, lang), cid, segment),
            lambda result: self.show_evaluation(*result), lambda exc: show_error(self, exc))

    @staticmethod
    def _evaluate(service: CampaignService, cid: int, segment: str) -> tuple[Evaluation, ByOwner]:
        return service.evaluate(cid, segment), service.evaluate_by_owner(cid)

    def show_evaluation(self, ev: Evaluation, by_owner: ByOwner | None = None) -> None:
        self.evaluation = ev
        self.by_owner.set_result(by_owner)
        split = by_owner is not None and len(by_owner.owners) > 1
        self.tables.setTabVisible(1, split)
        if not split and self.tables.currentIndex() == 1:
            self.tables.setCurrentIndex(0)
        t, h = ev.treated, ev.holdout
        self.window_label.setText(self.tr("Measured from %1 to %2 (purchases in this window count as conversions).")
                                  .replace("%1", ev.window[0]).replace("%2", ev.window[1]))
        shown = {
            "targets": str(t.targets), "reached": f"{t.reached} ({percent(t.reach_rate)})",
            "converted": str(t.converted), "rate": percent(t.conversion_rate),
            "holdout": str(h.targets), "holdout_rate": percent(h.conversion_rate) if h.targets else "–",
            "uplift": "–" if ev.uplift is None else f"{ev.uplift * 100:+.1f} pp",
            "revenue": money(t.revenue), "incremental": money(ev.incremental_revenue),
            "cost": money(ev.cost), "roi": percent(ev.roi), "incremental_roi": percent(ev.incremental_roi),
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        if not h.targets:
            self.note.setText(self.tr("No holdout: the uplift cannot be measured. Set a holdout share "
                                      "before choosing the targets of the next campaign."))
        elif ev.uplift is not None and ev.uplift <= 0:
            self.note.setText(self.tr("The contacted targets converted no better than those held back."))
        else:
            self.note.setText(self.tr("About %1 extra conversions over what the holdout predicts.")
                              .replace("%1", f"{ev.incremental_conversions:.0f}"))
        self.by_staff.set_rows(ev.by_staff)
        self.by_segment.set_rows(ev.by_segment)
        self._draw(ev)

    def _draw(self, ev: Evaluation) -> None:
        labels = {"treated": self.tr("Contact group"), "holdout": self.tr("Held back"),
                  "rate": self.tr("Conversion rate (%)"), "by_staff": self.tr("Targets by staff"),
                  "converted": self.tr("Converted"), "not_converted": self.tr("Not converted"),
                  "nobody": self.tr("(unassigned)")}
        if self.canvas is not None:
            self.canvas_box.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.canvas = FigureCanvasQTAgg(evaluation_figure(ev, labels))
        self.canvas_box.addWidget(self.canvas)

    def _cell(self, g: Group, column: str) -> Any:
        if column == "key":
            return g.key or self.tr("(none)")
        if column == "rate":
            return percent(g.conversion_rate)
        if column == "revenue":
            return money(g.revenue)
        return getattr(g, column)
