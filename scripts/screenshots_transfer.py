"""Screenshots of import, export and data quality (called by screenshots.py): the import
wizard on a GBK file with a title row and some bad rows, its preview and result, the export
dialog, the duplicate scan and the merge dialog."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from desktop_crm.domain.importing import revert_batch

ROWS = [
    ("2026年新开客户名单", "", "", "", "", ""),
    ("客户代码", "店铺名称", "联系电话", "商圈", "客户等级", "成立日期"),
    ("420381200001", "福满烟酒", "139 1234 5501", "文博路商圈", "主力", "2024年5月25日"),
    ("420381200002", "兴隆便利店", "0710-3212377", "火车站商圈", "一般", "2024/5/25"),
    ("420381200003", "金鼎超市", "12345", "火车站商圈", "一般", "45437"),
    ("420381200004", "永盛食杂店", "13800002222", "北街商圈", "VIP", "2024-05-25"),
    ("420381200002", "兴隆便利店(重复)", "0710-3212377", "火车站商圈", "", ""),
    ("420381200005", "春晓烟酒商行", "13912340000", "樊西新区", "零散", "2023-11-02"),
]


def _wait(app, until, seconds: float = 10.0) -> None:
    end = time.time() + seconds
    while not until() and time.time() < end:
        app.processEvents()
        time.sleep(0.05)


def shoot(app, window, ctx, name, grab) -> None:
    from desktop_crm.ui.duplicates.merge_dialog import MergeDialog
    from desktop_crm.ui.transfer.export_dialog import ExportDialog
    from desktop_crm.ui.transfer.import_wizard import ImportWizard

    path = Path(tempfile.mkdtemp()) / "新客户名单.csv"
    # one new row with the phone of a customer on file: the preview flags it
    known = ctx.store.conn.execute(
        "SELECT phone FROM customers WHERE phone IS NOT NULL AND deleted_at IS NULL LIMIT 1"
    ).fetchone()[0]
    rows = [*ROWS, ("420381200006", "老街便利店", known, "北街商圈", "一般", "2022-03-01")]
    path.write_bytes("\n".join(",".join(r) for r in rows).encode("gbk"))
    wizard = ImportWizard(ctx, window, str(path))
    wizard.resize(960, 640)
    wizard.show()
    grab(app, wizard, name("import-file"))
    wizard.next()
    grab(app, wizard, name("import-mapping"))
    wizard.next()
    _wait(app, lambda: wizard.preview_page.dry is not None)
    grab(app, wizard, name("import-preview"))
    wizard.next()
    _wait(app, lambda: wizard.result is not None)
    grab(app, wizard, name("import-done"))
    if wizard.result is not None and wizard.result.batch_id:
        revert_batch(ctx.store, wizard.result.batch_id, ctx.actor)
    wizard.close()

    shoot_likely(app, window, ctx, name, grab)

    export = ExportDialog(ctx, lambda store: [], 120, window)
    export.show()
    grab(app, export, name("export-dialog"))
    export.reject()

    page = window.show_area("data_quality")
    page.scan()
    _wait(app, lambda: page.pairs.rowCount() > 0 or page.scan_button.isEnabled())
    grab(app, window, name("data-quality-scan"))
    if page.pairs.rowCount():
        pair = page.pairs.rows[0]
        dialog = MergeDialog(ctx, pair.a, pair.b, window)
        dialog.show()
        grab(app, dialog, name("merge-dialog"))
        dialog.reject()


def shoot_likely(app, window, ctx, name, grab) -> None:
    """A shop list without codes, of customers partly on file, with columns no field fits
    and account managers not on staff: the mapping page offers new fields, the preview a
    choice per likely duplicate."""
    from desktop_crm.ui.transfer.import_wizard import ImportWizard

    known = ctx.store.conn.execute(
        "SELECT name, phone FROM customers WHERE phone IS NOT NULL AND deleted_at IS NULL "
        "AND kind != 'individual' ORDER BY id LIMIT 3").fetchall()
    rows = [("店名", "联系电话", "经营地址", "负责人", "建档日期", "年销售额(万元)", "档位")]
    rows += [(n, p, "文博路18号", "张伟", "2023/5/6", "12.50", "8档") for n, p in known]
    rows += [("新开烟酒店", "13912347777", "北街9号", "李娜", "2024/3/1", "3.20", "5档"),
             ("新开烟酒店", "13912347777", "北街9号", "李娜", "2024/3/1", "3.20", "5档")]
    path = Path(tempfile.mkdtemp()) / "门店名单.csv"
    path.write_bytes("\n".join(",".join(r) for r in rows).encode("gbk"))
    wizard = ImportWizard(ctx, window, str(path))
    wizard.resize(960, 640)
    wizard.show()
    wizard.next()
    grab(app, wizard, name("import-mapping-new-fields"))
    wizard.next()
    _wait(app, lambda: wizard.preview_page.dry is not None)
    grab(app, wizard, name("import-preview-duplicates"))
    wizard.close()
