"""Built-in scoring and segmentation: AHP customer value, RFM, quadrants, tiers, churn, CLV,
NPS and dossier completeness — explainable, and kept as dated runs.

``ahp_weights`` and ``rfm_table`` are imported from here by other code and checks. They are
loaded on first use: the customer list imports :mod:`.segments` at start-up, and that must
not pull in numpy and pandas.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_LAZY = {
    "AhpResult": "ahp", "ahp_weights": "ahp", "most_inconsistent": "ahp", "rfm_table": "rfm",
}
__all__ = ["AhpResult", "ahp_weights", "most_inconsistent", "rfm_table"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(f"desktop_crm.domain.scoring.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
