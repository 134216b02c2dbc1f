"""Keeping to the tiers' visit policy, worked out by hand: one customer's standing, the
customer list's filter, and the shares per account manager and per tier on a day."""

from __future__ import annotations

from datetime import date

from desktop_crm.domain import compliance
from desktop_crm.domain.customer_list import CustomerFilter, CustomerList, layout, rows_to_ids
from desktop_crm.domain.staff import StaffService

TODAY = date.today()


def test_one_customers_standing() -> None:
    day = date(2026, 11, 25)
    assert compliance.status(14, "2026-11-11T10:00:00", day) == compliance.PolicyStatus(14, True)
    assert compliance.status(14, "2026-11-10 10:00", day) == compliance.PolicyStatus(14, False, 1)
    assert compliance.status(30, None, day) == compliance.PolicyStatus(30, False, None)
    assert compliance.status(None, "2020-01-01", day) == compliance.PolicyStatus(None)


def _names(store, flt: CustomerFilter) -> set[str]:
    q = CustomerList(store, "en").query(flt)
    lay = layout(store, q)
    ids = rows_to_ids(store, q, lay.anchors, [(0, lay.count - 1)]) if lay.count else []
    return {store.get("customers", i)["name"] for i in ids}


def test_filter_and_shares(store, customers, visits) -> None:
    from datetime import timedelta

    staff = StaffService(store, "测试员")
    wang = staff.save({"name": "王敏", "role": "account_manager"})
    li = staff.save({"name": "李强", "role": "account_manager"})

    def shop(name: str, tier: str | None, days_ago: int | None, owner: int) -> int:
        cid = customers.create({"name": name, "tier": tier, "owner": owner})
        if days_ago is not None:
            visits.log_visit(cid, {"occurred_at": (TODAY - timedelta(days=days_ago)).isoformat(),
                                   "channel": "visit", "staff": owner})
        return cid

    shop("明佳烟酒", "key", 14, wang)        # key: every 14 days; the 14th day is still within
    shop("永兴超市", "key", 15, wang)        # a day over
    shop("小卖部", "occasional", None, wang)  # never visited: overdue
    shop("华联", "regular", 29, li)          # within
    shop("老店", None, 400, li)              # no tier: no policy
    assert _names(store, CustomerFilter(policy="within")) == {"明佳烟酒", "华联"}
    assert _names(store, CustomerFilter(policy="overdue")) == {"永兴超市", "小卖部"}
    assert _names(store, CustomerFilter(policy="overdue", owner_id=wang)) == {"永兴超市", "小卖部"}

    by_rep, by_tier = compliance.shares(store, TODAY)
    assert by_rep[wang] == compliance.Share(1, 3) and by_rep[li] == compliance.Share(1, 1)
    assert by_tier == {"key": compliance.Share(1, 2), "occasional": compliance.Share(0, 1),
                       "regular": compliance.Share(1, 1)}
    # counted on an earlier day: 明佳烟酒's visit (14 days ago) had not happened 20 days ago
    by_rep, _ = compliance.shares(store, TODAY - timedelta(days=20))
    assert by_rep[wang] == compliance.Share(0, 3)

    listing = CustomerList(store, "en")
    q = listing.query(CustomerFilter(search="永兴"))
    row = listing.page(q, None, 10)[0][1]
    assert listing.policy_status(row, TODAY) == compliance.PolicyStatus(14, False, 1)
