"""Screenshots of File ▸ Backups… (called by screenshots.py): a fortnight of a shop's backups,
taken for each reason, with the customer count growing between them."""

from __future__ import annotations

from datetime import datetime

from desktop_crm.domain.customers import CustomerService
from desktop_crm.storage import autobackup

TAKEN = [  # oldest first: (when, why, customers added before it)
    (datetime(2026, 11, 6, 10, 12, 40), "migration", 0),
    (datetime(2026, 11, 9, 8, 1, 5), "daily", 3),
    (datetime(2026, 11, 13, 16, 47, 22), "merge", 2),
    (datetime(2026, 11, 17, 18, 30, 11), "manual", 4),
    (datetime(2026, 11, 18, 8, 2, 37), "daily", 1),
    (datetime(2026, 11, 18, 19, 5, 3), "close", 6),
    (datetime(2026, 11, 19, 11, 20, 48), "purge", 2),
    (datetime(2026, 11, 19, 14, 2, 9), "import", 1),
    (datetime(2026, 11, 20, 8, 0, 52), "daily", 12),
    (datetime(2026, 11, 20, 18, 42, 16), "close", 3),
]


def prepare(store) -> None:
    """Take the backups once (both languages show the same list)."""
    if autobackup.listing(store.path):
        return
    service = CustomerService(store, "谢斌")
    number = 0
    for when, reason, added in TAKEN:
        for _ in range(added):
            number += 1
            service.create({"name": f"新开门店{number:02d}"})
        autobackup.take(store, reason, when=when)


def shoot(app, window, ctx, name, grab) -> None:
    from desktop_crm.ui.backups_dialog import BackupsDialog

    prepare(ctx.store)
    dialog = BackupsDialog(ctx.store.path, window)
    dialog.show()
    dialog.view.selectRow(2)
    grab(app, dialog, name("backups"))
    dialog.reject()
    shoot_encryption(app, window, ctx, name, grab)


def shoot_encryption(app, window, ctx, name, grab) -> None:
    """File ▸ Encrypt… half filled in, and the passphrase asked at open after a wrong one."""
    from desktop_crm.ui.encryption import NewPassphraseDialog, PassphraseDialog

    dialog = NewPassphraseDialog(ctx.store.path, window)
    dialog.show()
    dialog.first.setText("mingjia-shop-2026")
    dialog.second.setText("mingjia")
    grab(app, dialog, name("encrypt"))
    dialog.reject()
    dialog = PassphraseDialog(ctx.store.path, wrong=True, parent=window)
    dialog.show()
    dialog.field.setText("secret")
    grab(app, dialog, name("passphrase"))
    dialog.reject()
