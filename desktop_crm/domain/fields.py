"""The fields of customers, contacts and visits: one registry for validation, display,
forms and import mapping. Labels come in both languages the product speaks."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

Kind = Literal[
    "text", "longtext", "code", "date", "datetime", "int", "number", "phone", "email",
    "choice", "staff", "tags",
]

# group keys, in the order the dossier shows them
GROUPS = {
    "identity": ("基本信息", "Identity"),
    "characteristics": ("客户特征", "Characteristics"),
    "business": ("业务状况", "Business status"),
    "transaction": ("交易现状", "Transaction status"),
    "classification": ("客户分类", "Classification"),
    "dna": ("客户DNA", "Customer DNA"),
    "contact": ("联系人", "Contact"),
    "visit": ("拜访记录", "Visit"),
}

CUSTOMER_KINDS = {
    "government": ("政府机关", "Government agency"),
    "special_company": ("特殊公司", "Special company"),
    "company": ("普通公司", "Ordinary company"),
    "individual": ("个人", "Individual"),
    "partner": ("交易伙伴", "Trading partner"),
}
LIFECYCLES = {
    "prospect": ("潜在", "Prospect"),
    "new": ("新客户", "New"),
    "active": ("活跃", "Active"),
    "old": ("老客户", "Old"),
    "lost": ("流失", "Lost"),
}
TIERS = {  # defaults; the tiers table is the source of truth for a given database
    "key": ("主力", "Key"),
    "regular": ("一般", "Regular"),
    "occasional": ("零散", "Occasional"),
}
ASSET_GRADES = {
    "good": ("优良", "Good"),
    "develop": ("待开发", "To develop"),
    "poor": ("劣质", "Poor"),
}
RELATIONSHIPS = {
    "vendor": ("供应商", "Vendor"),
    "preferred": ("优先供应商", "Preferred supplier"),
    "partner": ("合作伙伴", "Partner"),
    "alliance": ("战略联盟", "Strategic alliance"),
}
CONTACT_ROLES = {
    "owner": ("店主", "Owner"),
    "legal_rep": ("法人代表", "Legal representative"),
    "manager": ("经理", "Manager"),
    "buyer": ("采购", "Buyer"),
    "self": ("本人", "The customer themselves"),  # a member's own contact record
    "other": ("其他", "Other"),
}
MEMBER_LEVELS = {
    "normal": ("普通会员", "Member"),
    "silver": ("银卡会员", "Silver"),
    "gold": ("金卡会员", "Gold"),
    "diamond": ("钻石会员", "Diamond"),
}
GENDERS = {"female": ("女", "Female"), "male": ("男", "Male")}
CHANNELS = {
    "visit": ("上门拜访", "On-site visit"),
    "phone": ("电话", "Phone"),
    "sms": ("短信", "SMS"),
    "wechat": ("微信", "WeChat"),
    "email": ("邮件", "Email"),
    "event": ("活动", "Event"),
    "care_call": ("外呼关怀", "Care call"),
    "survey": ("调查", "Survey"),
}


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    group: str
    label_zh: str
    label_en: str
    required: bool = False
    choices: dict[str, tuple[str, str]] = field(default_factory=dict)
    minimum: float | None = None
    maximum: float | None = None
    not_future: bool = False
    aliases: tuple[str, ...] = ()  # other headers users give this column

    def label(self, language: str = "zh") -> str:
        return self.label_zh if language.startswith("zh") else self.label_en

    @cached_property
    def choice_codes(self) -> dict[str, str]:
        """Each choice's code, Chinese and English label, case-folded -> its code."""
        folded: dict[str, str] = {}
        for code, (zh, en) in reversed(self.choices.items()):  # the first choice wins
            folded.update({zh.casefold(): code, en.casefold(): code, code.casefold(): code})
        return folded

    def choice_label(self, value: str | None, language: str = "zh") -> str:
        if value is None:
            return ""
        zh, en = self.choices.get(value, (value, value))
        return zh if language.startswith("zh") else en


def _f(name: str, kind: Kind, group: str, zh: str, en: str, **kw: object) -> Field:
    return Field(name, kind, group, zh, en, **kw)  # type: ignore[arg-type]


CUSTOMER_FIELDS: tuple[Field, ...] = (
    _f("code", "code", "identity", "客户代码", "Customer code", aliases=("编号", "客户编号", "code")),
    _f("name", "text", "identity", "客户名称", "Name", required=True,
       aliases=("店铺名称", "店名", "名称", "客户名", "shop name", "name")),
    _f("kind", "choice", "identity", "客户类型", "Kind", choices=CUSTOMER_KINDS),
    _f("business_format", "text", "identity", "经营业态", "Business format", aliases=("业态",)),
    _f("industry", "text", "identity", "行业", "Industry"),
    _f("org_form", "text", "identity", "组织形式", "Organisation form"),
    _f("founded_on", "date", "identity", "成立日期", "Founded", not_future=True),
    _f("trading_since", "date", "identity", "开始交易日期", "Trading with us since", not_future=True),
    _f("assets", "number", "identity", "资产", "Assets", minimum=0),
    _f("address", "text", "identity", "地址", "Address", aliases=("经营地址",)),
    _f("area", "text", "identity", "商圈/区域", "Area / trade zone", aliases=("商圈", "区域", "片区")),
    _f("phone", "phone", "identity", "电话", "Phone", aliases=("联系电话", "手机", "tel")),
    _f("owner", "staff", "identity", "客户经理", "Account manager", aliases=("负责人", "专人负责")),
    _f("service_area", "longtext", "characteristics", "服务区域", "Service area"),
    _f("sales_capability", "longtext", "characteristics", "销售能力", "Sales capability"),
    _f("growth_potential", "longtext", "characteristics", "发展潜力", "Growth potential"),
    _f("business_philosophy", "longtext", "characteristics", "经营理念与方向", "Business philosophy"),
    _f("size", "text", "characteristics", "经营规模", "Size"),
    _f("traits", "longtext", "characteristics", "经营特点", "Distinctive traits"),
    _f("sales_performance", "longtext", "business", "销售业绩", "Sales performance"),
    _f("staff_quality", "longtext", "business", "人员素质", "Staff quality"),
    _f("competitor_ties", "longtext", "business", "与竞争者关系", "Ties with competitors"),
    _f("attitude", "longtext", "business", "与我方关系及态度", "Relation and attitude to us"),
    _f("current_activity", "longtext", "transaction", "交易现状", "Current activity"),
    _f("problems", "longtext", "transaction", "存在问题", "Problems"),
    _f("strengths", "longtext", "transaction", "优势", "Strengths"),
    _f("plans", "longtext", "transaction", "未来计划", "Plans"),
    _f("image", "longtext", "transaction", "形象", "Image"),
    _f("reputation", "longtext", "transaction", "声誉", "Reputation"),
    _f("credit_status", "text", "transaction", "信用状况", "Credit status"),
    _f("trade_terms", "longtext", "transaction", "交易条件", "Trade terms"),
    _f("credit_incidents", "longtext", "transaction", "信用事故", "Credit incidents"),
    _f("lifecycle", "choice", "classification", "生命周期", "Lifecycle", choices=LIFECYCLES),
    _f("tier", "choice", "classification", "客户等级", "Tier", choices=TIERS, aliases=("等级",)),
    _f("asset_grade", "choice", "classification", "资产评级", "Asset grade", choices=ASSET_GRADES),
    _f("relationship", "choice", "classification", "关系层级", "Relationship level",
       choices=RELATIONSHIPS),
    _f("tags", "tags", "classification", "标签", "Tags"),
    _f("dna", "longtext", "dna", "客户DNA", "Customer DNA"),
    _f("notes", "longtext", "dna", "备注", "Notes", aliases=("说明",)),
)

CONTACT_FIELDS: tuple[Field, ...] = (
    _f("name", "text", "contact", "姓名", "Name", required=True, aliases=("联系人",)),
    _f("role", "choice", "contact", "角色", "Role", choices=CONTACT_ROLES),
    _f("mobile", "phone", "contact", "手机", "Mobile"),
    _f("phone", "phone", "contact", "电话", "Phone"),
    _f("wechat", "text", "contact", "微信", "WeChat"),
    _f("email", "email", "contact", "邮箱", "Email"),
    _f("birthday", "date", "contact", "生日", "Birthday", not_future=True),
    _f("gender", "choice", "contact", "性别", "Gender", choices=GENDERS),
    _f("age", "int", "contact", "年龄", "Age", minimum=0, maximum=130),
    _f("occupation", "text", "contact", "职业", "Occupation"),
    _f("position", "text", "contact", "职务", "Position"),
    _f("personality", "longtext", "contact", "性格", "Personality"),
    _f("hobbies", "longtext", "contact", "兴趣爱好", "Interests and hobbies"),
    _f("family", "longtext", "contact", "家庭情况", "Family"),
    _f("notes", "longtext", "contact", "备注", "Notes"),
    _f("is_primary", "int", "contact", "主要联系人", "Primary contact", minimum=0, maximum=1),
)

INTERACTION_FIELDS: tuple[Field, ...] = (
    _f("occurred_at", "datetime", "visit", "时间", "When", required=True, not_future=True),
    _f("channel", "choice", "visit", "方式", "Channel", required=True, choices=CHANNELS),
    _f("staff", "staff", "visit", "我方人员", "Our staff"),
    _f("purpose", "longtext", "visit", "目的", "Purpose"),
    _f("customer_said", "longtext", "visit", "客户心声", "What the customer said"),
    _f("needs", "longtext", "visit", "发现的需求", "Needs found"),
    _f("outcome", "longtext", "visit", "结果", "Outcome"),
    _f("next_step", "longtext", "visit", "下一步", "Next step"),
    _f("follow_up_due", "date", "visit", "跟进日期", "Follow-up due"),
    _f("follow_up_done_at", "datetime", "visit", "跟进完成", "Follow-up done"),
    _f("satisfaction", "int", "visit", "满意度", "Satisfaction (1-5)", minimum=1, maximum=5),
    _f("nps", "int", "visit", "推荐意愿", "NPS answer (0-10)", minimum=0, maximum=10),
)

# What a member's change history can name (the members area edits these, see domain/members).
MEMBER_FIELDS: tuple[Field, ...] = (
    _f("card_no", "code", "member", "会员卡号", "Card number"),
    _f("joined_on", "date", "member", "入会日期", "Joined on"),
    _f("level", "choice", "member", "会员等级", "Level", choices=MEMBER_LEVELS),
    _f("staff", "staff", "member", "服务店员", "Looked after by"),
    _f("referred_by", "int", "member", "推荐人", "Referred by"),
    _f("expected_due_date", "date", "member", "预产期", "Expected due date"),
    _f("children_birthdays", "text", "member", "孩子生日", "Children's birthdays"),
    _f("household_notes", "longtext", "member", "家庭情况", "Household"),
)


def by_name(fields: tuple[Field, ...]) -> dict[str, Field]:
    return {f.name: f for f in fields}
