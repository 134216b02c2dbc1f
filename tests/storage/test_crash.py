"""A process killed in the middle of a large write leaves a whole database behind."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from desktop_crm.storage.check import problems
from desktop_crm.storage.db import open_database

WRITER = r"""
import sys, itertools
from desktop_crm.storage.db import open_database
from desktop_crm.domain.customers import CustomerService
store = open_database(sys.argv[1])
service = CustomerService(store, actor="crash")
with store.transaction():
    for batch in itertools.count():
        service.create_many(
            [{"name": f"测试商店{batch}-{i}", "phone": "13912348866"} for i in range(500)]
        )
        if batch == 2:
            print("writing", flush=True)
"""


@pytest.mark.slow
def test_killed_writer_leaves_all_or_nothing(db_path) -> None:
    store = open_database(db_path)
    from desktop_crm.domain.customers import CustomerService

    CustomerService(store).create({"name": "明佳烟酒", "code": "420381104741"})
    store.close()

    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "writing"
    time.sleep(0.3)  # well inside the endless transaction
    child.kill()
    child.wait()

    store = open_database(db_path)
    try:
        assert problems(store) == []
        assert store.count("customers") == 1  # the uncommitted transaction is absent entirely
        assert store.count("change_log") == 1
        assert store.count("search_keys") == 1
    finally:
        store.close()


@pytest.mark.slow
def test_killed_after_commit_keeps_everything(db_path) -> None:
    script = WRITER.replace("for batch in itertools.count():", "for batch in range(3):") + (
        "\nprint('committed', flush=True)\nimport time\ntime.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(db_path)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"
    assert child.stdout.readline().strip() == "committed"
    child.kill()
    child.wait()
    store = open_database(db_path)
    try:
        assert problems(store) == []
        assert store.count("customers") == 1500
    finally:
        store.close()
