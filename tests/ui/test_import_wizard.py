"""The import wizard and the export dialog, driven as a user drives them."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_crm.ui.transfer.export_dialog import ExportDialog
from desktop_crm.ui.transfer.history import ImportHistoryDialog
from desktop_crm.ui.transfer.import_wizard import ImportWizard


@pytest.fixture
def gbk_csv(tmp_path):
    path = tmp_path / "客户名单.csv"
    path.write_bytes(("客户代码,店铺名称,联系电话,商圈,备用\n"
                      "420381104741,明佳烟酒,13912348866,文博路商圈,x\n"
                      "420381104742,鑫源超市,12345,火车站商圈,y\n"
                      "420381104743,华联超市,0710-3212345,火车站商圈,z\n").encode("gbk"))
    return path


def test_wizard_file_mapping_preview_import_and_revert(qtbot, qtmodeltester, ctx, store, gbk_csv,
                                                       tmp_path, monkeypatch, preparing) -> None:
    wizard = ImportWizard(ctx, path=str(gbk_csv))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert "GBK / GB18030 (detected)" in page.info.text() and "5 columns" in page.info.text()
    assert not page.sheet.isEnabled() and page.encoding.isEnabled()

    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.mapping() == {"客户代码": "code", "店铺名称": "name", "联系电话": "phone", "商圈": "area"}
    assert mapping.table.item(0, 1).text() == "420381104741 | 420381104742 | 420381104743"
    assert mapping.key.currentData() == "code" and mapping.isComplete()
    # unmapping the name makes the page incomplete, with the reason shown
    name_combo = mapping.combos[1]
    name_combo.setCurrentIndex(0)
    mapping.key.setCurrentIndex(0)
    assert not mapping.isComplete() and "客户名称" in mapping.missing.text()
    name_combo.setCurrentIndex(name_combo.findData("name"))
    mapping.key.setCurrentIndex(mapping.key.findData("code"))

    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.dry is not None, timeout=10000)
    assert store.count("customers") == 0                      # a dry run wrote nothing
    assert "3 rows: 2 new" in preview.summary.text() and "1 rejected" in preview.summary.text()
    qtmodeltester.check(preview.model)
    first = [preview.model.index(0, c).data() for c in range(4)]
    assert first[:2] == ["3", "Rejected"] and first[3].startswith("联系电话: Not a valid Chinese")
    saved = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    preview.save_button.click()
    rows = list(openpyxl.load_workbook(saved).active.values)
    assert rows[0][0] == "Reason" and rows[1][1] == "420381104742"

    with qtbot.waitSignal(wizard.sig_imported, timeout=10000) as imported:
        wizard.next()
    batch = imported.args[0]
    run = wizard.run_page
    assert "Imported." in run.label.text() and f"no. {batch}" in run.label.text()
    assert store.count("customers") == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    run.revert_button.click()
    qtbot.waitUntil(lambda: store.count("customers") == 0, timeout=10000)
    qtbot.waitUntil(lambda: "reverted" in run.label.text(), timeout=5000)


def test_wizard_imports_a_members_list_of_people_not_on_file(qtbot, ctx, store, tmp_path) -> None:
    path = tmp_path / "会员.csv"
    path.write_text("会员卡号,姓名,手机,入会日期\nVIP001,曾小红,13911112222,2023-01-02\n"
                    "VIP002,李娟,13912348866,2023-02-03\n", encoding="utf-8")
    wizard = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.kind.setCurrentIndex(wizard.file_page.kind.findData("members"))
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.mapping()["手机"] == "customer_phone" and mapping.create_customers.isChecked()
    assert mapping.create_customers.isVisible()

    mapping.create_customers.setChecked(False)          # as before: people must be on file
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.dry is not None, timeout=10000)
    assert "2 rejected" in wizard.preview_page.summary.text()
    wizard.back()
    mapping.create_customers.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.dry is not None
                    and wizard.preview_page.dry.new_customers == 2, timeout=10000)
    assert "2 of the new members bring a new customer" in wizard.preview_page.summary.text()
    with qtbot.waitSignal(wizard.sig_imported, timeout=10000):
        wizard.next()
    assert store.count("members") == 2 and store.count("customers", kind="individual") == 2


def test_wizard_refuses_an_empty_file_with_a_message(qtbot, ctx, tmp_path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard = ImportWizard(ctx, path=str(empty))
    qtbot.addWidget(wizard)
    wizard.show()
    assert "empty" in wizard.file_page.info.text()
    assert not wizard.file_page.validatePage()


def test_import_history_lists_and_reverts(qtbot, qtmodeltester, ctx, store, gbk_csv, monkeypatch) -> None:
    from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping

    source = open_source(gbk_csv)
    run_import(store, source, ImportOptions("customers", suggest_mapping("customers", source.headers), "code"))
    dialog = ImportHistoryDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert [dialog.model.index(0, c).data() for c in (0, 2, 3, 5, 6)] == \
        ["1", "客户", "客户名单.csv", "2 new, 0 updated", "Imported"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.revert_button.click()
    qtbot.waitUntil(lambda: dialog.model.index(0, 6).data() == "Reverted", timeout=10000)
    assert store.count("customers") == 0 and not dialog.revert_button.isEnabled()


def test_export_dialog_writes_the_chosen_columns(qtbot, ctx, store, customers, mingjia, tmp_path) -> None:
    done = []
    dialog = ExportDialog(ctx, lambda s: [mingjia], 1, on_done=done.append)
    qtbot.addWidget(dialog)
    for name, box in dialog.columns.items():
        box.setChecked(name in ("code", "name", "phone"))
    dest = tmp_path / "list.xlsx"
    dialog.export_to(str(dest))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    rows = list(openpyxl.load_workbook(dest).active.values)
    assert rows == [("客户代码", "客户名称", "电话"), ("420381104741", "明佳烟酒", "0710-3212345")]
    dialog.kinds["vcard"].setChecked(True)
    assert dialog.suffix() == ".vcf" and not dialog.columns_box.isEnabled()


def test_an_export_that_cannot_be_written_says_why_in_a_message_box(qtbot, ctx, store, mingjia,
                                                                    read_only_folder) -> None:
    from PySide6.QtWidgets import QApplication

    folder = read_only_folder(lambda f: None)
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()

    dialog = ExportDialog(ctx, lambda s: [mingjia], 1)
    qtbot.addWidget(dialog)
    timer = QTimer(dialog, interval=50)
    timer.timeout.connect(read_and_close)
    timer.start()
    dialog.export_to(str(folder / "list.csv"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    timer.stop()
    assert shown[0] == (f"The file could not be written: {folder} is on a read-only disk. "
                        "Choose a folder on a disk you can write to.")
    assert dialog.export_button.isEnabled() and store.count("audit_log") == 0


def test_cancelling_the_import_writes_nothing(qtbot, ctx, store, tmp_path, preparing) -> None:
    path = tmp_path / "big.csv"
    lines = ["客户代码,店铺名称"] + [f"X{i:06d},店{i}" for i in range(12000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    wizard = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.dry is not None, timeout=20000)
    assert "12000 rows: 12000 new" in wizard.preview_page.summary.text()
    wizard.next()
    ctx.tasks.cancel(ctx.tasks._next_id)  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: "cancelled" in wizard.run_page.label.text(), timeout=20000)
    assert "Nothing was written" in wizard.run_page.label.text()
    assert store.count("customers") == 0 and store.count("import_batches") == 0


def test_export_this_list_from_the_customer_list(qtbot, ctx, store, customers, mingjia, tmp_path) -> None:
    from desktop_crm.ui.customers.page import CustomersPage

    customers.create({"name": "鑫源超市", "tier": "key"})
    customers.create({"name": "华联超市"})
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.total() == 3, timeout=10000)
    page.search_box.setText("超市")
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.total() == 2, timeout=10000)
    dialog = page.export_list()
    qtbot.addWidget(dialog)
    assert dialog.intro.text() == "Export 2 customers:"
    dest = tmp_path / "超市.csv"
    dialog.export_to(str(dest))
    qtbot.waitUntil(lambda: "written" in page.status.text(), timeout=10000)
    lines = dest.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and {line.split(",")[1] for line in lines[1:]} == {"鑫源超市", "华联超市"}


def test_wizard_maps_a_column_to_the_custom_field_of_its_name(qtbot, ctx, store, tmp_path) -> None:
    """A column named like a custom field goes into it; asking for a new field of the same
    name instead is refused on the page, in one sentence."""
    from desktop_crm.domain.custom_fields import CustomFieldService

    CustomFieldService(store).define("档位", "text")
    path = tmp_path / "c.csv"
    path.write_text("客户编码,客户名称,档位\nC1,明佳烟酒,8档\n", encoding="utf-8")
    wizard = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.mapping_page
    combo = page.combos[2]
    assert combo.currentData() == "custom:dang_wei" and combo.currentText() == "档位 (custom field)"
    combo.setCurrentIndex(combo.findData("new:text"))
    assert combo.currentText() == "New field “档位” (文本)"
    assert not page.isComplete()
    assert page.missing.text().startswith("Column 档位 cannot become a new field")


def test_a_way_to_reach_that_is_none_of_its_kind_is_a_rejected_row_with_its_reason(
        qtbot, ctx, store, tmp_path) -> None:
    import csv

    path = tmp_path / "会员导出.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["客户编号", "客户名称", "联系电话", "QQ号", "微信号"],
                                  ["K001", "明佳烟酒", "13812345678", "87654321", "mingjia_88"],
                                  ["K002", "坏QQ店", "13700002222", "QQ号没有", ""]])
    wizard = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.dry is not None, timeout=10000)
    assert "1 new" in preview.summary.text() and "1 rejected" in preview.summary.text()
    rejected = [preview.model.index(r, 3).data() for r in range(preview.model.rowCount())
                if preview.model.index(r, 1).data() == "Rejected"]
    assert rejected == ["QQ号: Not a QQ number: 5 to 11 digits, not starting with 0."]
