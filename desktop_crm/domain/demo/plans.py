"""Account plans (客户经营指导计划书, after the source's 明佳烟酒 example [001/篇4]) with their
SWOT points, actions and objectives; monthly metric snapshots; message templates."""

from __future__ import annotations

from desktop_crm.domain.demo.context import HISTORY_DAYS, Context
from desktop_crm.domain.demo.draw import between, draw, pick, table
from desktop_crm.domain.demo.pools import ZONE_CROWD, ZONE_GROUPS
from desktop_crm.storage.db import Store

_GOODS_DESC = {
    "烟酒店": "烟酒类商品", "便利店": "烟酒、饮料及日用百货", "超市": "日用百货、食品及烟酒",
    "食杂店": "副食、日杂及卷烟", "餐饮店": "餐饮，兼营烟酒饮料", "母婴店": "母婴用品，兼营饮料",
    "商场专柜": "中高档烟酒及礼品",
}
_PLAN_SPOT = ("主要街道", "路口", "中段", "繁华地段")
_PLAN_GRADE = (("中高档", "高档烟占有一定市场份额"), ("中档", "常规烟销量稳定"),
               ("中低档", "低档烟需求量大"), ("中高档", "节假日礼品烟需求旺盛"))
_DENSITY = (("密集", "竞争较为激烈"), ("较为密集", "竞争比较激烈"), ("一般", "竞争压力适中"),
            ("较少", "竞争压力不大"))
_RIVALS = (
    "同时，距该店{n}米处有一家与其经营水平相当的{f}，形成同业竞争。",
    "附近有一家大型连锁超市，对卷烟销售有一定分流。",
    "周边竞争对手较少，具有一定的区位优势。",
    "同一条街上有{k}家零售户，价格竞争明显。",
)
_P_SOCIAL = ("受周围居民的喜爱，人缘好", "在街坊中口碑不错", "经营头脑灵活", "为人厚道，回头客多")
_P_COMM = ("积极主动", "直爽健谈", "比较谨慎", "耐心细致")
_P_WORK = ("认真、踏实", "雷厉风行", "精打细算", "有条不紊")
_P_POLICY = ("比较了解", "非常熟悉", "了解不多，需要加强宣传")
_P_SUPPORT = ("比较支持", "非常支持", "配合度一般，需要多沟通")
_SWOT = {
    "S": (
        "销售能力强，主销各类名优卷烟", "地理位置优势明显，经营环境好", "处于居民区，消费群体稳定，有良好的消费基础",
        "店主经营经验丰富，诚信经营", "店面宽敞，陈列空间充足", "营业时间长，服务周到", "资金实力较强，订货积极",
    ),
    "W": (
        "店内商品局限的范围小", "店内陈列烟柜陈旧、终端摆放较差，不能吸引过往的顾客", "店面较小，陈列空间不足",
        "价格标签不齐全，明码标价执行不到位", "对电子结算等新方式接受较慢", "品牌结构单一，中高档卷烟比例偏低",
        "店主精力有限，营业时间不固定",
    ),
    "O": (
        "消费水平以中高档卷烟为主，可增加中高档品牌购进，提升销售机会", "交通便利，客流量大，拥有丰富的客户资源",
        "周边新建小区陆续入住，消费人群增加", "春节、中秋等节日礼品烟需求旺盛",
        "公司推广现代终端建设，可申请形象提升", "夜市经营带动夜间客流",
    ),
    "T": (
        "商品不丰富，卷烟结构不完整，商机受到局限，盈利水平提高受阻", "周边的零售客户分流客源",
        "紧俏卷烟货源供应不稳定，难以吸引忠诚消费者", "附近新开连锁便利店，竞争加剧", "道路施工影响客流",
        "网购及大型超市对日用品销售形成冲击",
    ),
}
_ACTIONS = (
    "建议您利用良好的人缘关系，积极了解店内商品是否能够满足周边居民的日常需求，缺什么补什么",
    "建议您保持中高档卷烟品牌的完整性，可适量增加省外品种（如娇子、黄山、双喜）做品牌调剂",
    "避免品牌展示陈旧及过分拥挤，定期更换卷烟陈列品，做到“密集但不凌乱”",
    "建议您完善明码标价，统一使用公司提供的价格标签",
    "建议您申请更换新式烟柜，提升终端形象",
    "建议您节前提前备货，重点准备礼品烟及名酒",
    "建议您学习使用网上订货和电子结算，提高订货效率",
    "建议您建立老顾客消费登记，了解常客的品牌偏好",
)
# strategy lines pairing the SWOT quadrants (SO, ST, WO, WT), as a manager writes them
_STRATEGIES = {
    "SO": ("利用店面位置和客流优势，扩大中高档卷烟的销售", "借节日消费旺季，重点推广礼品烟和名酒组合",
           "发挥店主人缘好的优势，发展稳定的老顾客群"),
    "ST": ("以服务和诚信经营稳住老顾客，应对周边零售户分流", "用品牌齐全、价格规范抵御大型超市的冲击",
           "货源紧俏时提前与客户经理沟通，保证畅销品牌不断货"),
    "WO": ("借周边新小区入住的机会，补齐日常商品品类", "利用公司终端建设政策，更换新式烟柜提升形象",
           "借电子结算推广，学习网上订货，提高经营效率"),
    "WT": ("精简滞销品牌规格，减少资金占用", "规范明码标价，避免价格混乱带来的顾客流失",
           "施工期间加强店外指引，减少客流损失"),
}
_ACTION_STATES = table([("done", 55), ("doing", 30), ("open", 15)])  # of actions already due
_ACTION_RESULTS = ("已完成，陈列效果明显改善", "已落实，月销量有所提升", "已完成，客户反馈良好", "已按计划执行")
_OBJECTIVES = (
    ("月均卷烟销量提升", "提升10%"), ("中高档卷烟占比提高", "达到45%"), ("条均价提升", "提高至180元"),
    ("完成终端形象提升", "半年内"), ("新增在销品牌规格", "增加5个"), ("客户满意度", "保持在95分以上"),
)
_CLOSINGS = (
    "最后，祝您生意兴隆！谢谢您的大力支持与配合，我将竭诚为您服务！",
    "祝您生意兴隆，财源广进！有任何需要请随时联系我。",
    "感谢您一直以来的支持与配合，祝您生意越做越红火！",
)

TEMPLATES = (  # occasion, name, body
    ("birthday", "店主生日祝福", "{name}您好！{when}是您的生日，祝您生日快乐、生意兴隆！感谢您对{shop}一直以来的支持。"),
    ("birthday", "会员生日关怀", "亲爱的{name}，生日快乐！贝贝乐为您准备了一份生日礼物，凭此短信到店领取。您当前积分{points}分。"),
    ("festival", "春节问候", "{name}您好！新春将至，感谢您一年来对我们工作的支持，祝{shop}新年生意兴隆、阖家幸福！"),
    ("festival", "中秋问候", "{name}您好！中秋佳节，月圆人圆，祝您和家人节日快乐！{shop}节前备货如有需要请随时联系我。"),
    ("thank_you", "消费感谢", "{name}您好，感谢您的惠顾！本次消费已为您累计积分，当前积分{points}分，欢迎再次光临{shop}。"),
    ("season", "换季提醒", "{name}您好，天气转凉，请注意给宝宝添衣保暖。本周奶粉、纸尿裤会员价优惠，欢迎到{shop}选购。"),
)


def add_snapshots(ctx: Context, i: int, since: int, metric: str) -> None:
    """A month-end value of ``metric`` for customer ``i`` of the chunk, each month of the past
    year since it came ``since`` days ago: a market share, or a deposit balance."""
    rng = ctx.rng
    r = rng.random
    out = ctx.rows["snapshots"]
    value = rng.uniform(15, 55) if metric == "market_share" else rng.uniform(200, 3000)
    for k in ctx.month_starts:
        if k >= since:
            continue
        if metric == "market_share":
            value = min(90.0, max(3.0, value + rng.gauss(0.3, 1.5)))
        else:
            value = max(0.0, value - rng.uniform(0, 600))
            if value < 500 and r() < 0.6:
                value += pick(r, (1000, 2000, 3000))
        out.append({"customer_id": i, "taken_on": ctx.iso_of(k), "metric": metric,
                    "value": round(value, 1 if metric == "market_share" else 2)})

def add_plans(
    ctx: Context, i: int, since: int, shop: str, fmt: str, street: str, zone: str,
    manager: str, owner: str, personality: str,
) -> None:
    """The account plan of outlet ``i`` of the chunk, trading ``since`` days ago; some have an
    archived version from a year before."""
    rng = ctx.rng
    r = rng.random
    current = between(r, 7, 180)
    versions = [("active", current)]
    earlier = current + between(r, 300, 420)
    if earlier < min(since, HISTORY_DAYS) and r() < 0.35:
        versions.insert(0, ("archived", earlier))
    plans = ctx.rows["plans"]
    for version, (status, k) in enumerate(versions, start=1):
        grade, grade_note = pick(r, _PLAN_GRADE)
        density, level = pick(r, _DENSITY)
        rival = pick(r, _RIVALS).format(
            n=pick(r, (30, 50, 80, 100, 150)), f=pick(r, ("烟酒店", "便利店", "超市")),
            k=between(r, 3, 8))
        signed = status == "archived" or r() < 0.8
        signed_k = max(1, k - between(r, 0, 7))
        p = len(plans)
        plans.append({
            "customer_id": i, "template": "retail_outlet", "version": version,
            "status": status, "plan_date": ctx.iso_of(k), "title": f"{shop}客户经营指导计划书",
            "business_format_analysis": (
                f"该店地处{street}{pick(r, _PLAN_SPOT)}，商圈是{zone}，主要经营{_GOODS_DESC[fmt]}，"
                f"{ZONE_CROWD[zone]}。"),
            "consumer_groups": (
                f"卷烟消费主要由{ZONE_GROUPS[zone]}等构成的消费群体。主要销售{grade}卷烟，{grade_note}。"),
            "competition": f"该店周边零售户分布{density}，{level}。{rival}",
            "owner_personality": (
                f"店主性格{personality}，{pick(r, _P_SOCIAL)}。与人交流时{pick(r, _P_COMM)}，"
                f"做事{pick(r, _P_WORK)}，对烟草行业政策{pick(r, _P_POLICY)}，"
                f"对客户经理的工作{pick(r, _P_SUPPORT)}。"),
            "closing": pick(r, _CLOSINGS),
            "signed_by_customer": owner if signed else None,
            "signed_by_manager": manager if signed else None,
            "signed_on": ctx.iso_of(signed_k) if signed else None,
            "created_by": manager,
        })
        for quadrant in "SWOT":
            for pos, text in enumerate(rng.sample(_SWOT[quadrant], between(r, 2, 4)), start=1):
                ctx.rows["plan_points"].append(
                    {"plan_id": p, "quadrant": quadrant, "position": pos, "text": text})
        for kind in rng.sample(sorted(_STRATEGIES), between(r, 2, 4)):
            ctx.rows["plan_strategies"].append(
                {"plan_id": p, "kind": kind, "position": 1, "text": pick(r, _STRATEGIES[kind])})
        for pos, text in enumerate(rng.sample(_ACTIONS, between(r, 2, 4)), start=1):
            due_k = k - between(r, 20, 120)
            if status == "archived":
                state = "done" if r() < 0.75 else "dropped"
            elif due_k > 0:
                state = draw(rng, _ACTION_STATES)
            else:
                state = "open" if r() < 0.55 else "doing"
            result = (pick(r, _ACTION_RESULTS) if state == "done"
                      else "客户暂无意愿，暂缓执行" if state == "dropped" else None)
            ctx.rows["plan_actions"].append({
                "plan_id": p, "position": pos, "text": text + "。", "owner": manager,
                "due_date": ctx.iso_of(due_k), "status": state, "result": result,
            })
        objectives = rng.sample(_OBJECTIVES, between(r, 1, 2))
        for pos, (text, target) in enumerate(objectives, start=1):
            ctx.rows["plan_objectives"].append(
                {"plan_id": p, "position": pos, "text": text, "target": target})


def add_templates(store: Store) -> None:
    """The message templates the database does not hold yet."""
    rows = [
        {"occasion": o, "name": n, "language": "zh", "body": b}
        for o, n, b in TEMPLATES
        if not store.count("message_templates", occasion=o, name=n)
    ]
    store.insert_many("message_templates", rows)
