"""Account plans (客户经营指导计划书): the plan itself, templates, versions and comparison."""

from __future__ import annotations

from desktop_crm.domain.plans.compare import Change, compare, summary
from desktop_crm.domain.plans.model import (
    ACTION_STATUSES, ANALYSIS, PLAN_STATUSES, QUADRANTS, STRATEGY_KINDS, Action, Customer,
    Objective, Plan, label,
)
from desktop_crm.domain.plans.service import (
    PlanService, all_plans, customers_for_print, plans_to_print,
)
from desktop_crm.domain.plans.templates import PLACEHOLDERS, Template, fill, save_template, template, templates

__all__ = [
    "ACTION_STATUSES", "ANALYSIS", "PLACEHOLDERS", "PLAN_STATUSES", "QUADRANTS", "STRATEGY_KINDS",
    "Action", "Change", "Customer", "Objective", "Plan", "PlanService", "Template",
    "all_plans", "compare", "customers_for_print", "fill", "label", "plans_to_print",
    "save_template", "summary", "template", "templates",
]
