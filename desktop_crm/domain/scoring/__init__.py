"""Built-in scoring and segmentation: AHP customer value, RFM, quadrants, tiers, churn, CLV,
NPS and dossier completeness — explainable, and kept as dated runs.

``ahp_weights`` and ``rfm_table`` are imported from here by other code and checks.
"""

from __future__ import annotations

from desktop_crm.domain.scoring.ahp import AhpResult, ahp_weights, most_inconsistent
from desktop_crm.domain.scoring.rfm import rfm_table

__all__ = ["AhpResult", "ahp_weights", "most_inconsistent", "rfm_table"]
