"""Printing plans and file cards for many customers: into one PDF (each customer from a new
page, pages numbered per customer) or one PDF per customer, with progress and cancel.

Every PDF is published through the audit log (storage/audit.py): written under a temporary
name, recorded, then renamed into place — a batch of one PDF per customer records each file as
it lands, so a batch stopped part-way (or killed) never leaves more files than rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from desktop_crm.domain.cancel import Cancelled
from desktop_crm.domain.plans import Plan, PlanService, plans_to_print, template
from desktop_crm.domain.plans.card import file_card
from desktop_crm.reports.pdf.card import card_flowables
from desktop_crm.reports.pdf.document import PrintOptions, build, join_documents
from desktop_crm.reports.pdf.fonts import pdf_font
from desktop_crm.reports.pdf.plan import plan_flowables
from desktop_crm.storage import audit, errors
from desktop_crm.storage.db import Store

Progress = Callable[[int, int], bool]
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


class PrintCancelled(Cancelled):
    """The user cancelled; no file was left behind."""


@dataclass
class PrintResult:
    files: list[Path] = field(default_factory=list)
    printed: int = 0                                   # customers printed
    skipped: list[str] = field(default_factory=list)   # codes without a plan
    warning: str | None = None                         # font not embedded


def print_options(store: Store, actor: str, language: str = "zh", footer: bool = True) -> PrintOptions:
    return PrintOptions(language=language, footer=footer, printed_by=actor,
                        printed_at=datetime.now().strftime("%Y-%m-%d %H:%M"))


# The plan templates' headings and boilerplate are Chinese, as in the source's plan, so a
# printed plan is Chinese throughout: its captions and page furniture follow the template, not
# the interface language, and a plan handed to an owner never mixes two languages.
PLAN_LANGUAGE = "zh"


def plan_options(options: PrintOptions) -> PrintOptions:
    return replace(options, language=PLAN_LANGUAGE)


def plan_document(store: Store, plan_id: int, options: PrintOptions, key: str | None = None):
    service = PlanService(store, options.printed_by or None)
    plan = service.load(plan_id)
    customer = service.customer(plan.customer_id)
    return plan_flowables(plan, customer, template(store, plan.template), options, key), customer


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
    flowables = plan_flowables(plan, customer, template(store, plan.template), options)
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
    documents: list[list] = []
    codes: list[str] = []
    if per_customer:
        target.mkdir(parents=True, exist_ok=True)
    try:
        for done, customer_id in enumerate(todo):
            if progress is not None and not progress(done, total):
                raise PrintCancelled()
            if kind == "plan":
                if customer_id not in plan_ids:
                    row = store.get("customers", customer_id)
                    result.skipped.append(row["code"] if row else str(customer_id))
                    continue
                flowables, customer = plan_document(store, plan_ids[customer_id], options)
                code, name = customer.code, customer.name
            else:
                card = file_card(store, customer_id, options.language)
                flowables, code, name = card_flowables(card, options), card.code, card.name
            codes.append(code)
            if per_customer:
                path = _publish(store, target / _file_name(code, name, kind), options,
                                f"print_{kind}", code,
                                lambda p, f=flowables, t=name: build(f, p, options, title=t))
                result.files.append(path)
            else:
                documents.append(flowables)
            result.printed += 1
        if not per_customer and documents:
            listed = f"{len(codes)} customers ({', '.join(codes[:20])}{'…' if len(codes) > 20 else ''})"
            result.files.append(_publish(
                store, target, options, f"print_{kind}s", listed,
                lambda p: build(join_documents(documents), p, options, title=target.stem)))
        if progress is not None and not progress(total, total):
            raise PrintCancelled()
    except BaseException:
        for path in result.files:
            path.unlink(missing_ok=True)
        raise
    return result


def _file_name(code: str, name: str, kind: str) -> str:
    return f"{_UNSAFE.sub('_', code)}-{_UNSAFE.sub('_', name)[:40]}-{kind}.pdf"


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
