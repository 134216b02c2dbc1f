"""Retail outlets looked after by the tobacco company's account managers (烟酒店, 便利店,
超市...): their dossier (客户特征, 业务状况, 交易现状), owner and contacts, visits, orders with
festival seasonality, and for some a market-share history and an account plan."""

from __future__ import annotations

from typing import Any

from desktop_crm.domain.demo.context import HISTORY_DAYS, Context
from desktop_crm.domain.demo.draw import between, draw, pick, table
from desktop_crm.domain.demo.plans import add_plans, add_snapshots
from desktop_crm.domain.demo.pools import (
    DISTRICTS,
    FAMILY,
    GRADE,
    HOBBIES,
    OWNER_NOTES,
    PERSONALITY,
    PERSONALITY_MORE,
    SECOND_CONTACT,
)
from desktop_crm.domain.demo.sales import add_outlet_sales
from desktop_crm.domain.demo.visits import add_visits

_FORMATS = table([
    ("烟酒店", 30), ("便利店", 18), ("超市", 12), ("食杂店", 22), ("餐饮店", 10),
    ("母婴店", 3), ("商场专柜", 5),
])
_SHOP_PREFIXES = (
    "明佳", "鑫源", "福满", "兴隆", "万家", "惠民", "佳佳", "顺发", "金利", "宏达", "华联", "红星",
    "百姓", "盛源", "永兴", "富康", "旺福", "聚福", "好运", "天天", "家家乐", "乐购", "利民",
    "新华", "祥和", "鸿运", "昌盛", "大众", "如意", "春晓", "金龙", "金凤", "恒通", "同心",
    "美佳", "友谊", "益民", "喜洋洋", "阳光", "兴旺", "达福", "源丰", "安康", "和顺", "中兴",
    "东方", "吉祥", "荣华", "宝丰", "福源", "晨光", "瑞丰", "金鼎", "鑫隆", "四季", "幸福",
    "百佳", "天和", "广源", "兴发", "德顺", "振兴", "海丰", "云峰", "桥头", "老街", "老王",
    "老李", "张姐", "刘记", "陈记", "周记", "王记",
)
_SHOP_SUFFIXES = {
    "烟酒店": ("烟酒", "烟酒店", "烟酒商行", "名烟名酒", "烟酒行"),
    "便利店": ("便利店", "便民店", "便民超市", "24小时便利店", "生活便利店"),
    "超市": ("超市", "购物中心", "生活超市", "平价超市", "连锁超市"),
    "食杂店": ("食杂店", "副食店", "日杂店", "小卖部", "副食批发部", "商店"),
    "母婴店": ("母婴店", "母婴生活馆", "孕婴店", "宝贝屋"),
    "餐饮店": ("饭店", "酒家", "餐馆", "土菜馆", "农家乐", "大排档", "面馆"),
}
_MALLS = ("武商量贩", "万达广场", "华润万家", "人民商场", "沃尔玛", "中百仓储", "新华百货", "世纪联华")
_COUNTERS = ("烟酒专柜", "名酒专柜", "礼品烟酒专柜")
_SIZE = {"超市": (80, 300), "商场专柜": (15, 40), "餐饮店": (60, 200)}

_OUTLET_LIFECYCLE = table([("prospect", 5), ("new", 10), ("active", 58), ("old", 18), ("lost", 9)])
# days ago an outlet started trading, by lifecycle (prospects have not), and a lost one stopped
_SINCE = {"new": (20, 180), "active": (200, 3650), "old": (1825, 5475), "lost": (400, 3650)}
_LOST = (120, 540)
_OUTLET_TIER = {
    "prospect": table([("occasional", 8), (None, 2)]),
    "new": table([("key", 5), ("regular", 40), ("occasional", 55)]),
    "active": table([("key", 25), ("regular", 50), ("occasional", 25)]),
    "old": table([("key", 30), ("regular", 50), ("occasional", 20)]),
    "lost": table([("regular", 30), ("occasional", 70)]),
}
_RELATIONSHIP = {
    "key": table([("partner", 45), ("alliance", 20), ("preferred", 35)]),
    "regular": table([("preferred", 50), ("vendor", 40), ("partner", 10)]),
    "occasional": table([("vendor", 85), ("preferred", 15)]),
    None: table([("vendor", 5), (None, 5)]),
}
_ORG_FORMS = table([("个体工商户", 75), ("个人独资企业", 10), ("有限责任公司", 15)])
_ASSETS = {"key": (30, 150), "regular": (10, 50)}  # 万元
# visits per month
_OUTLET_VISIT_RATE = {"key": 0.5, "regular": 0.25, "occasional": 0.13, None: 0.1}

# customer characteristics, business and transaction status (客户特征 / 业务状况 / 交易现状)
_SERVICE_AREA = (
    "主要服务{area}周边居民及过往顾客", "覆盖{street}沿线居民和商户", "以{street}附近小区居民为主",
    "服务半径约五百米，以熟客为主",
)
_SALES_CAPABILITY = {
    "key": ("销售能力强，月均卷烟销量约{n}条", "销售能力强，主销各类名优卷烟"),
    "regular": ("销售能力一般，月均卷烟销量约{n}条", "销售平稳，以常规烟为主"),
    "occasional": ("销售能力较弱，月均卷烟销量约{n}条", "卷烟销售占比不高，以低档烟为主"),
}
_MONTHLY_CARTONS = {"key": (150, 400), "regular": (60, 150), "occasional": (15, 60), None: (10, 30)}
_GROWTH = {
    "good": ("发展潜力大，有扩店打算", "客源稳定，仍有提升空间"),
    "develop": ("有一定发展潜力，需加强引导", "周边新小区入住后潜力较大", "潜力一般，需进一步培育"),
    "poor": ("发展空间有限", "经营意愿不强，增长乏力"),
    None: ("尚待评估",),
}
_PHILOSOPHY = (
    "薄利多销，注重回头客", "诚信经营，货真价实", "以服务取胜，和气生财", "稳扎稳打，不盲目压货",
    "紧跟市场，愿意尝试新品",
)
_TRAITS = (
    "营业时间长，早七点至晚十一点", "以零售为主，兼做少量批发", "熟客多，顾客黏性强",
    "店内整洁，商品摆放规范", "夜间客流占比高", "节假日礼品烟酒销售突出", "兼营快递代收点",
)
_SALES_PERFORMANCE = {
    "good": ("近一年销售稳中有升", "卷烟销量在片区名列前茅"),
    "develop": ("销售平稳，中高档卷烟占比偏低", "销售波动较大，节日前后差异明显"),
    "poor": ("销售额下滑明显", "订货量持续偏低"),
    None: ("尚无交易",),
}
_STAFF_QUALITY = (
    "店主亲自经营，服务热情", "夫妻店，分工明确", "雇有两名店员，业务较熟练",
    "店员流动大，业务不够熟练", "店主经营经验丰富",
)
_COMPETITOR_TIES = (
    "与周边同行关系融洽", "与附近超市存在价格竞争", "与其他供应商合作较多", "不与同行打价格战",
)
_ATTITUDE = {
    "alliance": ("对我方工作非常支持", "积极参与公司组织的活动"),
    "partner": ("对我方工作非常支持", "愿意配合品牌培育和陈列调整"),
    "preferred": ("对我方工作比较支持", "愿意听取客户经理的建议"),
    "vendor": ("配合度一般，需要多沟通", "对货源分配有一定意见"),
    None: ("尚在接触中，态度观望",),
}
_CURRENT_ACTIVITY = {
    "key": "每周订货一次，订单稳定", "regular": "每两周订货一次", "occasional": "每月订货一两次",
    None: "尚未开户订货",
}
_PROBLEMS = (
    "烟柜陈旧，陈列效果差", "明码标价执行不到位", "资金周转偏紧", "品牌结构单一",
    "紧俏烟需求大，货源不足", "店面偏小，陈列空间不足",
)
_STRENGTHS = ("地理位置好，客流量大", "店主人缘好，熟客多", "资金实力强", "经营规范，诚信度高", "营业时间长")
_PLANS_TEXT = ("计划明年扩大店面", "准备更换新式烟柜", "打算增加酒水品类", "考虑加盟连锁便利店", "暂无调整计划")
_IMAGE = ("店面整洁，形象良好", "门头较旧，有待改善", "现代终端形象店", "店内陈列较乱")
_REPUTATION = ("在周边居民中口碑好", "诚信经营，信誉良好", "口碑一般", "曾有顾客投诉价格问题")
_CREDIT = {
    "good": table([("良好", 9), ("一般", 1)]), "develop": table([("良好", 6), ("一般", 4)]),
    "poor": table([("一般", 6), ("较差", 4)]), None: table([("未评估", 1)]),
}
_TRADE_TERMS = ("现款现货，电子结算", "电子结算，每周扣款", "现金结算")
_OUTLET_NOTES = (
    "每周二、周五订货", "店主人缘好", "店面正在装修", "夜间营业至凌晨", "店主爱人负责日常经营",
    "有意申请现代终端", "附近在修路，客流受影响",
)
_OUTLET_DNA = (
    ("看重货源稳定和品牌齐全", "对价格敏感，关注批零差价", "重视店面形象，愿意投入",
     "喜欢尝试新品规格", "注重与客户经理的关系"),
    ("偏好中高档卷烟", "偏好本省品牌", "偏好畅销常规烟", "对礼品烟需求大", "酒水利润是主要来源"),
    ("拜访前最好电话预约", "上午较忙，适合下午拜访", "店主爱人负责订货", "喜欢通过微信沟通",
     "不喜欢被推销，需要用数据说话"),
)


def add_outlet(ctx: Context, i: int) -> None:
    """Retail outlet ``i`` of the chunk: its dossier, owner (and maybe a second contact),
    visits, orders, and for some a market-share history and an account plan."""
    rng = ctx.rng
    r = rng.random
    am_id, am_name, d, zones = ctx.managers[int(r() * len(ctx.managers))]
    district, _city, _prefix, area_code, _ = DISTRICTS[d]
    area, zone, streets, _ = zones[int(r() * len(zones))]
    street = pick(r, streets)
    fmt = draw(rng, _FORMATS)
    if fmt == "商场专柜":
        mall = pick(r, _MALLS)
        name = mall + pick(r, _COUNTERS)
        address = f"{district}{street}{between(r, 1, 300)}号{mall}一楼"
    else:
        name = pick(r, _SHOP_PREFIXES) + pick(r, _SHOP_SUFFIXES[fmt])
        address = f"{district}{street}{between(r, 1, 300)}号"

    lifecycle = draw(rng, _OUTLET_LIFECYCLE)
    tier = draw(rng, _OUTLET_TIER[lifecycle])
    grade = draw(rng, GRADE["lost" if lifecycle == "lost" else tier])
    relationship = draw(rng, _RELATIONSHIP[tier if lifecycle != "lost" else "occasional"])
    since, lost = ctx.tenure(lifecycle, _SINCE, _LOST)
    founded = (since or between(r, 90, 2000)) + between(r, 0, 2000)

    org_form = draw(rng, _ORG_FORMS)
    if fmt in ("超市", "商场专柜") and r() < 0.5:
        org_form = "有限责任公司"
    low, high = _SIZE.get(fmt, (15, 80))

    # the owner, first contact
    male = r() < 0.6
    owner_name, birthday, age = ctx.person(male, 26, 66, 0.85)
    owner_mobile = ctx.mobile()
    phone = ctx.landline(area_code) if r() < 0.55 else owner_mobile

    tags = []
    if tier == "key":
        tags.append("重点户")
    if lifecycle == "new":
        tags.append("新开户")
    if grade in ("good", "develop") and r() < 0.3:
        tags.append("诚信户")
    if zone == "夜市餐饮区" or r() < 0.04:
        tags.append("夜市")
    if zone == "学校周边" and r() < 0.5:
        tags.append("学校周边")
    if tier in ("key", "regular") and r() < 0.1:
        tags.append("现代终端")
    if lifecycle == "lost" and r() < 0.4:
        tags.append("流失预警")

    row: dict[str, Any] = {
        "code": ctx.code(d), "name": name,
        "kind": "individual" if org_form == "个体工商户" else "company",
        "business_format": fmt, "industry": "餐饮业" if fmt == "餐饮店" else "零售业",
        "org_form": org_form,
        # dates as date objects: validation takes them as they are (no strptime)
        "founded_on": ctx.date_of(founded),
        "trading_since": None if since is None else ctx.date_of(since),
        "assets": float(round(rng.uniform(*_ASSETS.get(tier, (3, 15))) * 10_000, -2)),
        "address": address, "area": area, "phone": phone, "owner": am_id,
        "lifecycle": lifecycle, "tier": tier, "asset_grade": grade,
        "relationship": relationship,
        "tags": tags,
    }
    share = {"key": 0.7, "regular": 0.4, "occasional": 0.2}.get(tier, 0.15)
    if r() < share:  # characteristics
        row["service_area"] = pick(r, _SERVICE_AREA).format(area=area, street=street)
        if tier is not None:
            n = between(r, *_MONTHLY_CARTONS[tier])
            row["sales_capability"] = pick(r, _SALES_CAPABILITY[tier]).format(n=n)
        row["growth_potential"] = pick(r, _GROWTH[grade])
        row["business_philosophy"] = pick(r, _PHILOSOPHY)
        row["size"] = f"营业面积约{between(r, low, high)}平方米"
        row["traits"] = pick(r, _TRAITS)
    if r() < share:  # business status
        row["sales_performance"] = pick(r, _SALES_PERFORMANCE[grade])
        row["staff_quality"] = pick(r, _STAFF_QUALITY)
        row["competitor_ties"] = pick(r, _COMPETITOR_TIES)
        row["attitude"] = pick(r, _ATTITUDE[relationship])
    if r() < share:  # transaction status and credit
        if lost is not None:
            row["current_activity"] = f"近{lost // 30}个月未订货"
        elif lifecycle == "new":
            row["current_activity"] = "开户不久，订货量逐步上升"
        elif lifecycle == "prospect":
            row["current_activity"] = _CURRENT_ACTIVITY[None]
        else:
            row["current_activity"] = _CURRENT_ACTIVITY[tier]
        row["problems"] = pick(r, _PROBLEMS)
        row["strengths"] = pick(r, _STRENGTHS)
        row["plans"] = pick(r, _PLANS_TEXT)
        row["image"] = pick(r, _IMAGE)
        row["reputation"] = pick(r, _REPUTATION)
        row["credit_status"] = draw(rng, _CREDIT[grade])
        row["trade_terms"] = pick(r, _TRADE_TERMS)
        if grade == "poor" and r() < 0.3 and since is not None and since > 60:
            k = between(r, 30, min(since, HISTORY_DAYS))
            failed = ctx.date_of(k)
            row["credit_incidents"] = (
                f"{failed.year}年{failed.month}月曾因结算账户余额不足扣款失败一次"
            )
    if r() < (0.5 if tier == "key" else 0.2):
        row["dna"] = "；".join(pick(r, p) for p in _OUTLET_DNA) + "。"
    if r() < 0.1:
        row["notes"] = pick(r, _OUTLET_NOTES)

    spec = ctx.add_customer(row, d)

    contacts = ctx.rows["contacts"]
    spec.owner_contact = len(contacts)
    contacts.append({
        "customer_id": i, "name": owner_name, "role": "owner", "mobile": owner_mobile,
        "phone": phone if phone != owner_mobile else None,
        "wechat": owner_mobile if r() < 0.5 else None, "email": None,
        "birthday": birthday, "gender": "male" if male else "female", "age": age,
        "occupation": "个体经营者", "position": "店主",
        "personality": pick(r, PERSONALITY) + "，" + pick(r, PERSONALITY_MORE),
        "hobbies": "、".join(rng.sample(HOBBIES, between(r, 1, 3))),
        "family": pick(r, FAMILY) if r() < 0.7 else None,
        "notes": pick(r, OWNER_NOTES) if r() < 0.3 else None,
        # most owners agreed to messages on a visit (no random draw: the demo stays the same)
        "consent_channels": "sms" if i % 5 else None, "consent_how": "verbal" if i % 5 else None,
        "is_primary": 1,
    })
    if r() < 0.4:
        role, position, note = pick(r, SECOND_CONTACT)
        male2 = r() < 0.45
        name2, birthday2, age2 = ctx.person(male2, 20, 60, 0.5)
        contacts.append({
            "customer_id": i, "name": name2, "role": role, "mobile": ctx.mobile(),
            "phone": None, "wechat": None, "email": None, "birthday": birthday2,
            "gender": "male" if male2 else "female", "age": age2, "occupation": None,
            "position": position,
            "personality": pick(r, PERSONALITY) if r() < 0.5 else None,
            "hobbies": pick(r, HOBBIES) if r() < 0.3 else None, "family": None,
            "notes": note,
        })

    # visits: development visits may come before trading; lost outlets get a last try
    if lifecycle == "prospect":
        lo, hi, n = 1, 240, between(r, 1, 3)
    else:
        hi = min(HISTORY_DAYS, since + 45)
        lo = 1 if lost is None else max(1, lost - 60)
        n = max(1, ctx.count(_OUTLET_VISIT_RATE[tier], hi - lo))
    add_visits(ctx, i, spec, am_id, lo, hi, n, outlet=True)

    if since is not None:
        lo = lost or 0
        hi = min(HISTORY_DAYS, since)
        add_outlet_sales(ctx, i, am_id, fmt, tier, lo, hi)
        if lost is None and r() < 0.1:
            add_snapshots(ctx, i, since, "market_share")
        if lost is None and since > 60:
            p = {"key": 0.16, "regular": 0.04, "occasional": 0.012}[tier]
            if r() < p:
                add_plans(ctx, i, since, name, fmt, street, zone, am_name, owner_name,
                          contacts[spec.owner_contact]["personality"])
