"""The analytics figures render Chinese with an embedded CJK font, in a PDF as on screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_crm.reports import charts


def figures():
    yield "scatter", charts.value_scatter(
        [1.0, -0.5, 0.2, -0.1], [0.3, 0.4, -0.2, -0.3], ["invest", "develop", "maintain", "stop"],
        (0.0, 0.0), {"title": "当前价值与潜在价值", "x": "当前价值", "y": "潜在价值",
                     "invest": "高价值·加大投入", "develop": "潜在价值高·培育",
                     "maintain": "当前价值高·维持", "stop": "低价值·停止投入"})
    yield "bars", charts.bars([("重要价值客户", 12), ("沉睡客户", 30)], "RFM细分")
    yield "rfm", charts.rfm_grid([(5, 5, 3, 1200.0), (1, 1, 9, 40.0)], {
        "title": "RFM 网格", "r": "最近购买评分", "f": "购买频次评分", "customers": "客户数",
        "segments": {(r, f): f"R{r}F{f}" for r in range(1, 6) for f in range(1, 6)}})
    yield "funnel", charts.funnel([("建档", 100), ("有意向", 60), ("已购买", 30)], "漏斗", "转化率")
    yield "staff", charts.staff_visits(["张宇", "邓鑫"], [40, 12], [30, None],
                                       {"title": "拜访次数", "visits": "拜访", "target": "目标"})
    yield "nps", charts.nps_trend(["2026-09", "2026-10"], [20.0, None], [4.2, 3.9],
                                  {"title": "NPS", "nps": "NPS", "satisfaction": "满意度"})
    yield "trend", charts.score_trend(["2026-10-01", "2026-11-01"], [0.5, 0.7], [0.3, 0.4],
                                      [0.2, 0.3], {"title": "价值变化", "value": "价值",
                                                   "current": "当前", "potential": "潜在"})


@pytest.mark.parametrize(("name", "figure"), list(figures()),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_figure_in_a_pdf_embeds_a_chinese_font(tmp_path: Path, name: str, figure) -> None:
    out = tmp_path / f"{name}.pdf"
    figure.savefig(out, format="pdf")
    reader = PdfReader(out)
    fonts = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("WenQuanYi" in f or "Hei" in f or "CJK" in f for f in fonts), fonts


def test_the_scatter_keeps_one_point_set_per_quadrant_in_order() -> None:
    fig = dict(figures())["scatter"]
    sizes = [len(c.get_offsets()) for c in fig.axes[0].collections]
    assert sizes == [1, 1, 1, 1]  # invest, maintain, develop, stop: what a click maps back by


def test_sample_is_even_and_repeatable() -> None:
    assert list(charts.sample(5)) == [0, 1, 2, 3, 4]
    picked = charts.sample(100_000, 1000)
    assert len(picked) == 1000 and picked[0] == 0 and picked[-1] == 99_999
    assert list(picked) == list(charts.sample(100_000, 1000))
