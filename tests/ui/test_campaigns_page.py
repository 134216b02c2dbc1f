"""A campaign from creation to evaluation, through the widgets a manager and staff use."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_crm.domain.campaigns import saved_filters


@pytest.fixture
def shop(store, customers):
    li = store.insert("staff", {"name": "李店员", "role": "shop_staff"})
    zhao = store.insert("staff", {"name": "赵店员", "role": "shop_staff"})
    ids = [customers.create({"name": f"流失会员{i}", "kind": "individual", "tags": "流失", "consent_channels": "sms",
                             "owner": li if i % 2 else zhao}) for i in range(10)]
    customers.create({"name": "活跃会员", "kind": "individual"})
    return li, zhao, ids


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_campaign_from_creation_to_evaluation(qtbot, ctx, shop, store, qtmodeltester, type_into):
    from desktop_crm.ui.campaigns.dialogs import AssignDialog, CampaignDialog, TargetsDialog
    from desktop_crm.ui.campaigns.page import CampaignsPage

    li, zhao, ids = shop
    page = CampaignsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    assert page.campaigns.rowCount() == 0

    # create
    dialog = CampaignDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    ok(dialog)
    assert dialog.error.text() and not dialog.result()  # the name is required
    type_into(dialog.name, "老客唤回")
    today = date.today()
    dialog.starts.setDate(QDate(today - timedelta(days=3)))
    dialog.ends.setDate(QDate(today + timedelta(days=10)))
    dialog.budget.setValue(200)
    dialog.holdout.setValue(20)
    ok(dialog)
    assert dialog.result()
    page.reload(dialog.campaign_id)
    qtmodeltester.check(page.campaigns)
    cid = page.current_id()
    assert cid == dialog.campaign_id

    # targets from a new filter, saved by name
    targets = TargetsDialog(ctx, cid, page)
    qtbot.addWidget(targets)
    targets.bar.check_tag("流失")
    targets.bar._changed()
    targets._count()
    assert targets.count.text() == "10 customers: 8 to contact, 2 held back"
    type_into(targets.save_as, "流失会员")
    ok(targets)
    assert not targets._timer.isActive()
    assert [f.name for f in saved_filters(store)] == ["流失会员"]
    page.reload(cid)
    assert page.targets.rowCount() == 10
    assert "8 targets to contact, 2 held back, 8 not assigned" in page.summary.text()
    qtmodeltester.check(page.targets)

    # assign evenly
    assign = AssignDialog(ctx, cid, page)
    qtbot.addWidget(assign)
    ok(assign)
    assert assign.error.text()  # nobody ticked
    assign.check(["李店员", "赵店员"])
    ok(assign)
    assert assign.counts == {li: 4, zhao: 4}
    page.reload(cid)

    # 李店员 works the list: 4 outcomes recorded, one after another
    page.tabs.setCurrentIndex(1)
    page.work_staff.setCurrentIndex(page.work_staff.findText("李店员"))
    assert page.work.rowCount() == 4
    qtmodeltester.check(page.work)
    first = page.work.rows[0]
    page.outcome.setCurrentIndex(page.outcome.findData("interested"))
    type_into(page.feedback, "周末带宝宝来")
    page.record()
    assert page.work.rowCount() == 3 and page.feedback.text() == ""
    page.outcome.setCurrentIndex(page.outcome.findData("no_answer"))
    page.record()
    assert page.work.rowCount() == 2
    said = store.conn.execute("SELECT customer_said, campaign_id FROM interactions WHERE customer_id = ?",
                              (first["customer_id"],)).fetchone()
    assert tuple(said) == ("周末带宝宝来", cid)

    # the first contacted buys; one held-back customer buys too
    held = [t for t in page.targets.rows if t["holdout"]]
    store.insert("transactions", {"customer_id": first["customer_id"], "occurred_on": today.isoformat(),
                                  "amount": 500})
    store.insert("transactions", {"customer_id": held[0]["customer_id"], "occurred_on": today.isoformat(),
                                  "amount": 100})
    page.tabs.setCurrentIndex(2)
    ev = page.evaluation
    qtbot.waitUntil(lambda: ev.evaluation is not None)
    values = {k: v.text() for k, v in ev.values.items()}
    assert values["targets"] == "8" and values["reached"] == "1 (12.5%)"
    # one name for the group to contact, in the figures and the chart (docs/glossary.md):
    # not "Targets contacted" beside "Contacted", which means a call was made
    from matplotlib.text import Text
    from PySide6.QtWidgets import QLabel

    captions = {label.text() for label in ev.findChildren(QLabel)}
    drawn = {t.get_text() for t in ev.canvas.figure.findobj(Text)}
    assert "Contact group" in captions and "Contact group" in drawn
    assert not {"Targets contacted", "Contacted"} & (captions | drawn)
    assert values["converted"] == "1" and values["rate"] == "12.5%"
    assert values["holdout"] == "2" and values["holdout_rate"] == "50.0%"
    assert values["uplift"] == "-37.5 pp"
    assert values["revenue"] == "¥500" and values["cost"] == "¥200" and values["roi"] == "150.0%"
    assert values["incremental"] == "¥100"  # 500 - 100/2 * 8
    assert "no better" in ev.note.text()
    qtmodeltester.check(ev.by_staff)
    assert ev.canvas is not None
    staff_rows = {g.key: (g.targets, g.converted) for g in ev.by_staff.rows}
    assert staff_rows == {"李店员": (4, 1), "赵店员": (4, 0)}


def test_saved_filters_can_be_deleted(qtbot, ctx, shop, store):
    from desktop_crm.domain.campaigns import CampaignService, save_filter
    from desktop_crm.domain.customer_list import CustomerFilter
    from desktop_crm.ui.campaigns.dialogs import TargetsDialog

    save_filter(store, "流失会员", CustomerFilter(tags=("流失",)))
    cid = CampaignService(store).create({"name": "唤回", "starts_on": "2025-01-01", "ends_on": "2025-01-31"})
    dialog = TargetsDialog(ctx, cid)
    qtbot.addWidget(dialog)
    assert dialog.saved_radio.isChecked() and dialog.count.text().startswith("10 customers")
    dialog.delete_filter(confirm=False)
    assert saved_filters(store) == [] and dialog.new_radio.isChecked()
    assert not dialog.saved_radio.isEnabled()
    store.close()  # the database goes while the dialog, never shown, has a count due
    qtbot.waitUntil(lambda: not dialog._timer.isActive())  # and no error in Qt's event loop


def test_campaign_buttons_wait_for_something_to_act_on(qtbot, ctx, shop, store):
    from desktop_crm.domain.campaigns import CampaignService
    from desktop_crm.domain.customer_list import CustomerFilter
    from desktop_crm.ui.campaigns.page import CampaignsPage

    page = CampaignsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    buttons = (page.edit_button, page.delete_button, page.choose_button, page.assign_button,
               page.hand_button)
    assert not any(b.isEnabled() for b in buttons)  # no campaign yet

    service = CampaignService(store)
    cid = service.create({"name": "唤回", "starts_on": "2025-01-01", "ends_on": "2025-01-31"})
    page.reload(cid)
    assert page.choose_button.isEnabled() and page.edit_button.isEnabled()
    assert not page.assign_button.isEnabled() and not page.hand_button.isEnabled()  # no targets

    service.select_targets(cid, CustomerFilter(tags=("流失",)))
    page.reload(cid)
    assert page.assign_button.isEnabled() and not page.hand_button.isEnabled()  # none selected
    rect = page.targets_table.visualRect(page.targets.index(0, 0))
    qtbot.mouseClick(page.targets_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.hand_button.isEnabled()
    page.targets_table.clearSelection()
    assert not page.hand_button.isEnabled()


def test_work_list_never_carries_an_outcome_to_the_next_target(qtbot, ctx, shop, store, type_into):
    """Record 有意向 for one target, go on to the next and type "已搬走": the outcome is not
    carried over — it must be chosen — and the evaluation counts what was chosen."""
    from PySide6.QtCore import Qt

    from desktop_crm.domain.campaigns import CampaignService
    from desktop_crm.domain.customer_list import CustomerFilter
    from desktop_crm.ui.campaigns.page import CampaignsPage

    li, _zhao, ids = shop
    service = CampaignService(store, "测试员")
    cid = service.create({"name": "老客唤回", "type": "win_back",
                          "starts_on": date.today().isoformat(),
                          "ends_on": (date.today() + timedelta(days=10)).isoformat()})
    service.select_targets(cid, CustomerFilter(tags=("流失",)), holdout_share=0)
    service.assign_targets([t["id"] for t in service.targets(cid)][:3], li)
    page = CampaignsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.tabs.setCurrentIndex(1)
    page.work_staff.setCurrentIndex(page.work_staff.findText("李店员"))
    assert page.work.rowCount() == 3 and page.outcome.currentData() is None
    qtbot.waitExposed(page)
    page.activateWindow()  # Ctrl+Enter is a shortcut of the window
    qtbot.waitUntil(page.isActiveWindow)
    page.feedback.setFocus()

    first, second = page.work.rows[0], page.work.rows[1]
    page.outcome.setCurrentIndex(page.outcome.findData("interested"))
    type_into(page.feedback, "周末带宝宝来")
    qtbot.keyClick(page.feedback, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.work.rows[0]["id"] == second["id"]
    assert page.outcome.currentData() is None and page.feedback.text() == ""  # reset

    type_into(page.feedback, "已搬走")
    qtbot.keyClick(page.feedback, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert second["name"] in page.work_error.text()  # refused: no outcome chosen for them
    assert store.get("campaign_targets", second["id"])["outcome"] is None
    page.outcome.setCurrentIndex(page.outcome.findData("wrong_number"))
    qtbot.keyClick(page.feedback, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    stored = store.get("campaign_targets", second["id"])
    assert (stored["outcome"], stored["feedback"]) == ("wrong_number", "已搬走")

    page.open_only.setChecked(False)  # every target: each shows its own stored values
    rows = {r["id"]: i for i, r in enumerate(page.work.rows)}
    page.work_table.selectRow(rows[first["id"]])
    assert (page.outcome.currentData(), page.feedback.text()) == ("interested", "周末带宝宝来")
    page.work_table.selectRow(rows[second["id"]])
    assert (page.outcome.currentData(), page.feedback.text()) == ("wrong_number", "已搬走")

    page.tabs.setCurrentIndex(2)
    ev = page.evaluation
    qtbot.waitUntil(lambda: ev.evaluation is not None)
    assert ev.values["reached"].text().startswith("1 ")  # 有意向 reached; a wrong number did not


def test_campaign_dialogs_open_at_a_laptop_screens_size(qtbot, ctx, shop, store):
    """Choose targets opened 1537 px wide (OK off a 1366 px screen); the new campaign 216 px
    with its goal's example cut off."""
    from dataclasses import replace

    from desktop_crm.domain.campaigns import CampaignService
    from desktop_crm.ui.campaigns.dialogs import CampaignDialog, TargetsDialog

    ctx = replace(ctx, language="en")  # the wider words
    cid = CampaignService(store).create({"name": "唤回", "starts_on": "2025-01-01", "ends_on": "2025-01-31"})
    targets = TargetsDialog(ctx, cid)
    qtbot.addWidget(targets)
    targets.show()
    assert targets.width() <= 1366 and targets.height() <= 768 - 48
    ok_button = targets.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert targets.rect().contains(ok_button.geometry().translated(targets.buttons.pos()))
    targets.holdout.setValue(10)  # a count is due...
    targets.hide()
    assert not targets._timer.isActive()  # ...and dropped with the dialog

    dialog = CampaignDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    goal = dialog.goal
    assert goal.width() > goal.fontMetrics().horizontalAdvance(goal.placeholderText()) + 8
