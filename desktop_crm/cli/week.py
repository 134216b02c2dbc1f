"""``desktop-crm plan-week``: the week's visit plan of the file's user (or ``--rep``), as a
table per day in route order, as JSON (``--json``), or as the printed route sheet (``-o``)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop_crm.cli.common import open_store, print_json, table
from desktop_crm.cli.words import _
from desktop_crm.domain import week_plan
from desktop_crm.domain.service import current_user, default_actor
from desktop_crm.storage import queries


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("plan-week", help=_("the week's visit plan: who is due, day by day, in route order"))
    p.add_argument("--rep", metavar="NAME", help=_("the account manager (default: this file's user)"))
    p.add_argument("--from", dest="start", metavar="DATE",
                   help=_("the week's first day, YYYY-MM-DD (default: this week's Monday)"))
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf",
                   help=_("write the route sheet as PDF instead of printing a table"))
    p.add_argument("--json", action="store_true", help=_("as JSON, for scripts"))
    p.set_defaults(run=cmd_plan_week)


def cmd_plan_week(args: argparse.Namespace) -> int:
    from desktop_crm.cli import EXIT_NOT_FOUND, CommandError

    try:
        start = date.fromisoformat(args.start) if args.start else None
    except ValueError:
        raise CommandError(_("{value} is not a date (YYYY-MM-DD)").format(value=args.start)) from None
    with open_store(args) as store:
        name = args.rep or current_user(store)
        if not name:
            raise CommandError(_("say whose week to plan with --rep NAME"))
        staff_id = queries.staff_id(store, name)
        if staff_id is None:
            raise CommandError(_("there is no account manager named {name}").format(name=name),
                               EXIT_NOT_FOUND)
        plan = week_plan.build(store, staff_id, start)
        if args.json:
            print_json(store, plan.as_json(),
                       f"plan-week {name} {plan.start}: {_count(plan)} customers")
            return 0
        if args.output:
            from desktop_crm.reports.pdf.batch import print_options
            from desktop_crm.reports.pdf.route_sheet import render_route_sheet

            options = print_options(store, default_actor(store), args.language)
            render_route_sheet(plan, args.output, options)
            print(_("route sheet of {n} visit(s) written to {file}").format(
                n=_count(plan), file=args.output))
            return 0
    print(_("{name}, {first} to {last}: {n} visit(s), at most {per_day} a day").format(
        name=plan.staff_name, first=plan.start, last=plan.end, n=_count(plan),
        per_day=plan.per_day))
    for day in plan.days:
        if not day.stops and (day.off or day.day < plan.today):
            continue
        head = f"{day.day.isoformat()} {_weekday(day.day)}"
        if day.off:
            head += _(" (day off)")
        if day.km is not None:
            head += _(", about {km:.1f} km").format(km=day.km)
        print(f"\n{head}")
        rows = [(f"  {n}", s.code, s.name, s.area, s.address, _status(s, plan.today))
                for n, s in enumerate(day.stops, 1)]
        print(table(rows) if rows else _("  nothing planned"))
    if plan.not_this_week:
        print("\n" + _("Not this week ({n}): {names}").format(
            n=len(plan.not_this_week), names=", ".join(s.name for s in plan.not_this_week[:20])
            + ("…" if len(plan.not_this_week) > 20 else "")))
    return 0


def _count(plan: week_plan.WeekPlan) -> int:
    return sum(len(d.stops) for d in plan.days)


def _weekday(day: date) -> str:
    return _(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()])


def _status(stop: week_plan.Stop, today: date) -> str:
    if stop.visited:
        return (_("visited, unplanned") if stop.unplanned else _("visited"))
    parts = []
    if stop.overdue_days(today):
        late = (_("visit {n} days overdue") if stop.overdue_for == "visit"
                else _("follow-up {n} days overdue"))
        parts.append(late.format(n=stop.overdue_days(today)))
    if stop.last_visit is None and stop.every:
        parts.append(_("never visited"))
    parts += [*stop.follow_ups, *stop.actions]
    # the active plan's open actions without a date, as the Week plan page shows them
    parts += [_("plan: {text}").format(text=t) for t in stop.standing]
    return "; ".join(parts)
