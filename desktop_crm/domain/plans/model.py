"""What an account plan (客户经营指导计划书) is made of, as plain data [001/篇4]: background,
customer analysis, SWOT points, strategies paired from them, numbered actions and objectives,
closing line and signatures. Codes are stored; labels come in both languages."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

QUADRANTS = {
    "S": ("优势", "Strengths"),
    "W": ("劣势", "Weaknesses"),
    "O": ("机会", "Opportunities"),
    "T": ("威胁", "Threats"),
}
# Strategies pair an internal quadrant with an external one (the TOWS matrix).
STRATEGY_KINDS = {
    "SO": ("SO 增长型策略", "SO: use strengths to seize opportunities"),
    "ST": ("ST 多元化策略", "ST: use strengths to meet threats"),
    "WO": ("WO 扭转型策略", "WO: overcome weaknesses through opportunities"),
    "WT": ("WT 防御型策略", "WT: reduce weaknesses, avoid threats"),
}
PLAN_STATUSES = {
    "draft": ("草稿", "Draft"),
    "active": ("生效", "Active"),
    "archived": ("已归档", "Archived"),
}
ACTION_STATUSES = {
    "open": ("未开始", "Open"),
    "doing": ("进行中", "In progress"),
    "done": ("已完成", "Done"),
    "dropped": ("已放弃", "Dropped"),
}
# The analysis sections, stored in these columns of ``plans``; templates name them.
ANALYSIS = ("business_format_analysis", "consumer_groups", "competition", "owner_personality")
# The background lines written on a plan, in order.
BACKGROUND = ("owner", "customer_code", "shop_name", "business_format")


def label(table: dict[str, tuple[str, str]], code: str | None, language: str) -> str:
    if code is None:
        return ""
    zh, en = table.get(code, (code, code))
    return zh if language.startswith("zh") else en


@dataclass
class Action:
    text: str
    owner: str | None = None
    due_date: str | None = None     # ISO date
    status: str = "open"
    result: str | None = None


@dataclass
class Objective:
    text: str
    target: str | None = None


@dataclass
class Plan:
    """One version of a customer's plan. ``id`` is None until saved."""

    customer_id: int
    id: int | None = None
    template: str = "retail_outlet"
    version: int = 0
    status: str = "draft"
    plan_date: str = ""
    title: str = ""
    background: dict[str, str] = field(default_factory=dict)
    business_format_analysis: str = ""
    consumer_groups: str = ""
    competition: str = ""
    owner_personality: str = ""
    points: dict[str, list[str]] = field(default_factory=lambda: {q: [] for q in QUADRANTS})
    strategies: dict[str, list[str]] = field(
        default_factory=lambda: {k: [] for k in STRATEGY_KINDS})
    actions: list[Action] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    closing: str = ""
    signed_by_customer: str = ""
    signed_by_manager: str = ""
    signed_on: str = ""
    created_by: str = ""

    def copy(self) -> Plan:
        """A deep copy (lists and dicts are not shared)."""
        return replace(
            self, background=dict(self.background),
            points={q: list(v) for q, v in self.points.items()},
            strategies={k: list(v) for k, v in self.strategies.items()},
            actions=[replace(a) for a in self.actions],
            objectives=[replace(o) for o in self.objectives],
        )

    def analysis(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in ANALYSIS}

    def point_count(self) -> int:
        return sum(len(v) for v in self.points.values())


@dataclass(frozen=True)
class Customer:
    """What a plan or a card says about the customer beyond the plan itself."""

    id: int
    code: str
    name: str
    owner_name: str        # the shop owner (店主), from the contacts
    manager: str           # the account manager (客户经理)
    business_format: str
    area: str
    values: dict[str, Any] = field(default_factory=dict)  # all columns, for placeholders
