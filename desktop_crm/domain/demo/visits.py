"""Visits, calls and messages: what account managers and shop staff did with each customer,
what was said, and the follow-ups due and done."""

from __future__ import annotations

from desktop_crm.domain.demo.context import FUTURE, Context, Spec
from desktop_crm.domain.demo.draw import between, draw, expand, pick, table

_OUTLET_CHANNELS = table([("visit", 66), ("phone", 24), ("wechat", 6), ("sms", 2), ("survey", 2)])
_MEMBER_CHANNELS = table(
    [("wechat", 35), ("care_call", 30), ("survey", 15), ("phone", 12), ("sms", 8)]
)
_VISIT_HOURS = {"visit": (8, 18), "phone": (8, 20), "wechat": (7, 21), "sms": (9, 18),
                "survey": (9, 19), "care_call": (9, 19)}

_BRANDS = ("黄鹤楼", "红金龙", "中华", "芙蓉王", "玉溪", "利群")

_O_PURPOSE = {
    "visit": (
        "例行拜访，了解本周卷烟销售情况", "指导卷烟陈列", "宣传新品上市", "落实订货计划",
        "回访客户意见", "节前备货沟通", "解读最新货源投放政策", "检查明码标价", "收集市场信息",
        "协助整理库存", "推广电子结算", "处理客户投诉", "核实客户档案信息", "讲解经营指导计划书",
    ),
    "phone": (
        "电话确认本周订货量", "电话通知新品到货", "节前备货电话沟通", "回访上次反映的问题",
        "提醒结算账户存款", "电话了解竞争对手动态",
    ),
    "wechat": ("微信发送新品信息", "微信沟通订货", "微信发送陈列示意图", "微信解答政策问题"),
    "sms": ("短信提醒订货截止时间", "节日问候短信", "短信通知货源政策调整"),
    "survey": ("客户满意度调查", "服务质量回访调查"),
}
_O_SAID = expand(
    (
        "最近{b}卖得不错，希望多投放一些", "紧俏烟货源太少，顾客问了好几次", "周边新开了一家便利店，生意受影响",
        "对客户经理的服务很满意", "希望多搞些促销活动", "烟柜有点旧了，想换个新的", "高档烟走得慢，压了一些库存",
        "最近客流量少了", "春节前想多备点货", "希望能提供一些陈列物料", "电子结算有时候不太稳定",
        "外地烟有顾客问", "{b}的新规格顾客反映不错", "价格标签不够用",
    ),
    b=_BRANDS,
)
_O_NEEDS = expand(
    (
        "增加{b}投放量", "更换陈列烟柜", "学习手机订货", "需要价格标签", "调整品牌结构", "资金周转",
        "营销培训", "节日备货建议", "增加外省品牌规格",
    ),
    b=_BRANDS,
)
_O_OUTCOME = (
    "已帮助客户重新整理陈列", "客户同意增加中高档卷烟订量", "已上报烟柜更换申请",
    "已讲解订货流程，客户已掌握", "客户表示会考虑", "已记录需求，待向上级反映", "问题已当场解决",
    "客户对建议表示认可", "已确认订货量", "客户暂时不需要调整",
)
_O_NEXT = (
    "下周回访查看陈列效果", "跟进烟柜更换进度", "节前再电话确认备货量", "下次拜访带新品宣传资料",
    "向货源部门反映投放需求", "两周后回访销售情况", "月底前完成计划书签字", "协助客户开通电子结算",
)
_M_PURPOSE = {
    "wechat": ("微信推送育儿知识", "微信沟通奶粉转段", "微信发送亲子活动邀请", "微信发送新品试用通知"),
    "care_call": ("生日关怀电话", "产后关怀回访", "新品奶粉试用回访", "积分到期提醒", "宝宝满月关怀电话"),
    "survey": ("会员满意度调查", "门店服务满意度回访"),
    "phone": ("电话通知到货", "电话预约到店", "电话回访购买体验"),
    "sms": ("节日祝福短信", "积分变动提醒", "会员日活动通知"),
    "visit": ("到店咨询",),
}
_M_SAID = (
    "宝宝喝了以后消化挺好", "最近宝宝有点便秘", "纸尿裤有点闷，想换个牌子", "店员服务很热情",
    "希望多搞些亲子活动", "价格比网上贵一点", "积分兑换的礼品不太实用", "想了解一下辅食添加",
    "预产期快到了，想提前准备待产包", "宝宝对新奶粉适应得不错", "周末想带宝宝来参加活动",
)
_M_NEEDS = ("奶粉转段建议", "更换纸尿裤品牌", "辅食添加指导", "待产包清单", "积分兑换", "亲子活动信息", "送货上门")
_M_OUTCOME = (
    "已推荐适合的奶粉", "已预约到店试用", "客户表示满意", "已登记参加周末亲子活动", "已提醒积分使用",
    "已发送育儿资料", "客户暂无需求",
)
_M_NEXT = (
    "一周后回访使用情况", "月底发送活动通知", "宝宝满月时电话关怀", "到店时赠送试用装",
    "下次到店协助兑换积分", "到货后电话通知",
)
_SATISFACTION = table([(5, 40), (4, 35), (3, 15), (2, 7), (1, 3)])
_NPS = table(
    [(10, 25), (9, 20), (8, 20), (7, 12), (6, 8), (5, 6), (4, 3), (3, 2), (2, 2), (1, 1), (0, 1)]
)


def add_visits(
    ctx: Context, i: int, spec: Spec, staff: int, lo: int, hi: int, n: int, outlet: bool
) -> None:
    """``n`` interactions with customer ``i`` of the chunk, made by ``staff`` between ``hi``
    and ``lo`` days ago (never today), oldest first; an outlet's or a member's."""
    rng = ctx.rng
    r = rng.random
    iso, F = ctx.iso, FUTURE
    lo, hi = max(lo, 1), max(hi, 1)
    channels = _OUTLET_CHANNELS if outlet else _MEMBER_CHANNELS
    out = ctx.rows["interactions"]
    for k in ctx.sample_days(ctx.cum_visit, lo, hi, n):
        channel = draw(rng, channels)
        h_lo, h_hi = _VISIT_HOURS[channel]
        hour, minute, second = between(r, h_lo, h_hi), int(r() * 60), int(r() * 60)
        at = f"{iso[k + F]}T{hour:02d}:{minute:02d}:{second:02d}"
        purpose = pick(r, (_O_PURPOSE if outlet else _M_PURPOSE)[channel])
        said = needs = outcome = next_step = None
        satisfaction = nps = None
        if outlet:
            if channel == "visit":
                said, needs = pick(r, _O_SAID), pick(r, _O_NEEDS) if r() < 0.7 else None
                outcome = pick(r, _O_OUTCOME)
                next_step = pick(r, _O_NEXT) if r() < 0.7 else None
            elif channel in ("phone", "wechat"):
                said = pick(r, _O_SAID) if r() < 0.6 else None
                outcome = pick(r, _O_OUTCOME)
                next_step = pick(r, _O_NEXT) if r() < 0.4 else None
        else:
            if channel in ("care_call", "wechat", "phone"):
                said = pick(r, _M_SAID) if r() < 0.6 else None
                needs = pick(r, _M_NEEDS) if r() < 0.4 else None
                outcome = pick(r, _M_OUTCOME)
                next_step = pick(r, _M_NEXT) if r() < 0.4 else None
        if channel == "survey":
            satisfaction = draw(rng, _SATISFACTION) if r() < 0.85 else None
            nps = draw(rng, _NPS) if satisfaction is None or r() < 0.6 else None
            said = pick(r, _O_SAID if outlet else _M_SAID) if r() < 0.5 else None

        due = done = None
        if channel != "sms" and r() < (0.5 if k <= 30 else 0.28):
            due_k = k - between(r, 3, 21)       # days ago; negative: ahead of today
            due = iso[due_k + F]
            if next_step is None:
                next_step = pick(r, _O_NEXT if outlet else _M_NEXT)
            if due_k > 0:
                finished = r() < (0.95 if due_k > 45 else 0.55)
                first, last = max(1, due_k - 7), k - 1   # done between the visit and today
            else:
                finished = r() < 0.15
                first, last = 1, k - 1
            if finished and first <= last:
                d = between(r, first, last)
                done = f"{iso[d + F]}T{between(r, 9, 18):02d}:{int(r() * 60):02d}:00"
        if channel == "visit" and outlet:
            ctx.links.append((len(out), spec.owner_contact))
        out.append({
            "customer_id": i, "occurred_at": at, "channel": channel, "staff_id": staff,
            "purpose": purpose, "customer_said": said, "needs": needs, "outcome": outcome,
            "next_step": next_step, "follow_up_due": due, "follow_up_done_at": done,
            "satisfaction": satisfaction, "nps": nps, "campaign_id": None,
        })
