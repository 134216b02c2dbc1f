"""Printing plans and file cards for many customers: into one PDF (each customer from a new
page, pages numbered per customer) or one PDF per customer, with progress and cancel.

One customer never fails a batch: a record that cannot be printed (its data unreadable, its
layout too large) is reported in :attr:`PrintResult.failed` with the reason, and the others
are printed. What concerns the whole batch — the disk full, the folder not writable, the
database gone — stops it, and what it wrote is removed.

Every PDF is published through the audit log (storage/audit.py): written under a temporary
name, recorded, then renamed into place — a batch of one PDF per customer records each file as
it lands, so a batch stopped part-way (or killed) never leaves more files than rows.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.fields import CUSTOMER_FIELDS
from desktop_crm.domain.plans import Plan, PlanService, plans_to_print, template
from desktop_crm.domain.plans.card import file_card
from desktop_crm.domain.validation import beyond_limits
from desktop_crm.reports.pdf.card import card_flowables
from desktop_crm.reports.pdf.document import DocumentTooLarge, PrintOptions, build, join_documents
from desktop_crm.reports.pdf.file_names import pdf_file_name
from desktop_crm.reports.pdf.fonts import pdf_font
from desktop_crm.reports.pdf.plan import plan_flowables
from desktop_crm.storage import audit, errors
from desktop_crm.storage.db import Store
from desktop_crm.storage.driver import sqlite3
from desktop_crm.storage.errors import FileNameError, StorageError

Progress = Callable[[int, int], bool]
# Writing errors that concern one file, not the folder or the disk.
_FILE_ERRORS = (errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ, errno.EISDIR)


class PrintCancelled(Cancelled):
    """The user cancelled; no file was left behind."""


@dataclass(frozen=True)
class PrintFailure:
    """A customer whose plan or card could not be printed, and why."""

    code: str
    reason: str      # 'layout' (too large for a page), 'file' (cannot be written), 'data'
    message: str     # the detail, in English (for the CLI and the log)


@dataclass
class PrintResult:
    files: list[Path] = field(default_factory=list)
    printed: int = 0                                   # customers printed
    skipped: list[str] = field(default_factory=list)   # codes without a plan
    warning: str | None = None                         # font not embedded
    failed: list[PrintFailure] = field(default_factory=list)
    # printed, but with values beyond the registry's limits, cut on paper: code -> fields
    shortened: dict[str, list[str]] = field(default_factory=dict)


def print_options(store: Store, actor: str, language: str = "zh", footer: bool = True) -> PrintOptions:
    return PrintOptions(language=language, footer=footer, printed_by=actor,
                        printed_at=datetime.now().strftime("%Y-%m-%d %H:%M"))


def plan_options(options: PrintOptions) -> PrintOptions:
    """A plan prints in the interface language: the template's headings and boilerplate
    (templates.py has both languages), captions and page furniture alike, so one page never
    mixes two languages of ours."""
    return options


def plan_document(store: Store, plan_id: int, options: PrintOptions, key: str | None = None):
    service = PlanService(store, options.printed_by or None)
    plan = service.load(plan_id)
    customer = service.customer(plan.customer_id)
    t = template(store, plan.template, options.language)
    return plan_flowables(plan, customer, t, options, key), customer


def print_plan(store: Store, plan_id: int, target: Path, options: PrintOptions) -> PrintResult:
    """One plan (any version) into ``target``."""
    options = plan_options(options)
    flowables, customer = plan_document(store, plan_id, options)
    target = _publish(store, target, options, "print_plan", f"{customer.code} plan {plan_id}",
                      lambda path: build(flowables, path, options, title=customer.name))
    return PrintResult([target], 1, warning=pdf_font().warning)


def plan_pdf(store: Store, plan: Plan, options: PrintOptions, target: Path | None = None,
             ) -> bytes | None:
    """A plan as it is being edited (saved or not): into ``target``, or returned as bytes for
    a preview. Writing a file is recorded in the audit log."""
    options = plan_options(options)
    service = PlanService(store, options.printed_by or None)
    customer = service.customer(plan.customer_id)
    flowables = plan_flowables(plan, customer, template(store, plan.template, options.language), options)
    if target is None:
        return build(flowables, None, options, title=customer.name)
    _publish(store, target, options, "print_plan", f"{customer.code} plan v{plan.version}",
             lambda path: build(flowables, path, options, title=customer.name))
    return None


def paper_printed(store: Store, plan: Plan, options: PrintOptions, printer: str) -> None:
    """Record a plan sent to a printer; called before the first page goes out (a print that
    cannot be recorded is not made)."""
    customer = PlanService(store, options.printed_by or None).customer(plan.customer_id)
    try:
        audit.record(store, options.printed_by, "print_plan",
                     f"{customer.code} plan v{plan.version} -> {printer}")
    except errors.StorageError as exc:
        raise audit.unrecorded(store, exc, "Nothing was printed") from exc


def print_card(store: Store, customer_id: int, target: Path, options: PrintOptions) -> PrintResult:
    card = file_card(store, customer_id, options.language)
    target = _publish(store, target, options, "print_card", card.code,
                      lambda path: build(card_flowables(card, options), path, options, title=card.name))
    return PrintResult([target], 1, warning=pdf_font().warning)


def print_batch(
    store: Store, kind: str, customer_ids: Sequence[int], target: Path, options: PrintOptions,
    *, per_customer: bool = False, progress: Progress | None = None,
) -> PrintResult:
    """Plans (``kind`` 'plan': each customer's active plan, else its newest) or file cards
    ('card') of ``customer_ids``. ``target`` is the PDF, or with ``per_customer`` a folder
    that receives ``CODE-NAME-plan.pdf`` files, each recorded in the audit log as it lands
    (one row per file; one row for the single PDF). Cancelling (``progress`` returning False)
    removes what this run wrote; the rows of files already written stay, as printed."""
    if kind not in ("plan", "card"):
        raise ValueError(f"kind must be 'plan' or 'card', not {kind!r}")
    if kind == "plan":
        options = plan_options(options)
    result = PrintResult(warning=pdf_font().warning)
    plan_ids = plans_to_print(store, list(customer_ids)) if kind == "plan" else {}
    todo = list(customer_ids)
    total = len(todo)
    documents: dict[str, tuple[str, list, Callable[[], tuple]]] = {}  # key -> code, flowables, make
    codes: list[str] = []
    taken: set[str] = set()
    if per_customer:
        target.mkdir(parents=True, exist_ok=True)
    try:
        for done, customer_id in enumerate(todo):
            if progress is not None and not progress(done, total):
                raise PrintCancelled()
            if kind == "plan" and customer_id not in plan_ids:
                row = store.get("customers", customer_id)
                result.skipped.append(row["code"] if row else str(customer_id))
                continue
            key = f"{kind}-{customer_id}"
            make = partial(_document, store, kind, plan_ids.get(customer_id), customer_id,
                           options, key)
            try:
                flowables, code, name, beyond = make()
                if per_customer:
                    path = _publish(store, target / pdf_file_name(code, name, kind, taken), options,
                                    f"print_{kind}", code,
                                    lambda p, f=flowables, t=name: build(f, p, options, title=t))
                    result.files.append(path)
                else:
                    documents[key] = (code, flowables, make)
            except Exception as exc:  # noqa: BLE001 (sorted: this record's, or the batch's)
                result.failed.append(_failure(store, customer_id, exc))
                continue
            if beyond:
                result.shortened[code] = beyond
            codes.append(code)
            result.printed += 1
        if not per_customer and documents:
            listed = f"{len(codes)} customers ({', '.join(codes[:20])}{'…' if len(codes) > 20 else ''})"
            _write_joined(store, target, documents, options, result, f"print_{kind}s", listed)
        if progress is not None and not progress(total, total):
            raise PrintCancelled()
    except BaseException:
        for path in result.files:
            path.unlink(missing_ok=True)
        raise
    return result


def _document(store: Store, kind: str, plan_id: int | None, customer_id: int,
              options: PrintOptions, key: str) -> tuple[list, str, str, list[str]]:
    """One customer's plan or card: its flowables, code, name, and the fields whose values
    lie beyond the registry's limits (printed cut)."""
    if kind == "plan":
        flowables, customer = plan_document(store, plan_id, options, key)
        return flowables, customer.code, customer.name, beyond_limits(CUSTOMER_FIELDS,
                                                                      customer.values)
    card = file_card(store, customer_id, options.language)
    return card_flowables(card, options, key), card.code, card.name, card.beyond_limits


def _write_joined(store: Store, target: Path,
                  documents: dict[str, tuple[str, list, Callable[[], tuple]]],
                  options: PrintOptions, result: PrintResult, action: str, listed: str) -> None:
    """All documents into one PDF. A document that does not fit on the pages is reported
    and left out, and the others are laid out again without it."""
    flowables = [flowables for _, flowables, _ in documents.values()]
    while flowables:
        try:
            path = _publish(store, target, options, action, listed,
                            lambda p: build(join_documents(flowables), p, options, title=target.stem))
        except DocumentTooLarge as exc:
            if exc.key not in documents:
                raise
            code = documents.pop(exc.key)[0]
            result.failed.append(PrintFailure(code, "layout", str(exc)))
            result.printed -= 1
            result.shortened.pop(code, None)
            flowables = [make()[0] for _, _, make in documents.values()]  # laid out afresh
            continue
        result.files.append(path)
        return


def _failure(store: Store, customer_id: int, exc: Exception) -> PrintFailure:
    """``exc`` as one customer's failure; raised again when it concerns the whole batch."""
    if isinstance(exc, FileNameError):
        reason = "file"  # this file's name, not the folder or the disk
    elif isinstance(exc, (Cancelled, StorageError, sqlite3.Error)):
        raise exc
    elif isinstance(exc, OSError):
        if exc.errno not in _FILE_ERRORS:
            raise exc  # the disk or the folder: every other file would fail the same way
        reason = "file"
    else:
        reason = "layout" if isinstance(exc, DocumentTooLarge) else "data"
    row = store.get("customers", customer_id)
    return PrintFailure(row["code"] if row else str(customer_id), reason,
                        str(exc)[:300] or type(exc).__name__)


def _publish(store: Store, target: Path, options: PrintOptions, action: str, what: str,
             write: Callable[[Path], object]) -> Path:
    """Write a PDF through the audit log (row "WHAT -> TARGET"): a failure, a full disk or a
    kill never leaves a half-written PDF under the name the user chose, nor one without its
    row. Returns the target as an absolute path."""
    target = Path(target).absolute()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise errors.from_os_error(exc, target) from exc
    with audit.publish(store, target, options.printed_by, action, f"{what} -> {target}") as tmp:
        write(tmp)
    return target
