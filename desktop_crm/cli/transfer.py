"""Commands that move data in and out and clean it: import (and revert), export, dedupe."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from desktop_crm.cli.common import open_store, print_json, table
from desktop_crm.domain.customer_list import CustomerFilter
from desktop_crm.domain.customers import CustomerService
from desktop_crm.privacy import share

EXIT_INVALID = 4


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import a CSV/XLSX/XLS file; 'import revert BATCH' undoes one, 'import batches' lists them",
        description="Import customers, contacts, visits, transactions or members. Every accepted row "
        "is written in one transaction, as a batch that 'import revert BATCH' undoes. Exit code 4 "
        "when rows were rejected (the accepted ones are imported).",
    )
    p.add_argument("file", metavar="FILE", help="the file; or 'revert' / 'batches'")
    p.add_argument("batch", nargs="?", type=int, help="with 'revert': the batch id")
    p.add_argument("--kind", default="customers",
                   choices=("customers", "contacts", "visits", "transactions", "members"))
    p.add_argument("--key", metavar="COLUMN",
                   help="match existing records on this column (a header of the file or a field "
                   "name, e.g. 客户代码 or code); default: the kind's usual key")
    p.add_argument("--no-key", action="store_true", help="never match: every row is new")
    p.add_argument("--on-match", choices=("update", "create", "skip"), default="update",
                   help="what a row matching an existing record does (default: update)")
    p.add_argument("--mapping", type=Path, metavar="FILE",
                   help='JSON {"header": "field", ...}; headers left out are recognised by name')
    p.add_argument("--sheet", help="Excel sheet (default: the first)")
    p.add_argument("--encoding", help="CSV encoding, e.g. gbk or utf-8 (default: detected)")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument("--create-customers", action="store_true",
                   help="members: a member whose customer is not on file (by code, phone or name) "
                   "comes in with a new customer, a person with the row's name and phone")
    p.add_argument("--new-fields", action="store_true",
                   help="customers, members: a column that matches no field becomes a new custom "
                   "field, its type (date, number, choice, text) read from its values; without "
                   "this flag such columns are skipped, and named")
    p.add_argument("--unknown-staff", choices=("create", "empty", "reject"), default="create",
                   help="a staff name (负责人) not on file: create the staff member (default), leave "
                   "the field empty, or reject the row")
    p.add_argument("--duplicates", choices=("auto", "update", "create", "skip"), default="auto",
                   help="customers: a new row that is likely a customer on file (same phone, name "
                   "or reading of the name) or an earlier row: update that customer, create anyway, "
                   "or skip; auto (default) updates on the same name and skips a repeated row")
    p.add_argument("--rejected", type=Path, metavar="FILE",
                   help="save rejected rows here (.csv or .xlsx) with a reason column")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("export", help="export customers, contacts (vCard), a calendar (iCal) or a call list")
    p.add_argument("what", choices=("customers", "contacts", "calendar", "call-list"))
    p.add_argument("file", type=Path, help=".csv or .xlsx (customers, call-list), .vcf, .ics")
    p.add_argument("--columns", help="comma-separated field names (customers; see 'fields')")
    p.add_argument("--search", default="", help="only customers matching this search")
    for name in ("tier", "lifecycle", "area", "owner"):
        p.add_argument(f"--{name}", help=f"only customers with this {name}")
    p.add_argument("--tag", action="append", default=[], help="only customers with this tag (repeatable)")
    p.add_argument("--overdue", action="store_true", help="only customers with an overdue follow-up")
    p.add_argument("--segment", metavar="DIMENSION:CODE",
                   help="only a segment of the latest scoring run, e.g. rfm_segment:at_risk")
    p.add_argument("--saved", metavar="NAME", help="a saved filter (see campaigns) instead")
    p.add_argument("--no-follow-ups", action="store_true", help="calendar: leave out follow-ups")
    p.add_argument("--no-plan-actions", action="store_true", help="calendar: leave out plan actions")
    p.add_argument("--shared", action="store_true",
                   help="let other accounts on this computer read the file (it is private otherwise)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("dedupe", help="find likely duplicates; merge two customers; undo a merge")
    p.add_argument("action", choices=("scan", "merge", "undo", "dismiss", "merges"))
    p.add_argument("codes", nargs="*", metavar="CODE",
                   help="merge KEEP OTHER / dismiss A B (customer codes); undo MERGE_ID")
    p.add_argument("--take", default="", metavar="FIELDS",
                   help="merge: fields whose value to take from OTHER (comma-separated)")
    p.add_argument("--limit", type=int, default=100, help="scan: pairs to print (default 100)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_dedupe)


# --- import -------------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError
    from desktop_crm.domain import importing
    from desktop_crm.domain.importing import columns

    if args.file == "batches":
        return _list_batches(args)
    if args.file == "revert":
        if args.batch is None:
            raise CommandError("give the batch id: import revert BATCH (see 'import batches')")
        return _revert(args)
    spec = importing.kind(args.kind)
    with open_store(args) as store:
        try:
            source = importing.open_source(args.file, args.sheet, args.encoding)
            mapping = importing.suggest_mapping(spec.name, source.headers, store)
            if args.mapping:
                mapping.update(_read_mapping(args.mapping, source.headers))
            key = None if args.no_key else _key(args.key, spec, source.headers, mapping)
            left = columns.unmatched(mapping, source.headers)
            new = columns.detect_columns(source, left) if args.new_fields and columns.offered(spec.name) else {}
            options = importing.ImportOptions(
                spec.name, mapping, key, args.on_match,
                args.dry_run, args.create_customers, new_fields=new,
                unknown_staff=args.unknown_staff, on_duplicate=args.duplicates)
            result = importing.run_import(store, source, options, progress=_progress)
        except (importing.ReadProblem, importing.MappingProblem) as exc:
            raise CommandError(exc.message, EXIT_INVALID) from None
        except importing.ImportCancelled:
            raise KeyboardInterrupt from None
        _clear_progress()
        if args.rejected and result.counts["rejected"]:
            result.save_rejected(store, args.rejected)
        if args.json:
            print_json(store, {"batch": result.batch_id, "dry_run": result.dry_run, **result.counts,
                               "new_customers": result.new_customers,
                               "skipped_columns": [h for h in source.headers
                                                   if not mapping.get(h) and h not in new],
                               "new_fields": result.new_fields,
                               "unknown_staff": result.unknown_staff,
                               "staff_created": result.staff_created,
                               "likely_duplicates": [
                                   {"line": o.line, "reason": o.duplicate_of.reason,
                                    "name": o.duplicate_of.name, "code": o.duplicate_of.code,
                                    "earlier_line": o.duplicate_of.line,
                                    "choice": o.duplicate_of.choice}
                                   for o in result.outcomes if o.duplicate_of is not None],
                               "problems": [asdict(p) for p in result.problems]},
                       f"import result of {source.path.name} ({len(result.problems)} problems)")
    if not args.json:
        ignored = [h for h in source.headers if not mapping.get(h) and h not in new]
        print(f"{source.path.name}: {result.summary()}")
        if result.new_fields:
            made = "new custom fields" if not result.dry_run else "would be new custom fields"
            print(f"{made}: " + ", ".join(f"{h} ({new[h].type})" for h in new))
        if ignored:
            hint = ("; --new-fields keeps them as new custom fields"
                    if not args.new_fields and columns.offered(spec.name) else "")
            print(f"columns skipped: {', '.join(ignored)}{hint}")
        if result.unknown_staff:
            names = ", ".join(f"{n} ({c} rows)" for n, c in result.unknown_staff.items())
            what = {"create": "created as staff members" if not result.dry_run else "would be created as staff members",
                    "empty": "left empty", "reject": "rejected"}[args.unknown_staff]
            print(f"staff not on file, {what}: {names}")
        likely = [o for o in result.outcomes if o.duplicate_of is not None]
        if likely:
            print(f"{result.possible_duplicates} rows are likely duplicates:")
            for o in likely[:20]:
                d = o.duplicate_of
                who = f"{d.name} ({d.code})" if d.code else f"line {d.line} ({d.name})"
                print(f"  line {o.line} {o.label}: likely {who}, same {d.reason.replace('same_', '')}"
                      f" -> {d.choice}")
            if len(likely) > 20:
                print("  ... --json lists them all; --duplicates chooses for all")
        for problem in result.problems[:50]:
            print(f"  rejected {problem}")
        if len(result.problems) > 50 or result.counts["rejected"] > len(result.problems):
            print(f"  ... {result.counts['rejected']} rejected rows in all"
                  + ("" if args.rejected else "; --rejected FILE saves them with the reasons"))
        if result.batch_id is not None:
            print(f"batch {result.batch_id}; 'desktop-crm import revert {result.batch_id}' undoes it")
    return EXIT_INVALID if result.counts["rejected"] else 0


def _read_mapping(path: Path, headers: list[str]) -> dict[str, str]:
    from desktop_crm.cli import CommandError

    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise CommandError(f"cannot read the mapping {path}: {exc}") from None
    if not isinstance(data, dict):
        raise CommandError(f'{path} must hold a JSON object {{"header": "field"}}')
    unknown = [h for h in data if h not in headers]
    if unknown:
        raise CommandError(f"the file has no column {', '.join(unknown)}; its columns are "
                           f"{', '.join(headers)}")
    return {str(k): str(v or "") for k, v in data.items()}


def _key(given: str | None, spec, headers: list[str], mapping: dict[str, str]) -> str | None:
    from desktop_crm.cli import CommandError

    if given is None:
        default = spec.default_key
        return default if default in mapping.values() else None
    if given in headers:
        if not mapping.get(given):
            raise CommandError(f"the key column {given} is not mapped to a field; map it with --mapping")
        return mapping[given]
    if given in {f.name for f in spec.columns}:
        return given
    raise CommandError(f"{given} is neither a column of the file nor a field of {spec.name}")


def _list_batches(args: argparse.Namespace) -> int:
    from desktop_crm.domain.importing import batches

    with open_store(args) as store:
        found = batches(store)
        if args.json:
            print_json(store, [asdict(b) for b in found], f"{len(found)} import batches")
            return 0
    if found:
        print(table([("batch", "kind", "file", "started", "by", "status", "created", "updated")] + [
            (b.id, b.kind, b.source, b.started_at, b.actor, b.status, b.summary.get("created", 0),
             b.summary.get("updated", 0)) for b in found]))
    else:
        print("no imports yet")
    return 0


def _revert(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError
    from desktop_crm.domain.importing import RevertError, revert_batch, revert_plan

    with open_store(args) as store:
        plan = revert_plan(store, args.batch)
        if plan.changed_since:
            print(f"note: {plan.changed_since} customers created by this import were changed since; "
                  "reverting removes them with those changes", file=sys.stderr)
        try:
            result = revert_batch(store, args.batch)
        except RevertError as exc:
            raise CommandError(exc.message, EXIT_INVALID) from None
    removed = ", ".join(f"{n} {e}s" for e, n in result.removed.items()) or "nothing"
    print(f"batch {result.batch_id} reverted: removed {removed}; {result.restored} values restored"
          + (f"; {result.kept} values changed since were left as they are" if result.kept else ""))
    return 0


def _progress(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r{done}/{total} rows")
        sys.stderr.flush()
    return True


def _clear_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\033[K")


# --- export -------------------------------------------------------------------------------

def cmd_export(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError
    from desktop_crm.domain import exporting

    with open_store(args) as store:
        owner = None
        if args.owner:
            from desktop_crm.storage.queries import staff_id

            owner = staff_id(store, args.owner)
            if owner is None:
                raise CommandError(f"no staff member {args.owner}")
        flt = CustomerFilter(search=args.search, tier=args.tier, lifecycle=args.lifecycle,
                             area=args.area, owner_id=owner, tags=tuple(args.tag),
                             overdue=args.overdue, segment=args.segment)
        if args.saved:
            from desktop_crm.domain.campaigns import saved_filters

            found = [f.filter for f in saved_filters(store) if f.name == args.saved]
            if not found:
                raise CommandError(f"there is no saved filter {args.saved!r}")
            flt = found[0]
        ids = exporting.customer_ids(store, None if flt.is_empty() else flt)
        left_out: list[str] = []
        try:
            if args.what == "customers":
                columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
                count = exporting.export_customers(store, args.file, ids, columns, language=args.language)
                what = "customers"
            elif args.what == "call-list":
                count = exporting.export_call_list(store, args.file, ids, language=args.language)
                what = "customers to call"
            elif args.what == "contacts":
                count = exporting.export_vcards(store, args.file, ids)
                what = "contacts"
            else:
                count = exporting.export_calendar(
                    store, args.file, None if flt.is_empty() else ids,
                    follow_ups=not args.no_follow_ups, plan_actions=not args.no_plan_actions,
                    left_out=left_out)
                what = "calendar entries"
        except exporting.ExportProblem as exc:
            raise CommandError(exc.message) from None
    if args.shared:
        share(args.file)
    print(f"{count} {what} written to {args.file}")
    if left_out:
        shown = "; ".join(left_out[:10]) + ("…" if len(left_out) > 10 else "")
        print(f"{len(left_out)} left out, their date is not between 1900 and 2100 "
              f"(correct it in the dossier): {shown}", file=sys.stderr)
    return 0


# --- dedupe -------------------------------------------------------------------------------

def cmd_dedupe(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError
    from desktop_crm.domain import merge
    from desktop_crm.domain.duplicates import scan_duplicates

    with open_store(args) as store:
        if args.action == "scan":
            pairs = scan_duplicates(store)
            if args.json:
                shown = pairs[: args.limit]
                print_json(store, [asdict(p) for p in shown],
                           f"{len(shown)} likely duplicate pairs ({2 * len(shown)} customers)")
            else:
                print(f"{len(pairs)} likely duplicate pairs" + (f"; the first {args.limit}:" if pairs else ""))
                print(table([(p.codes[0], p.names[0], p.codes[1], p.names[1], ", ".join(p.reasons),
                              p.evidence) for p in pairs[: args.limit]]))
            return 0
        if args.action == "merges":
            rows = merge.recent_merges(store)
            print(table([(m["id"], m["at"], m["survivor_code"], m["merged_code"], m["merged_name"],
                          "undone" if m["undone_at"] else "") for m in rows]) or "no merges yet")
            return 0
        if args.action == "undo":
            if len(args.codes) != 1 or not args.codes[0].isdigit():
                raise CommandError("give the merge id: dedupe undo MERGE_ID (see 'dedupe merges')")
            try:
                result = merge.undo_merge(store, int(args.codes[0]))
            except merge.MergeError as exc:
                raise CommandError(exc.message, EXIT_INVALID) from None
            print(f"merge {result.merge_id} undone: {result.moved_back} records moved back, "
                  f"{result.restored} fields restored"
                  + (f"; changed since, left as they are: {', '.join(result.kept)}" if result.kept else ""))
            return 0
        if len(args.codes) != 2:
            raise CommandError(f"give two customer codes: dedupe {args.action} CODE CODE")
        service = CustomerService(store)
        first, second = (service.by_code(c)["id"] for c in args.codes)
        if args.action == "dismiss":
            merge.dismiss_pair(store, first, second)
            print(f"{args.codes[0]} and {args.codes[1]} are marked as not duplicates")
            return 0
        take = {f.strip(): merge.MERGED for f in args.take.split(",") if f.strip()}
        unknown = [f for f in take if f not in {m.name for m in merge.MERGEABLE}]
        if unknown:
            raise CommandError(f"{', '.join(unknown)} cannot be taken over; see 'fields'")
        try:
            merge_id = merge.merge_customers(store, first, second, take)
        except merge.MergeError as exc:
            raise CommandError(exc.message, EXIT_INVALID) from None
    print(f"{args.codes[1]} merged into {args.codes[0]} (merge {merge_id}); "
          f"'desktop-crm dedupe undo {merge_id}' undoes it")
    return 0
