"""The funnel's words are the glossary's (docs/glossary.md), in its chart's title and bars and
on the staff page, in both languages: no 建档/有意向/已购买 beside 知晓/意向/购买."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from tests.ui.language import chinese_interface

GLOSSARY = Path(__file__).resolve().parents[2] / "docs" / "glossary.md"


def glossary_table(heading: str) -> list[tuple[str, str]]:
    """(中文, English) rows of the first table under the heading that starts with ``heading``."""
    text = GLOSSARY.read_text(encoding="utf-8")
    section = re.split(r"^## ", text, flags=re.MULTILINE)
    body = next(s for s in section if s.startswith(heading))
    rows = [line.strip("|").split("|") for line in body.splitlines() if line.startswith("|")]
    return [(zh.strip(), en.strip()) for zh, en, *_ in rows[2:]]  # after the heading and the rule


@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    if request.param == "en":
        yield "en"
        return
    with chinese_interface():
        yield "zh"


def test_the_funnel_speaks_the_glossary(qtbot, ctx, store, language) -> None:
    from dataclasses import replace

    from desktop_crm.domain.demo import build_demo
    from desktop_crm.ui.analytics.page import AnalyticsPage
    from desktop_crm.ui.staff.page import StaffPage

    build_demo(store, 30, seed=4)
    stages = glossary_table("Funnel")[:3]
    words = [zh if language == "zh" else en for zh, en in stages]
    assert words == (["知晓", "意向", "购买"] if language == "zh" else ["Aware", "Intent", "Purchase"])

    ctx = replace(ctx, language=language)
    page = AnalyticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.activity is not None and "funnel" in page._drawn, timeout=20_000)
    ax = page.funnel_chart.figure.axes[0]
    bars = [t.get_text().split("  ")[0] for t in ax.texts]
    assert bars == words
    title = ax.get_title()
    assert re.findall("|".join(words), title) == words, title
    for stale in ("建档", "有意向", "已购买", "in the files", "engaged", "bought"):
        assert stale not in title

    staff = StaffPage(ctx)
    qtbot.addWidget(staff)
    staff.show()
    qtbot.waitUntil(lambda: staff.funnel_staff.rowCount() > 0, timeout=20_000)
    heads = [staff.funnel_staff.headerData(c, Qt.Orientation.Horizontal) for c in range(1, 4)]
    assert heads == words
    summary = staff.funnel_total.text()
    assert re.findall("|".join(words), summary) == words, summary
    QApplication.processEvents()
