"""The analytics area: score everyone, then see value quadrants (click a point to open the
customer), segments and tiers, the RFM grid, the funnel, staff visits against target, NPS
over time and the customers who changed segment since the run before."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter,
    QTabWidget, QVBoxLayout, QWidget,
)

from desktop_crm.domain.scoring import segments
from desktop_crm.domain.scoring.analytics import (
    DISTRIBUTIONS, Activity, Overview, activity, nps_value, overview,
)
from desktop_crm.domain.scoring.rfm import segment_of
from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.domain.team_rights import rights
from desktop_crm.reports import charts
from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.analytics.canvas import ChartView
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.files import offer_to_open, remember_folder, suggested_path
from desktop_crm.ui.dossier.models import (
    CAPTION_STYLE, Column, Row, RowsModel, fit_columns, make_table,
)
from desktop_crm.ui.glossary import funnel_words

STAFF_SHOWN = 15
TABS = ("value", "segments", "rfm", "funnel", "nps", "changed")


class AnalyticsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Overview | None = None
        self.activity: Activity | None = None
        self._dirty = True
        self._loading = False
        self._drawn: set[str] = set()
        lang = ctx.language

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setAccessibleName(self.tr("Score as of"))
        self.run_button = QPushButton(self.tr("Score now"))
        self.run_button.setToolTip(
            self.tr("Recompute every customer's scores and keep them as a dated run (Ctrl+R)"))
        self.run_button.clicked.connect(self.run_scoring)
        self.model_button = QPushButton(self.tr("Value model…"))
        self.model_button.clicked.connect(self.edit_model)
        self.tiers_button = QPushButton(self.tr("Tiers…"))
        self.tiers_button.clicked.connect(self.edit_tiers)
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setToolTip(self.tr("Save every chart in one PDF"))
        self.pdf_button.clicked.connect(self.choose_pdf)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(QLabel(self.tr("As of")))
        top.addWidget(self.as_of)
        for button in (self.run_button, self.model_button, self.tiers_button, self.pdf_button):
            top.addWidget(button)

        self.scatter = ChartView()
        self.scatter.sig_picked.connect(ctx.signals.sig_open_customer)
        value_page = QWidget()
        v = QVBoxLayout(value_page)
        hint = QLabel(
            self.tr("Click a point to open that customer. Dashed lines: the mean of each axis."))
        hint.setStyleSheet(CAPTION_STYLE)
        v.addWidget(self.scatter, 1)
        v.addWidget(hint)

        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Segmentation"))
        for dim in DISTRIBUTIONS:
            self.dimension.addItem(segments.dimension_label(dim, lang), dim)
        self.dimension.currentIndexChanged.connect(lambda _i: self._draw("segments", force=True))
        self.segment_chart = ChartView()
        self.segment_model = RowsModel([Column(self.tr("Segment")),
                                        Column(self.tr("Customers"), "right"),
                                        Column(self.tr("Share"), "right")], self)
        self.segment_table = make_table(self.segment_model, stretch=0)
        self.segment_table.setMaximumWidth(380)
        self.segment_table.activated.connect(self.show_segment)
        self.segment_codes: list[object] = []
        self.show_button = QPushButton(self.tr("Show in the customer list"))
        self.show_button.setToolTip(self.tr("List the customers of the selected segment (Enter)"))
        self.show_button.clicked.connect(
            lambda: self.show_segment(self.segment_table.currentIndex()))
        seg_page = QWidget()
        s = QVBoxLayout(seg_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Segmentation")))
        row.addWidget(self.dimension)
        row.addStretch(1)
        row.addWidget(self.show_button)
        s.addLayout(row)
        split = QHBoxLayout()
        split.addWidget(self.segment_chart, 2)
        split.addWidget(self.segment_table, 1)
        s.addLayout(split, 1)
        seg_hint = QLabel(self.tr("Every segment is also a filter of the customer list (Segment), "
                                  "and so of exports and campaign targets."))
        seg_hint.setStyleSheet(CAPTION_STYLE)
        s.addWidget(seg_hint)

        self.rfm_chart = ChartView()
        self.funnel_chart = ChartView()
        self.staff_chart = ChartView()
        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        today = date.today()
        for back in range(12):
            y, m = divmod(today.year * 12 + today.month - 1 - back, 12)
            self.month.addItem(f"{y}-{m + 1:02d}", date(y, m + 1, 1))
        self.month.currentIndexChanged.connect(lambda _i: self.reload_activity())
        funnel_page = QWidget()
        f = QVBoxLayout(funnel_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Staff visits in")))
        row.addWidget(self.month)
        row.addStretch(1)
        f.addLayout(row)
        pair = QSplitter()
        pair.addWidget(self.funnel_chart)
        pair.addWidget(self.staff_chart)
        f.addWidget(pair, 1)

        self.nps_chart = ChartView()
        self.rates = QLabel()
        self.rates.setWordWrap(True)
        nps_page = QWidget()
        n = QVBoxLayout(nps_page)
        n.addWidget(self.rates)
        n.addWidget(self.nps_chart, 1)

        self.changed_dimension = QComboBox()
        self.changed_dimension.setAccessibleName(self.tr("Segmentation"))
        for dim in DISTRIBUTIONS:
            self.changed_dimension.addItem(segments.dimension_label(dim, lang), dim)
        self.changed_dimension.currentIndexChanged.connect(
            lambda _i: self._draw("changed", force=True))
        self.changed_summary = QLabel()
        self.changed_model = RowsModel([
            Column(self.tr("Code")), Column(self.tr("Name")), Column(self.tr("Before")),
            Column(self.tr("Now")), Column(self.tr("Value"), "right"),
        ], self)
        self.changed_table = make_table(self.changed_model, stretch=1)
        self.changed_table.activated.connect(
            lambda index: ctx.signals.sig_open_customer.emit(
                self.changed_model.row_id(index.row())))
        changed_page = QWidget()
        c = QVBoxLayout(changed_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Changed in")))
        row.addWidget(self.changed_dimension)
        row.addWidget(self.changed_summary, 1)
        c.addLayout(row)
        c.addWidget(self.changed_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page, title in (
            (value_page, self.tr("Value quadrants")), (seg_page, self.tr("Segments && tiers")),
            (self.rfm_chart, self.tr("RFM")), (funnel_page, self.tr("Funnel && staff")),
            (nps_page, self.tr("NPS && satisfaction")), (changed_page, self.tr("Changed segment")),
        ):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda i: self._draw(TABS[i]))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Ctrl+R"), self, self.run_scoring,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.signals.sig_scores_changed.connect(self._scores_changed)
        self.show_rights()

    # --- loading ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_rights()
        if self._dirty:
            self.reload()

    @Slot(list)
    def _scores_changed(self, _ids: list) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    @Slot()
    def reload(self) -> None:
        if self._loading:
            self._dirty = True
            return
        self._loading = True
        self._dirty = False
        self.status.setText(self.tr("Loading…"))
        self.ctx.tasks.submit(lambda store, _p: overview(store), self._loaded, self._load_failed)
        if self.activity is None:  # a new run does not change them; a new month does
            self.reload_activity()

    @Slot()
    def reload_activity(self) -> None:
        """The funnel, staff and NPS figures: seconds at 100,000 customers, so apart."""
        month = self.month.currentData()
        lang = self.ctx.language
        self.ctx.tasks.submit(lambda store, _p: activity(store, month, lang),
                              self._activity_loaded, self._load_failed)

    def _activity_loaded(self, data: Activity) -> None:
        self.activity = data
        self._drawn -= {"funnel", "nps"}
        current = TABS[self.tabs.currentIndex()]
        if current in ("funnel", "nps"):
            self._draw(current)

    def _loaded(self, data: Overview) -> None:
        self._loading = False
        first = self.data is None
        self.data = data
        if first and data.as_of and self.month.currentIndex() == 0:
            # staff visits of the month scored, which may be before this one
            index = self.month.findText(data.as_of[:7])
            if index > 0:
                self.month.setCurrentIndex(index)  # reads that month's figures
        self._drawn.clear()
        self._show_status()
        self._draw(TABS[self.tabs.currentIndex()])
        if self._dirty:
            self.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.status.setText(self.tr("Could not read the scores: %1").replace("%1", str(exc)))

    def _show_status(self) -> None:
        d = self.data
        if d is None or d.run_id is None:
            self.status.setText(self.tr("No scores yet: press Score now to score every customer."))
            return
        text = self.tr("Scored as of %1 (%2 customers, run %3 at %4).") \
            .replace("%1", d.as_of).replace("%2", f"{d.customers:,}").replace("%3", str(d.run_id)) \
            .replace("%4", d.run_at.replace("T", " ")[:16])
        if d.stale:
            text += " " + self.tr(
                "%n customer(s) changed since; they are re-scored in the background, "
                "or score now for everyone.", "", d.stale)
        self.status.setText(text)

    # --- drawing ----------------------------------------------------------------------------

    def _draw(self, tab: str, force: bool = False) -> None:
        if self.data is None or (tab in self._drawn and not force):
            return
        self._drawn.add(tab)
        getattr(self, f"_draw_{tab}")(self.data)

    def _no_run(self, view: ChartView) -> bool:
        if self.data is None or self.data.run_id is None:
            view.set_figure(charts.empty_figure(self.tr("No scores yet: press Score now.")))
            return True
        return False

    def _seg(self, dim: str, code: object) -> str:
        return segments.label(dim, code, self.ctx.language) or self.tr("(none)")

    def _draw_value(self, d: Overview) -> None:
        if self._no_run(self.scatter):
            return
        picked = [d.points[i] for i in charts.sample(len(d.points))]
        quads = [p[3] for p in picked]
        n = len(d.points) or 1
        mean = (sum(p[1] for p in d.points) / n, sum(p[2] for p in d.points) / n)
        labels = {code: self._seg("value_quadrant", code) for code in charts.QUADRANT_COLOURS}
        labels.update(title=self.tr("Current against potential value (%1 of %2 customers shown)")
                      .replace("%1", f"{len(picked):,}").replace("%2", f"{len(d.points):,}"),
                      x=self.tr("Current value"), y=self.tr("Potential value"))
        fig = charts.value_scatter([p[1] for p in picked], [p[2] for p in picked], quads, mean,
                                   labels)
        self.scatter.set_figure(fig)
        ax = fig.axes[0]
        ids = {}
        for artist, code in zip(ax.collections, charts.QUADRANT_COLOURS):
            ids[artist] = [p[0] for p in picked if p[3] == code]
        self.scatter.set_pick_ids(ids)

    def _draw_segments(self, d: Overview) -> None:
        if self._no_run(self.segment_chart):
            self.segment_model.set_rows([])
            return
        dim = self.dimension.currentData()
        counts = sorted(d.distributions.get(dim, []), key=lambda item: -item[1])
        total = sum(n for _, n in counts) or 1
        items = [(self._seg(dim, code), n) for code, n in counts]
        title = segments.dimension_label(dim, self.ctx.language)
        self.segment_chart.set_figure(charts.bars(items, title))
        self.segment_model.set_rows([
            Row(i, (name, f"{n:,}", f"{n / total:.1%}")) for i, (name, n) in enumerate(items)])
        self.segment_codes = [code for code, _ in counts]
        fit_columns(self.segment_table)
        if items:
            self.segment_table.selectRow(0)

    def show_segment(self, index) -> None:
        """Ask for the customer list filtered to the segment of the table row ``index``."""
        if not index.isValid() or index.row() >= len(self.segment_codes):
            return
        code = self.segment_codes[index.row()]
        if code is None:
            return  # "(none)": no segment to filter by
        dim = self.dimension.currentData()
        value = str(int(code)) if dim == "stale" else str(code)
        self.ctx.signals.sig_show_segment.emit(f"{dim}:{value}")

    def _draw_rfm(self, d: Overview) -> None:
        if self._no_run(self.rfm_chart):
            return
        self.rfm_chart.set_figure(charts.rfm_grid(d.rfm, {
            "title": self.tr("Customers by recency (R) and frequency (F) score, with mean spend"),
            "r": self.tr("Recency score (5 = most recent)"),
            "f": self.tr("Frequency score (5 = most often)"),
            "customers": self.tr("Customers"),
            "segments": {(r, f): self._seg("rfm_segment", segment_of(r, f))
                         for r in range(1, 6) for f in range(1, 6)}}))

    def _waiting(self, *views: ChartView) -> bool:
        """Before the activity figures arrive: say so, draw them when they do."""
        if self.activity is not None:
            return False
        for view in views:
            view.set_figure(charts.empty_figure(self.tr("Loading…")))
        self._drawn -= {"funnel", "nps"}
        return True

    def _draw_funnel(self, _d: Overview) -> None:
        if self._waiting(self.funnel_chart, self.staff_chart):
            return
        d = self.activity
        f = d.funnel
        words = funnel_words()  # the glossary's (docs/glossary.md), in the title and on the bars
        stages = list(zip(words, (f.aware, f.intent, f.purchase))) if f else []
        self.funnel_chart.set_figure(charts.funnel(
            stages, self.tr("Funnel: %1").replace("%1", " → ".join(words)), self.tr("conversion")))
        shown = sorted(d.staff, key=lambda s: (-s.interactions, s.name))[:STAFF_SHOWN]
        if not any(s.interactions for s in shown):
            message = self.tr("No visits logged in %1.").replace("%1", d.staff_month)
            self.staff_chart.set_figure(charts.empty_figure(message))
            return
        met = sum(1 for s in d.staff
                  if s.target_interactions and s.interactions >= s.target_interactions)
        with_target = sum(1 for s in d.staff if s.target_interactions)
        title = self.tr("Visits in %1, top %2 staff; %3 of %4 with a target met it") \
            .replace("%1", d.staff_month).replace("%2", str(len(shown))).replace("%3", str(met)) \
            .replace("%4", str(with_target))
        self.staff_chart.set_figure(charts.staff_visits(
            [s.name for s in shown], [s.interactions for s in shown],
            [s.target_interactions for s in shown],
            {"title": title, "visits": self.tr("Visits"), "target": self.tr("Target")}))

    def _draw_nps(self, overview_data: Overview) -> None:
        if self._waiting(self.nps_chart):
            return
        d = self.activity
        months = [m for m, *_ in d.nps]
        nps = [nps_value(p, det, n) for _m, p, det, n, _s in d.nps]
        sat = [s for *_x, s in d.nps]
        last = d.nps[-12:]
        overall = nps_value(sum(r[1] for r in last), sum(r[2] for r in last),
                            sum(r[3] for r in last))
        shown = "—" if overall is None else f"{overall:+.0f}"
        parts = [self.tr("NPS, last 12 months: %1").replace("%1", shown)]
        if overview_data.repeat_rate is not None:
            parts.append(self.tr("repeat-purchase rate: %1")
                         .replace("%1", f"{overview_data.repeat_rate:.0%}"))
        if overview_data.referral_rate is not None:
            parts.append(self.tr("members referred by a member: %1")
                         .replace("%1", f"{overview_data.referral_rate:.0%}"))
        self.rates.setText(" · ".join(parts))
        if not months:
            self.nps_chart.set_figure(charts.empty_figure(self.tr("No survey answers yet.")))
            return
        self.nps_chart.set_figure(charts.nps_trend(months, nps, sat, {
            "title": self.tr("NPS (promoters − detractors) and mean satisfaction by month"),
            "nps": self.tr("NPS"), "satisfaction": self.tr("Satisfaction (1–5)")}))

    def _draw_changed(self, d: Overview) -> None:
        dim = self.changed_dimension.currentData()
        run_id = d.run_id
        self.ctx.tasks.submit(lambda store, _p: ScoringService(store).changed(dim, run_id),
                              lambda rows: self._show_changed(dim, rows), self._load_failed)

    def _show_changed(self, dim: str, rows: list[dict]) -> None:
        if self.data is None or self.data.run_id is None:
            self.changed_summary.setText(self.tr("No scores yet: press Score now."))
        elif not rows:
            self.changed_summary.setText(
                self.tr("Nobody changed since the run before (or there is only one run)."))
        else:
            self.changed_summary.setText(
                self.tr("%n customer(s) changed since the run before", "", len(rows)))
        self.changed_model.set_rows([
            Row(r["customer_id"], (r["code"], r["name"], self._seg(dim, r["before"]),
                                   self._seg(dim, r["after"]), f"{r['value']:+.3f}"))
            for r in rows])
        fit_columns(self.changed_table)

    # --- actions ----------------------------------------------------------------------------

    @Slot()
    def run_scoring(self) -> None:
        as_of = self.as_of.date().toPython()
        self.run_button.setEnabled(False)
        self.ctx.tasks.submit(
            lambda store, progress: ScoringService(store).run(as_of, progress),
            self._scored, self._score_failed, title=self.tr("Scoring every customer…"), parent=self)

    def _scored(self, _run_id: int) -> None:
        self.run_button.setEnabled(True)
        self.ctx.signals.sig_scores_changed.emit([])

    def _score_failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Scoring was cancelled; nothing was stored."))
        elif isinstance(exc, ValueError):
            self.status.setText(self.tr(
                "The value model has an inconsistent matrix; revise it under Value model."))
        else:
            self.status.setText(self.tr("Scoring failed: %1").replace("%1", str(exc)))

    def chart_views(self) -> list[ChartView]:
        return [self.scatter, self.segment_chart, self.rfm_chart, self.funnel_chart,
                self.staff_chart, self.nps_chart]

    @Slot()
    def choose_pdf(self) -> None:
        if self.data is None or self.data.run_id is None or self.activity is None:
            QMessageBox.information(self, self.tr("Export PDF"),
                                    self.tr("Score the customers first, then export the charts."))
            return
        name = f"analytics-{self.data.as_of}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), str(suggested_path(name)), "PDF (*.pdf)")
        if path:
            remember_folder(Path(path))
            if self.export_pdf(Path(path)):
                self.offer = offer_to_open(self, Path(path), self.status.text(),
                                           self.tr("Export PDF"))

    def export_pdf(self, path: Path) -> int:
        """The charts as shown (every tab drawn first), one a page; returns the pages."""
        for tab in TABS:
            if tab != "changed":
                self._draw(tab)
        figures = [view.figure for view in self.chart_views() if view.figure is not None]
        try:
            pages = charts.save_pdf(figures, path, title=self.tr("Customer analytics"),
                                    store=self.ctx.store, actor=self.ctx.actor)
        except StorageError as exc:  # one sentence: full disk, read-only folder or database…
            QMessageBox.warning(self, self.tr("Export PDF"), str(exc))
            return 0
        self.status.setText(self.tr("Saved %1.").replace("%1", str(path)))
        return pages

    def show_rights(self) -> None:
        """The scoring weights and the tier policies are the team's: a rep's login does not
        change them (the server would refuse it), so it is not offered them."""
        shared = rights(self.ctx.store).shared_reference
        self.model_button.setVisible(shared)
        self.tiers_button.setVisible(shared)

    @Slot()
    def edit_model(self) -> None:
        from desktop_crm.ui.analytics.ahp_editor import ModelDialog

        if rights(self.ctx.store).shared_reference:
            ModelDialog(self.ctx, self).exec()

    @Slot()
    def edit_tiers(self) -> None:
        from desktop_crm.ui.analytics.tiers import TierDialog

        if rights(self.ctx.store).shared_reference:
            TierDialog(self.ctx, self).exec()
