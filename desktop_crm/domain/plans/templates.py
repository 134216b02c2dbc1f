"""Plan templates: the retail outlet plan of the source [001/篇4], a key-account development
plan [003] and a bank VIP client plan [001/篇1]. A template gives the headings of a plan's
sections and its boilerplate text with placeholders such as ``{customer_name}``. Users may
change both; their changes are stored in ``plan_templates`` over these defaults."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from desktop_crm.domain.validation import FieldError, ValidationError
from desktop_crm.storage import plans as sql
from desktop_crm.storage.db import Store

PLACEHOLDERS = {
    "customer_name": ("客户名称", "Customer name"),
    "customer_code": ("客户代码", "Customer code"),
    "owner": ("店主/负责人", "Owner"),
    "account_manager": ("客户经理", "Account manager"),
    "date": ("计划日期", "Plan date"),
    "business_format": ("经营业态", "Business format"),
    "area": ("商圈/区域", "Area"),
}
# Section keys a template names, in the order of the document.
HEADINGS = (
    "background", "analysis", "business_format_analysis", "consumer_groups", "competition",
    "owner_personality", "swot", "S", "W", "O", "T", "strategies", "actions", "objectives",
    "signature_customer", "signature_manager", "signature_date",
)
BOILERPLATE = ("title", "intro", "closing")

_RETAIL = {
    "background": "一、客户背景", "analysis": "二、客户分析",
    "business_format_analysis": "1. 经营业态分析", "consumer_groups": "2. 消费群体构成",
    "competition": "3. 竞争环境", "owner_personality": "4. 客户性格",
    "swot": "三、SWOT分析", "S": "优势 S", "W": "劣势 W", "O": "机会 O", "T": "威胁 T",
    "strategies": "四、经营策略", "actions": "五、方案制订", "objectives": "六、经营目标",
    "signature_customer": "客户签名", "signature_manager": "客户经理", "signature_date": "日期",
}
DEFAULTS: dict[str, dict[str, dict[str, str]]] = {
    "retail_outlet": {
        "headings": _RETAIL,
        "boilerplate": {
            "title": "{customer_name}客户经营指导计划书",
            "intro": "",
            "closing": "最后，祝您生意兴隆！谢谢您的大力支持与配合，我将竭诚为您服务！",
        },
    },
    "key_account": {
        "headings": {
            **_RETAIL,
            "analysis": "二、大客户分析", "business_format_analysis": "1. 业务结构与采购规模",
            "consumer_groups": "2. 决策链与关键人", "competition": "3. 竞争对手与合作现状",
            "owner_personality": "4. 关系层级与学习型关系",
            "strategies": "四、开发策略", "actions": "五、开发行动计划", "objectives": "六、开发目标",
            "signature_customer": "客户代表", "signature_manager": "大客户经理",
        },
        "boilerplate": {
            "title": "{customer_name}大客户开发计划",
            "intro": "本计划旨在与{customer_name}由优先供应商逐步发展为合作伙伴乃至战略联盟。",
            "closing": "期待与贵方建立长期、互信、共同成长的合作关系。",
        },
    },
    "bank_vip": {
        "headings": {
            **_RETAIL,
            "background": "一、客户基本信息", "analysis": "二、客户分析",
            "business_format_analysis": "1. 资产与存款状况", "consumer_groups": "2. 金融需求与偏好",
            "competition": "3. 他行竞争情况", "owner_personality": "4. 客户性格与兴趣",
            "strategies": "四、维护策略", "actions": "五、服务行动", "objectives": "六、维护目标",
            "signature_customer": "客户签名", "signature_manager": "理财经理",
        },
        "boilerplate": {
            "title": "{customer_name}VIP客户经营计划",
            "intro": "尊敬的{owner}，感谢您对我行的信任，以下是我们为您制定的专属服务计划。",
            "closing": "如有任何需要，请随时联系您的专属客户经理{account_manager}。",
        },
    },
}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass
class Template:
    key: str
    name_zh: str
    name_en: str
    headings: dict[str, str] = field(default_factory=dict)
    boilerplate: dict[str, str] = field(default_factory=dict)

    def name(self, language: str) -> str:
        return self.name_zh if language.startswith("zh") else self.name_en

    def heading(self, key: str) -> str:
        return self.headings.get(key, "")


def templates(store: Store) -> list[Template]:
    """Every template with the user's changes over the defaults."""
    out = []
    for row in sql.templates(store):
        default = DEFAULTS.get(row["key"], DEFAULTS["retail_outlet"])
        out.append(Template(
            row["key"], row["name_zh"], row["name_en"],
            {**default["headings"], **_json(row["headings"])},
            {**default["boilerplate"], **_json(row["boilerplate"])},
        ))
    return out


def template(store: Store, key: str) -> Template:
    found = {t.key: t for t in templates(store)}
    return found.get(key) or found["retail_outlet"]


def save_template(store: Store, key: str, headings: dict[str, str],
                  boilerplate: dict[str, str]) -> None:
    """Store a template's headings and boilerplate; only what differs from the default is
    kept, so later improvements of the defaults still reach unchanged sections."""
    errors = [
        FieldError(name, "placeholder", f"unknown placeholder {{{p}}}: use one of "
                   + ", ".join("{" + k + "}" for k in PLACEHOLDERS), {"placeholder": p})
        for name, text in {**headings, **boilerplate}.items()
        for p in _PLACEHOLDER.findall(text or "") if p not in PLACEHOLDERS
    ]
    if errors:
        raise ValidationError(errors)
    default = DEFAULTS.get(key, DEFAULTS["retail_outlet"])
    changed_h = {k: v for k, v in headings.items() if v != default["headings"].get(k)}
    changed_b = {k: v for k, v in boilerplate.items() if v != default["boilerplate"].get(k)}
    sql.save_template(store, key, json.dumps(changed_h, ensure_ascii=False),
                      json.dumps(changed_b, ensure_ascii=False))


def fill(text: str, values: dict[str, Any]) -> str:
    """Replace ``{placeholder}``s; unknown or empty ones become '' (never a KeyError)."""
    return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1)) or ""), text or "")


def _json(text: str | None) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
