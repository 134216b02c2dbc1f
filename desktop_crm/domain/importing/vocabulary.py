"""Headers recognised by meaning: the words real exports use for each idea (a customer's
code, a name, a phone, the day a file was opened, an amount, the staff member in charge…),
in Chinese and English, and which field each idea goes into for each kind of import.

One table, used by :func:`~desktop_crm.domain.importing.kinds.suggest_mapping` for the
wizard and the CLI alike. Headers are compared once normalised (:func:`header_key`): width,
case, spaces, a unit or note in brackets (``金额(元)``, ``销售额（万元）``, ``Amount (CNY)``),
trailing colons and asterisks, "(必填)" marks. A header that is not a word of the table but
ends with one (``零售户经营地址``, ``会员手机号``) is recognised too, ranked after exact words.
"""

from __future__ import annotations

import re
import unicodedata

# idea -> the headers that say it (normalised when compared)
CONCEPTS: dict[str, tuple[str, ...]] = {
    "code": ("编码", "代码", "编号", "客户编码", "客户代码", "客户编号", "客户号", "零售户编码",
             "零售户编号", "商户编号", "商户号", "户号", "customer code", "customer no",
             "customer number", "customer id", "client code", "account no", "code", "id"),
    "licence": ("许可证号", "专卖许可证号", "许可证编号", "烟草专卖许可证号", "licence no",
                "license no", "license number", "licence number"),
    "card": ("卡号", "会员卡号", "会员号", "会员编号", "会员卡", "card", "card no", "card number",
             "member no", "member number", "membership no"),
    "name": ("名称", "店名", "店铺名称", "门店名称", "客户名称", "客户名", "客户", "单位名称",
             "商户名称", "零售户名称", "户名", "企业名称", "公司名称", "name", "customer",
             "customer name", "shop name", "store name", "company", "company name"),
    "person": ("姓名", "会员姓名", "会员名称", "会员名", "顾客姓名", "member name", "full name"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系电话", "联系手机", "联系方式",
              "移动电话", "电话号码", "tel", "telephone", "phone", "mobile", "mobile phone",
              "cell phone", "contact phone", "phone number"),
    "address": ("地址", "经营地址", "详细地址", "店铺地址", "门店地址", "注册地址", "联系地址",
                "address", "business address", "street address"),
    "area": ("商圈", "区域", "片区", "所属区域", "所属片区", "市场部", "线路", "area", "region",
             "district", "zone", "territory"),
    "format": ("业态", "经营业态", "business format", "format", "business type"),
    "created": ("建档日期", "建档时间", "开户日期", "注册日期", "注册时间", "创建日期", "创建时间",
                "登记日期", "入网日期", "签约日期", "created", "created on", "created at",
                "date created", "registered", "registration date", "opened", "open date",
                "customer since"),
    "joined": ("入会日期", "入会时间", "开卡日期", "开卡时间", "加入日期", "办卡日期", "join date",
               "joined", "joined on", "member since"),
    "founded": ("成立日期", "开业日期", "成立时间", "founded", "established", "founded on"),
    "date": ("日期", "交易日期", "销售日期", "购买日期", "消费日期", "订单日期", "date",
             "sale date", "purchase date", "order date"),
    "amount": ("金额", "销售额", "交易金额", "消费金额", "实收金额", "实付金额", "订单金额",
               "amount", "sales amount", "total"),
    "staff": ("负责人", "客户经理", "业务员", "专管员", "营销人员", "销售代表", "销售员", "导购",
              "营业员", "专属导购", "服务店员", "员工", "经办人", "account manager",
              "sales rep", "salesperson", "sales representative", "owner", "staff",
              "assigned to"),
    "notes": ("备注", "说明", "备注信息", "remark", "remarks", "notes", "note", "comment",
              "comments"),
    "points": ("积分", "积分余额", "当前积分", "可用积分", "剩余积分", "points",
               "points balance", "point balance"),
    "level": ("等级", "级别", "会员等级", "会员级别", "level", "member level", "tier"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "email", "e-mail", "mail"),
    "wechat": ("微信", "微信号", "wechat", "wechat id"),
    "birthday": ("生日", "出生日期", "birthday", "date of birth", "birth date", "dob"),
    "gender": ("性别", "gender", "sex"),
    "product": ("商品", "商品名称", "品名", "产品", "产品名称", "product", "item"),
    "quantity": ("数量", "件数", "quantity", "qty"),
}

# kind -> idea -> (field, rank): a lower rank wins when two columns say the same idea
# (客户编码 is the code; 会员卡号 is one only when nothing else is)
ROUTES: dict[str, dict[str, tuple[str, int]]] = {
    "customers": {
        "code": ("code", 0), "card": ("code", 2), "name": ("name", 0), "person": ("name", 1),
        "phone": ("phone", 0), "address": ("address", 0), "area": ("area", 0),
        "format": ("business_format", 0), "created": ("trading_since", 0),
        "joined": ("trading_since", 1), "founded": ("founded_on", 0), "staff": ("owner", 0),
        "notes": ("notes", 0),
    },
    "members": {
        "card": ("card_no", 0), "code": ("customer_code", 0), "name": ("customer_name", 1),
        "person": ("customer_name", 0), "phone": ("customer_phone", 0),
        "joined": ("joined_on", 0), "created": ("joined_on", 1), "points": ("points_balance", 0),
        "staff": ("staff", 0), "notes": ("household_notes", 0), "level": ("level", 0),
    },
    "transactions": {
        "code": ("customer_code", 0), "card": ("customer_code", 2), "name": ("customer_name", 0),
        "person": ("customer_name", 1), "phone": ("customer_phone", 0),
        "date": ("occurred_on", 0), "amount": ("amount", 0), "staff": ("staff", 0),
        "points": ("points_earned", 0), "product": ("product", 0), "quantity": ("quantity", 0),
    },
    "contacts": {
        "code": ("customer_code", 0), "name": ("customer_name", 0), "person": ("name", 0),
        "phone": ("mobile", 0), "email": ("email", 0), "wechat": ("wechat", 0),
        "birthday": ("birthday", 0), "gender": ("gender", 0), "notes": ("notes", 0),
    },
    "visits": {
        "code": ("customer_code", 0), "name": ("customer_name", 0), "date": ("occurred_at", 0),
        "staff": ("staff", 0),
    },
}

_BRACKETED = re.compile(r"[(（\[【<《][^)）\]】>》]*[)）\]】>》]")
_NOISE = re.compile(r"[\s*＊:：()（）\[\]【】_\-/.#]|必填|选填|required|optional")
# words too general to recognise a header that merely ends with them (重点客户 is no name)
_NOT_A_TAIL = {"客户", "id", "code", "name", "tel", "mail", "card", "date", "note", "owner",
               "total", "level", "tier", "zone", "area", "item", "qty", "sex", "dob", "format",
               "opened", "company", "customer", "points", "staff"}


def header_key(text: str) -> str:
    """A header as compared with the table: width, case, spaces, a unit or note in
    brackets, colons, asterisks and '(必填)' marks ignored."""
    folded = unicodedata.normalize("NFKC", str(text)).casefold()
    bare = _BRACKETED.sub("", folded)
    key = _NOISE.sub("", bare if _NOISE.sub("", bare) else folded)
    return key


_EXACT: dict[str, str] = {}
for _concept, _words in CONCEPTS.items():
    for _word in _words:
        _EXACT.setdefault(header_key(_word), _concept)
_TAILS = sorted(((k, c) for k, c in _EXACT.items() if k not in _NOT_A_TAIL and len(k) >= 2),
                key=lambda kc: -len(kc[0]))


def concept_of(header: str) -> tuple[str, int] | None:
    """The idea a header says and how surely: 0 a word of the table, 1 a header ending with
    one (the longest that fits)."""
    key = header_key(header)
    if key in _EXACT:
        return _EXACT[key], 0
    for tail, concept in _TAILS:
        if key.endswith(tail) and key != tail:
            return concept, 1
    return None


def recognised(kind_name: str, header: str) -> tuple[str, int] | None:
    """``(field, rank)`` a header goes into for this kind, by meaning; None when no idea of
    the table fits a field of the kind."""
    found = concept_of(header)
    if found is None:
        return None
    concept, sureness = found
    route = ROUTES.get(kind_name, {}).get(concept)
    if route is None:
        return None
    field, rank = route
    return field, rank * 2 + sureness
