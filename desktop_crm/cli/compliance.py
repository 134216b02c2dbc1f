"""``desktop-crm compliance``: per account manager and per tier, the share of customers
visited within their tier's visit policy this month (or ``--month``), as the staff page shows
it; ``--json`` for scripts. The rule is domain/compliance.py's."""

from __future__ import annotations

import argparse
from datetime import date

from desktop_crm.cli.common import open_store, print_json, table
from desktop_crm.cli.words import _
from desktop_crm.domain import compliance
from desktop_crm.storage import customer_list as listing
from desktop_crm.storage import queries


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compliance", help=_(
        "the share of customers visited within their tier's visit policy, per account manager and tier"))
    p.add_argument("--month", metavar="YYYY-MM", help=_("a past month (default: this month, counted on today)"))
    p.add_argument("--json", action="store_true", help=_("as JSON, for scripts"))
    p.set_defaults(run=cmd_compliance)


def cmd_compliance(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    try:
        month = date.fromisoformat(f"{args.month}-01") if args.month else date.today()
    except ValueError:
        raise CommandError(_("{value} is not a month (YYYY-MM)").format(value=args.month)) from None
    on = compliance.day_of_month(month)
    zh = args.language.startswith("zh")
    with open_store(args) as store:
        by_rep, by_tier = compliance.shares(store, on)
        names = queries.staff_names(store)
        tiers = [(r["key"], r["label_zh"] if zh else r["label_en"]) for r in listing.tiers(store)]
        reps = sorted(by_rep.items(), key=lambda kv: (kv[0] is None, names.get(kv[0], "")))
        tier_rows = [(key, label, by_tier[key]) for key, label in tiers if key in by_tier]
        if args.json:
            def share(s: compliance.Share) -> dict:
                return {"customers": s.customers, "within": s.within,
                        "share": None if s.share is None else round(s.share, 4)}
            data = {"on": on.isoformat(), "frequencies": compliance.frequencies(store),
                    "reps": [{"rep": names.get(k), **share(s)} for k, s in reps],
                    "tiers": [{"tier": key, "label": label, **share(s)} for key, label, s in tier_rows]}
            print_json(store, data, f"compliance {on}: {sum(s.customers for _k, s in reps)} customers")
            return 0
    print(_("Visited within policy, counted on {day}").format(day=on.isoformat()))
    if not reps:
        print(_("No tier asks visits every N days: there is no policy to keep."))
        return 0
    head = (_("Account manager"), _("Customers"), _("Within policy"), _("Share"))
    print(table([head, *((names.get(k) or _("(nobody)"), s.customers, s.within, _percent(s))
                         for k, s in reps)]))
    print()
    head = (_("Tier"), _("Customers"), _("Within policy"), _("Share"))
    print(table([head, *((label, s.customers, s.within, _percent(s)) for _k, label, s in tier_rows)]))
    return 0


def _percent(s: compliance.Share) -> str:
    return "" if s.share is None else f"{100 * s.share:.1f}%"
