"""Commands over customer records: search, show, add, edit, trash, contacts, visits, agenda."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date

from desktop_crm.cli.common import audit, open_store, pairs, print_json, table, write_json
from desktop_crm.cli.words import _
from desktop_crm.domain import follow_ups, identifiers
from desktop_crm.domain import search as search_service
from desktop_crm.domain.addresses import MAIN_PARTS, AddressService
from desktop_crm.domain.contact_ways import type_label
from desktop_crm.domain.contacts import ContactService
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.fields import (
    ADDRESS_FIELDS, CONTACT_FIELDS, CUSTOMER_FIELDS, GROUPS, INTERACTION_FIELDS, by_name,
)
from desktop_crm.domain.interactions import InteractionService
from desktop_crm.domain.team_rights import may_see_resident_ids


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help=_("find customers by code, name, pinyin, phone, address..."))
    p.add_argument("query", nargs="+", help=_("terms; all must match (e.g. mjyj, 烟酒 文博路)"))
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p.add_argument("--trash", action="store_true", help=_("include customers in the trash"))
    p.set_defaults(run=cmd_search)

    p = sub.add_parser("show", help=_("print a customer's dossier"))
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_show)

    p = sub.add_parser("add", help=_("add a customer: add name=明佳烟酒 phone=13912345678 ..."))
    p.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(run=cmd_add)

    p = sub.add_parser("edit", help=_("change a customer's fields: edit CODE tier=key ..."))
    p.add_argument("code")
    p.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(run=cmd_edit)

    p = sub.add_parser("delete", help=_("move a customer to the trash"))
    p.add_argument("code")
    p.set_defaults(run=cmd_delete)

    p = sub.add_parser("trash", help=_("list the trash, restore from it, or purge it"))
    p.add_argument("action", nargs="?", choices=("list", "restore", "purge"), default="list")
    p.add_argument("code", nargs="?")
    p.add_argument("--yes", action="store_true", help=_("confirm purging (it cannot be undone)"))
    p.set_defaults(run=cmd_trash)

    p = sub.add_parser("contact", help=_("add a contact to a customer: contact CODE name=李娟 ..."))
    p.add_argument("code")
    p.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    p.set_defaults(run=cmd_contact)

    p = sub.add_parser("visit", help=_("log a visit: visit CODE channel=visit purpose=... follow_up_due=..."))
    p.add_argument("code")
    p.add_argument("fields", nargs="+", metavar="FIELD=VALUE")
    p.add_argument("--contact", action="append", default=[], metavar="NAME",
                   help=_("a contact who took part (repeatable)"))
    p.set_defaults(run=cmd_visit)

    p = sub.add_parser("agenda", help=_("open follow-ups: overdue, today, this week, later"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_agenda)

    p = sub.add_parser("fields", help=_("list the fields you can set, with their labels"))
    p.set_defaults(run=cmd_fields)


def cmd_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_store(args) as store:
        hits = search_service.search(store, query, args.limit, args.trash)
        if args.json:
            print_json(store, [asdict(h) for h in hits], f"search {query!r}: {len(hits)} customers")
            return 0
    if hits:
        print(table([(h.code, h.name, h.area, h.phone) for h in hits]))
    else:
        print(_("no customer matches"))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        service = CustomerService(store)
        dossier = service.dossier(service.by_code(args.code)["id"])
        dossier.customer = identifiers.shown(dossier.customer, may_see_resident_ids(store))
        c = dossier.customer
        audit(store, "show", f"{c['code']} {c['name']}" + (" (JSON)" if args.json else ""))
    if args.json:
        write_json(asdict(dossier))
        return 0
    lang = args.language
    print(f"{c['name']}  [{c['code']}]" + (_("  (in the trash)") if c["deleted_at"] else ""))
    for group, labels in GROUPS.items():
        rows = []
        for f in CUSTOMER_FIELDS:
            if f.group != group:
                continue
            value = (
                dossier.owner if f.kind == "staff"
                else ", ".join(dossier.tags) if f.kind == "tags"
                else f.choice_label(c[f.name], lang) if f.kind == "choice"
                else c[f.name]
            )
            if value not in (None, ""):
                rows.append((f"  {f.label(lang)}", value))
        if rows:
            print(f"\n{labels[0] if lang == 'zh' else labels[1]}")
            print(table(rows))
    if len(dossier.addresses) > 1:  # one: it is the address shown above
        kinds = by_name(ADDRESS_FIELDS)["kind"]
        print("\n" + ("地址" if lang == "zh" else "Addresses"))
        print(table([("  " + ("✓" if a["is_main"] else " "), kinds.choice_label(a["kind"], lang),
                      a["text"]) for a in dossier.addresses]))
    if dossier.ways:
        print("\n" + ("联系方式" if lang == "zh" else "Ways to reach"))
        print(table([("  " + ("✓" if w["preferred"] else " "), type_label(w["type"], lang),
                      w["value"], w["label"] or "", w["contact_name"] or "")
                     for w in dossier.ways]))
    _print_records(lang, "contact", dossier.contacts, CONTACT_FIELDS, ("name", "role", "mobile", "birthday"))
    _print_records(
        lang, "visit", dossier.visits, INTERACTION_FIELDS,
        ("occurred_at", "channel", "purpose", "follow_up_due"),
    )
    return 0


def _print_records(lang, group, records, fields, names) -> None:
    if not records:
        return
    spec = {f.name: f for f in fields}
    print(f"\n{GROUPS[group][0] if lang == 'zh' else GROUPS[group][1]}")
    rows = [[spec[n].label(lang) for n in names]]
    for r in records:
        rows.append([spec[n].choice_label(r[n], lang) if spec[n].kind == "choice" else r[n] for n in names])
    print(table([["  " + str(row[0]), *row[1:]] for row in rows]))


def _with_parts(fields: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The customer's fields, and the parts of its main address (``province=湖北省``...)."""
    values = pairs(fields)
    parts = {k: values.pop(k) for k in list(values) if k in MAIN_PARTS}
    return values, parts


def cmd_add(args: argparse.Namespace) -> int:
    with open_store(args, create=True) as store:
        service = CustomerService(store)
        values, parts = _with_parts(args.fields)
        with store.transaction():
            customer_id = service.create(values)
            if parts:
                AddressService(store).set_main(customer_id, parts)
        print(service.get(customer_id)["code"])
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        service = CustomerService(store)
        customer_id = service.by_code(args.code)["id"]
        values, parts = _with_parts(args.fields)
        with store.transaction():
            before = service.get(customer_id)["address"]
            changes = service.update(customer_id, values) if values else []
            if parts:
                AddressService(store).set_main(customer_id, parts)
                after = service.get(customer_id)["address"]
                changes += [("address", before, after)] if after != before else []
    print(_("{n} field(s) changed").format(n=len(changes)) if changes else _("nothing changed"))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        service = CustomerService(store)
        service.delete(service.by_code(args.code)["id"])
    print(_("{code} moved to the trash (desktop-crm trash restore {code} brings it back)").format(code=args.code))
    return 0


def cmd_trash(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    with open_store(args) as store:
        service = CustomerService(store)
        if args.action == "list":
            rows = service.trash()
            print(table([(r["code"], r["name"], r["deleted_at"]) for r in rows]) or _("the trash is empty"))
            return 0
        if not args.code:
            raise CommandError(_("trash {action} needs a customer code").format(action=args.action))
        customer = service.by_code(args.code)
        if args.action == "restore":
            service.restore(customer["id"])
            print(_("{code} restored").format(code=args.code))
            return 0
        if not args.yes:
            raise CommandError(
                _("purging {code} deletes it and all its contacts, visits, plans and purchases "
                  "for good; add --yes to confirm").format(code=args.code)
            )
        service.purge(customer["id"])
        print(_("{code} purged").format(code=args.code))
    return 0


def cmd_contact(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        customer = CustomerService(store).by_code(args.code)
        contact_id = ContactService(store).create(customer["id"], pairs(args.fields))
    print(_("contact {id} added to {code}").format(id=contact_id, code=args.code))
    return 0


def cmd_visit(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    with open_store(args) as store:
        customer = CustomerService(store).by_code(args.code)
        contacts = {c["name"]: c["id"] for c in ContactService(store).of_customer(customer["id"])}
        missing = [n for n in args.contact if n not in contacts]
        if missing:
            raise CommandError(_("{code} has no contact named {names}").format(
                code=args.code, names=", ".join(missing)), code=3)
        visit_id = InteractionService(store).log_visit(
            customer["id"], pairs(args.fields), [contacts[n] for n in args.contact]
        )
    print(_("visit {id} logged for {code}").format(id=visit_id, code=args.code))
    return 0


def cmd_agenda(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        agenda = follow_ups.agenda(store, date.today())
        if args.json:
            customers = {r["code"] for items in agenda.values() for r in items}
            print_json(store, agenda, f"agenda: {sum(map(len, agenda.values()))} follow-ups of "
                                      f"{len(customers)} customers")
            return 0
    titles = {"overdue": _("Overdue"), "today": _("Today"), "this_week": _("This week"), "later": _("Later")}
    for key, items in agenda.items():
        print(f"{titles[key]} ({len(items)})")
        print(table([("  " + r["follow_up_due"], r["code"], r["customer_name"], r["next_step"] or "") for r in items[:50]]))
    return 0


def cmd_fields(args: argparse.Namespace) -> int:
    for title, fields in ((_("customer"), CUSTOMER_FIELDS), (_("contact"), CONTACT_FIELDS),
                          (_("visit"), INTERACTION_FIELDS)):
        print(_("{title}:").format(title=title))
        rows = [
            ("  " + f.name, f.label(args.language), f.kind + ("*" if f.required else ""),
             " ".join(f.choices))
            for f in fields
        ]
        print(table(rows))
    print(_("{title}:").format(title=_("main address (with the customer's fields)")))
    print(table([("  " + f.name, f.label(args.language), f.kind, "") for f in ADDRESS_FIELDS
                 if f.name in MAIN_PARTS]))
    print(_("* required"))
    return 0
