"""What customers buy: outlets' orders of cigarettes, drinks and spirits, more before the
festivals; members' baby goods, earning a point per yuan and redeeming them for gifts."""

from __future__ import annotations

from desktop_crm.domain.demo.context import FUTURE, Context
from desktop_crm.domain.demo.draw import between, draw, table

Item = tuple[str, float, float, float]  # product, unit price, margin low, high

# --- outlets: orders of cigarettes, drinks and spirits ------------------------------------

# orders per month while trading
_OUTLET_SALES_RATE = {"key": 1.2, "regular": 0.47, "occasional": 0.19, None: 0.1}
# category weights per business format, then products: (name, unit price, margin low, high)
_OUTLET_GOODS = {
    "烟酒店": table([("卷烟", 70), ("酒水", 25), ("饮料", 5)]),
    "便利店": table([("卷烟", 60), ("饮料", 25), ("酒水", 15)]),
    "超市": table([("卷烟", 50), ("酒水", 25), ("饮料", 25)]),
    "食杂店": table([("卷烟", 70), ("饮料", 20), ("酒水", 10)]),
    "餐饮店": table([("酒水", 55), ("饮料", 30), ("卷烟", 15)]),
    "母婴店": table([("饮料", 100)]),
    "商场专柜": table([("卷烟", 55), ("酒水", 45)]),
}
_PRODUCTS = {
    "卷烟": table([
        (("黄鹤楼(硬金砂)", 190.0, 0.08, 0.12), 14), (("黄鹤楼(软蓝)", 160.0, 0.08, 0.12), 10),
        (("红金龙(硬神州)", 95.0, 0.08, 0.11), 12), (("中华(硬)", 410.0, 0.08, 0.10), 6),
        (("芙蓉王(硬)", 225.0, 0.08, 0.12), 8), (("玉溪(软)", 210.0, 0.08, 0.12), 7),
        (("利群(新版)", 130.0, 0.08, 0.12), 7), (("娇子(宽窄好运)", 135.0, 0.09, 0.13), 5),
        (("黄山(红方印)", 105.0, 0.09, 0.13), 5), (("双喜(硬经典)", 95.0, 0.09, 0.13), 6),
        (("云烟(紫)", 105.0, 0.08, 0.12), 6), (("白沙(精品)", 90.0, 0.08, 0.12), 5),
        (("南京(红)", 110.0, 0.08, 0.12), 4), (("红塔山(经典)", 80.0, 0.08, 0.12), 5),
    ]),
    "酒水": table([
        (("白云边12年(箱)", 720.0, 0.15, 0.22), 10), (("稻花香珍品一号(箱)", 600.0, 0.15, 0.22), 8),
        (("枝江大曲(箱)", 240.0, 0.16, 0.25), 8), (("劲酒125ml(箱)", 230.0, 0.15, 0.20), 6),
        (("雪花勇闯天涯(箱)", 45.0, 0.12, 0.18), 12), (("青岛啤酒经典(箱)", 60.0, 0.12, 0.18), 10),
        (("五粮液(瓶)", 960.0, 0.10, 0.15), 3), (("泸州老窖特曲(瓶)", 280.0, 0.15, 0.22), 4),
        (("汾酒青花20(瓶)", 380.0, 0.15, 0.22), 3),
    ]),
    "饮料": table([
        (("农夫山泉550ml(箱)", 28.0, 0.12, 0.20), 12), (("红牛250ml(箱)", 120.0, 0.12, 0.18), 8),
        (("王老吉310ml(箱)", 85.0, 0.12, 0.20), 8), (("旺仔牛奶(箱)", 60.0, 0.14, 0.20), 6),
        (("伊利纯牛奶(箱)", 60.0, 0.12, 0.18), 8), (("康师傅冰红茶(箱)", 35.0, 0.12, 0.20), 8),
        (("可口可乐(箱)", 40.0, 0.12, 0.18), 8), (("东鹏特饮(箱)", 75.0, 0.14, 0.20), 6),
    ]),
}
_ORDER_SIZE = {  # yuan per order
    "key": (6000, 25000), "regular": (2000, 8000), "occasional": (500, 3000), None: (500, 2000),
}
_CATEGORY_SCALE = {"卷烟": 1.0, "酒水": 0.5, "饮料": 0.3}
# order sizes by month: more before the Spring Festival and the Mid-Autumn Festival
_AMOUNT_SEASON = (0, 1.4, 1.2, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.3, 1.0, 1.0, 1.1)

# --- members: baby goods, a point per yuan --------------------------------------------------

# purchases per month
_MEMBER_SALES_RATE = {"key": 1.45, "regular": 0.6, "occasional": 0.25}
_BABY_GOODS = table([("奶粉", 45), ("纸尿裤", 35), ("辅食", 12), ("玩具", 8)])
_BABY_PRODUCTS = {  # (name, unit price, margin low, high), max quantity
    "奶粉": (table([
        (("飞鹤星飞帆3段", 268.0, 0.15, 0.25), 3), (("美赞臣蓝臻", 398.0, 0.15, 0.22), 2),
        (("惠氏启赋3段", 358.0, 0.15, 0.22), 2), (("爱他美卓萃", 368.0, 0.15, 0.22), 2),
        (("君乐宝至臻", 228.0, 0.18, 0.25), 2), (("伊利金领冠", 249.0, 0.18, 0.25), 2),
    ]), 6),
    "纸尿裤": (table([
        (("帮宝适一级帮", 139.0, 0.12, 0.20), 3), (("花王妙而舒", 119.0, 0.12, 0.20), 3),
        (("好奇心钻装", 129.0, 0.12, 0.20), 2), (("大王天使", 109.0, 0.12, 0.20), 2),
        (("babycare皇室弱酸", 99.0, 0.15, 0.20), 2),
    ]), 4),
    "辅食": (table([
        (("嘉宝米粉", 45.0, 0.20, 0.25), 3), (("亨氏米粉", 38.0, 0.20, 0.25), 3),
        (("小皮果泥", 25.0, 0.20, 0.25), 2), (("英氏宝宝面条", 28.0, 0.20, 0.25), 2),
    ]), 5),
    "玩具": (table([
        (("费雪安抚海马", 159.0, 0.20, 0.25), 2), (("澳贝手摇铃", 49.0, 0.20, 0.25), 3),
        (("乐高得宝积木", 299.0, 0.18, 0.22), 1), (("宝宝爬行垫", 139.0, 0.20, 0.25), 2),
    ]), 2),
}


def add_outlet_sales(
    ctx: Context, i: int, staff: int, fmt: str, tier: str, lo: int, hi: int
) -> None:
    """Orders of outlet ``i`` of the chunk between ``hi`` and ``lo`` days ago, oldest first."""
    rng = ctx.rng
    r = rng.random
    n = ctx.count(_OUTLET_SALES_RATE[tier], hi - lo)
    if n == 0:
        return
    goods = _OUTLET_GOODS[fmt]
    low, high = _ORDER_SIZE[tier]
    month = ctx.month
    out = ctx.rows["transactions"]
    for k in ctx.sample_days(ctx.cum_outlet, lo, hi, n):
        category = draw(rng, goods)
        item = draw(rng, _PRODUCTS[category])
        target = (low + (high - low) * r()) * _CATEGORY_SCALE[category]
        target *= _AMOUNT_SEASON[month[k + FUTURE]]
        out.append(_sale(ctx, i, k, staff, category, item, max(1, round(target / item[1]))))


def add_member_sales(
    ctx: Context, i: int, staff: int, tier: str, lo: int, hi: int
) -> tuple[float, int]:
    """Purchases of member ``i`` of the chunk, oldest first; returns (spent, points left)."""
    rng = ctx.rng
    r = rng.random
    n = ctx.count(_MEMBER_SALES_RATE[tier], hi - lo)
    out = ctx.rows["transactions"]
    spent, balance = 0.0, 0
    for k in ctx.sample_days(ctx.cum_member, lo, hi, n):
        category = draw(rng, _BABY_GOODS)
        products, most = _BABY_PRODUCTS[category]
        item = draw(rng, products)
        quantity = 1 + int(r() * most)
        amount = round(quantity * item[1], 2)
        earned = int(amount)
        redeemed = 0
        if balance >= 3000 and r() < 0.3:  # a gift or a voucher, in thousands of points
            redeemed = 1000 * between(r, 1, min(5, balance // 1000))
        balance += earned - redeemed
        spent += amount
        out.append(_sale(ctx, i, k, staff, category, item, quantity,
                         points_earned=earned, points_redeemed=redeemed))
    return spent, balance


def _sale(
    ctx: Context, i: int, k: int, staff: int, category: str, item: Item, quantity: int,
    **points: int,
) -> dict:
    """The transaction row of ``quantity`` of ``item`` sold ``k`` days ago."""
    product, price, m_lo, m_hi = item
    amount = round(quantity * price, 2)
    return {
        "customer_id": i, "occurred_on": ctx.iso[k + FUTURE], "amount": amount,
        "gross_profit": round(amount * (m_lo + (m_hi - m_lo) * ctx.rng.random()), 2),
        "quantity": float(quantity), "product": product, "category": category,
        "staff_id": staff, **points,
    }
