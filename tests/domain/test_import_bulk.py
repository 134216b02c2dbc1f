"""The paths of big imports: rows prepared in a second process, and the search index kept in
step in bulk. Each is made to engage on a small file here, and must give exactly what the
ordinary path gives. (An error met in the second process: see test_import.py's bad byte.)"""

from __future__ import annotations

import multiprocessing
import os
import signal

import pytest

from desktop_crm.domain import search
from desktop_crm.domain.importing import ImportCancelled, prepare
from desktop_crm.storage import importing as storage
from desktop_crm.storage import search_index
from desktop_crm.storage.db import open_database
from tests.domain.test_import import customers_import, dump, write_csv

ROWS = [[f"P{i:05d}", f"福满烟酒{i}", f"139{i:08d}", "北街商圈", "主力", "新店", "1.2万", "2024/5/25"]
        for i in range(2400)]
ROWS[5][2] = "12345"                 # not a phone number
ROWS[900][7] = "2024/13/45"          # not a date
ROWS[2100][0] = "P00007"             # a code met before, in another chunk
ROWS[1500][1] = ""                   # no name


@pytest.fixture
def in_second_process(monkeypatch):
    monkeypatch.setattr(prepare, "PARALLEL_ROWS", 1)


def _outcome(store, result) -> tuple:
    customers = store.conn.execute(
        "SELECT code, name, phone, area, tier, assets, founded_on, name_sort FROM customers "
        "ORDER BY code").fetchall()
    index = store.conn.execute(
        "SELECT name_keys, exact, digest FROM search_keys "
        "ORDER BY name_keys, exact, digest").fetchall()
    return (dict(result.counts), [str(p) for p in result.problems],
            [(o.line, o.action, o.label) for o in result.outcomes],
            [tuple(r) for r in customers], [tuple(r) for r in index])


def test_a_file_prepared_in_a_second_process_imports_exactly_as_in_line(tmp_path, monkeypatch) -> None:
    path = write_csv(tmp_path / "big.csv", ROWS)
    outcomes = []
    for parallel_from in (10**9, 1):
        monkeypatch.setattr(prepare, "PARALLEL_ROWS", parallel_from)
        with open_database(tmp_path / f"{parallel_from}.sqlite3") as store:
            result = customers_import(store, path)
            outcomes.append(_outcome(store, result))
            assert search_index.problems(store.conn) == []
    in_line, elsewhere = outcomes
    assert elsewhere == in_line
    assert in_line[0]["created"] == 2396 and in_line[0]["rejected"] == 4
    assert multiprocessing.active_children() == []


def test_an_import_can_ask_for_the_second_process_on_a_small_file(tmp_path, monkeypatch) -> None:
    """``ImportOptions.parallel`` overrides the file's size (the self-test uses it)."""
    path = write_csv(tmp_path / "small.csv", ROWS[:300])
    # the processes started, noted as they start: 300 rows are prepared so fast that the
    # second process may be gone before the first progress report could see it
    started: list[str] = []
    spawn = multiprocessing.get_context("spawn").Process
    real_start = spawn.start
    monkeypatch.setattr(spawn, "start", lambda self: (started.append(self.name), real_start(self)))
    seen = {}
    for parallel in (True, None):
        started.clear()
        with open_database(tmp_path / f"{parallel}.sqlite3") as store:
            result = customers_import(store, path, parallel=parallel)
        seen[parallel] = set(started), dict(result.counts)
    assert seen[True][0] == {"desktop-crm import"}   # asked for
    assert seen[None][0] == set()                    # 300 rows: in line, as the size says
    assert seen[True][1] == seen[None][1] and seen[True][1]["created"] == 299  # one bad phone


def test_cancel_stops_the_second_process_and_writes_nothing(store, tmp_path, in_second_process) -> None:
    path = write_csv(tmp_path / "big.csv", ROWS)
    before = dump(store)
    with pytest.raises(ImportCancelled):
        customers_import(store, path, progress=lambda done, total: done < 2000)
    assert dump(store) == before
    assert multiprocessing.active_children() == []


def test_the_second_process_dying_is_reported_with_nothing_written(
    store, tmp_path, in_second_process
) -> None:
    path = write_csv(tmp_path / "big.csv", ROWS * 3)

    def kill_it(done: int, total: int) -> bool:
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)
        return True

    before = dump(store)
    with pytest.raises(RuntimeError, match="stopped .*nothing was imported"):
        customers_import(store, path, progress=kill_it)
    assert dump(store) == before


def test_a_bulk_import_of_updates_and_new_rows_leaves_the_search_index_exact(store, tmp_path) -> None:
    first = [[f"U{i:05d}", f"兴隆超市{i}", "", "北街商圈", "", "", "", ""] for i in range(2500)]
    customers_import(store, write_csv(tmp_path / "first.csv", first))
    renamed = [[code, f"春晓便利店{i}", "", area, "", "", "", ""]
               for i, (code, _, _, area, *_) in enumerate(first)]
    added = [[f"N{i:05d}", f"老王烟酒{i}", "", "", "", "", "", ""] for i in range(2500)]
    result = customers_import(store, write_csv(tmp_path / "second.csv", renamed + added))
    assert (result.counts["updated"], result.counts["created"]) == (2500, 2500)
    assert search_index.problems(store.conn) == []
    assert [h.code for h in search.search(store, "春晓便利店2499")] == ["U02499"]
    assert search.search(store, "兴隆超市2499") == []
    assert [h.code for h in search.search(store, "老王烟酒2499")] == ["N02499"]
    assert {h.code[0] for h in search.search(store, "lwyj")} == {"N"}  # by pinyin initials
    triggers = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert set(storage._SET_ASIDE) <= triggers
    # and the per-row path after it keeps the index in step again
    customers_import(store, write_csv(tmp_path / "one.csv", [["C1", "新店", "", "", "", "", "", ""]]))
    assert search_index.problems(store.conn) == []
    assert [h.code for h in search.search(store, "新店")] == ["C1"]



def test_a_big_import_gives_each_new_customer_its_phone_as_a_way_as_a_small_one_does(
    tmp_path, monkeypatch
) -> None:
    """A big load sets the customers' way trigger aside and adds a chunk's ways at once: the
    ways must be those the trigger makes row by row, and the trigger back after."""
    rows = [list(r) for r in ROWS]
    for i in range(0, 2400, 7):
        rows[i][2] = f"0710-{3_200_000 + i}"  # landlines among the mobiles
    path = write_csv(tmp_path / "ways.csv", rows)
    found = []
    for bulk_from in (10**9, 1):
        monkeypatch.setattr(storage, "BULK_ROWS", bulk_from)
        with open_database(tmp_path / f"ways-{bulk_from}.sqlite3") as store:
            customers_import(store, path)
            found.append(store.conn.execute(
                "SELECT c.code, w.contact_id, w.type, w.value, w.preferred, "
                "w.created_at <> '' FROM contact_ways w JOIN customers c "
                "ON c.id = w.customer_id ORDER BY c.code, w.id").fetchall())
            assert store.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ?", (storage.WAY_TRIGGER,)).fetchone()
    per_row, bulk = ([tuple(r) for r in rows_] for rows_ in found)
    assert bulk == per_row
    assert len(per_row) == 2396  # every customer created (4 rows refused), one way each
    assert {r[2] for r in per_row} == {"mobile", "landline"}
    assert all(r[4] == 1 and r[5] == 1 for r in per_row)


def _sync_marks(store) -> tuple:
    return (store.conn.execute("SELECT kind, count(*) FROM sync_ids GROUP BY kind").fetchall(),
            store.conn.execute("SELECT kind, count(*) FROM sync_outbox GROUP BY kind").fetchall())


@pytest.mark.parametrize("connected", [False, True])
def test_a_big_import_gives_uuids_and_sends_exactly_as_a_small_one_does(
    tmp_path, monkeypatch, connected
) -> None:
    """A big load into a file alone sets the sync triggers aside (they would do nothing);
    connected, it keeps them: every record it makes gets its UUID and goes to the outbox."""
    path = write_csv(tmp_path / "sync.csv", ROWS[:300])
    found = []
    for bulk_from in (10**9, 1):
        monkeypatch.setattr(storage, "BULK_ROWS", bulk_from)
        with open_database(tmp_path / f"sync-{bulk_from}.sqlite3") as store:
            if connected:
                with store.transaction():
                    store.conn.execute("INSERT INTO sync_state (id, url, login, connected_at) "
                                       "VALUES (1, 'host=x', 'boss', '2026-12-01')")
            triggers = store.conn.execute("SELECT name, sql FROM sqlite_master "
                                          "WHERE type = 'trigger' ORDER BY name").fetchall()
            customers_import(store, path)
            assert store.conn.execute("SELECT name, sql FROM sqlite_master WHERE "
                                      "type = 'trigger' ORDER BY name").fetchall() == triggers
            found.append([[tuple(r) for r in marks] for marks in _sync_marks(store)])
    per_row, bulk = found
    assert bulk == per_row
    ids, outbox = per_row
    if connected:  # customers, their ways, addresses and history: each its UUID, each sent
        assert {n for _, n in ids} == {299} and len(ids) == 4
        assert {k for k, _ in outbox} >= {"customer", "contact_way", "address", "history"}
    else:
        assert ids == outbox == []


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity (Linux)")
def test_a_big_file_on_one_core_is_prepared_in_line_with_the_same_outcome(
    tmp_path, monkeypatch, in_second_process
) -> None:
    """On one core a second process only adds its start and the pickling of every row."""
    path = write_csv(tmp_path / "big.csv", ROWS)
    started: list[str] = []
    spawn = multiprocessing.get_context("spawn").Process
    real_start = spawn.start
    monkeypatch.setattr(spawn, "start", lambda self: (started.append(self.name), real_start(self)))
    cores = os.sched_getaffinity(0)
    outcomes = {}
    try:
        for allowed in ({min(cores)}, cores):
            os.sched_setaffinity(0, allowed)
            started.clear()
            with open_database(tmp_path / f"{len(allowed)}.sqlite3") as store:
                outcomes[len(allowed)] = (_outcome(store, customers_import(store, path)),
                                          list(started))
                assert search_index.problems(store.conn) == []
    finally:
        os.sched_setaffinity(0, cores)
    one = outcomes[1][0]
    assert outcomes[1][1] == []                        # one core: in line
    if len(cores) > 1:
        assert outcomes[len(cores)][1] == ["desktop-crm import"]  # more: a second process
        assert outcomes[len(cores)][0] == one
    assert one[0]["created"] == 2396 and one[0]["rejected"] == 4


def test_values_met_again_are_refused_or_kept_on_every_row(store, tmp_path) -> None:
    """Each value of a column is prepared and checked once, and counts for every row."""
    rows = [[f"R{i:04d}", f"福满烟酒{i}", "", "北街商圈", "主力", "新店,诚信户", "1.2万",
             "2024/13/45" if i % 3 == 0 else "2024/5/25"] for i in range(30)]
    result = customers_import(store, write_csv(tmp_path / "again.csv", rows))
    assert result.counts["created"] == 20 and result.counts["rejected"] == 10
    assert sorted(p.line for p in result.problems) == list(range(2, 32, 3))
    assert {p.field for p in result.problems} == {"founded_on"}
    stored = store.conn.execute(
        "SELECT DISTINCT area, tier, assets, founded_on FROM customers").fetchall()
    assert [tuple(r) for r in stored] == [("北街商圈", "key", 12000.0, "2024-05-25")]
    tags = store.conn.execute("SELECT customer_id, tag FROM customer_tags ORDER BY 1, 2").fetchall()
    assert len(tags) == 40 and {t[1] for t in tags} == {"新店", "诚信户"}


def test_the_duplicate_check_of_a_big_import_reads_indexes_not_the_table(store, tmp_path) -> None:
    """Each chunk asks for customers on file with its phones and names: through the list's
    phone index and the name index, not a read of every customer (which made an import
    quadratic)."""
    first = [[f"D{i:05d}", f"鑫源超市{i}", f"139{i:08d}", "", "", "", "", ""] for i in range(50)]
    customers_import(store, write_csv(tmp_path / "first.csv", first))
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        again = [[f"E{i:05d}", f"鑫源超市{i}", f"139{i:08d}", "", "", "", "", ""] for i in range(50)]
        result = customers_import(store, write_csv(tmp_path / "again.csv", again))
    finally:
        store.conn.set_trace_callback(None)
    assert result.possible_duplicates == 50
    asked = [s for s in statements if s.lstrip().startswith("SELECT c.id, c.code")]
    assert asked
    for sql in asked:
        plan = " / ".join(r[-1] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "SCAN c" not in plan, (sql[:120], plan)
