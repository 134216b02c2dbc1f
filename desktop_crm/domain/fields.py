"""The fields of customers, contacts, visits, members, plans, staff and the smaller records
users name (custom fields, tags, campaigns, saved filters, message templates): one registry
for validation, display, forms and import mapping. Labels come in both languages the
product speaks.

Limits at the door. Every text has a length limit fitting its use, and every date lies
within :data:`FIRST_DATE` .. :data:`LAST_DATE` (1900-01-01 .. 2100-12-31): a value beyond
them is refused by :func:`~desktop_crm.domain.validation.clean` — so by the form, the CLI
and the importer alike — before it can break a printed card, a file name or an export.

=====================================================  ==========  ====================
What                                                   Limit       Control characters
=====================================================  ==========  ====================
codes: customer code, member card number               32          refused
names: customer, contact, staff, campaign, saved       100         refused
filter, message template (and the customer name an
import file names a row's customer by)
a tag; a custom field's label                          40          refused
phone number as typed (stored normalised)              40          removed
email address                                          254         removed
WeChat ID                                              64          removed
short texts: address, area, industry, position,        200         removed
product, a custom field's text value, a plan
action's result (its printed column is narrow), …
one plan point, strategy, action, objective; a         1,000       removed
campaign's goal; a greeting template's text
long texts: notes, visit notes, characteristics,       10,000      removed (tab and
plan sections, household notes                                     newline kept)
dates: birthdays, follow-ups, visits, plan dates,      1900–2100
purchases, joining, campaigns
=====================================================  ==========  ====================

"Control characters" are C0 and C1 controls (in long texts tab and newline are kept; in
short ones they become a space), bidirectional overrides and isolates (U+202A–U+202E,
U+2066–U+2069, and the marks U+200E, U+200F, U+061C), zero-width spaces, word joiners
and byte-order marks, and line/paragraph separators. In codes and names, which people
find records by and which become file names and headers, they are **refused** with a
message: U+202E, the right-to-left override, shows "ABC" U+202E "txt.exe" as
"ABCexe.txt". Codes also refuse the zero-width joiners, which names keep (emoji and some
scripts need them). Everywhere else they are **removed** as the value comes in: they
arrive with pasted or imported text, are invisible, and nobody loses anything they can see.

Values written before these limits may exceed them: they still open, show, export and
print (reports/pdf cuts what cannot fit); only changing such a value asks for one within
the limit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

Kind = Literal[
    "text", "longtext", "code", "date", "datetime", "int", "number", "phone", "email",
    "choice", "staff", "tags", "identifier",
]

CODE_LENGTH = 32
NAME_LENGTH = 100
TAG_LENGTH = 40
LABEL_LENGTH = 40
PHONE_LENGTH = 40
EMAIL_LENGTH = 254
WECHAT_LENGTH = 64
IDENTIFIER_LENGTH = 40   # as typed, with spaces; stored compact (domain/identifiers.py)
SHORT_TEXT_LENGTH = 200
ITEM_LENGTH = 1_000      # one row of a printed plan's table: it must fit on a page
LONG_TEXT_LENGTH = 10_000
FIRST_DATE = date(1900, 1, 1)
LAST_DATE = date(2100, 12, 31)

# The length limit of each kind of field, unless the field says otherwise (names do).
KIND_LENGTHS: dict[str, int] = {
    "code": CODE_LENGTH, "text": SHORT_TEXT_LENGTH, "longtext": LONG_TEXT_LENGTH,
    "phone": PHONE_LENGTH, "email": EMAIL_LENGTH, "tags": TAG_LENGTH,
    "identifier": IDENTIFIER_LENGTH,
}

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
    "consent": ("营销信息同意", "Consent to marketing messages"),
    "identifiers": ("证照号码", "Identifiers"),
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
# A flag stored as 1/0 (a contact's 主要联系人, a way's 首选, an address's 主地址), as people read it.
YES_NO = {"1": ("是", "Yes"), "0": ("否", "No")}
# Consent to marketing messages (个人信息保护法): the channels agreed to, and how it was given.
CONSENT_CHANNELS = {
    "sms": ("短信", "SMS"),
    "wechat": ("微信", "WeChat"),
    "sms_wechat": ("短信和微信", "SMS and WeChat"),
}
CONSENT_HOW = {
    "written": ("书面签字", "Signed form"),
    "verbal": ("口头同意（已记录）", "Said yes (noted)"),
    "online": ("线上勾选", "Ticked online"),
    "reply": ("回复短信/微信", "Replied to a message"),
}
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
    max_length: int | None = None  # characters; None: the kind's (KIND_LENGTHS)
    identifier: bool = False       # a name people find the record by: controls refused
    unit: str | None = None        # an amount's unit ("yuan", "wan"): shown by domain/money.py

    @cached_property
    def limit(self) -> int | None:
        """The most characters a value may have (for tags: each tag), or None."""
        return self.max_length if self.max_length is not None else KIND_LENGTHS.get(self.kind)

    @cached_property
    def refuses_controls(self) -> bool:
        """Codes, names and tags refuse control characters; other texts lose them."""
        return self.identifier or self.kind in ("code", "tags")

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

    @cached_property
    def flag(self) -> bool:
        """A yes/no stored as 1/0 (an int from 0 to 1): shown with :func:`yes_no`."""
        return self.kind == "int" and self.minimum == 0 and self.maximum == 1


def yes_no(value: object, language: str = "zh") -> str:
    """A flag's value (1/0, True/False, "1"/"0") as 是/否 or Yes/No; anything else as it is."""
    key = str(int(value)) if isinstance(value, int) else str(value)
    if key not in YES_NO:
        return key
    zh, en = YES_NO[key]
    return zh if language.startswith("zh") else en


def _f(name: str, kind: Kind, group: str, zh: str, en: str, **kw: object) -> Field:
    return Field(name, kind, group, zh, en, **kw)  # type: ignore[arg-type]


_NAME: dict = {"max_length": NAME_LENGTH, "identifier": True}


CUSTOMER_FIELDS: tuple[Field, ...] = (
    _f("code", "code", "identity", "客户代码", "Customer code", aliases=("编号", "客户编号", "code")),
    _f("name", "text", "identity", "客户名称", "Name", required=True, **_NAME,
       aliases=("店铺名称", "店名", "名称", "客户名", "shop name", "name")),
    _f("kind", "choice", "identity", "客户类型", "Kind", choices=CUSTOMER_KINDS),
    _f("business_format", "text", "identity", "经营业态", "Business format", aliases=("业态",)),
    _f("industry", "text", "identity", "行业", "Industry"),
    _f("org_form", "text", "identity", "组织形式", "Organisation form"),
    _f("founded_on", "date", "identity", "成立日期", "Founded", not_future=True),
    _f("trading_since", "date", "identity", "开始交易日期", "Trading with us since", not_future=True),
    _f("assets", "number", "identity", "资产", "Assets", minimum=0, unit="yuan"),
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
    _f("consent_channels", "choice", "consent", "同意接收营销信息", "Agreed to marketing messages",
       choices=CONSENT_CHANNELS),
    _f("consent_on", "date", "consent", "同意日期", "Agreed on", not_future=True),
    _f("consent_how", "choice", "consent", "同意方式", "How it was given", choices=CONSENT_HOW),
    _f("consent_withdrawn_on", "date", "consent", "撤回同意日期", "Withdrawn on", not_future=True),
    # checked by domain/identifiers.py (python-stdnum); unique ones: storage/identifiers.py
    _f("uscc", "identifier", "identifiers", "统一社会信用代码", "Unified social credit code",
       aliases=("信用代码", "社会信用代码", "统一信用代码", "营业执照号", "USCC", "credit code")),
    _f("resident_id", "identifier", "identifiers", "居民身份证号", "Resident ID number",
       aliases=("身份证号", "身份证号码", "身份证", "证件号码", "ID number", "ID card")),
    _f("licence_no", "identifier", "identifiers", "烟草专卖零售许可证号",
       "Tobacco retail licence number",
       aliases=("许可证号", "烟草许可证号", "零售许可证号", "专卖许可证号", "许可证编号",
                "licence number", "license number", "licence_no", "license_no")),
    _f("tax_id", "identifier", "identifiers", "纳税人识别号", "Tax ID",
       aliases=("税号", "纳税识别号", "税务登记号", "tax number", "tax id")),
)

CONTACT_FIELDS: tuple[Field, ...] = (
    _f("name", "text", "contact", "姓名", "Name", required=True, **_NAME, aliases=("联系人",)),
    _f("role", "choice", "contact", "角色", "Role", choices=CONTACT_ROLES),
    _f("mobile", "phone", "contact", "手机", "Mobile"),
    _f("phone", "phone", "contact", "电话", "Phone"),
    _f("wechat", "text", "contact", "微信", "WeChat", max_length=WECHAT_LENGTH),
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
    _f("consent_channels", "choice", "consent", "同意接收营销信息", "Agreed to marketing messages",
       choices=CONSENT_CHANNELS),
    _f("consent_on", "date", "consent", "同意日期", "Agreed on", not_future=True),
    _f("consent_how", "choice", "consent", "同意方式", "How it was given", choices=CONSENT_HOW),
    _f("consent_withdrawn_on", "date", "consent", "撤回同意日期", "Withdrawn on", not_future=True),
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


# --- the smaller records users type into --------------------------------------------------
# Checked one value at a time by their services (validation.check), with the same limits.

STAFF_FIELDS: tuple[Field, ...] = (
    _f("name", "text", "staff", "姓名", "Name", required=True, **_NAME),
    _f("phone", "text", "staff", "电话", "Phone", max_length=PHONE_LENGTH),
)

# What is typed at the members' counter besides the member itself.
COUNTER_FIELDS: tuple[Field, ...] = (
    _f("product", "text", "member", "商品", "Product"),
    _f("category", "text", "member", "品类", "Category"),
    _f("note", "text", "member", "说明", "Note"),
)

# An account plan (see domain/plans/model.py): its texts, and the items of its tables, each
# of which is one row of a printed table.
PLAN_FIELDS: tuple[Field, ...] = (
    _f("title", "text", "plan", "标题", "Title"),
    _f("plan_date", "date", "plan", "计划日期", "Plan date", required=True),
    _f("background", "text", "plan", "背景", "Background"),
    _f("business_format_analysis", "longtext", "plan", "经营业态分析", "Business format"),
    _f("consumer_groups", "longtext", "plan", "消费群体", "Consumer groups"),
    _f("competition", "longtext", "plan", "竞争状况", "Competition"),
    _f("owner_personality", "longtext", "plan", "店主性格", "Owner's personality"),
    _f("points", "longtext", "plan", "SWOT要点", "SWOT point", max_length=ITEM_LENGTH),
    _f("strategies", "longtext", "plan", "策略", "Strategy", max_length=ITEM_LENGTH),
    _f("actions", "longtext", "plan", "建议与行动", "Action", max_length=ITEM_LENGTH),
    _f("action_owner", "text", "plan", "负责人", "Owner", max_length=NAME_LENGTH),
    _f("action_result", "longtext", "plan", "结果", "Result", max_length=SHORT_TEXT_LENGTH),
    _f("objectives", "longtext", "plan", "目标", "Objective", max_length=ITEM_LENGTH),
    _f("objective_target", "text", "plan", "指标", "Target"),
    _f("closing", "longtext", "plan", "结束语", "Closing"),
    _f("signed_by_customer", "text", "plan", "客户签字", "Signed by the customer",
       max_length=NAME_LENGTH),
    _f("signed_by_manager", "text", "plan", "客户经理签字", "Signed by the manager",
       max_length=NAME_LENGTH),
    _f("signed_on", "date", "plan", "签字日期", "Signed on"),
)

# A custom field's definition (its values are checked as fields of their own type).
CUSTOM_FIELD_FIELDS: tuple[Field, ...] = (
    _f("label", "text", "custom", "名称", "Label", required=True, max_length=LABEL_LENGTH,
       identifier=True),
    _f("choices", "text", "custom", "选项", "Choice", max_length=NAME_LENGTH),
)

CAMPAIGN_FIELDS: tuple[Field, ...] = (
    _f("name", "text", "campaign", "活动名称", "Name", required=True, **_NAME),
    _f("goal", "longtext", "campaign", "目标", "Goal", max_length=ITEM_LENGTH),
)
SAVED_FILTER_NAME = _f("name", "text", "filter", "筛选名称", "Name", required=True, **_NAME)
MESSAGE_TEMPLATE_FIELDS: tuple[Field, ...] = (
    _f("name", "text", "template", "模板名称", "Name", required=True, **_NAME),
    _f("body", "longtext", "template", "内容", "Text", required=True, max_length=ITEM_LENGTH),
)
SHOP_NAME = _f("shop_name", "text", "template", "店名", "Shop name", **_NAME)


# A customer's addresses (domain/addresses.py): each in parts, one of them the main one.
ADDRESS_KINDS = {
    "business": ("经营地址", "Business"), "delivery": ("送货地址", "Delivery"),
    "billing": ("开票地址", "Billing"), "home": ("家庭住址", "Home"), "other": ("其他", "Other"),
}
ADDRESS_FIELDS: tuple[Field, ...] = (
    _f("kind", "choice", "address", "地址类型", "Kind", choices=ADDRESS_KINDS),
    _f("province", "text", "address", "省", "Province", max_length=40,
       aliases=("省份", "所在省", "省/直辖市", "province")),
    _f("city", "text", "address", "市", "City", max_length=40,
       aliases=("城市", "所在市", "地级市", "city")),
    _f("district", "text", "address", "区/县", "District", max_length=40,
       aliases=("区", "县", "区县", "县区", "所在区", "district")),
    _f("street", "text", "address", "街道门牌", "Street", aliases=("街道", "街道地址", "street")),
    _f("building", "text", "address", "楼宇/房间", "Building, floor, room"),
    _f("line", "text", "address", "其他地址信息", "Other address text"),
    _f("postcode", "text", "address", "邮编", "Postcode", max_length=10,
       aliases=("邮政编码", "postcode", "zip")),
    _f("area", "text", "address", "商圈/区域", "Area / trade zone"),
)
# The main address's parts as columns of a customers file (import and export): an import
# joins them into the address line, which the main address is split from again.
ADDRESS_PARTS: tuple[Field, ...] = tuple(
    f for f in ADDRESS_FIELDS if f.name in ("province", "city", "district", "street"))
