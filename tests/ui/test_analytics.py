"""The analytics area, the value model editor, tier policies, the dossier's Scores tab and
the background refresh, driven as a user would with real widgets over a real database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.scoring.service import ScoringService
from desktop_crm.storage.db import Store

AS_OF = date(2026, 11, 1)


@pytest.fixture
def scored(store: Store, customers: CustomerService) -> dict[str, int]:
    ids = {}
    for n, (name, orders, amount) in enumerate((("大户烟酒", 10, 20_000.0), ("中等便利店", 3, 3_000.0),
                                                ("小卖部", 1, 300.0), ("新开张超市", 0, 0.0))):
        cid = customers.create({"name": name, "area": "文博路商圈"})
        ids[name] = cid
        for month in range(1, orders + 1):
            store.insert("transactions", {"customer_id": cid,
                                          "occurred_on": f"2026-{month:02d}-1{n}",
                                          "amount": amount, "gross_profit": amount / 10})
    # the corner shop comes back in October with a big order: it changes segment by November
    store.insert("transactions", {"customer_id": ids["小卖部"], "occurred_on": "2026-10-25",
                                  "amount": 50_000.0, "gross_profit": 5_000.0})
    ScoringService(store).run(date(2026, 6, 1))
    ScoringService(store).run(AS_OF)
    return ids


def test_analytics_page_shows_the_run_and_a_click_opens_the_customer(
    qtbot, qtmodeltester, ctx, scored
) -> None:
    from desktop_crm.ui.analytics.page import AnalyticsPage

    page = AnalyticsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 740)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.scatter.figure is not None,
                    timeout=10_000)
    assert "2026-11-01" in page.status.text() and "4 customers" in page.status.text()

    ax = page.scatter.figure.axes[0]
    invest = ax.collections[0]  # the quadrant colours are drawn in order: invest first
    with qtbot.waitSignal(ctx.signals.sig_open_customer) as opened:
        page.scatter.pick(invest, 0)
    assert opened.args == [scored["大户烟酒"]]

    page.tabs.setCurrentIndex(3)  # the funnel: 4 in the files, 3 engaged (bought), 3 bought
    qtbot.waitUntil(lambda: page.activity is not None and "funnel" in page._drawn, timeout=10_000)
    texts = [t.get_text() for t in page.funnel_chart.figure.axes[0].texts]
    assert texts[0].endswith(" 4") and texts[2].startswith("Purchase  3")

    page.tabs.setCurrentIndex(1)
    page.dimension.setCurrentIndex(page.dimension.findData("suggested_tier"))
    qtmodeltester.check(page.segment_model)
    texts = {page.segment_model.cell(r, 0): page.segment_model.cell(r, 1)
             for r in range(page.segment_model.rowCount())}
    assert texts["主力"] == "1"  # 200,000 a year: the key tier

    page.tabs.setCurrentIndex(5)  # changed since the June run
    page.changed_dimension.setCurrentIndex(page.changed_dimension.findData("rfm_segment"))
    qtbot.waitUntil(lambda: page.changed_model.rowCount() > 0, timeout=10_000)
    qtmodeltester.check(page.changed_model)
    for r in range(page.changed_model.rowCount()):
        assert page.changed_model.cell(r, 2) != page.changed_model.cell(r, 3)
    assert "小卖部" in [page.changed_model.cell(r, 1) for r in range(page.changed_model.rowCount())]


def test_score_now_stores_a_new_run(qtbot, ctx, store, scored) -> None:
    from desktop_crm.ui.analytics.page import AnalyticsPage

    page = AnalyticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    before = store.count("score_runs")
    with qtbot.waitSignal(ctx.signals.sig_scores_changed, timeout=20_000):
        page.run_button.click()
    assert store.count("score_runs") == before + 1
    qtbot.waitUntil(lambda: page.data is not None and page.data.run_id == before + 1,
                    timeout=10_000)


def test_model_editor_refuses_an_inconsistent_matrix_and_points_at_it(qtbot, ctx) -> None:
    from desktop_crm.ui.analytics.ahp_editor import ORDER, ModelDialog

    dialog = ModelDialog(ctx)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.criteria.setCurrentRow(ORDER.index("profit"))
    assert save.isEnabled()
    assert dialog.table.item(0, 4).text() == "0.6095"  # the source's weight, beside the matrix
    dialog.set_judgement(0, 3, "1/9")  # gross profit far less important than profit per order
    assert not save.isEnabled()
    assert "CR" in dialog.consistency.text() and "≥ 0.1" in dialog.consistency.text()
    assert "毛利额" in dialog.advice.text() and "单笔毛利" in dialog.advice.text()
    assert dialog.table.currentRow() == 0 and dialog.table.currentColumn() == 3
    dialog.use_suggestion.click()
    dialog.set_judgement(0, 3, "6")
    assert save.isEnabled()
    dialog.set_judgement(1, 2, "3")  # a consistent-enough change, saved for the next run
    save.click()
    stored = ScoringService(ctx.store).model()
    assert stored.matrices["profit"][1][2] == 3
    assert stored.matrices["profit"][2][1] == pytest.approx(1 / 3)


def test_tier_dialog_saves_policies(qtbot, ctx) -> None:
    from desktop_crm.ui.analytics.tiers import TierDialog

    dialog = TierDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.metric_box.currentData() == "sales" and dialog.metric_box.count() == 1
    dialog.show()
    assert not dialog.grab().isNull()  # it paints (a widget attribute once shadowed metric())
    floor, days, privileges = dialog.rows[0]
    assert floor.value() == 100_000  # the default floor of the key tier
    floor.setValue(10_000)  # below the regular tier's 20,000: refused
    dialog.save()
    assert "lower sales" in dialog.message.text()
    floor.setValue(300_000)
    days.setValue(7)
    privileges.setText("专属客户经理")
    dialog.save()
    key = ScoringService(ctx.store).tier_policies()[0]
    assert (key.min_value, key.visit_every_days, key.privileges) == (300_000, 7, "专属客户经理")


def test_dossier_scores_tab_breaks_the_value_down(qtbot, qtmodeltester, ctx, scored) -> None:
    from desktop_crm.ui.dossier.widget import DossierWidget

    widget = DossierWidget(ctx, scored["大户烟酒"])
    qtbot.addWidget(widget)
    widget.show()
    widget.show_tab("scores")
    tab = widget.scores_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 13)
    qtmodeltester.check(tab.model)
    total = float(tab.model.cell(12, 5))
    assert total == pytest.approx(sum(float(tab.model.cell(r, 5)) for r in range(12)), abs=1e-3)
    assert total == pytest.approx(tab.explanation.scores["value"], abs=1e-4)
    assert tab.model.cell(0, 1) == "毛利额(近12月)" and tab.model.cell(0, 4) == "0.3251"
    assert "主力" in tab.facts["tier"].text()
    assert tab.chart is not None  # the value across the two runs


def test_a_purchase_is_rescored_in_the_background(qtbot, ctx, store, scored) -> None:
    from desktop_crm.ui.analytics.refresher import ScoreRefresher

    refresher = ScoreRefresher(ctx)
    refresher._timer.setInterval(10)
    cid = scored["新开张超市"]
    store.insert("transactions", {"customer_id": cid, "occurred_on": "2026-10-30",
                                  "amount": 150_000.0, "gross_profit": 15_000.0})
    assert ScoringService(store).explain(cid).stale
    with qtbot.waitSignal(ctx.signals.sig_scores_changed, timeout=10_000) as done:
        ctx.signals.sig_customers_changed.emit([cid])
    assert done.args == [[cid]]
    ex = ScoringService(store).explain(cid)
    assert not ex.stale and ex.scores["suggested_tier"] == "key"


def test_customer_list_filter_bar_offers_segments_after_a_run(qtbot, ctx, scored) -> None:
    from desktop_crm.domain.customer_list import CustomerList
    from desktop_crm.ui.customers.filters import FilterBar

    bar = FilterBar(ctx, CustomerList(ctx.store).choices())
    qtbot.addWidget(bar)
    bar.show()
    assert bar.segment_combo.isVisible()
    with qtbot.waitSignal(bar.sig_changed):
        bar.segment_combo.setCurrentIndex(bar.segment_combo.findData("suggested_tier:key"))
    assert bar.values()["segment"] == "suggested_tier:key"
    assert "建议等级: 主力" in bar.segment_combo.shown_text()
    bar.clear()
    assert bar.values()["segment"] is None


def test_a_segment_opens_the_customer_list_filtered_to_it(qtbot, ctx, scored) -> None:
    from desktop_crm.ui.analytics.page import AnalyticsPage
    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("analytics")
    assert isinstance(page, AnalyticsPage)
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    page.tabs.setCurrentIndex(1)
    page.dimension.setCurrentIndex(page.dimension.findData("suggested_tier"))
    row = next(r for r in range(page.segment_model.rowCount())
               if page.segment_model.cell(r, 0) == "主力")
    page.segment_table.selectRow(row)
    with qtbot.waitSignal(ctx.signals.sig_show_segment) as asked:
        page.show_button.click()
    assert asked.args == ["suggested_tier:key"]
    customers = window.area("customers")
    assert window.current_area() == "customers"
    assert customers.current_filter().segment == "suggested_tier:key"
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1, timeout=10_000)
    assert customers.model.index(0, 1).data() == "大户烟酒"


def test_a_customer_added_after_the_run_is_scored_when_its_tab_opens(
    qtbot, ctx, customers, scored
) -> None:
    from desktop_crm.ui.dossier.widget import DossierWidget

    cid = customers.create({"name": "后来的客户"})
    widget = DossierWidget(ctx, cid)
    qtbot.addWidget(widget)
    widget.show()
    widget.show_tab("scores")
    qtbot.waitUntil(lambda: widget.scores_tab.model.rowCount() == 13, timeout=10_000)
    assert ScoringService(ctx.store).run_summary()["customers"] == 5


def test_scores_tab_names_missing_fields_and_a_tier_to_change(
    qtbot, ctx, customers, scored
) -> None:
    from desktop_crm.ui.dossier.widget import DossierWidget

    customers.update(scored["大户烟酒"], {"tier": "occasional"})  # recorded low, scores as key
    widget = DossierWidget(ctx, scored["大户烟酒"])
    qtbot.addWidget(widget)
    widget.show()
    widget.show_tab("scores")
    tab = widget.scores_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 13, timeout=10_000)
    assert "主力" in tab.facts["tier"].text() and "零散" in tab.facts["tier"].text()
    assert "电话" in tab.facts["file"].toolTip()


def test_the_charts_export_to_one_pdf(qtbot, ctx, store, scored, tmp_path) -> None:
    from pypdf import PdfReader

    from desktop_crm.ui.analytics.page import AnalyticsPage

    page = AnalyticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None and page.activity is not None, timeout=10_000)
    out = tmp_path / "分析.pdf"
    assert page.export_pdf(out) == 6
    reader = PdfReader(out)
    assert len(reader.pages) == 6
    text = reader.pages[2].extract_text()
    assert "Recency score" in text  # the RFM grid, as on screen
    assert store.count("audit_log", action="export_analytics") == 1
    assert not list(tmp_path.glob(".*partial"))


def test_amounts_in_the_score_breakdown_carry_their_unit(qtbot, ctx, scored) -> None:
    from desktop_crm.ui.dossier.widget import DossierWidget

    widget = DossierWidget(ctx, scored["大户烟酒"])
    qtbot.addWidget(widget)
    widget.show()
    widget.show_tab("scores")
    tab = widget.scores_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 13, timeout=10_000)
    raw = {tab.model.index(r, 1).data(): tab.model.index(r, 2).data()
           for r in range(tab.model.rowCount())}
    assert raw["销售额(近12月)"] == "¥200,000"  # 10 orders of 20,000 in the 12 months
    assert raw["订单数(近12月)"] == "10"  # a count stays a number
    assert tab.facts["clv"].text().startswith("¥")
