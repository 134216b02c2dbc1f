"""Segment dimensions a customer can be filtered by, with labels in both languages.

A segment is named ``"<dimension>:<code>"``, e.g. ``"rfm_segment:at_risk"`` or
``"value_quadrant:invest"``; it means "in that segment in the latest scoring run". The
customer list, exports and campaign targets take it as :attr:`CustomerFilter.segment`.
"""

from __future__ import annotations

from desktop_crm.domain.fields import ASSET_GRADES, TIERS

# (zh, en) of each RFM segment code (see rfm.segment_of)
RFM_SEGMENTS: dict[str, tuple[str, str]] = {
    "champions": ("重要价值客户", "Champions"),
    "loyal": ("忠诚客户", "Loyal"),
    "potential": ("潜力客户", "Potential loyalists"),
    "new": ("新客户", "New customers"),
    "promising": ("有望客户", "Promising"),
    "attention": ("需要关注", "Need attention"),
    "sleepy": ("即将沉睡", "About to sleep"),
    "at_risk": ("流失风险", "At risk"),
    "cant_lose": ("不能失去", "Can't lose them"),
    "hibernating": ("沉睡客户", "Hibernating"),
}

DIMENSIONS: dict[str, tuple[str, str]] = {
    "value_quadrant": ("价值象限", "Value quadrant"),
    "volume_loyalty": ("规模×忠诚", "Volume × loyalty"),
    "rfm_segment": ("RFM细分", "RFM segment"),
    "suggested_tier": ("建议等级", "Suggested tier"),
    "asset_grade": ("资产评级(评分)", "Asset grade (scored)"),
    "churn_level": ("流失风险", "Churn risk"),
    "nps_group": ("NPS类别", "NPS group"),
    "stale": ("档案更新", "File freshness"),
}

LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "value_quadrant": {
        "invest": ("高价值·加大投入", "High value · invest"),
        "maintain": ("当前价值高·维持", "High current value · maintain"),
        "develop": ("潜在价值高·培育", "High potential · develop"),
        "stop": ("低价值·停止投入", "Low value · stop investing"),
    },
    "volume_loyalty": {
        "precious": ("大而忠诚·最珍贵", "Large & loyal · most precious"),
        "dangerous": ("大而不忠·最危险", "Large & disloyal · most dangerous"),
        "rising": ("小而忠诚·潜力之星", "Small & loyal · rising stars"),
        "let_go": ("小而不忠·可放手", "Small & disloyal · let go"),
    },
    "rfm_segment": dict(RFM_SEGMENTS),
    "suggested_tier": dict(TIERS),
    "asset_grade": dict(ASSET_GRADES),
    "churn_level": {
        "high": ("高风险", "High risk"), "medium": ("中风险", "Medium risk"),
        "low": ("低风险", "Low risk"),
    },
    "nps_group": {
        "promoter": ("推荐者(9–10)", "Promoters (9–10)"),
        "passive": ("被动者(7–8)", "Passives (7–8)"),
        "detractor": ("贬损者(0–6)", "Detractors (0–6)"),
    },
    "stale": {"1": ("久未更新", "Not updated for long"), "0": ("近期更新", "Up to date")},
}


def label(dimension: str, code: object, language: str = "zh") -> str:
    """The label of a segment code ('' for none)."""
    if code is None or code == "":
        return ""
    key = str(int(code)) if dimension == "stale" else str(code)
    pair = LABELS.get(dimension, {}).get(key)
    if pair is None:
        return key
    return pair[0] if language.startswith("zh") else pair[1]


def dimension_label(dimension: str, language: str = "zh") -> str:
    zh, en = DIMENSIONS[dimension]
    return zh if language.startswith("zh") else en


def parse(segment: str) -> tuple[str, str]:
    """``"dimension:code"`` -> (dimension, code); ValueError with a clear message."""
    dimension, sep, code = segment.partition(":")
    known_code = dimension == "suggested_tier" or code in LABELS.get(dimension, {})
    if not sep or dimension not in DIMENSIONS or not known_code:
        known = ", ".join(DIMENSIONS)
        raise ValueError(
            f"{segment!r} is not a segment; write dimension:code with a dimension of {known}.")
    return dimension, code


def choices(language: str = "zh") -> list[tuple[str, str]]:
    """Every segment as ``(value, "dimension: label")``, for a filter box."""
    out = []
    for dim in DIMENSIONS:
        for code in LABELS[dim]:
            text = f"{dimension_label(dim, language)}: {label(dim, code, language)}"
            out.append((f"{dim}:{code}", text))
    return out
