"""Two versions of a plan side by side: which SWOT points, strategies, actions and objectives
were added, removed or changed, and which text sections differ.

Lists are aligned with difflib: equal runs match; a replaced run pairs its items one to one
as "changed" (the edited wording of a point), and what is left over is added or removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from desktop_crm.domain.plans.model import (
    ACTION_STATUSES, ANALYSIS, QUADRANTS, STRATEGY_KINDS, Plan, label,
)


@dataclass(frozen=True)
class Change:
    section: str      # 'S', 'W', 'O', 'T', 'SO'..., 'actions', 'objectives', or a text field
    kind: str         # 'same', 'added', 'removed', 'changed'
    old: str          # '' when added
    new: str          # '' when removed


def compare(old: Plan, new: Plan, *, include_same: bool = True,
            language: str = "zh") -> list[Change]:
    """Every point and section of ``old`` against ``new``, in document order; actions are
    written out with their status in ``language``."""
    out: list[Change] = []
    for name in ("title", *ANALYSIS):
        a, b = getattr(old, name), getattr(new, name)
        if a or b:
            out.append(Change(name, "same" if a == b else "changed", a, b))
    for q in QUADRANTS:
        out += _lists(q, old.points.get(q, []), new.points.get(q, []))
    for k in STRATEGY_KINDS:
        out += _lists(k, old.strategies.get(k, []), new.strategies.get(k, []))
    out += _lists("actions", [_action(a, language) for a in old.actions],
                  [_action(a, language) for a in new.actions])
    out += _lists("objectives", [_objective(o) for o in old.objectives],
                  [_objective(o) for o in new.objectives])
    if old.closing or new.closing:
        out.append(Change("closing", "same" if old.closing == new.closing else "changed",
                          old.closing, new.closing))
    return out if include_same else [c for c in out if c.kind != "same"]


def summary(changes: list[Change]) -> dict[str, int]:
    counts = {"added": 0, "removed": 0, "changed": 0}
    for c in changes:
        if c.kind in counts:
            counts[c.kind] += 1
    return counts


def _lists(section: str, a: list[str], b: list[str]) -> list[Change]:
    out: list[Change] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out += [Change(section, "same", x, x) for x in a[i1:i2]]
            continue
        olds, news = a[i1:i2], b[j1:j2]
        paired = min(len(olds), len(news)) if op == "replace" else 0
        out += [Change(section, "changed", x, y) for x, y in zip(olds[:paired], news[:paired])]
        out += [Change(section, "removed", x, "") for x in olds[paired:]]
        out += [Change(section, "added", "", y) for y in news[paired:]]
    return out


def _action(a, language: str) -> str:
    parts = [a.text]
    if a.owner:
        parts.append(a.owner)
    if a.due_date:
        parts.append(a.due_date)
    parts.append(label(ACTION_STATUSES, a.status, language))
    if a.result:
        parts.append(a.result)
    return " · ".join(parts)


def _objective(o) -> str:
    return f"{o.text} · {o.target}" if o.target else o.text
