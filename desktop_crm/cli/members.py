"""Commands for members, staff, the care calendar, greetings and campaigns."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date

from desktop_crm.cli.common import open_store, print_json, table
from desktop_crm.cli.words import _
from desktop_crm.domain import care
from desktop_crm.domain.campaigns import (
    ASSIGN_METHODS,
    OUTCOMES,
    TYPES,
    CampaignService,
    save_filter,
    saved_filters,
)
from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.domain.greetings import GreetingService
from desktop_crm.domain.members import MemberService, level_label
from desktop_crm.domain.staff import ROLES, StaffService
from desktop_crm.domain.validation import FieldProblem, NotFoundError, parse_date
from desktop_crm.storage import queries


def _date(text: str) -> date:
    from desktop_crm.cli import CommandError

    try:
        return parse_date(text)
    except FieldProblem:
        raise CommandError(_("{text!r} is not a date; use YYYY-MM-DD").format(text=text)) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("greetings", help=_("personalised greeting texts as CSV for an SMS tool"))
    p.add_argument("--occasion", required=True, choices=("birthday", "festival", "anniversary"))
    p.add_argument("--within", type=int, default=7, metavar="DAYS", help=_("days ahead (default 7)"))
    p.add_argument("--from", dest="start", type=_date, metavar="DATE", help=_("first day (default today)"))
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv", help=_("or FILE.xlsx"))
    p.add_argument("--filter", metavar="NAME",
                   help=_("festivals: greet the customers of this saved filter, not every member"))
    p.add_argument("--no-log", action="store_true",
                   help=_("do not record the greetings as sent in the visit log"))
    p.set_defaults(run=cmd_greetings)

    p = sub.add_parser("care", help=_("the care calendar: birthdays, anniversaries, festivals, follow-ups"))
    p.add_argument("--within", type=int, default=14, metavar="DAYS")
    p.add_argument("--from", dest="start", type=_date, metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_care)

    p = sub.add_parser("member", help=_("members: find, show, purchase, redeem, levels, expire"))
    msub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = msub.add_parser("add", help=_("make a customer a member: member add CODE CARD"))
    q.add_argument("code", help=_("the customer's code"))
    q.add_argument("card")
    q.add_argument("--staff", metavar="NAME")
    q.add_argument("--joined", metavar="DATE")
    q.add_argument("--referred-by", metavar="CARD")
    q.set_defaults(run=cmd_member_add)
    q = msub.add_parser("find", help=_("by card, phone, name or pinyin"))
    q.add_argument("text")
    q.set_defaults(run=cmd_member_find)
    q = msub.add_parser("show", help=_("a member and their purchase and points history"))
    q.add_argument("card")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_member_show)
    q = msub.add_parser("purchase", help=_("record a purchase at the counter"))
    q.add_argument("card")
    q.add_argument("amount")
    q.add_argument("--redeem", type=int, default=0, metavar="POINTS")
    q.add_argument("--product")
    q.set_defaults(run=cmd_member_purchase)
    q = msub.add_parser("redeem", help=_("exchange points for a gift"))
    q.add_argument("card")
    q.add_argument("points", type=int)
    q.add_argument("note", help=_("what the points were exchanged for"))
    q.set_defaults(run=cmd_member_redeem)
    q = msub.add_parser("levels", help=_("update every member's level from the rules"))
    q.set_defaults(run=cmd_member_levels)
    q = msub.add_parser("expire", help=_("let points older than the rules allow lapse"))
    q.set_defaults(run=cmd_member_expire)

    p = sub.add_parser("staff", help=_("staff: list with month figures, add, move members"))
    ssub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = ssub.add_parser("list", help=_("staff with members and interactions against targets"))
    q.add_argument("--month", type=_date, metavar="DATE")
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_staff_list)
    q = ssub.add_parser("funnel", help=_("prospect funnel per staff member and per source"))
    q.add_argument("--since", type=_date, metavar="DATE", help=_("customers added since"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_staff_funnel)
    q = ssub.add_parser("add", help=_("add a staff member"))
    q.add_argument("name")
    q.add_argument("--role", choices=tuple(ROLES), default="shop_staff")
    q.add_argument("--target-members", type=int)
    q.add_argument("--target-visits", type=int)
    q.set_defaults(run=cmd_staff_add)
    q = ssub.add_parser("reassign", help=_("move all members of one staff member to another"))
    q.add_argument("--from", dest="source", required=True, metavar="NAME")
    q.add_argument("--to", dest="target", required=True, metavar="NAME")
    q.set_defaults(run=cmd_staff_reassign)

    p = sub.add_parser("campaign", help=_("campaigns: create, targets, assign, report"))
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = csub.add_parser("list")
    q.set_defaults(run=cmd_campaign_list)
    q = csub.add_parser("create")
    q.add_argument("name")
    q.add_argument("--type", choices=tuple(TYPES), default="win_back")
    q.add_argument("--goal")
    q.add_argument("--from", dest="starts_on", required=True, metavar="DATE")
    q.add_argument("--to", dest="ends_on", required=True, metavar="DATE")
    q.add_argument("--budget", type=float)
    q.add_argument("--holdout", type=float, default=0.0, metavar="SHARE", help=_("e.g. 0.1"))
    q.set_defaults(run=cmd_campaign_create)
    q = csub.add_parser("targets", help=_("targets from a saved filter (or tags)"))
    q.add_argument("id", type=int)
    q.add_argument("--filter", metavar="NAME", help=_("a saved filter"))
    q.add_argument("--tag", action="append", default=[], help=_("customers with this tag"))
    q.add_argument("--save-as", metavar="NAME", help=_("save the --tag filter under this name"))
    q.set_defaults(run=cmd_campaign_targets)
    q = csub.add_parser("assign")
    q.add_argument("id", type=int)
    q.add_argument("--method", choices=ASSIGN_METHODS, default="even")
    q.add_argument("--staff", action="append", required=True, metavar="NAME")
    q.set_defaults(run=cmd_campaign_assign)
    q = csub.add_parser("worklist", help=_("a staff member's targets still to contact"))
    q.add_argument("id", type=int)
    q.add_argument("--staff", required=True, metavar="NAME")
    q.add_argument("--all", action="store_true", help=_("also those already contacted"))
    q.set_defaults(run=cmd_campaign_worklist)
    q = csub.add_parser("record", help=_("record the outcome of a contact with a target"))
    q.add_argument("target", type=int, help=_("target id (from worklist)"))
    q.add_argument("outcome", choices=tuple(OUTCOMES))
    q.add_argument("feedback", nargs="?", default="", help=_("what the customer said"))
    q.set_defaults(run=cmd_campaign_record)
    q = csub.add_parser("report", help=_("the evaluation of a campaign"))
    q.add_argument("id", type=int)
    q.add_argument("--segment", default="tier")
    q.add_argument("--by-rep", action="store_true",
                   help=_("per account manager (customer owner), with the whole campaign as total"))
    q.add_argument("--json", action="store_true")
    q.set_defaults(run=cmd_campaign_report)


# --- greetings and care ---------------------------------------------------------------------

def cmd_greetings(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        service = GreetingService(store, language=args.language)
        audience = None
        if args.filter:
            named = {f.name: f.filter for f in saved_filters(store)}
            if args.filter not in named:
                raise NotFoundError(_("There is no saved filter {name!r}.").format(name=args.filter))
            audience = named[args.filter]
        found = service.greetings(args.occasion, args.start or date.today(), args.within,
                                  audience=audience)
        written = service.export_csv(found, args.output, log_sent=not args.no_log)
    print(_("{n} greetings written to {file}").format(n=written, file=args.output)
          + ("" if args.no_log else _("; logged as sent")))
    if found.left_out:
        print(_("{n} left out: no consent to marketing messages").format(n=found.left_out))
    return 0


def cmd_care(args: argparse.Namespace) -> int:
    lang = 0 if args.language == "zh" else 1
    with open_store(args) as store:
        events = care.upcoming(store, args.start or date.today(), args.within)
        if args.json:
            people = {e.customer_id for e in events if e.customer_id}
            print_json(store, [asdict(e) for e in events],
                       f"care calendar: {len(events)} events of {len(people)} customers")
            return 0
    print(table([(e.on, care.KIND_LABELS[e.kind][lang],
                  care.festival_label(e.festival, args.language) if e.festival else e.name,
                  e.years or "", e.phone or "") for e in events]) or _("nothing in this window"))
    return 0


# --- members --------------------------------------------------------------------------------

def _member(service: MemberService, card: str):
    found = service.find(card)
    if len(found) != 1:
        raise NotFoundError(_("No single member matches {card!r} ({n} found).").format(card=card, n=len(found)))
    return found[0]


def cmd_member_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        customer = queries.customer_by_code(store, args.code)
        if customer is None or customer["deleted_at"] is not None:
            raise NotFoundError(_("There is no customer with code {code!r}.").format(code=args.code))
        service = MemberService(store)
        referrer = _member(service, args.referred_by).id if args.referred_by else None
        service.enrol(customer["id"], args.card, joined_on=args.joined,
                      staff_id=_staff_id(store, args.staff) if args.staff else None,
                      referred_by=referrer)
    print(_("{name} is member {card}").format(name=customer["name"], card=args.card))
    return 0


def cmd_member_find(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = MemberService(store).find(args.text)
    print(table([(m.card_no, m.name, m.phone, level_label(m.level, args.language), m.points_balance)
                 for m in found]) or _("no member matches"))
    return 0


def cmd_member_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        service = MemberService(store)
        m = _member(service, args.card)
        history = service.history(m.id)
        if args.json:
            print_json(store, {"member": asdict(m), "history": [asdict(h) for h in history]},
                       f"member {m.card_no} {m.name}: 1 customer, {len(history)} history lines")
            return 0
    print(f"{m.card_no}  {m.name}  {level_label(m.level, args.language)}  {m.points_balance}")
    print(table([(h.on, h.kind, h.amount or "", h.product or h.note or "", h.points) for h in history]))
    return 0


def cmd_member_purchase(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        service = MemberService(store)
        m = _member(service, args.card)
        r = service.purchase(m.id, args.amount, product=args.product, redeem=args.redeem)
    change = _("; level {old} -> {new}").format(old=r.old_level, new=r.new_level) if r.level_changed else ""
    print(_("{name}: +{points} points, balance {balance}").format(
        name=m.name, points=r.points_earned, balance=r.balance) + change)
    return 0


def cmd_member_redeem(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        service = MemberService(store)
        m = _member(service, args.card)
        balance = service.redeem(m.id, args.points, args.note)
    print(_("{name}: balance {balance}").format(name=m.name, balance=balance))
    return 0


def cmd_member_levels(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        changes = MemberService(store).refresh_levels()
    print(_("{n} levels changed").format(n=len(changes)))
    return 0


def cmd_member_expire(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        lapsed = MemberService(store).expire_points()
    print(_("{points} points of {n} members expired").format(points=sum(lapsed.values()), n=len(lapsed)))
    return 0


# --- staff ----------------------------------------------------------------------------------

def _staff_id(store, name: str) -> int:
    staff_id = queries.staff_id(store, name)
    if staff_id is None:
        raise NotFoundError(_("There is no staff member {name!r}.").format(name=name))
    return staff_id


def cmd_staff_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        stats = StaffService(store).stats(args.month)
        if args.json:
            print_json(store, [asdict(s) for s in stats], f"staff figures: {len(stats)} staff, no customers")
            return 0
    print(table([(_("name"), _("role"), _("members"), _("target"), _("interactions"), _("target"),
                  _("revenue"))] + [
        (s.name, s.role, s.members, s.target_members or "", s.interactions,
         s.target_interactions or "", f"{s.revenue:.2f}") for s in stats]))
    return 0


def cmd_staff_funnel(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        by_staff, by_source, total = StaffService(store, language=args.language).funnel(args.since)
        if args.json:
            print_json(store, {"total": _funnel_row(total), "by_staff": [_funnel_row(r) for r in by_staff],
                               "by_source": [_funnel_row(r) for r in by_source]},
                       f"prospect funnel: counts of {total.aware} customers")
            return 0

    def pct(x: float | None) -> str:
        return "-" if x is None else f"{x:.1%}"

    for title, rows in ((_("by staff"), by_staff), (_("by source"), by_source), (_("total"), [total])):
        print(f"\n{title}")
        print(table([("", _("aware"), _("intent"), _("purchase"), _("aware>intent"), _("intent>purchase"),
                      _("overall"))]
                    + [(r.key or "-", r.aware, r.intent, r.purchase, pct(r.intent_rate),
                        pct(r.purchase_rate), pct(r.overall_rate)) for r in rows]))
    return 0


def _funnel_row(r) -> dict:
    return {"key": r.key, "aware": r.aware, "intent": r.intent, "purchase": r.purchase,
            "intent_rate": r.intent_rate, "purchase_rate": r.purchase_rate,
            "overall_rate": r.overall_rate}


def cmd_staff_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        StaffService(store).save({"name": args.name, "role": args.role,
                                  "target_members": args.target_members,
                                  "target_visits_per_month": args.target_visits})
    print(_("added {name}").format(name=args.name))
    return 0


def cmd_staff_reassign(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        moved = StaffService(store).reassign(None, _staff_id(store, args.target),
                                             from_staff=_staff_id(store, args.source))
    print(_("{n} members moved to {name}").format(n=moved, name=args.target))
    return 0


# --- campaigns ------------------------------------------------------------------------------

def cmd_campaign_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = CampaignService(store).list()
    print(table([(r["id"], r["name"], r["type"], r["starts_on"], r["ends_on"], r["status"],
                  r["targets"], r["held"], r["contacted"]) for r in rows]) or _("no campaigns"))
    return 0


def cmd_campaign_create(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        cid = CampaignService(store).create({
            "name": args.name, "type": args.type, "goal": args.goal, "starts_on": args.starts_on,
            "ends_on": args.ends_on, "budget": args.budget, "holdout_share": args.holdout})
    print(cid)
    return 0


def cmd_campaign_targets(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    with open_store(args) as store:
        if args.filter:
            named = {f.name: f for f in saved_filters(store)}
            if args.filter not in named:
                raise NotFoundError(_("There is no saved filter {name!r}.").format(name=args.filter))
            flt, name = named[args.filter].filter, args.filter
        elif args.tag:
            flt, name = CustomerFilter(tags=tuple(args.tag)), args.save_as
            if args.save_as:
                save_filter(store, args.save_as, flt)
        else:
            raise CommandError(_("give --filter NAME or --tag TAG"))
        service = CampaignService(store)
        contacted, held = service.select_targets(args.id, flt, filter_name=name)
    print(_("{n} targets, {held} held back").format(n=contacted, held=held))
    if service.left_out:
        print(_("{n} left out: no consent to marketing messages").format(n=service.left_out))
    return 0


def cmd_campaign_assign(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        ids = [_staff_id(store, n) for n in args.staff]
        counts = CampaignService(store).assign(args.id, args.method, ids)
        names = queries.staff_names(store)
    print(table([(names[s], n) for s, n in counts.items()]))
    return 0


def cmd_campaign_worklist(args: argparse.Namespace) -> int:
    lang = 0 if args.language == "zh" else 1
    with open_store(args) as store:
        rows = CampaignService(store).targets(args.id, staff_id=_staff_id(store, args.staff),
                                              holdout=False, open_only=not args.all)
    print(table([(r["id"], r["name"], r["phone"] or "", (r["contacted_at"] or "")[:10],
                  OUTCOMES[r["outcome"]][lang] if r["outcome"] else "", r["feedback"] or "")
                 for r in rows]) or _("nothing left to contact"))
    return 0


def cmd_campaign_record(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        CampaignService(store, language=args.language).record(args.target, args.outcome, args.feedback)
    print(_("recorded target {id}: {outcome}").format(id=args.target, outcome=args.outcome))
    return 0


def cmd_campaign_report(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        service = CampaignService(store, language=args.language)
        campaign = service.get(args.id)
        if args.by_rep:
            return _campaign_by_rep(store, service, campaign, args.json)
        ev = service.evaluate(args.id, args.segment)
        if args.json:
            print_json(store, {"campaign": campaign, **ev.as_dict()},
                       f"campaign {args.id} report: figures of {ev.treated.targets + ev.holdout.targets} "
                       "targets, no customer rows")
            return 0

    t, h = ev.treated, ev.holdout
    print(f"{campaign['name']}  {ev.window[0]} .. {ev.window[1]}")
    print(table([
        (_("contact group"), t.targets, _("held back"), h.targets),
        (_("reached"), t.reached, _("reach rate"), _pct(t.reach_rate)),
        (_("converted"), t.converted, _("conversion rate"), _pct(t.conversion_rate)),
        (_("held back, converted"), h.converted, _("holdout rate"), _pct(h.conversion_rate)),
        (_("uplift"), _pct(ev.uplift), _("incremental revenue"), _money(ev.incremental_revenue)),
        (_("revenue"), _money(t.revenue), _("cost"), _money(ev.cost)),
        ("ROI", _pct(ev.roi), _("incremental ROI"), _pct(ev.incremental_roi)),
    ]))
    print("\n" + _("by staff"))
    print(table([(g.key or "-", g.targets, g.reached, g.converted, _pct(g.conversion_rate),
                  _money(g.revenue)) for g in ev.by_staff]))
    print("\n" + _("by {segment}").format(segment=ev.segment))
    print(table([(g.key or "-", g.targets, g.reached, g.converted, _pct(g.conversion_rate),
                  _money(g.revenue)) for g in ev.by_segment]))
    return 0


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def _money(x: float | None) -> str:
    return "-" if x is None else f"{x:,.2f}"


def _campaign_by_rep(store, service: CampaignService, campaign: dict, as_json: bool) -> int:
    """``campaign report --by-rep``: the evaluation per customer owner and the total."""
    result = service.evaluate_by_owner(campaign["id"])
    if as_json:
        print_json(store, {"campaign": campaign, "by_rep": [o.as_dict() for o in result.owners],
                           "total": result.total.as_dict()},
                   f"campaign {campaign['id']} report by account manager: figures of "
                   f"{len(result.owners)} account managers, no customer rows")
        return 0
    rows: list[tuple] = [(_("account manager"), _("contact group"), _("reached"), _("converted"),
                          _("conversion rate"), _("held back"), _("uplift"), _("revenue"),
                          _("cost"), "ROI")]
    for name, ev in [*((o.name or _("no account manager"), o.evaluation) for o in result.owners),
                     (_("whole campaign"), result.total)]:
        t = ev.treated
        rows.append((name, t.targets, t.reached, t.converted, _pct(t.conversion_rate),
                     ev.holdout.targets, _pct(ev.uplift), _money(t.revenue), _money(ev.cost),
                     _pct(ev.roi)))
    print(f"{campaign['name']}  {result.total.window[0]} .. {result.total.window[1]}")
    print(table(rows))
    return 0
