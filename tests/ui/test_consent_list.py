"""The customer list's consent filter and column, as the user sees them: consent in force
(the customer's own or the primary contact's), none, or withdrawn with its day."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_crm.domain.customer_list import column_index
from desktop_crm.ui.customers import CustomersPage
from tests.ui.test_customers_page import column, settings  # noqa: F401 - the fixture too

CONSENT = column_index("consent")


def test_the_consent_filter_and_column(qtbot, ctx, customers, contacts) -> None:
    customers.create({"name": "欧阳灵珊", "kind": "individual", "consent_channels": "sms",
                      "consent_on": "2026-03-01"})
    gone = customers.create({"name": "王小明", "kind": "individual", "consent_channels": "wechat",
                             "consent_on": "2026-03-01"})
    customers.update(gone, {"consent_withdrawn_on": "2026-06-01"})
    shop = customers.create({"name": "明佳烟酒"})  # through its owner, the primary contact
    contacts.create(shop, {"name": "李娟", "is_primary": 1, "consent_channels": "wechat"})
    customers.create({"name": "老店"})
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 600)
    page.show()
    qtbot.waitUntil(lambda: len(column(page)) == 4)
    shown = dict(zip(column(page), column(page, "consent"), strict=True))
    assert shown == {"欧阳灵珊": "短信", "王小明": "已撤回 2026-06-01", "明佳烟酒": "经联系人同意",
                     "老店": ""}
    assert page.model.headerData(CONSENT, Qt.Orientation.Horizontal) == "营销同意"
    combo = page.filters.consent_combo
    for state, names in (("given", ["明佳烟酒", "欧阳灵珊"]), ("withdrawn", ["王小明"]),
                         ("none", ["老店"])):
        combo.setCurrentIndex(combo.findData(state))
        qtbot.waitUntil(lambda names=names: sorted(column(page)) == sorted(names))
    assert combo.shown_text() == "Consent: has none"
    page.filters.clear()
    qtbot.waitUntil(lambda: len(column(page)) == 4)
