"""The campaign evaluation's "By account manager" tab: a row per owner, the total equal to
the whole campaign, sortable, reachable by keyboard, a manager's customers on Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.domain.test_campaign_by_owner import make_campaign


def _table(view) -> list[list[str]]:
    model = view.by_owner
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_evaluation_by_account_manager(qtbot, ctx, store, customers, qtmodeltester):
    from desktop_crm.ui.campaigns.evaluation import EvaluationView

    _service, cid, staff = make_campaign(store, customers)
    view = EvaluationView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    view.set_campaign(cid)
    qtbot.waitUntil(lambda: view.evaluation is not None and view.by_owner.rowCount() > 0)
    qtmodeltester.check(view.by_owner)
    assert view.tables.isTabVisible(1) and view.tables.tabText(1) == "By account manager"
    rows = _table(view)
    # who, contact group, reached, converted, rate, held back, uplift, revenue, cost, ROI
    assert rows == [
        ["李经理", "3", "1 (33.3%)", "2", "66.7%", "1", "-33.3 pp", "¥300", "¥150", "100.0%"],
        ["赵经理", "2", "2 (100.0%)", "1", "50.0%", "1", "+50.0 pp", "¥300", "¥100", "200.0%"],
        ["No account manager", "1", "0 (0.0%)", "0", "0.0%", "0", "–", "¥0", "¥50", "-100.0%"],
        ["Whole campaign", "6", "3 (50.0%)", "3", "50.0%", "2", "+0.0 pp", "¥600", "¥300", "100.0%"],
    ]
    # the total row is the campaign's own figures shown above the tables
    assert view.values["targets"].text() == "6" and view.values["roi"].text() == "100.0%"
    index = view.by_owner.index(0, 3)
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight

    # sort by ROI, highest first: 赵 above 李; the total stays last
    view.tables.setCurrentIndex(1)
    view.owner_table.sortByColumn(9, Qt.SortOrder.DescendingOrder)
    assert [r[0] for r in _table(view)] == ["赵经理", "李经理", "No account manager", "Whole campaign"]

    # keyboard: focus the table, pick 李 and press Enter: the customer list of 李 is asked for
    view.owner_table.setFocus()
    view.owner_table.setCurrentIndex(view.by_owner.index(1, 0))
    with qtbot.waitSignal(ctx.signals.sig_show_owner, timeout=2000) as shown:
        qtbot.keyClick(view.owner_table, Qt.Key.Key_Return)
    assert shown.args == [staff["li"]]


def test_no_tab_for_a_single_owner(qtbot, ctx, store, customers):
    from desktop_crm.domain.campaigns import CampaignService
    from desktop_crm.domain.customer_list import CustomerFilter
    from desktop_crm.ui.campaigns.evaluation import EvaluationView

    me = store.insert("staff", {"name": "独自", "role": "account_manager"})
    for i in range(3):
        customers.create({"name": f"客户{i}", "kind": "individual", "tags": "流失", "consent_channels": "sms", "owner": me})
    service = CampaignService(store)
    cid = service.create({"name": "唤回", "starts_on": "2025-03-01", "ends_on": "2025-03-31"})
    service.select_targets(cid, CustomerFilter(tags=("流失",)))
    view = EvaluationView(ctx)
    qtbot.addWidget(view)
    view.set_campaign(cid)
    qtbot.waitUntil(lambda: view.evaluation is not None)
    assert view.by_owner.rowCount() == 2  # the one owner and the total
    assert not view.tables.isTabVisible(1)
