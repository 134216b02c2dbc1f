"""Plan templates: the retail outlet plan of the source [001/篇4], a key-account development
plan [003] and a bank VIP client plan [001/篇1]. A template gives the headings of a plan's
sections and its boilerplate text with placeholders such as ``{customer_name}``, in Chinese
and in English: a template is read in the user's language. Users may change both; their
changes are stored in ``plan_templates`` over these defaults, per language (the English
changes' keys start with ``en:``)."""

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
_RETAIL_EN = {
    "background": "1. Customer background", "analysis": "2. Customer analysis",
    "business_format_analysis": "2.1 Business format", "consumer_groups": "2.2 Consumer groups",
    "competition": "2.3 Competitive environment", "owner_personality": "2.4 Owner's personality",
    "swot": "3. SWOT analysis", "S": "Strengths S", "W": "Weaknesses W", "O": "Opportunities O",
    "T": "Threats T", "strategies": "4. Strategies", "actions": "5. Action plan",
    "objectives": "6. Objectives", "signature_customer": "Customer signature",
    "signature_manager": "Account manager", "signature_date": "Date",
}
DEFAULTS_EN: dict[str, dict[str, dict[str, str]]] = {
    "retail_outlet": {
        "headings": _RETAIL_EN,
        "boilerplate": {
            "title": "Customer management plan: {customer_name}",
            "intro": "",
            "closing": "Finally, we wish you a prosperous business! Thank you for your support "
                       "and cooperation; I will serve you wholeheartedly.",
        },
    },
    "key_account": {
        "headings": {
            **_RETAIL_EN,
            "analysis": "2. Key account analysis",
            "business_format_analysis": "2.1 Business structure and purchase volume",
            "consumer_groups": "2.2 Decision chain and key people",
            "competition": "2.3 Competitors and current cooperation",
            "owner_personality": "2.4 Relationship level and learning relationship",
            "strategies": "4. Development strategies", "actions": "5. Development actions",
            "objectives": "6. Development objectives",
            "signature_customer": "Customer representative",
            "signature_manager": "Key account manager",
        },
        "boilerplate": {
            "title": "Key account development plan: {customer_name}",
            "intro": "This plan aims to develop {customer_name} from a preferred supplier into a "
                     "partner and, in time, a strategic alliance.",
            "closing": "We look forward to a long-term relationship of trust in which we grow "
                       "together.",
        },
    },
    "bank_vip": {
        "headings": {
            **_RETAIL_EN,
            "background": "1. Client information", "analysis": "2. Client analysis",
            "business_format_analysis": "2.1 Assets and deposits",
            "consumer_groups": "2.2 Financial needs and preferences",
            "competition": "2.3 Other banks", "owner_personality": "2.4 Personality and interests",
            "strategies": "4. Care strategies", "actions": "5. Service actions",
            "objectives": "6. Objectives", "signature_customer": "Client signature",
            "signature_manager": "Wealth manager",
        },
        "boilerplate": {
            "title": "VIP client plan: {customer_name}",
            "intro": "Dear {owner}, thank you for your trust in our bank. Here is the service "
                     "plan we have prepared for you.",
            "closing": "Whenever you need anything, please contact your account manager "
                       "{account_manager}.",
        },
    },
}
_EN = "en:"  # stored changes to an English template: keys with this prefix
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


def defaults(key: str, language: str = "zh") -> dict[str, dict[str, str]]:
    """The built-in headings and boilerplate of a template in ``language`` (zh or en)."""
    table = DEFAULTS if language.startswith("zh") else DEFAULTS_EN
    return table.get(key, table["retail_outlet"])


def _changes(stored: dict[str, str], language: str) -> dict[str, str]:
    """The stored changes to the template in ``language``."""
    if language.startswith("zh"):
        return {k: v for k, v in stored.items() if not k.startswith(_EN)}
    return {k.removeprefix(_EN): v for k, v in stored.items() if k.startswith(_EN)}


def templates(store: Store, language: str = "zh") -> list[Template]:
    """Every template in ``language``, with the user's changes over the defaults."""
    out = []
    for row in sql.templates(store):
        default = defaults(row["key"], language)
        out.append(Template(
            row["key"], row["name_zh"], row["name_en"],
            {**default["headings"], **_changes(_json(row["headings"]), language)},
            {**default["boilerplate"], **_changes(_json(row["boilerplate"]), language)},
        ))
    return out


def template(store: Store, key: str, language: str = "zh") -> Template:
    found = {t.key: t for t in templates(store, language)}
    return found.get(key) or found["retail_outlet"]


def save_template(store: Store, key: str, headings: dict[str, str],
                  boilerplate: dict[str, str], language: str = "zh") -> None:
    """Store a template's headings and boilerplate in ``language``; only what differs from
    the default is kept, so later improvements of the defaults still reach unchanged
    sections. The other language's changes stay as they were."""
    errors = [
        FieldError(name, "placeholder", f"unknown placeholder {{{p}}}: use one of "
                   + ", ".join("{" + k + "}" for k in PLACEHOLDERS), {"placeholder": p})
        for name, text in {**headings, **boilerplate}.items()
        for p in _PLACEHOLDER.findall(text or "") if p not in PLACEHOLDERS
    ]
    if errors:
        raise ValidationError(errors)
    default = defaults(key, language)
    english = not language.startswith("zh")
    prefix = _EN if english else ""
    row = next((r for r in sql.templates(store) if r["key"] == key), None)

    def merged(column: str, new: dict[str, str], part: str) -> str:
        kept = {k: v for k, v in _json(row[column] if row else None).items()
                if k.startswith(_EN) != english}  # the other language's changes
        kept.update({prefix + k: v for k, v in new.items() if v != default[part].get(k)})
        return json.dumps(kept, ensure_ascii=False)

    sql.save_template(store, key, merged("headings", headings, "headings"),
                      merged("boilerplate", boilerplate, "boilerplate"))


def fill(text: str, values: dict[str, Any]) -> str:
    """Replace ``{placeholder}``s; unknown or empty ones become '' (never a KeyError)."""
    return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1)) or ""), text or "")


def _json(text: str | None) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
