"""Reading, writing and moving account plans through their life: a new draft prefilled from
the dossier, saving, activating (which archives the active one), new versions copied from
the active plan, and the plan actions that belong on the follow-up agenda."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.fields import CONTACT_ROLES as ROLES
from desktop_crm.domain.fields import PLAN_FIELDS, RELATIONSHIPS, by_name
from desktop_crm.domain.money import money
from desktop_crm.domain.plans import templates as tpl
from desktop_crm.domain.plans.model import (
    ACTION_STATUSES, PLAN_STATUSES, QUADRANTS, STRATEGY_KINDS, Action, Customer, Objective, Plan,
)
from desktop_crm.domain.service import default_actor
from desktop_crm.domain.validation import (
    FieldError, FieldProblem, NotFoundError, ValidationError, check_value, convert, parse_date,
)
from desktop_crm.storage import plans as sql
from desktop_crm.storage import queries
from desktop_crm.storage.db import Store

_SPLIT = re.compile(r"[；;。\n]+")
_FIELDS = by_name(PLAN_FIELDS)


class PlanService:
    def __init__(self, store: Store, actor: str | None = None, language: str = "zh") -> None:
        self.store = store
        self.actor = actor or default_actor(store)
        self.language = language  # of the template a new plan starts from

    # --- reading ----------------------------------------------------------------------------

    def load(self, plan_id: int) -> Plan:
        row = sql.plan(self.store, plan_id)
        if row is None:
            raise NotFoundError(f"There is no plan with id {plan_id}.")
        parts = sql.children(self.store, plan_id)
        plan = Plan(
            customer_id=row["customer_id"], id=row["id"], template=row["template"],
            version=row["version"], status=row["status"], plan_date=row["plan_date"],
            title=row["title"] or "", background=_background(row["background"]),
            business_format_analysis=row["business_format_analysis"] or "",
            consumer_groups=row["consumer_groups"] or "", competition=row["competition"] or "",
            owner_personality=row["owner_personality"] or "", closing=row["closing"] or "",
            signed_by_customer=row["signed_by_customer"] or "",
            signed_by_manager=row["signed_by_manager"] or "", signed_on=row["signed_on"] or "",
            created_by=row["created_by"] or "",
        )
        for p in parts["points"]:
            plan.points[p["quadrant"]].append(p["text"])
        for s in parts["strategies"]:
            plan.strategies[s["kind"]].append(s["text"])
        plan.actions = [Action(a["text"], a["owner"], a["due_date"], a["status"], a["result"])
                        for a in parts["actions"]]
        plan.objectives = [Objective(o["text"], o["target"]) for o in parts["objectives"]]
        if not plan.background:
            plan.background = self.background(self.customer(plan.customer_id))
        return plan

    def versions(self, customer_id: int) -> list[dict[str, Any]]:
        """``id, version, status, plan_date, title`` of each version, newest first."""
        return [dict(r) for r in sql.versions(self.store, customer_id)]

    def customer(self, customer_id: int) -> Customer:
        c = CustomerService(self.store, self.actor).get(customer_id)
        contacts = queries.contacts_of(self.store, customer_id)
        owner = next((k for k in contacts if k["role"] == "owner"), None) or next(
            (k for k in contacts if k["is_primary"]), None)
        manager = queries.staff_names(self.store).get(c["owner_id"], "") if c["owner_id"] else ""
        return Customer(
            id=customer_id, code=c["code"], name=c["name"],
            owner_name=owner["name"] if owner else "", manager=manager,
            business_format=c["business_format"] or "", area=c["area"] or "",
            values={**c, "owner_contact": dict(owner) if owner else {}},
        )

    def placeholders(self, plan: Plan, customer: Customer) -> dict[str, str]:
        return {
            "customer_name": customer.name, "customer_code": customer.code,
            "owner": plan.background.get("owner") or customer.owner_name,
            "account_manager": plan.signed_by_manager or customer.manager,
            "date": plan.plan_date, "business_format": customer.business_format,
            "area": customer.area,
        }

    # --- new plans ------------------------------------------------------------------------

    def new_plan(self, customer_id: int, template: str = "retail_outlet") -> Plan:
        """A draft, not yet saved, prefilled from the dossier: background, analysis where the
        dossier has it, strengths and weaknesses from its transaction status."""
        customer = self.customer(customer_id)
        v = customer.values
        t = tpl.template(self.store, template, self.language)
        plan = Plan(customer_id=customer_id, template=t.key, plan_date=date.today().isoformat(),
                    created_by=self.actor)
        plan.background = self.background(customer)
        self._prefill_analysis(plan, customer)
        plan.points["S"] = _points(v.get("strengths"))
        plan.points["W"] = _points(v.get("problems"))
        plan.signed_by_manager = customer.manager
        values = self.placeholders(plan, customer)
        plan.title = tpl.fill(t.boilerplate.get("title", ""), values)
        plan.closing = tpl.fill(t.boilerplate.get("closing", ""), values)
        _fit_prefilled(plan)
        return plan

    def _prefill_analysis(self, plan: Plan, customer: Customer) -> None:
        """The analysis sections from what the dossier knows; each template asks different
        questions under the same four sections (see templates.py)."""
        v = customer.values
        owner = v["owner_contact"]
        plan.competition = _join(v.get("competitor_ties"))
        plan.owner_personality = _join(owner.get("personality"), owner.get("hobbies"))
        if plan.template == "key_account":
            contacts = queries.contacts_of(self.store, customer.id)
            plan.business_format_analysis = _join(v.get("industry"), v.get("size"),
                                                  v.get("sales_performance"))
            plan.consumer_groups = _join(*(
                f"{c['name']}（{ROLES.get(c['role'], (c['role'],))[0]}）" if c["role"] else c["name"]
                for c in contacts))
            level = RELATIONSHIPS.get(v.get("relationship") or "", ("",))[0]
            plan.owner_personality = _join(level and f"关系层级：{level}", v.get("attitude"),
                                           v.get("business_philosophy"))
        elif plan.template == "bank_vip":
            balance = sql.latest_snapshot(self.store, customer.id, "deposit_balance")
            plan.business_format_analysis = _join(
                v.get("assets") and f"资产：{money(v['assets'])}",
                balance and f"{balance['taken_on']} 存款余额：{balance['value']:,.2f}")
            plan.consumer_groups = _join(v.get("dna"), v.get("plans"))
        else:
            # the shop and how it sells under 经营业态分析; whom it serves under 消费群体构成
            plan.business_format_analysis = _join(v.get("business_format"), v.get("area"),
                                                  v.get("traits"), v.get("sales_capability"),
                                                  v.get("sales_performance"))
            plan.consumer_groups = _join(v.get("service_area"))

    def background(self, customer: Customer) -> dict[str, str]:
        return {"owner": customer.owner_name, "customer_code": customer.code,
                "shop_name": customer.name, "business_format": customer.business_format}

    def new_version(self, plan_id: int | None = None, customer_id: int | None = None) -> int:
        """Copy a plan (by default the customer's active one, else its newest) into a new
        draft version dated today; returns its id."""
        if plan_id is None:
            if customer_id is None:
                raise ValueError("give a plan or a customer")
            plan_id = sql.plan_to_print(self.store, [customer_id]).get(customer_id)
            if plan_id is None:
                raise NotFoundError("This customer has no plan to copy yet.")
        source = self.load(plan_id)
        copy = source.copy()
        copy.id = None
        copy.status = "draft"
        copy.plan_date = date.today().isoformat()
        copy.signed_by_customer = copy.signed_on = ""
        copy.created_by = self.actor
        return self.save(copy)

    # --- saving -----------------------------------------------------------------------------

    def save(self, plan: Plan) -> int:
        """Insert or update the whole plan in one transaction; returns its id. Raises
        :class:`ValidationError` naming each problem; then nothing is written."""
        self.check(plan)
        values = {
            "template": plan.template, "status": plan.status, "plan_date": plan.plan_date,
            "title": plan.title.strip() or None,
            "background": json.dumps(plan.background, ensure_ascii=False),
            **{k: (v.strip() or None) for k, v in plan.analysis().items()},
            "closing": plan.closing.strip() or None,
            "signed_by_customer": plan.signed_by_customer.strip() or None,
            "signed_by_manager": plan.signed_by_manager.strip() or None,
            "signed_on": plan.signed_on or None,
        }
        points = [(q, t.strip()) for q in QUADRANTS for t in plan.points.get(q, []) if t.strip()]
        strategies = [(k, t.strip()) for k in STRATEGY_KINDS
                      for t in plan.strategies.get(k, []) if t.strip()]
        actions = [{"text": a.text.strip(), "owner": (a.owner or "").strip() or None,
                    "due_date": a.due_date or None, "status": a.status,
                    "result": (a.result or "").strip() or None}
                   for a in plan.actions if a.text.strip()]
        objectives = [(o.text.strip(), (o.target or "").strip() or None)
                      for o in plan.objectives if o.text.strip()]
        created = plan.id is None
        with self.store.transaction():
            if created:
                activate = plan.status == "active"
                values["status"] = "draft" if activate else plan.status
                version = sql.next_version(self.store, plan.customer_id)
                plan.id = sql.insert_plan(self.store, plan.customer_id, version, values, self.actor)
                plan.version = version
                if activate:
                    sql.set_status(self.store, plan.id, "active")
            else:
                status = values.pop("status")
                sql.update_plan(self.store, plan.id, values)
                if sql.plan(self.store, plan.id)["status"] != status:
                    sql.set_status(self.store, plan.id, status)
            sql.replace_children(self.store, plan.id, points, strategies, actions, objectives)
            if created:
                queries.log_changes(self.store, [(
                    "plan", plan.id, plan.customer_id, "*created", None, f"v{plan.version}",
                )], self.actor)
        return plan.id

    def check(self, plan: Plan) -> None:
        """Every part of ``plan`` within the registry's limits (its texts tidied in place);
        raises :class:`ValidationError` naming each problem."""
        errors: list[FieldError] = []
        if plan.status not in PLAN_STATUSES:
            errors.append(FieldError("status", "choice", f"unknown status {plan.status!r}"))
        for name in ("plan_date", "signed_on"):
            value = getattr(plan, name)
            if name == "plan_date" or value:
                try:
                    setattr(plan, name, parse_date(value).isoformat())
                except FieldProblem as problem:
                    errors.append(FieldError(name, problem.code, problem.message, problem.params))
                except (ValueError, TypeError):
                    errors.append(FieldError(name, "date", f"{value!r} is not a date like "
                                             "2026-11-01", {"value": value}))
        _check_texts(plan, errors)
        for number, a in enumerate(plan.actions, start=1):
            if a.status not in ACTION_STATUSES:
                errors.append(FieldError("actions", "choice", f"action {number}: unknown status"))
            if a.due_date:
                try:
                    a.due_date = parse_date(a.due_date).isoformat()
                except FieldProblem as problem:
                    errors.append(FieldError("actions", problem.code,
                                             f"action {number}: {problem.message}",
                                             {**problem.params, "number": number}))
                except (ValueError, TypeError):
                    errors.append(FieldError(
                        "actions", "date", f"action {number}: the due date {a.due_date!r} is not "
                        "a date like 2026-11-01", {"number": number, "value": a.due_date}))
            if not a.text.strip() and (a.owner or a.due_date or a.result):
                errors.append(FieldError("actions", "required",
                                         f"action {number} has no text: write what is to be done",
                                         {"number": number}))
        if errors:
            raise ValidationError(errors)

    def set_status(self, plan_id: int, status: str) -> None:
        if status not in PLAN_STATUSES:
            raise ValidationError([FieldError("status", "choice", f"unknown status {status!r}")])
        plan = self.load(plan_id)
        with self.store.transaction():
            sql.set_status(self.store, plan_id, status)
            queries.log_changes(self.store, [(
                "plan", plan_id, plan.customer_id, "status", plan.status, status)], self.actor)

    def delete(self, plan_id: int) -> None:
        """Delete a draft (plans that were active are history: archive them instead)."""
        plan = self.load(plan_id)
        if plan.status != "draft":
            raise ValidationError([FieldError(
                "status", "not_draft", "only a draft can be deleted; archive this plan instead")])
        with self.store.transaction():
            sql.delete_plan(self.store, plan_id)
            queries.log_changes(self.store, [(
                "plan", plan_id, plan.customer_id, "*deleted", f"v{plan.version}", None)], self.actor)

    # --- actions on the agenda ------------------------------------------------------------

    def open_actions(self, staff_id: int | None = None) -> list[dict[str, Any]]:
        name = queries.staff_names(self.store).get(staff_id) if staff_id is not None else None
        return [dict(r) for r in sql.open_actions_due(self.store, name, staff_id)]

    def complete_action(self, action_id: int, result: str | None = None) -> None:
        result = check_value(_FIELDS["action_result"], result, name="result")
        self._action_update(action_id, {"status": "done", **({"result": result} if result else {})})

    def reschedule_action(self, action_id: int, due: date | str) -> None:
        self._action_update(action_id, {"due_date": parse_date(due).isoformat()})

    def _action_update(self, action_id: int, values: dict[str, Any]) -> None:
        row = sql.action(self.store, action_id)
        if row is None:
            raise NotFoundError(f"There is no plan action with id {action_id}.")
        plan = sql.plan(self.store, row["plan_id"])
        with self.store.transaction():
            sql.update_action(self.store, action_id, values)
            queries.log_changes(self.store, [
                ("plan_action", action_id, plan["customer_id"], k, row[k], v)
                for k, v in values.items()], self.actor)


def customers_for_print(store: Store, status: str | None = None) -> list[int]:
    return sql.customers_with_plans(store, status)


def plans_to_print(store: Store, customer_ids: Sequence[int]) -> dict[int, int]:
    return sql.plan_to_print(store, customer_ids)


def all_plans(store: Store, status: str | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in sql.all_plans(store, status)]


def _fit_prefilled(plan: Plan) -> None:
    """A new plan's texts cut to their limits: what the dossier prefills (two long texts
    joined, a name from a file written before the limits) must not stop its first save."""

    def fit(name: str, value: str | None) -> str:
        limit = _FIELDS[name].limit or 0
        value = value or ""
        return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"

    for name in ("title", "closing", "signed_by_manager", *plan.analysis()):
        setattr(plan, name, fit(name, getattr(plan, name)))
    plan.background = {k: fit("background", v) for k, v in plan.background.items()}
    for quadrant, items in plan.points.items():
        plan.points[quadrant] = [fit("points", item) for item in items]


def _check_texts(plan: Plan, errors: list[FieldError]) -> None:
    """The plan's texts tidied and held to their limits (see fields.PLAN_FIELDS); a list
    item's problem names its number."""

    def text(name: str, value: str | None, number: int | None = None) -> str:
        try:
            return convert(_FIELDS[name], value) or ""
        except FieldProblem as problem:
            where = f"{name} {number}: " if number is not None else ""
            params = {**problem.params, **({"number": number} if number is not None else {})}
            errors.append(FieldError(name, problem.code, where + problem.message, params))
            return value or ""

    for name in ("title", "closing", "signed_by_customer", "signed_by_manager",
                 *plan.analysis()):
        setattr(plan, name, text(name, getattr(plan, name)))
    plan.background = {k: text("background", v) for k, v in plan.background.items()}
    for lists, name in ((plan.points, "points"), (plan.strategies, "strategies")):
        for key, items in lists.items():
            lists[key] = [text(name, item, n) for n, item in enumerate(items, start=1)]
    for n, a in enumerate(plan.actions, start=1):
        a.text = text("actions", a.text, n)
        a.owner = text("action_owner", a.owner, n) or None
        a.result = text("action_result", a.result, n) or None
    for n, o in enumerate(plan.objectives, start=1):
        o.text = text("objectives", o.text, n)
        o.target = text("objective_target", o.target, n) or None


def _background(text: str | None) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _join(*parts: Any) -> str:
    return "；".join(str(p).strip() for p in parts if p and str(p).strip())


def _points(text: str | None) -> list[str]:
    return [p.strip() for p in _SPLIT.split(text or "") if p.strip()]
