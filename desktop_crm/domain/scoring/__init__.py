"""Built-in scoring and segmentation: AHP customer value, RFM, quadrants, tiers, churn, CLV,
NPS and dossier completeness — explainable, and kept as dated runs.

``ahp_weights`` and ``rfm_table`` are imported from here by other code and checks. They are
loaded on first use: the customer list imports :mod:`.segments` at start-up, and that must
not pull in numpy and pandas.
"""

from __future__ import annotations

from typing import Any

__all__ = ["AhpResult", "ahp_weights", "most_inconsistent", "rfm_table"]


def __getattr__(name: str) -> Any:
    if name in ("AhpResult", "ahp_weights", "most_inconsistent"):
        from desktop_crm.domain.scoring import ahp  # plain imports: PyInstaller sees them

        return getattr(ahp, name)
    if name == "rfm_table":
        from desktop_crm.domain.scoring import rfm

        return rfm.rfm_table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
