"""The dossier's Scores tab: the customer's segments and scores from the latest run, the
breakdown of the value score (indicator, raw value, standardised value, weight,
contribution), and the value across runs. Read when the tab is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_crm.domain.money import money
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.models import (
    CAPTION_STYLE, Column, Row, RowsModel, fit_columns, make_table,
)

if TYPE_CHECKING:  # scoring brings pandas: imported when the tab is first shown
    from desktop_crm.domain.scoring.service import Explanation, TierPolicy


def _num(value: object, fmt: str) -> str:
    return "—" if value is None else fmt.format(value)


class ScoresTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.explanation: Explanation | None = None
        self._stale_view = True
        self._refreshing = False
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.facts: dict[str, QLabel] = {}
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(panel)
        captions = (
            ("value", self.tr("Customer value")), ("quadrant", self.tr("Value quadrant")),
            ("loyalty", self.tr("Volume × loyalty")), ("grade", self.tr("Asset grade (scored)")),
            ("tier", self.tr("Suggested tier and policy")), ("rfm", self.tr("RFM")),
            ("clv", self.tr("Customer lifetime value")), ("churn", self.tr("Churn risk")),
            ("nps", self.tr("Satisfaction / NPS")),
            ("file", self.tr("File completeness / last update")),
        )
        for i, (key, caption) in enumerate(captions):
            title = QLabel(caption)
            title.setStyleSheet(CAPTION_STYLE)
            value = QLabel()
            value.setStyleSheet("font-weight: 600;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(title, (i // 5) * 2, i % 5)
            grid.addWidget(value, (i // 5) * 2 + 1, i % 5)
            self.facts[key] = value
        self.model = RowsModel([
            Column(self.tr("Criterion")), Column(self.tr("Indicator")),
            Column(self.tr("Raw value"), "right"),
            Column(self.tr("Standardised"), "right"), Column(self.tr("Weight"), "right"),
            Column(self.tr("Contribution"), "right"),
        ], self)
        self.table = make_table(self.model, stretch=1)
        self.chart_holder = QVBoxLayout()
        self.chart = None
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(self.chart_holder, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(panel)
        layout.addLayout(body, 1)
        ctx.signals.sig_scores_changed.connect(self._scores_changed)

    def set_customer(self, customer_id: int | None) -> None:
        self.customer_id = customer_id
        self._stale_view = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale_view:
            self.load()

    @Slot(list)
    def _scores_changed(self, ids: list) -> None:
        if not ids or self.customer_id in ids:
            self._stale_view = True
            if self.isVisible():
                self.load()

    def load(self) -> None:
        self._stale_view = False
        if self.customer_id is None:
            return
        from desktop_crm.domain.scoring.service import ScoringService

        service = ScoringService(self.ctx.store)
        ex = service.explain(self.customer_id)
        self.explanation = ex
        if ex is None and service.latest() is not None:
            # added since the latest run: score it against that run's population now
            self.notice.setText(self.tr("Added since the latest scoring run: scoring…"))
            self._refresh_now()
            return
        if ex is None:
            self.notice.setText(
                self.tr("Not scored yet: score every customer under Analytics (Score now)."))
            self.model.set_rows([])
            for label in self.facts.values():
                label.clear()
            return
        note = self.tr("Scored as of %1 (run %2).").replace("%1", ex.as_of) \
            .replace("%2", str(ex.run_id))
        if ex.scores.get("refreshed_at"):
            note += " " + self.tr("Re-scored after a change on %1.").replace(
                "%1", str(ex.scores["refreshed_at"]).replace("T", " ")[:16])
        if ex.stale:
            note += " " + self.tr("Changed since: re-scoring…")
            self._refresh_now()
        self.notice.setText(note)
        self._show_facts(ex, {p.key: p for p in service.tier_policies()})
        missing = service.missing_fields(self.customer_id, self.ctx.language)
        self.facts["file"].setToolTip(
            self.tr("Missing: %1").replace("%1", "、".join(missing)) if missing
            else self.tr("Every key field is filled."))
        self._show_breakdown(ex)
        self._show_trend(service.trend(self.customer_id))

    def _refresh_now(self) -> None:
        if self._refreshing or self.customer_id is None:
            return
        self._refreshing = True
        cid = self.customer_id
        from desktop_crm.domain.scoring.service import ScoringService

        self.ctx.tasks.submit(lambda store, _p: ScoringService(store).refresh(cid),
                              lambda _r: self._refreshed(cid), lambda _e: self._refreshed(None))

    def _refreshed(self, cid: int | None) -> None:
        self._refreshing = False
        if cid is not None:
            self.ctx.signals.sig_scores_changed.emit([cid])

    def _seg(self, dim: str) -> str:
        from desktop_crm.domain.scoring import segments

        assert self.explanation is not None
        return segments.label(dim, self.explanation.scores.get(dim), self.ctx.language) or "—"

    def _show_facts(self, ex: Explanation, policies: dict[str, TierPolicy]) -> None:
        s = ex.scores
        share = ex.rank_below / ex.ranked if ex.ranked else 0.0
        self.facts["value"].setText(self.tr("%1 (above %2 of customers)")
                                    .replace("%1", f"{s['value']:+.3f}")
                                    .replace("%2", f"{share:.0%}"))
        self.facts["quadrant"].setText(self._seg("value_quadrant"))
        self.facts["loyalty"].setText(self._seg("volume_loyalty"))
        self.facts["grade"].setText(self._seg("asset_grade"))
        tier = self._seg("suggested_tier")
        policy = policies.get(s.get("suggested_tier") or "")
        if policy is not None and policy.visit_every_days:
            every = str(policy.visit_every_days)
            tier += " · " + self.tr("visit every %1 days").replace("%1", every)
        record = self.ctx.store.get("customers", ex.customer_id)
        recorded = policies.get(record["tier"] or "") if record is not None else None
        if recorded is not None and recorded.key != s.get("suggested_tier"):
            now = self.ctx.label(recorded.label_zh, recorded.label_en)
            tier += " " + self.tr("(now: %1)").replace("%1", now)
        self.facts["tier"].setText(tier)
        self.facts["tier"].setToolTip(policy.privileges or "" if policy else "")
        if s.get("r_score") is None:
            self.facts["rfm"].setText(self.tr("no purchases"))
        else:
            scores = f"R{s['r_score']:.0f} F{s['f_score']:.0f} M{s['m_score']:.0f}"
            self.facts["rfm"].setText(f"{scores} · {self._seg('rfm_segment')}")
        self.facts["clv"].setText(money(s.get("clv"), decimals=0, empty="—"))
        risk = _num(s.get("churn_risk"), "{:.0%}")
        self.facts["churn"].setText(f"{risk} {self._seg('churn_level')}")
        self.facts["nps"].setText(f"{_num(s.get('ind_satisfaction'), '{:.1f}')} / "
                                  f"{_num(s.get('ind_nps'), '{:.0f}')}")
        stale = self.tr(" · not updated for long") if s.get("stale") else ""
        self.facts["file"].setText(self.tr("%1 · %2 days")
                                   .replace("%1", _num(s.get("completeness"), "{:.0%}"))
                                   .replace("%2", _num(s.get("stale_days"), "{:.0f}")) + stale)

    def _show_breakdown(self, ex: Explanation) -> None:
        from desktop_crm.domain.scoring.model import CRITERIA, INDICATORS, format_raw

        rows = [
            Row(i, (self.ctx.label(*CRITERIA[line.criterion]),
                    self.ctx.label(*INDICATORS[line.indicator]),
                    format_raw(line.raw, line.indicator),
                    f"{line.standardised:+.3f}", f"{line.weight:.4f}",
                    f"{line.contribution:+.4f}"))
            for i, line in enumerate(ex.lines)
        ]
        rows.append(Row(len(rows), ("", self.tr("Total = value score"), "", "",
                                     f"{sum(x.weight for x in ex.lines):.4f}", f"{ex.total:+.4f}")))
        self.model.set_rows(rows)
        fit_columns(self.table)

    def _show_trend(self, trend: list[dict]) -> None:
        from desktop_crm.reports import charts
        from desktop_crm.ui.analytics.canvas import ChartView

        if self.chart is None:
            self.chart = ChartView()
            self.chart_holder.addWidget(self.chart)
        fig = charts.score_trend(
            [t["as_of"] for t in trend], [t["value"] for t in trend],
            [t["current_value"] for t in trend], [t["potential_value"] for t in trend],
            {"title": self.tr("Value across scoring runs"), "value": self.tr("Value"),
             "current": self.tr("Current"), "potential": self.tr("Potential")})
        self.chart.set_figure(fig)
