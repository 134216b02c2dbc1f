"""Publishing an existing single-user file as the team's data, and merging a second one in.

An administrator's login connects the file and its first sync sends every record. When the
server holds customers already (a second file, or the same file published again), each of
the file's customers is first matched to the team's:

- **by UUID**: published before (the same file again): nothing to do, no duplicate;
- **by code**: the same code the user gave (codes the app made up, ``C000123``, say nothing:
  two files number their customers alike);
- **by rule**: the duplicate rules the New-customer form warns with, given by the caller
  (sync does not import domain); only a strong reason counts (the same phone or name).

A matched customer takes the server's UUID, code and date of creation, so the sync merges the
two records by field (what differs becomes a conflict to review) and what hangs off it
follows. The rest
are added; one whose code the team uses for another customer gets a new code first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.storage import sync_publish, sync_tables
from desktop_crm.storage.db import Store
from desktop_crm.sync import ServerError, connection, engine
from desktop_crm.sync.server import check_version

MADE_UP_CODE = re.compile(r"C\d{6}")  # storage/queries.next_codes

# A customer of the team (its name, phone, area) -> the id of the same customer in this file,
# by the duplicate rules, or None.
SameCustomer = Callable[[dict[str, Any]], "int | None"]


@dataclass
class Report:
    matched_by_code: list[dict[str, Any]] = field(default_factory=list)
    matched_by_rule: list[dict[str, Any]] = field(default_factory=list)
    added: list[dict[str, Any]] = field(default_factory=list)
    recoded: list[dict[str, Any]] = field(default_factory=list)   # added under a new code
    published_before: int = 0
    sync: engine.SyncResult | None = None


def publish(store: Store, url: str, login: str, password: str | None,
            same_customer: SameCustomer, progress: engine.Progress = engine._quiet) -> Report:
    if connection.link(store) is not None:
        raise ServerError("This file is connected to a team server already: it was published, "
                          "or `desktop-crm disconnect` it first.")
    kept = connection.without_password(url, login)
    with connection.server_errors(), connection.open_server(kept, password) as conn:
        check_version(conn)
        role = conn.execute("SELECT crm.my_role()").fetchone()[0]
        if role != "admin":
            if role is None:
                raise ServerError("Publishing a file as the team's data needs an "
                                  "administrator's login; {login} is not a member.", login=login)
            raise ServerError("Publishing a file as the team's data needs an administrator's "
                              "login; {login} is a {role}.", login=login, role=role)
        theirs = [dict(zip(("uuid", "code", "name", "phone", "area", "created_at"), row))
                  for row in conn.execute(
                      "SELECT uuid::text, data ->> 'code', data ->> 'name', data ->> 'phone', "
                      "data ->> 'area', data ->> 'created_at' FROM crm.records "
                      "WHERE kind = 'customer' AND NOT deleted")]
    report = Report()
    with store.transaction():
        sync_tables.give_ids(store.conn)
        codes = _match(store, theirs, same_customer, report)
        if codes:
            sync_publish.change_codes(store, codes, login)
    connection.connect(store, url, login, password)
    report.sync = connection.sync(store, password, progress)
    return report


def _match(store: Store, theirs: list[dict[str, Any]], same_customer: SameCustomer,
           report: Report) -> dict[int, str]:
    """Match the file's customers to the team's (re-keying the matched ones); the codes that
    change, by customer id."""
    mine = [dict(row) for row in sync_publish.customers(store.conn)]
    team = {t["uuid"]: t for t in theirs}
    by_code = {c["code"]: c for c in mine}
    matched: dict[int, dict[str, Any]] = {}
    for c in mine:
        if c["uuid"] in team:
            matched[c["id"]] = team.pop(c["uuid"])
            report.published_before += 1
    for t in list(team.values()):
        c = by_code.get(t["code"])
        if c and c["id"] not in matched and not MADE_UP_CODE.fullmatch(t["code"] or ""):
            matched[c["id"]] = team.pop(t["uuid"])
            report.matched_by_code.append(_line(c, t))
    for t in list(team.values()):
        found = same_customer(t)
        if found is not None and found not in matched:
            matched[found] = team.pop(t["uuid"])
            report.matched_by_rule.append(_line(next(c for c in mine if c["id"] == found), t))
    codes: dict[int, str] = {}
    for c in mine:
        t = matched.get(c["id"])
        if t is None:
            continue
        if c["uuid"] != t["uuid"]:
            sync_publish.take_over(store.conn, c["id"], t["uuid"], t["created_at"])
        if t["code"] and c["code"] != t["code"]:
            codes[c["id"]] = t["code"]
    team_codes = {t["code"] for t in theirs}
    fresh = _fresh_codes(team_codes | {c["code"] for c in mine})
    for c in mine:
        if c["id"] in matched:
            continue
        entry = {"code": c["code"], "name": c["name"]}
        if c["code"] in team_codes:
            codes[c["id"]] = entry["code"] = next(fresh)
            report.recoded.append({"name": c["name"], "from": c["code"], "to": entry["code"]})
        report.added.append(entry)
    for lines in (report.matched_by_code, report.matched_by_rule):
        lines.sort(key=lambda line: line["code"])
    return codes


def _line(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    return {"code": mine["code"], "name": mine["name"], "team_code": theirs["code"],
            "team_name": theirs["name"]}


def _fresh_codes(used: set[str]) -> Iterator[str]:
    numbers = [int(code[1:]) for code in used if code and MADE_UP_CODE.fullmatch(code)]
    n = max(numbers, default=0)
    while True:
        n += 1
        code = f"C{n:06d}"
        if code not in used:
            yield code
