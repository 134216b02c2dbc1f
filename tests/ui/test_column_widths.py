"""English headings are longer than Chinese ones: no list cuts its column headings short
("Occasi…", "Jo…") in a 1366×768 window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from desktop_crm.ui.areas import AREAS


@pytest.fixture(scope="module")
def demo(qapp, tmp_path_factory):
    from desktop_crm.domain.campaigns import CampaignService
    from desktop_crm.domain.customer_list import CustomerFilter
    from desktop_crm.domain.demo import build_demo
    from desktop_crm.storage.db import open_database
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.tasks import TaskRunner

    folder = tmp_path_factory.mktemp("columns")
    store = open_database(folder / "demo.sqlite3", create=True)
    build_demo(store, 120, seed=5)
    campaigns = CampaignService(store)
    campaign = campaigns.create({"name": "老客唤回", "starts_on": "2025-01-01", "ends_on": "2025-01-31"})
    campaigns.select_targets(campaign, CustomerFilter(lifecycle="active"))
    tasks = TaskRunner(store.path)
    yield AppContext(store=store, actor="王经理", language="en", tasks=tasks, signals=AppSignals())
    tasks.shutdown()
    store.close()


def cut_texts(table: QTableView) -> list[str]:
    """Headings wider than their column (with the header's margins and the sort arrow), and
    short values ("2 years a member", not a visit's notes) wider than theirs."""
    header: QHeaderView = table.horizontalHeader()
    model = table.model()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = 16 if table.isSortingEnabled() or header.isSortIndicatorShown() else 0
    metrics = header.fontMetrics()
    # what a cell's text has beside it (Qt's own size-to-contents leaves the same)
    cell = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    cut = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        needed = metrics.horizontalAdvance(text) + 2 * margin + arrow
        if needed > header.sectionSize(section):
            cut.append(f"{text!r}: {header.sectionSize(section)} < {needed}")
        if header.stretchLastSection() and section == header.count() - 1:
            continue
        for row in range(min(model.rowCount(), 20)):
            value = str(model.index(row, section).data() or "")
            if len(value) <= 30 and table.fontMetrics().horizontalAdvance(value) + cell > header.sectionSize(section):
                cut.append(f"{value!r} under {text!r}")
    return cut


@pytest.mark.parametrize("key", [area.key for area in AREAS
                                 if area.key not in ("analytics", "week_plan")])  # charts; day lists
def test_no_heading_is_cut_in_english(qtbot, demo, key) -> None:
    from desktop_crm.ui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768 - 48 - 32)
    window.show()
    page = window.show_area(key)
    tables = [t for t in page.findChildren(QTableView) if t.isVisibleTo(window)]
    assert tables
    if key not in ("data_quality", "conflicts", "team_overview"):  # a scan; a sync; a manager
        qtbot.waitUntil(lambda: all(t.model().rowCount() for t in tables[:1]))  # background loads
    assert {t.objectName() or type(t.model()).__name__: cut_texts(t) for t in tables} == {
        t.objectName() or type(t.model()).__name__: [] for t in tables}
