"""Property-based: random rows never crash the importer and never leave a partial batch."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.importing import (
    ImportCancelled,
    ImportOptions,
    ReadProblem,
    open_source,
    revert_batch,
    run_import,
)
from desktop_crm.storage.db import open_database

HEADER = ["客户代码", "店铺名称", "联系电话", "客户等级", "资产", "成立日期", "标签", "客户经理"]
MAPPING = {"客户代码": "code", "店铺名称": "name", "联系电话": "phone", "客户等级": "tier",
           "资产": "assets", "成立日期": "founded_on", "标签": "tags", "客户经理": "owner"}

# cells drawn from what real spreadsheets hold, good and bad
cell = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "主力", "key", "一般", "1.2万", "1,200", "-5", "=1+1", "'=SUM(A1)",
                     "2024年5月25日", "2024/13/45", "45437", "13912348866", "0710-3212345",
                     "12345", "C000001", "明佳烟酒", "a,b,c", "张三", "\u0000", "\ufeff"]),
)
row = st.lists(cell, min_size=0, max_size=len(HEADER) + 2)


def _tables(store) -> dict[str, int]:
    return {t: store.count(t) for t in ("customers", "customer_tags", "change_log",
                                         "import_batches", "import_batch_items")}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(row, max_size=25), key=st.sampled_from([None, "code", "phone", "name"]),
       on_match=st.sampled_from(["update", "create", "skip"]), cancel_at=st.integers(0, 3))
def test_random_rows_never_crash_nor_leave_a_partial_batch(rows, key, on_match, cancel_at) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.csv"
        with open(path, "w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([HEADER, *[[c.replace("\x00", "") for c in r] for r in rows]])
        with open_database(Path(tmp) / "db.sqlite3") as store:
            store.insert("staff", {"name": "张三"})
            # customers already on file, so that rows match, update and collide with them
            CustomerService(store, "测试").create_many([
                {"code": "C000001", "name": "明佳烟酒", "phone": "13912348866"},
                {"code": "12345", "name": "张三", "phone": "0710-3212345", "tags": "a"},
            ])
            try:
                source = open_source(path)
            except ReadProblem:
                return  # e.g. no data rows: refused with a message, nothing written
            before = _tables(store)
            snapshot = _customers(store)
            calls = []

            def progress(done: int, total: int) -> bool:
                calls.append(done)
                return len(calls) != cancel_at

            options = ImportOptions("customers", MAPPING, key=key, on_match=on_match)
            try:
                result = run_import(store, source, options, progress=progress)
            except ImportCancelled:
                assert _tables(store) == before
                return
            counts = result.counts
            assert sum(counts.values()) == result.rows
            written = counts["created"] + counts["updated"]
            batches = store.count("import_batches")
            assert store.count("customers") == 2 + counts["created"]
            if written:
                assert batches == 1 and result.batch_id is not None
                assert store.count("import_batch_items") == written
            else:
                assert batches == 0
            assert len(result.problems) == min(500, sum(len(o.problems) for o in result.outcomes
                                                        if o.action == "rejected"))
            assert store.count("search_keys") == store.count("customers")
            if result.batch_id is not None:  # and a revert puts the file back as it was
                revert_batch(store, result.batch_id)
                assert _customers(store) == snapshot


def _customers(store) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(
        "SELECT code, name, phone, tier, assets, founded_on, owner_id, tags_text FROM customers "
        "ORDER BY id")]
