"""Import of a 100,000-row customer file (CSV and XLSX) with validation, history, batch and
search index, against a raw ``executemany`` of the same rows into the same table of the same
schema (its indexes and triggers included), both into a fresh database, in the same run."""

from __future__ import annotations

import csv
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.harness import Figure, report, summary
from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.storage.days import day_number
from desktop_crm.storage.db import now_number, open_database

ROWS = 100_000
HEADER = ["客户代码", "店铺名称", "联系电话", "商圈", "经营地址", "经营业态", "客户等级", "成立日期", "资产"]
NAMES = ["明佳", "鑫源", "福满", "兴隆", "永盛", "金鼎", "华联", "好又多", "老王", "春晓"]
FORMATS = ["烟酒", "超市", "便利店", "食杂店", "烟酒商行"]
AREAS = ["文博路商圈", "火车站商圈", "解放路商圈", "北街商圈", "樊西新区"]


def rows(seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    return [
        [
            f"4203811{i:05d}",
            f"{rng.choice(NAMES)}{rng.choice(FORMATS)}{i}",
            f"139{rng.randrange(10**8):08d}" if i % 3 else f"0710-{rng.randrange(2_000_000, 9_999_999)}",
            rng.choice(AREAS),
            f"文博路{rng.randrange(1, 300)}号",
            rng.choice(["烟酒店", "超市", "便利店"]),
            rng.choice(["主力", "一般", "零散", ""]),
            f"20{rng.randrange(0, 24):02d}/{rng.randrange(1, 13)}/{rng.randrange(1, 29)}",
            f"{rng.randrange(1, 500)}万" if i % 2 else f"{rng.randrange(1000, 900000):,}",
        ]
        for i in range(ROWS)
    ]


def write_files(data: list[list[str]], workdir: Path) -> tuple[Path, Path]:
    from openpyxl import Workbook

    csv_path = workdir / "customers.csv"
    with open(csv_path, "w", encoding="gb18030", newline="") as fh:
        csv.writer(fh).writerows([HEADER, *data])
    xlsx_path = workdir / "customers.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(HEADER)
    for row in data:
        sheet.append(row)
    book.save(xlsx_path)
    return csv_path, xlsx_path


def timed(fn, repeat: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return summary(samples)


def main(repeat: int = 3) -> None:
    workdir = Path(tempfile.mkdtemp())
    data = rows()
    csv_path, xlsx_path = write_files(data, workdir)
    counter = iter(range(1000))

    def ours(path: Path) -> None:
        store = open_database(workdir / f"ours-{next(counter)}.sqlite3")
        source = open_source(path)
        mapping = suggest_mapping("customers", source.headers)
        result = run_import(store, source, ImportOptions("customers", mapping, key="code"), actor="bench")
        assert result.counts["created"] == ROWS, result.summary()
        store.close()

    # the same values, already clean, straight into the customers table
    tiers = {"主力": "key", "一般": "regular", "零散": "occasional", "": None}
    stamp = now_number()  # dates as the file keeps them (storage/days.py)
    tuples = [
        (r[0], r[1], r[2].replace(" ", ""), r[3], r[4], r[5], tiers[r[6]], day_number("2024-05-25"), 1.0,
         "prospect", stamp, stamp)
        for r in data
    ]
    columns = ("code, name, phone, area, address, business_format, tier, founded_on, assets, "
               "lifecycle, created_at, updated_at")

    def raw() -> None:
        store = open_database(workdir / f"raw-{next(counter)}.sqlite3")
        conn = store.conn
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO customers ({columns}) VALUES ({', '.join('?' * 12)})", tuples)
        conn.execute("COMMIT")
        store.close()

    million_ms, million_rss, preparing_rss = million_rows(workdir)
    raw_ms = timed(raw, repeat)
    csv_ms = timed(lambda: ours(csv_path), repeat)
    xlsx_ms = timed(lambda: ours(xlsx_path), repeat)
    baseline = f"raw executemany of the same {ROWS} rows into the same table (fresh database)"
    report("Import", [
        Figure(f"import CSV (GB18030), {ROWS} rows", *csv_ms, baseline=baseline,
               baseline_median_ms=raw_ms[0], target="<= 10 s and <= 5x raw",
               notes={"us_per_row": csv_ms[0] / ROWS * 1000}),
        Figure(f"import XLSX, {ROWS} rows", *xlsx_ms, baseline=baseline,
               baseline_median_ms=raw_ms[0], target="(no target; compared with CSV)",
               notes={"us_per_row": xlsx_ms[0] / ROWS * 1000}),
        Figure("dry run of a 1,000,000-row CSV (streamed)", million_ms, million_ms,
               target="memory bounded (peak RSS of both processes in notes)",
               notes={"peak_rss_mb": million_rss, "preparing_process_peak_rss_mb": preparing_rss}),
    ])


MILLION = """
import resource, sys, time
from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.storage.db import open_database
store = open_database(sys.argv[2])
source = open_source(sys.argv[1])
mapping = suggest_mapping("customers", source.headers)
start = time.perf_counter()
result = run_import(store, source, ImportOptions("customers", mapping, key="code", dry_run=True))
assert result.counts["created"] == 1_000_000, result.summary()
peak = [resource.getrusage(who).ru_maxrss / 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print((time.perf_counter() - start) * 1000, *peak)
"""


def million_rows(workdir: Path) -> tuple[float, float, float]:
    """A dry run over a million rows in a fresh process: its time, and the peak memory of
    that process and of the one it starts to prepare the rows (a file 10x longer must not
    need 10x the memory)."""
    import subprocess
    import sys

    path = workdir / "million.csv"
    with open(path, "w", encoding="gb18030", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER[:4])
        for i in range(1_000_000):
            writer.writerow([f"M{i:07d}", f"福满烟酒{i}", f"139{i:08d}", "北街商圈"])
    out = subprocess.run([sys.executable, "-c", MILLION, str(path), str(workdir / "m.sqlite3")],
                         capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


if __name__ == "__main__":
    sqlite3.enable_callback_tracebacks(True)
    main()
