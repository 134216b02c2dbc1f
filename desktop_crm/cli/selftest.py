"""``desktop-crm --self-test``: the smoke test anyone can run on an installed copy, and the one
CI runs on the frozen bundle (``desktop-crm-cli --self-test``).

In a temporary folder it creates a database with demo data; shows every page of the main
window (offscreen unless a Qt platform is set) and opens a dossier; prints a plan PDF and
checks that its Chinese font is the app's own and embedded and that the customer's name reads
back; imports a few thousand rows from a CSV as another system exports it (GBK, Chinese
headers, a column we do not know) through the import's second process; encrypts the database
with SQLCipher and opens it again with its passphrase. One line per step;
exit 0, or 1 with one sentence saying what failed. The folder is removed afterwards.

Only ``desktop_crm.paths`` says where the app's files are, so this runs the same from a
checkout, an installed package and a PyInstaller bundle, where the second process starts
from the frozen executable (``multiprocessing.freeze_support()`` in ``__main__``).
"""

from __future__ import annotations

import csv
import multiprocessing
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_crm import __version__, paths
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.demo import build_demo
from desktop_crm.domain.importing import ImportOptions, open_source, run_import, suggest_mapping
from desktop_crm.domain.plans import all_plans
from desktop_crm.reports.fonts import bundled_fonts
from desktop_crm.reports.pdf.batch import print_options, print_plan
from desktop_crm.reports.pdf.fonts import pdf_font
from desktop_crm.storage import encryption, search_query
from desktop_crm.storage.db import open_database
from desktop_crm.storage.driver import is_encrypted
from desktop_crm.storage.errors import PassphraseNeeded

EXIT_FAILED = 1
DEMO_CUSTOMERS = 200
IMPORT_ROWS = 3000
ACTOR = "self-test"
# As another system exports customers: a row number we do not import, then Chinese headers.
IMPORT_HEADERS = ["序号", "客户编号", "店铺名称", "联系电话", "经营地址", "商圈", "业态", "备注"]


class StepFailed(Exception):
    """A step's check did not hold; the message is the sentence the user sees."""


@dataclass
class _Run:
    folder: Path
    language: str
    plan_id: int = 0
    plan_customer: int = 0
    plan_customer_name: str = ""
    customers: int = 0

    @property
    def database(self) -> Path:
        return self.folder / "self-test.sqlite3"


# --- the steps ------------------------------------------------------------------------------

def _database(run: _Run) -> str:
    with open_database(run.database) as store:
        summary = build_demo(store, DEMO_CUSTOMERS)
        plans = all_plans(store)
    if not plans:
        raise StepFailed("the demo data has no account plan to print")
    run.plan_id, run.plan_customer = plans[0]["id"], plans[0]["customer_id"]
    run.plan_customer_name = plans[0]["customer_name"]
    run.customers = summary.customers
    return (f"{summary.customers} customers, {summary.visits} visits, "
            f"{summary.plans} account plans")


def _pages(run: _Run) -> str:
    try:
        from desktop_crm.ui.selftest import WindowProblem, build_every_page
    except ImportError as exc:
        raise StepFailed(f"the window cannot start: {exc}") from None
    try:
        return build_every_page(run.database, run.folder / "settings", run.language,
                                run.plan_customer)
    except WindowProblem as exc:
        if exc.__cause__ is not None:
            raise StepFailed(f"{exc}: {describe(exc.__cause__)}") from None
        raise StepFailed(str(exc)) from None


def _plan_pdf(run: _Run) -> str:
    target = run.folder / "plan.pdf"
    with open_database(run.database, create=False) as store:
        print_plan(store, run.plan_id, target, print_options(store, ACTOR, run.language))
    font = pdf_font()
    data = target.read_bytes()
    embedded, not_embedded = pdf_fonts(data)
    if not_embedded or not embedded:
        why = (f"there is no TrueType Chinese font, neither the app's own (in "
               f"{paths.resource('fonts')}) nor one of this computer's" if font.path is None
               else f"{font.path} was not embedded")
        raise StepFailed(f"the plan PDF's font {', '.join(not_embedded) or font.family} is not "
                         f"embedded: {why}")
    if font.path not in bundled_fonts():
        raise StepFailed(f"the app's own font is missing from {paths.resource('fonts')}; the "
                         f"plan PDF used {font.path} from this computer instead")
    text = pdf_text(target)
    if run.plan_customer_name not in text:
        raise StepFailed(f"the customer's name {run.plan_customer_name} does not read back from "
                         "the plan PDF")
    return f"{font.family} embedded, the customer's name reads back ({len(data) // 1024} KB)"


def _import(run: _Run) -> str:
    path = run.folder / "客户导出.csv"
    names = ("烟酒店", "便利店", "超市", "副食店", "商行")
    areas = ("北街商圈", "火车站商圈", "文博路商圈")
    with open(path, "w", encoding="gbk", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(IMPORT_HEADERS)
        for i in range(IMPORT_ROWS):
            writer.writerow([i + 1, f"99{i:010d}", f"自检{names[i % 5]}{i}", f"139{i:08d}",
                             f"人民路{i % 300 + 1}号", areas[i % 3], names[i % 5], ""])
    with open_database(run.database, create=False) as store:
        source = open_source(path)
        mapping = suggest_mapping("customers", source.headers, store)
        if len(mapping) != len(IMPORT_HEADERS) - 1:
            unknown = [h for h in IMPORT_HEADERS[1:] if h not in mapping]
            raise StepFailed(f"the import did not recognise the columns {', '.join(unknown)}")
        options = ImportOptions("customers", mapping, key="code", parallel=True)
        helpers: set[str] = set()

        def watch(done: int, total: int) -> bool:
            helpers.update(child.name for child in multiprocessing.active_children())
            return True

        try:
            result = run_import(store, source, options, actor=ACTOR, progress=watch)
        except RuntimeError as exc:  # the second process stopped
            raise StepFailed(str(exc)) from None
        if not helpers:
            raise StepFailed("the import read the file without starting its second process")
        created = result.counts["created"]
        if created != IMPORT_ROWS:
            first = f"; the first problem: {result.problems[0]}" if result.problems else ""
            raise StepFailed(f"{created} of {IMPORT_ROWS} rows were imported{first}")
        total = store.count("customers", deleted_at=None)
        last = CustomerService(store).by_code(f"99{IMPORT_ROWS - 1:010d}")["name"]
    if total != run.customers + IMPORT_ROWS:
        raise StepFailed(f"the database holds {total} customers after the import, not "
                         f"{run.customers + IMPORT_ROWS}")
    if last != f"自检{names[(IMPORT_ROWS - 1) % 5]}{IMPORT_ROWS - 1}":
        raise StepFailed(f"a Chinese name came back as {last!r} after the import")
    return (f"{IMPORT_ROWS:,} rows of a GBK CSV with Chinese headers (read as {source.encoding}),"
            " checked in a second process")


def _encryption(run: _Run) -> str:
    passphrase = "self-test passphrase"
    with open_database(run.database, create=False) as store:
        customers = store.count("customers", deleted_at=None)
        converted = encryption.convert(store, passphrase)
    encryption.swap_in(converted)
    if not is_encrypted(run.database):
        raise StepFailed("the converted database is not encrypted")
    try:
        open_database(run.database, create=False).close()
    except PassphraseNeeded:
        pass
    else:
        raise StepFailed("the encrypted database opened without its passphrase")
    with open_database(run.database, create=False, passphrase=passphrase) as store:
        found = store.count("customers", deleted_at=None)
        hits = search_query.search(store.conn, search_query.parse("自检"))
    if found != customers or not hits:
        raise StepFailed(f"the encrypted copy holds {found} of {customers} customers, "
                         f"{len(hits)} found by a Chinese search")
    return f"{found:,} customers encrypted, asked for the passphrase, searched in Chinese"


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("database with demo data", _database),
    ("every page of the main window", _pages),
    ("plan PDF with its Chinese font embedded", _plan_pdf),
    ("import through the second process", _import),
    ("encryption with SQLCipher", _encryption),
)


# --- running them ---------------------------------------------------------------------------

def run_self_test(language: str) -> int:
    """Run every step (the later ones only if the database could be made); 0 when all pass."""
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show ✓ gets a '?'
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    started = time.perf_counter()
    _say(f"desktop-crm {__version__} self-test")
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="desktop-crm-self-test-",
                                     ignore_cleanup_errors=True) as folder:
        run = _Run(Path(folder), language)
        for title, step in STEPS:
            began = time.perf_counter()
            try:
                summary, failed = step(run), False
            except StepFailed as exc:
                summary, failed = str(exc), True
            except Exception as exc:  # noqa: BLE001 (said in one sentence, never a traceback)
                summary, failed = describe(exc), True
            mark = "✗" if failed else "✓"
            _say(f"{mark} {title}: {summary} ({time.perf_counter() - began:.1f} s)")
            if failed:
                failures.append(f"{title}: {summary}")
                if step is _database:
                    break  # the other steps work on it
    if failures:
        more = f" (and {len(failures) - 1} more step(s), see above)" if len(failures) > 1 else ""
        print(f"desktop-crm: self-test failed: {failures[0]}{more}", file=sys.stderr)
        return EXIT_FAILED
    _say(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0


def describe(exc: BaseException) -> str:
    """An unexpected error in one line: its kind, message and where it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (in {Path(frames[-1].filename).name} line {frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _say(line: str) -> None:
    if sys.stdout is not None:
        print(line, flush=True)


# --- reading the PDF back -------------------------------------------------------------------

_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b(.*?)\bendobj", re.S)
_DESCRIPTOR = re.compile(rb"/Type\s*/FontDescriptor\b")
_FONT_NAME = re.compile(rb"/FontName\s*/([^\s/<>\[\]()]+)")


def pdf_fonts(data: bytes) -> tuple[list[str], list[str]]:
    """The fonts of a PDF that carry their own outlines (a ``/FontFile2`` TrueType program,
    or FontFile/FontFile3) and those that do not, by name, from their font descriptors.
    A plain reading of the file, enough for what reportlab writes (no object streams)."""
    embedded, not_embedded = [], []
    for body in _OBJECT.findall(data):
        if not _DESCRIPTOR.search(body):
            continue
        found = _FONT_NAME.search(body)
        name = found.group(1).decode("latin-1") if found else "?"
        (embedded if re.search(rb"/FontFile[23]?\b", body) else not_embedded).append(name)
    return embedded, not_embedded


def pdf_text(path: Path) -> str:
    """The text of every page, as a PDF reader extracts it (pdfium, which print preview uses)."""
    import pypdfium2 as pdfium  # only printing and this check load it

    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()
