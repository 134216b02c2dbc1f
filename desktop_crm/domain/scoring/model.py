"""The customer-value model of DOMAIN.md [001/篇15]: value = current value + potential value;
current = total profit (4 indicators) + sales volume (3); potential = loyalty (2) + trust (3).

Weights come from pairwise-comparison matrices (see :mod:`.ahp`). The source prints its
weights but not its judgements. For volume, trust and the upper levels, whole Saaty
judgements reproduce them through the eigenvector; for total profit no such 4×4 matrix does
(its weights are the row geometric means of [[1,4,5,6],[¼,1,2,2],[⅕,½,1,2],[⅙,½,½,1]]), so
the default there is the consistent matrix of the published weights. Users edit any matrix
and choose which indicator fills each place.
"""

from __future__ import annotations

import json
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop_crm.domain.money import money
from desktop_crm.domain.scoring.ahp import AhpResult, ahp_weights, from_weights

# Indicators computed from the data: key -> (zh, en, unit hint). All "more is better".
INDICATORS: dict[str, tuple[str, str]] = {
    "gross_profit": ("毛利额(近12月)", "Gross profit (12 months)"),
    "profit_growth": ("毛利增长", "Profit growth"),
    "margin": ("毛利率", "Gross margin"),
    "profit_per_order": ("单笔毛利", "Profit per order"),
    "orders": ("订单数(近12月)", "Orders (12 months)"),
    "quantity": ("销量(近12月)", "Quantity (12 months)"),
    "sales": ("销售额(近12月)", "Sales (12 months)"),
    "repeat_rate": ("复购率(月)", "Repeat-purchase rate (months)"),
    "tenure_years": ("合作年限", "Years trading"),
    "relationship": ("关系层级", "Relationship level"),
    "referrals": ("推荐新客数", "Referrals made"),
    "satisfaction": ("满意度", "Satisfaction"),
    "nps": ("推荐意愿(NPS)", "Likelihood to recommend (NPS)"),
    "visits": ("互动次数(近12月)", "Interactions (12 months)"),
}

MONEY_INDICATORS = frozenset({"gross_profit", "profit_per_order", "sales"})  # in yuan

# Criteria of the hierarchy: key -> (zh, en); leaves hold indicators.
CRITERIA: dict[str, tuple[str, str]] = {
    "value": ("客户价值", "Customer value"),
    "current": ("当前价值", "Current value"),
    "potential": ("潜在价值", "Potential value"),
    "profit": ("总利润", "Total profit"),
    "volume": ("销售量", "Sales volume"),
    "loyalty": ("忠诚度", "Loyalty"),
    "trust": ("信任度", "Trust"),
}
# parent -> children, in order; the leaves' children are indicator places
TREE: dict[str, tuple[str, ...]] = {
    "value": ("current", "potential"),
    "current": ("profit", "volume"),
    "potential": ("loyalty", "trust"),
}
LEAVES = ("profit", "volume", "loyalty", "trust")
SOURCE_GLOBAL_WEIGHTS = (
    0.3251, 0.0982, 0.0657, 0.0444, 0.0218, 0.0396, 0.0719, 0.2000, 0.0500, 0.0440, 0.0116,
    0.0277,
)

DEFAULT_MATRICES: dict[str, list[list[float]]] = {
    "value": [[1, 2], [1 / 2, 1]],                               # 0.6667 / 0.3333
    "current": [[1, 4], [1 / 4, 1]],                             # 0.8 / 0.2
    "potential": [[1, 3], [1 / 3, 1]],                           # 0.75 / 0.25
    "profit": from_weights((0.6095, 0.1842, 0.1231, 0.0832)),
    "volume": [[1, 1 / 2, 1 / 3], [2, 1, 1 / 2], [3, 2, 1]],     # 0.1634 0.2970 0.5396
    "loyalty": [[1, 4], [1 / 4, 1]],                             # 0.8 / 0.2
    "trust": [[1, 3, 2], [1 / 3, 1, 1 / 3], [1 / 2, 3, 1]],      # 0.5278 0.1396 0.3325
}
DEFAULT_INDICATORS: dict[str, list[str]] = {
    "profit": ["gross_profit", "profit_growth", "margin", "profit_per_order"],
    "volume": ["orders", "quantity", "sales"],
    "loyalty": ["repeat_rate", "tenure_years"],
    "trust": ["relationship", "referrals", "satisfaction"],
}
STANDARDISE = ("zscore", "minmax")


@dataclass
class ValueModel:
    """Matrices, the indicator in each place, and how indicators are standardised."""

    matrices: dict[str, list[list[float]]] = field(
        default_factory=lambda: deepcopy(DEFAULT_MATRICES))
    indicators: dict[str, list[str]] = field(default_factory=lambda: deepcopy(DEFAULT_INDICATORS))
    standardise: str = "zscore"

    def results(self) -> dict[str, AhpResult]:
        return {key: ahp_weights(m) for key, m in self.matrices.items()}

    def problems(self) -> list[str]:
        """Criteria whose matrix is too inconsistent (CR ≥ 0.1) to be applied."""
        return [key for key, r in self.results().items() if not r.acceptable]

    def leaves(self) -> list[tuple[str, str, float]]:
        """``(criterion, indicator, global weight)`` for the 12 places, in order."""
        res = self.results()
        out: list[tuple[str, str, float]] = []
        for top_i, mid in enumerate(TREE["value"]):
            w_top = res["value"].weights[top_i]
            for mid_i, leaf in enumerate(TREE[mid]):
                w_mid = res[mid].weights[mid_i]
                for k, indicator in enumerate(self.indicators[leaf]):
                    out.append((leaf, indicator, float(w_top * w_mid * res[leaf].weights[k])))
        return out

    def global_weights(self) -> np.ndarray:
        return np.array([w for _, _, w in self.leaves()])

    def validate(self) -> None:
        """Raise ValueError (one sentence) if this model cannot be applied."""
        for key, expected in DEFAULT_MATRICES.items():
            m = self.matrices.get(key)
            if m is None or len(m) != len(expected):
                n = len(expected)
                raise ValueError(f"The {CRITERIA[key][1]} matrix must be {n}×{n}.")
        for leaf in LEAVES:
            keys = self.indicators.get(leaf, [])
            if len(keys) != len(DEFAULT_INDICATORS[leaf]) or any(k not in INDICATORS for k in keys):
                n = len(DEFAULT_INDICATORS[leaf])
                raise ValueError(f"{CRITERIA[leaf][1]} needs {n} known indicators.")
        if self.standardise not in STANDARDISE:
            raise ValueError(f"Unknown standardisation {self.standardise!r}.")
        bad = self.problems()
        if bad:
            raise ValueError(
                f"The {CRITERIA[bad[0]][1]} matrix is inconsistent (CR ≥ 0.1); "
                "revise it before applying."
            )

    def to_json(self) -> str:
        return json.dumps(
            {"matrices": self.matrices, "indicators": self.indicators,
             "standardise": self.standardise}
        )

    @classmethod
    def from_json(cls, text: str | None) -> ValueModel:
        if not text:
            return cls()
        data: dict[str, Any] = json.loads(text)
        model = cls()
        model.matrices.update(data.get("matrices", {}))
        model.indicators.update(data.get("indicators", {}))
        model.standardise = data.get("standardise", model.standardise)
        return model


def format_raw(value: float | None, indicator: str = "") -> str:
    """An indicator's raw value as people read it: thousands grouped, no exponents, an
    amount with its unit."""
    if value is None:
        return "—"
    if indicator in MONEY_INDICATORS:
        return money(value, decimals=0 if abs(value) >= 1000 else None)
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if float(value).is_integer():
        return f"{value:.0f}"
    return f"{value:.3g}" if abs(value) >= 1 else f"{value:.3f}".rstrip("0").rstrip(".")
