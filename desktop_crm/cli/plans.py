"""Printing from the command line: ``plan print`` and ``card print`` for one customer, or for
all customers (with a plan) matching a filter, into one PDF or one PDF per customer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_crm.cli.common import open_store, table
from desktop_crm.cli.words import _
from desktop_crm.domain.customer_list import CustomerFilter, CustomerList, layout, rows_to_ids
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.plans import PLAN_STATUSES, PlanService, all_plans, label
from desktop_crm.domain.service import default_actor
from desktop_crm.reports.pdf.batch import PrintResult, print_batch, print_options, print_plan
from desktop_crm.reports.pdf.fitting import cut
from desktop_crm.storage.db import Store


def register(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help=_("account plans: list them, print them as PDF"))
    plan_sub = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    p = plan_sub.add_parser("print", help=_("print CODE's plan (-o FILE), or --all of them"))
    _print_arguments(p)
    p.add_argument("--version", type=int, dest="plan_version",
                   help=_("print this version (default: the active plan, else the newest)"))
    p.set_defaults(run=cmd_plan_print)
    p = plan_sub.add_parser("list", help=_("list plans: all, or one customer's versions"))
    p.add_argument("code", nargs="?")
    p.add_argument("--status", choices=tuple(PLAN_STATUSES))
    p.set_defaults(run=cmd_plan_list)

    card = sub.add_parser("card", help=_("customer file cards (客户资料卡) as PDF"))
    card_sub = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    p = card_sub.add_parser("print", help=_("print CODE's file card (-o FILE), or --all of them"))
    _print_arguments(p)
    p.set_defaults(run=cmd_card_print)


def _print_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", nargs="?", help=_("the customer's code"))
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf",
                   help=_("the PDF to write (with --all: every customer in this one file)"))
    p.add_argument("--all", action="store_true", help=_("every customer that matches the filter"))
    p.add_argument("--out-dir", type=Path, metavar="DIR", help=_("with --all: one PDF per customer"))
    p.add_argument("--no-footer", action="store_true",
                   help=_("leave out the 'confidential, printed by' footer"))
    group = p.add_argument_group("filter (with --all)")
    group.add_argument("--search", default="", help=_("as in the app's search box"))
    group.add_argument("--tier", help=_("tier code, e.g. key"))
    group.add_argument("--lifecycle", help=_("lifecycle code, e.g. active"))
    group.add_argument("--area", help=_("area / trade zone"))
    group.add_argument("--owner", help=_("account manager's name"))
    group.add_argument("--tag", action="append", default=[], help=_("a tag (repeatable)"))


def cmd_plan_print(args: argparse.Namespace) -> int:
    return _print(args, "plan")


def cmd_card_print(args: argparse.Namespace) -> int:
    return _print(args, "card")


def _print(args: argparse.Namespace, kind: str) -> int:
    from desktop_crm.cli import EXIT_NOT_FOUND, CommandError

    if args.all == bool(args.code):
        raise CommandError(_("give a customer CODE, or --all (with a filter if you like)"))
    if not args.all and not args.output:
        raise CommandError(_("say where to write the PDF with -o FILE.pdf"))
    if args.all and bool(args.output) == bool(args.out_dir):
        raise CommandError(_("with --all give either -o FILE.pdf (one file) or --out-dir DIR"))
    with open_store(args) as store:
        options = print_options(store, default_actor(store), args.language,
                                footer=not args.no_footer)
        if args.all:
            ids = _matching(store, args)
            if kind == "plan":  # only customers with a plan: the others are not "skipped"
                from desktop_crm.domain.plans import plans_to_print

                have = plans_to_print(store, ids)
                ids = [i for i in ids if i in have]
            if not ids:
                raise CommandError(_("no customer matches and has a plan") if kind == "plan"
                                   else _("no customer matches"), EXIT_NOT_FOUND)
            result = print_batch(store, kind, ids, args.out_dir or args.output, options,
                                 per_customer=bool(args.out_dir), progress=_progress)
            sys.stderr.write("\n" if sys.stderr.isatty() else "")
        else:
            customer = CustomerService(store).by_code(args.code)
            if kind == "plan":
                plan_id = _plan_id(store, customer["id"], args.plan_version)
                if plan_id is None:
                    raise CommandError(_("{code} has no account plan yet").format(code=args.code),
                                       EXIT_NOT_FOUND)
                result = print_plan(store, plan_id, args.output, options)
            else:
                result = print_batch(store, "card", [customer["id"]], args.output, options)
    return _report(result, kind)


def _plan_id(store: Store, customer_id: int, version: int | None) -> int | None:
    from desktop_crm.domain.plans import plans_to_print

    if version is None:
        return plans_to_print(store, [customer_id]).get(customer_id)
    found = [v for v in PlanService(store).versions(customer_id) if v["version"] == version]
    return found[0]["id"] if found else None


def _matching(store: Store, args: argparse.Namespace) -> list[int]:
    """The customers of the list filtered as in the app, in the list's order (by name)."""
    owner_id = None
    if args.owner:
        from desktop_crm.storage import queries

        owner_id = queries.staff_id(store, args.owner)
        if owner_id is None:
            from desktop_crm.cli import EXIT_NOT_FOUND, CommandError

            raise CommandError(_("there is no account manager named {name}").format(name=args.owner),
                               EXIT_NOT_FOUND)
    flt = CustomerFilter(search=args.search, tier=args.tier, lifecycle=args.lifecycle,
                         area=args.area, owner_id=owner_id, tags=tuple(args.tag))
    q = CustomerList(store, args.language).query(flt)
    lay = layout(store, q)
    return rows_to_ids(store, q, lay.anchors, [(0, lay.count - 1)]) if lay.count else []


def _progress(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total}")
    return True


def _report(result: PrintResult, kind: str) -> int:
    """What was printed on stdout; what was not, and what was cut, on stderr. Exit code 4
    when a customer could not be printed (the others were)."""
    from desktop_crm.cli import EXIT_INVALID

    if result.warning:
        print(_("warning: {text}").format(text=result.warning), file=sys.stderr)
    what = _("plan(s)") if kind == "plan" else _("file card(s)")
    if len(result.files) == 1:
        print(_("{n} {what} written to {file}").format(n=result.printed, what=what, file=result.files[0]))
    elif result.files:
        print(_("{n} {what} written, one file each").format(n=result.printed, what=what))
    if result.skipped:
        shown = ", ".join(result.skipped[:10]) + ("…" if len(result.skipped) > 10 else "")
        print(_("{n} customer(s) without a plan skipped: {shown}").format(n=len(result.skipped), shown=shown))
    if result.shortened:
        shown = "; ".join(f"{cut(code, 40)} ({', '.join(names)})"
                          for code, names in list(result.shortened.items())[:10])
        print(_("{n} printed with values beyond the limits (cut where they did not fit); "
                "correct them in the dossier: {shown}").format(n=len(result.shortened), shown=shown),
              file=sys.stderr)
    for failure in result.failed:
        print(_("{code} not printed: {reason} ({message})").format(
            code=cut(failure.code, 40), reason=_(_REASONS[failure.reason]), message=failure.message),
              file=sys.stderr)
    if result.failed:
        print(_("{n} customer(s) could not be printed; the others were.").format(n=len(result.failed)),
              file=sys.stderr)
        return EXIT_INVALID
    return 0


_REASONS = {
    "layout": "its content does not fit on the page",
    "file": "its file could not be written",
    "data": "its data could not be read",
}


def cmd_plan_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.code:
            customer = CustomerService(store).by_code(args.code)
            rows = [(f"v{v['version']}", label(PLAN_STATUSES, v["status"], args.language),
                     v["plan_date"], v["title"] or "")
                    for v in PlanService(store).versions(customer["id"])
                    if args.status in (None, v["status"])]
        else:
            rows = [(p["code"], p["customer_name"], f"v{p['version']}",
                     label(PLAN_STATUSES, p["status"], args.language), p["plan_date"],
                     p["owner"] or "", p["open_actions"])
                    for p in all_plans(store, args.status)]
    print(table(rows) if rows else _("no plans"))
    return 0
