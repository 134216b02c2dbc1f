"""The real-world import check through the wizard, driven as a user drives it: a tobacco
sales system's GBK export imported twice (the second time changes nothing), and a file
without codes imported again, where the preview offers each likely duplicate a choice."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from desktop_crm.domain.custom_fields import CustomFieldService
from desktop_crm.storage import queries
from desktop_crm.ui.transfer.import_wizard import ImportWizard
from tests.fixtures.exports import TOBACCO_HEADER, tobacco_csv


def snapshot(store) -> dict[str, object]:
    return {table: store.conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("customers", "custom_fields", "custom_values", "staff", "change_log",
                          "import_batches")}


def open_wizard(qtbot, ctx, path) -> ImportWizard:
    wizard = ImportWizard(ctx, path=str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def preview(qtbot, wizard: ImportWizard):
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.dry is not None, timeout=10000)
    return page


def test_a_tobacco_systems_export_through_the_wizard_twice(qtbot, ctx, store, tmp_path) -> None:
    path = tobacco_csv(tmp_path)
    wizard = open_wizard(qtbot, ctx, path)
    assert "GBK / GB18030 (detected)" in wizard.file_page.info.text()
    assert "header on row 2" in wizard.file_page.info.text()     # the title line is skipped
    wizard.next()
    mapping = wizard.mapping_page
    # every column has somewhere to go: recognised by meaning, or a new field of its type
    assert mapping.choices() == {
        "客户编码": "code", "专卖许可证号": "licence_no", "客户名称": "name", "经营地址": "address",
        "联系电话": "phone", "负责人": "owner", "建档日期": "trading_since",
        "年销售额(万元)": "new:number", "业态": "business_format", "档位": "new:choice"}
    combo = mapping.combos[TOBACCO_HEADER.index("年销售额(万元)")]
    assert combo.currentText() == "New field “年销售额(万元)” (数字)"
    assert mapping.fate.text() == "Columns: 8 into fields, 2 as new fields, 0 not imported."
    assert mapping.key.currentData() == "code"                 # the file has codes

    page = preview(qtbot, wizard)
    assert page.summary.text().startswith("6 rows: 6 new, 0 to update")
    assert "New fields: 年销售额(万元), 档位." in page.summary.text()
    # the account managers are not on staff: a warning with a choice, not rejected rows
    assert page.staff_choice.isVisible() and page.staff_choice.currentData() == "create"
    assert "3 staff names not on file: 张伟 (2), 李娜 (2), 王强 (2)" in page.staff_label.text()
    with qtbot.waitSignal(wizard.sig_imported, timeout=10000):
        wizard.next()

    fields = {f.label: f for f in CustomFieldService(store).fields()}
    assert {(f.label, f.type) for f in fields.values()} == {
        ("年销售额(万元)", "number"), ("档位", "choice")}
    mingjia = queries.customer_by_code(store, "420381104741")
    assert (mingjia["name"], mingjia["address"], mingjia["phone"], mingjia["trading_since"],
            mingjia["business_format"], mingjia["licence_no"]) == (
        "明佳烟酒", "文博路18号", "13912348866", "2023-05-06", "烟酒店", "420381104741")
    assert store.get("staff", mingjia["owner_id"])["name"] == "张伟"
    assert CustomFieldService(store).values(mingjia["id"]) == {
        fields["年销售额(万元)"].key: "12.5",
        fields["档位"].key: "8档"}
    wizard.close()

    # the same export again: the columns are known now, and nothing changes
    before = snapshot(store)
    again = open_wizard(qtbot, ctx, path)
    again.next()
    assert again.mapping_page.fate.text() == "Columns: 10 into fields, 0 as new fields, 0 not imported."
    page = preview(qtbot, again)
    assert page.summary.text().startswith("6 rows: 0 new, 0 to update, 6 unchanged")
    assert not page.staff_choice.isVisible() and not page.isComplete()  # nothing to import
    assert snapshot(store) == before


def test_a_file_without_codes_again_offers_each_likely_duplicate_a_choice(qtbot, ctx, store, tmp_path) -> None:
    path = tmp_path / "门店.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["店名", "手机号", "地址"], ["明佳烟酒", "13912348866", "文博路18号"],
                                  ["鑫源超市", "13800001111", "火车站路2号"], ["华联超市", "", "北街9号"]])
    first = open_wizard(qtbot, ctx, path)
    first.next()
    assert first.mapping_page.key.currentText() == "nothing: new rows are checked for likely duplicates"
    preview(qtbot, first)
    with qtbot.waitSignal(first.sig_imported, timeout=10000):
        first.next()
    assert store.count("customers") == 3
    first.close()

    wizard = open_wizard(qtbot, ctx, path)
    wizard.next()
    page = preview(qtbot, wizard)
    model = page.model
    assert "3 rows are likely duplicates" in page.summary.text()
    assert "0 new, 0 to update, 3 unchanged" in page.summary.text()
    code = queries.customer_by_code(store, model.rows[0].duplicate_of.code)["code"]
    assert [model.index(0, c).data() for c in range(4)] == [
        "2", "Unchanged", "明佳烟酒", f"Likely duplicate of 明佳烟酒 ({code}): same phone."]
    # this one is another shop after all: select it, create it
    rect = page.view.visualRect(model.index(1, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.choice_buttons["create"], Qt.MouseButton.LeftButton)
    assert model.index(1, 1).data() == "New"
    assert "1 new, 0 to update, 2 unchanged" in page.summary.text() and page.isComplete()
    # a choice for all, and back to the suggestions
    page.all_likely.setCurrentIndex(page.all_likely.findData("skip"))
    page.all_likely.activated.emit(page.all_likely.currentIndex())
    assert [model.index(r, 1).data() for r in range(3)] == ["Skip"] * 3 and not page.isComplete()
    page.all_likely.setCurrentIndex(0)
    page.all_likely.activated.emit(0)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.view.visualRect(model.index(1, 0)).center())
    qtbot.mouseClick(page.choice_buttons["create"], Qt.MouseButton.LeftButton)
    assert page.view.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    with qtbot.waitSignal(wizard.sig_imported, timeout=10000):
        wizard.next()
    # the default choice did not double the file: only the row chosen to be new was added
    assert store.count("customers") == 4
    assert [r[0] for r in store.conn.execute("SELECT name FROM customers WHERE name = '鑫源超市'")] == ["鑫源超市"] * 2
