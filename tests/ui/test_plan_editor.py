"""The plan editor as a user drives it: editing the SWOT grid and actions, saving, a new
version, comparing versions, printing to a file; the dossier's Plans tab, batch printing
from the customer list, and plan actions on the follow-up agenda."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pypdf import PdfReader

from desktop_crm.domain.plans import PlanService
from desktop_crm.ui.plans.compare import CompareDialog
from desktop_crm.ui.plans.editor import PlanEditor
from tests.domain.test_plans import sample

CTRL = Qt.KeyboardModifier.ControlModifier


def pdf_text(path) -> str:
    return "".join(p.extract_text() for p in PdfReader(path).pages).replace("\n", "")


@pytest.fixture
def saved_plan(ctx, mingjia) -> int:
    plans = PlanService(ctx.store, "测试员")
    plan_id = plans.save(sample(plans, mingjia))
    plans.set_status(plan_id, "active")
    return plan_id


def open_editor(qtbot, ctx, plan_id=None, **kw) -> PlanEditor:
    editor = PlanEditor(ctx, plan_id, **kw)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_editing_swot_and_actions_then_saving(qtbot, ctx, mingjia, qtmodeltester, type_into):
    editor = open_editor(qtbot, ctx, customer_id=mingjia)
    assert editor.windowTitle().endswith("明佳烟酒客户经营指导计划书")
    assert editor.analysis_page.background["owner"].text() == "李娟"  # from the dossier
    editor.tabs.setCurrentWidget(editor.swot)
    strengths = editor.swot.lists["S"]
    strengths.setFocus()
    qtbot.keyClick(strengths, Qt.Key.Key_Insert)         # add a point and type it
    assert strengths.count() == 1 and strengths.state() == strengths.State.EditingState
    line = editor.focusWidget()
    type_into(line, "销售能力强")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the view commits on its next turn of the loop
    qtbot.waitUntil(lambda: editor.swot.values()["S"] == ["销售能力强"])
    strengths.add_point("处于居民区，消费群体稳定", edit=False)
    strengths.add_point("交通便利，客流量大", edit=False)
    strengths.setCurrentRow(2)
    editor.swot.move_point("S", "O")                      # it is an opportunity, really
    strengths.setCurrentRow(1)
    qtbot.keyClick(strengths, Qt.Key.Key_Up, CTRL)        # reorder
    assert editor.swot.values()["S"] == ["处于居民区，消费群体稳定", "销售能力强"]
    assert editor.swot.values()["O"] == ["交通便利，客流量大"]

    editor.strategies.internal.setCurrentIndex(0)
    editor.strategies.external.setCurrentIndex(0)
    editor.strategies.pair()
    so = editor.strategies.values()["SO"]
    assert len(so) == 1 and so[0].startswith("S1×O1")

    model = editor.actions_page.actions_model
    qtmodeltester.check(model)
    qtmodeltester.check(editor.actions_page.objectives_model)
    editor.actions_page.actions.add()
    model.setData(model.index(0, 0), "建议您完善明码标价")
    model.setData(model.index(0, 2), "2026-12-01")
    model.setData(model.index(0, 3), "doing")
    assert model.data(model.index(0, 3)) == "进行中" or model.data(model.index(0, 3)) == "In progress"
    assert model.data(model.index(0, 1)) == ""  # mingjia has no account manager to default to

    assert editor.save_action.isEnabled()
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert editor.plan.id is not None and not editor.has_unsaved_changes()
    saved = PlanService(ctx.store).load(editor.plan.id)
    assert saved.points["S"] == ["处于居民区，消费群体稳定", "销售能力强"]
    assert saved.points["O"] == ["交通便利，客流量大"]
    assert saved.actions[0].text == "建议您完善明码标价" and saved.actions[0].status == "doing"
    assert saved.actions[0].due_date == "2026-12-01"


def test_bad_due_date_is_shown_and_nothing_saved(qtbot, ctx, mingjia):
    editor = open_editor(qtbot, ctx, customer_id=mingjia)
    model = editor.actions_page.actions_model
    editor.actions_page.actions.add()
    model.setData(model.index(0, 0), "备货")
    model.setData(model.index(0, 2), "下周三")
    assert not editor.save()
    assert "下周三" in editor.message.text()
    assert ctx.store.count("plans") == 0


def test_new_version_and_compare(qtbot, ctx, saved_plan, qtmodeltester):
    editor = open_editor(qtbot, ctx, saved_plan)
    assert not editor.save_action.isEnabled()
    editor.new_version()
    assert editor.plan.version == 2 and editor.plan.status == "draft"
    assert editor.swot.values() == PlanService(ctx.store).load(saved_plan).points
    editor.swot.lists["O"].add_point("周边新建小区陆续入住", edit=False)
    editor.swot.lists["T"].clear()
    assert editor.save()

    dialog = editor.compare()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CompareDialog)
    qtmodeltester.check(dialog.model)
    rows = [(dialog.model.changes[r].section, dialog.model.changes[r].kind,
             dialog.model.data(dialog.model.index(r, 3)))
            for r in range(dialog.model.rowCount())]
    assert ("O", "added", "周边新建小区陆续入住") in rows
    assert ("T", "removed", "") in rows
    assert "1" in dialog.summary.text()
    dialog.only_changes.setChecked(False)
    assert dialog.model.rowCount() > len(rows)
    dialog.close()

    editor.activate()
    editor._confirm_yes.click()                           # the user presses "Activate"
    statuses = {v["version"]: v["status"] for v in PlanService(ctx.store).versions(editor.plan.customer_id)}
    assert statuses == {2: "active", 1: "archived"}


def test_printing_to_a_file_preview_and_qt_printer(qtbot, ctx, saved_plan, tmp_path):
    editor = open_editor(qtbot, ctx, saved_plan)
    target = tmp_path / "plan.pdf"
    editor.swot.lists["W"].add_point("价格标签不齐全", edit=False)  # printed before saving
    assert editor.save_pdf(target)
    text = pdf_text(target)
    assert "明佳烟酒" in text and "价格标签不齐全" in text and "销售能力强" in text
    assert editor.open_action.isEnabled()
    assert ctx.store.count("audit_log", action="print_plan") == 1

    preview = editor.preview()
    qtbot.addWidget(preview)
    preview.close()
    printer = editor.printer
    out = tmp_path / "printed.pdf"
    printer.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.printer.setOutputFileName(str(out))
    assert ctx.store.count("audit_log", action="print_plan") == 1  # a preview is not a print
    printer.paint(printer.printer)
    assert len(PdfReader(out).pages) == 1
    printed = ctx.store.find("audit_log", action="print_plan")
    assert len(printed) == 2 and printed[-1]["detail"].endswith(f"plan v1 -> file {out}")
    editor.loaded = editor.collect()  # leave without the unsaved-changes question


def test_a_pdf_that_cannot_be_written_says_why_in_a_message_box(qtbot, ctx, saved_plan, tmp_path):
    editor = open_editor(qtbot, ctx, saved_plan)
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    assert not editor.save_pdf(tmp_path / ("明佳烟酒" * 25 + ".pdf"))
    assert shown and shown[0].endswith("is too long for this disk. Choose a shorter name.")
    assert ctx.store.count("audit_log", action="print_plan") == 0
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or "tmp" in p.name] == []
    editor.loaded = editor.collect()


def test_closing_with_unsaved_changes_asks(qtbot, ctx, saved_plan):
    from PySide6.QtWidgets import QMessageBox

    editor = open_editor(qtbot, ctx, saved_plan)
    editor.analysis_page.title.setText("新标题")
    editor.analysis_page.title.textEdited.emit("新标题")
    assert editor.windowTitle().startswith("* ")
    editor.reject()                                      # Esc
    box = editor.dialog
    assert editor.isVisible() and isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible()                            # still editing
    editor.reject()
    editor.dialog.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert PlanService(ctx.store).load(saved_plan).title != "新标题"


def test_dossier_plans_tab_opens_the_editor(qtbot, ctx, saved_plan, mingjia):
    from desktop_crm.ui.dossier.tabs import PlansTab

    tab = PlansTab(ctx)
    qtbot.addWidget(tab)
    tab.refresh(mingjia)
    editor = tab.plan_actions.open_current()
    qtbot.addWidget(editor)
    assert editor.plan.id == saved_plan
    assert tab.plan_actions.open_plan(saved_plan) is editor  # not a second window
    new = tab.plan_actions.new_plan("bank_vip")
    qtbot.addWidget(new)
    assert new.plan.template == "bank_vip" and new.plan.title.endswith("VIP客户经营计划")
    assert new.actions_page.actions_box.title() == "五、服务行动"


def test_batch_printing_from_the_customer_list(qtbot, ctx, saved_plan, customers, tmp_path):
    from desktop_crm.ui.customers.page import CustomersPage

    customers.create({"name": "无计划商店"})
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total() == 2)
    assert page.print_action.isEnabled()
    dialog = page.print_selected()       # nothing selected: the whole list
    assert "2" in dialog.heading.text()
    target = tmp_path / "batch.pdf"
    dialog.path.setText(str(target))
    dialog.open_after.setChecked(False)
    with qtbot.waitSignal(dialog.sig_finished, timeout=20_000) as blocker:
        dialog.start()
    result = blocker.args[0]
    assert result.printed == 1 and len(result.skipped) == 1
    assert "明佳烟酒" in pdf_text(target)
    assert "1" in page.status.text()

    page.table.selectRow(0)
    dialog = page.print_selected()       # the selection
    assert "2" not in dialog.heading.text()
    dialog.cards.setChecked(True)
    dialog.per_customer.setChecked(True)
    folder = tmp_path / "cards"
    dialog.path.setText(str(folder))
    dialog.open_after.setChecked(False)
    with qtbot.waitSignal(dialog.sig_finished, timeout=20_000):
        dialog.start()
    assert len(list(folder.glob("*-card.pdf"))) == 1


def test_plan_actions_on_the_agenda(qtbot, ctx, saved_plan):
    from desktop_crm.ui.visits.agenda import FollowUpsPage

    page = FollowUpsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sig_refreshed, timeout=10_000):
        page.show()
    model = page.model
    texts = [(model.data(model.index(r, 4)), model.data(model.index(r, 5)))
             for r in range(model.rowCount())]
    assert ("建议您保持中高档烟品牌的完整性", "Plan v1") in texts or \
        ("建议您保持中高档烟品牌的完整性", "计划 v1") in texts
    row = next(r for r in range(model.rowCount())
               if model.data(model.index(r, 4)) == "避免品牌展示陈旧及过分拥挤")
    page.table.setCurrentIndex(model.index(row, 0))
    follow_up = page.current_follow_up()
    assert follow_up["kind"] == "plan_action"
    page._complete(follow_up)
    actions = PlanService(ctx.store).load(saved_plan).actions
    assert [a.status for a in actions] == ["open", "done"]


def test_closing_the_main_window_asks_about_an_unsaved_plan(qtbot, ctx, saved_plan):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    editor = PlanEditor(ctx, saved_plan, parent=main)
    editor.show()
    editor.swot.lists["S"].add_point("新的优势", edit=False)
    assert not main.close()                              # refused while the plan is unsaved
    assert main.isVisible() and isinstance(editor.dialog, QMessageBox)
    editor.dialog.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert "新的优势" in PlanService(ctx.store).load(saved_plan).points["S"]
    assert main.close()


def test_cancelling_a_batch_writes_nothing(qtbot, ctx, saved_plan, mingjia, tmp_path):
    import threading

    from desktop_crm.ui.plans.batch import BatchPrintDialog

    gate = threading.Event()
    ctx.tasks.submit(lambda store, progress: gate.wait(10), lambda _: None, lambda _: None)
    dialog = BatchPrintDialog(ctx, lambda store: [mingjia], 1)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.per_customer.setChecked(True)
    dialog.path.setText(str(tmp_path / "out"))
    dialog.open_after.setChecked(False)
    dialog.start()                  # queued behind the task holding the worker
    ctx.tasks.cancel(dialog.task_id)  # what the progress dialog's Cancel does
    with qtbot.waitSignal(dialog.sig_finished, timeout=20_000):
        gate.set()
    assert "no file was written" in dialog.error.text() or "未写入" in dialog.error.text()
    assert not any((tmp_path / "out").glob("*.pdf"))
    assert dialog.isVisible() and dialog.print_button.isEnabled()



def test_a_point_dropped_on_another_quadrant_lands_there_editable(qtbot, ctx, mingjia):
    """What a drop does on our side (Qt's drag takes the point off the quadrant it left):
    the point arrives where it was dropped, stays editable and draggable, and the plan sees it."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    editor = open_editor(qtbot, ctx, customer_id=mingjia)
    editor.tabs.setCurrentWidget(editor.swot)
    strengths, threats = editor.swot.lists["S"], editor.swot.lists["T"]
    strengths.add_point("交通便利，客流量大", edit=False)
    threats.add_point("附近新开一家超市", edit=False)
    mime = strengths.model().mimeData([strengths.indexFromItem(strengths.item(0))])
    below = threats.visualItemRect(threats.item(0)).bottomLeft() + threats.viewport().rect().topLeft()
    drop = QDropEvent(QPointF(below.x() + 5, below.y() + 5), Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(editor.swot.sig_changed):
        threats.dropEvent(drop)
    assert threats.points() == ["附近新开一家超市", "交通便利，客流量大"]
    dropped = threats.item(1)
    assert dropped.flags() & Qt.ItemFlag.ItemIsEditable and dropped.flags() & Qt.ItemFlag.ItemIsDragEnabled
    assert editor.swot.values()["T"] == ["附近新开一家超市", "交通便利，客流量大"]


def _long(plans: PlanService, mingjia: int):
    plan = sample(plans, mingjia)
    plan.points["S"] = [f"第{i}条优势：店面位置好，客流稳定" for i in range(60)]  # two pages at least
    return plan


def test_a_draft_prints_marked_draft_on_every_page_and_a_final_plan_does_not(
        qtbot, ctx, mingjia, tmp_path):
    plans = PlanService(ctx.store, "测试员")
    plan_id = plans.save(_long(plans, mingjia))
    editor = open_editor(qtbot, ctx, plan_id)
    draft_pdf = tmp_path / "draft.pdf"
    assert editor.save_pdf(draft_pdf)
    pages = [p.extract_text() for p in PdfReader(draft_pdf).pages]
    assert len(pages) >= 2
    assert all(text.count("草稿") >= 2 for text in pages)  # the watermark, and the title in the header
    assert "明佳烟酒客户经营指导计划书（草稿）" in pages[0].replace("\n", "")
    assert PdfReader(draft_pdf).metadata.title is not None
    editor.loaded = editor.collect()
    editor.close()

    plans.set_status(plan_id, "active")
    final = open_editor(qtbot, ctx, plan_id)
    final_pdf = tmp_path / "final.pdf"
    assert final.save_pdf(final_pdf)
    assert not any("草稿" in p.extract_text() for p in PdfReader(final_pdf).pages)


def test_english_users_get_english_headings_and_each_section_its_own_prefill(
        qtbot, store, customers, mingjia, tmp_path):
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.tasks import TaskRunner

    customers.update(mingjia, {"service_area": "主要服务文博路周边居民及过往顾客",
                               "sales_capability": "销售能力强，月均卷烟销量约300条"})
    tasks = TaskRunner(store.path)
    try:
        english = AppContext(store=store, actor="测试员", language="en", tasks=tasks,
                             signals=AppSignals())
        editor = open_editor(qtbot, english, customer_id=mingjia)
        page = editor.analysis_page
        assert page.analysis_labels["consumer_groups"].text() == "2.2 Consumer groups"
        assert page.analysis["consumer_groups"].toPlainText() == "主要服务文博路周边居民及过往顾客"
        assert "销售能力强" not in page.analysis["consumer_groups"].toPlainText()
        assert "销售能力强" in page.analysis["business_format_analysis"].toPlainText()
        assert editor.windowTitle().endswith("Customer management plan: 明佳烟酒")
        target = tmp_path / "plan-en.pdf"
        assert editor.save_pdf(target)
        text = pdf_text(target)
        assert "1. Customer background" in text and "3. SWOT analysis" in text
        assert "DRAFT" in text and "一、客户背景" not in text
        editor.loaded = editor.collect()
    finally:
        tasks.shutdown()
