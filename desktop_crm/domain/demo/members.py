"""Members of the mother-and-baby store (贝贝乐) looked after by its staff: the customer and
their own contact record, card, points and referrals, household (children, due dates),
purchases, and the care calls and messages of the shop staff."""

from __future__ import annotations

import json
from typing import Any

from desktop_crm.domain.demo.context import HISTORY_DAYS, Context
from desktop_crm.domain.demo.draw import between, draw, pick, table
from desktop_crm.domain.demo.plans import add_snapshots
from desktop_crm.domain.demo.pools import (
    DISTRICTS,
    GRADE,
    HUSBAND_WORK,
    MEMBER_DISTRICT,
    MOTHER_HOBBIES,
    MOTHER_JOBS,
    PERSONALITY,
)
from desktop_crm.domain.demo.sales import add_member_sales
from desktop_crm.domain.demo.visits import add_visits
from desktop_crm.domain.fields import MEMBER_LEVELS

_MEMBER_LIFECYCLE = table([("new", 20), ("active", 55), ("old", 10), ("lost", 15)])
# days ago a member joined, by lifecycle, and a lost one stopped buying
_JOINED = {"new": (10, 180), "active": (181, 1095), "old": (1096, 2200), "lost": (240, 1400)}
_LOST = (150, 500)
_MEMBER_TIER = table([("key", 10), ("regular", 40), ("occasional", 50)])
_MEMBER_VISIT_RATE = {"key": 0.36, "regular": 0.25, "occasional": 0.15}
_HOUSEHOLD_NOTES = (
    "双胞胎家庭", "宝宝对牛奶蛋白过敏，需选深度水解奶粉", "家里老人帮忙带孩子", "宝宝偏瘦，关注营养补充",
    "住得近，常推宝宝来店里玩", "上班族，晚上七点后方便联系",
)
_MEMBER_DNA = (
    ("注重品质，偏好进口奶粉", "价格敏感，常等促销活动", "信赖店员推荐", "喜欢参加亲子活动"),
    ("习惯线上比价后到店购买", "每月固定囤货纸尿裤", "喜欢积分兑换礼品", "关注宝宝辅食营养"),
    ("方便微信联系", "工作日晚上有空接电话", "周末常带宝宝到店", "不喜欢频繁电话打扰"),
)
_MEMBER_NOTES = ("经常带宝宝来店里玩", "喜欢参加周末活动", "对价格比较敏感", "老公常来代买奶粉")
# the two-year spend from which a member holds each card level, lowest level first
_LEVEL_FROM = dict(zip(MEMBER_LEVELS, (0.0, 1_500.0, 6_000.0, 15_000.0), strict=True))


def add_member(ctx: Context, i: int) -> None:
    """Member ``i`` of the chunk: the customer, their own contact record, their card,
    household and purchases, the care calls and messages of the shop staff."""
    rng = ctx.rng
    r = rng.random
    staff_id, _staff_name = ctx.shop_staff[int(r() * len(ctx.shop_staff))]
    district, _city, _prefix, area_code, areas = DISTRICTS[MEMBER_DISTRICT]
    area, _zone, streets, compounds = pick(r, areas)
    address = (f"{district}{pick(r, streets)}{pick(r, compounds)}{between(r, 1, 30)}栋"
               f"{between(r, 1, 4)}单元{between(r, 1, 28)}0{between(r, 1, 4)}室")
    lifecycle = draw(rng, _MEMBER_LIFECYCLE)
    tier = draw(rng, _MEMBER_TIER)
    joined, lost = ctx.tenure(lifecycle, _JOINED, _LOST)
    if lost is not None:
        tier = "occasional" if r() < 0.7 else "regular"
    male = r() < 0.08
    name, birthday, age = ctx.person(male, 22, 40, 0.95)
    mobile = ctx.mobile()

    pregnant = lost is None and r() < 0.2
    children: list[int] = []  # days ago each child was born
    if pregnant:
        if r() < 0.3:
            children.append(between(r, 700, 2500))
    elif r() < 0.9:
        children.append(between(r, 30, 6 * 365))
        if r() < 0.18:
            children.append(children[0] + between(r, 500, 2000))
    referrer = None
    if ctx.referrers and r() < 0.25:
        for _ in range(3):
            cand_joined, cand_seq = ctx.referrers[int(r() * len(ctx.referrers))]
            if cand_joined > joined:  # joined before this member did
                referrer = cand_seq
                break

    tags = []
    if tier == "key":
        tags.append("VIP会员")
    if pregnant:
        tags.append("孕妈")
    if len(children) + pregnant >= 2:
        tags.append("二胎")
    if referrer is not None:
        tags.append("老带新")
    if lifecycle == "new":
        tags.append("新会员")

    row: dict[str, Any] = {
        "code": ctx.code(-1), "name": name, "kind": "individual",
        "trading_since": ctx.date_of(joined), "address": address, "area": area,
        "phone": mobile, "owner": staff_id, "lifecycle": lifecycle, "tier": tier,
        "asset_grade": draw(rng, GRADE["lost" if lost else tier]), "tags": tags,
    }
    if r() < 0.2:
        row["dna"] = "；".join(pick(r, p) for p in _MEMBER_DNA) + "。"
    if r() < 0.1:
        row["notes"] = pick(r, _MEMBER_NOTES)
    spec = ctx.add_customer(row, -1)

    kids = {0: "暂无孩子", 1: "一个孩子", 2: "两个孩子"}[len(children)]
    spouse = "妻子" if male else "丈夫"
    expecting = ("爱人怀孕中，" if male else "目前怀孕中，") if pregnant else ""
    family = f"{spouse}{pick(r, HUSBAND_WORK)}，{expecting}家有{kids}"
    contacts = ctx.rows["contacts"]
    spec.owner_contact = len(contacts)
    contacts.append({
        "customer_id": i, "name": name, "role": "self", "mobile": mobile, "phone": None,
        "wechat": mobile if r() < 0.6 else None, "email": None, "birthday": birthday,
        "gender": "male" if male else "female", "age": age,
        "occupation": pick(r, MOTHER_JOBS), "position": None,
        "personality": pick(r, PERSONALITY) if r() < 0.5 else None,
        "hobbies": (
            "、".join(rng.sample(MOTHER_HOBBIES, between(r, 1, 2))) if r() < 0.6 else None
        ),
        "family": family, "notes": "会员本人", "is_primary": 1,
        # nine members in ten signed the consent to marketing messages when they joined
        "consent_channels": "sms_wechat" if i % 10 else None,
        "consent_on": ctx.date_of(joined) if i % 10 else None,
        "consent_how": "written" if i % 10 else None,
    })

    hi = min(HISTORY_DAYS, joined)
    lo = 1 if lost is None else max(1, lost - 60)
    n = max(1, ctx.count(_MEMBER_VISIT_RATE[tier], hi - lo))
    add_visits(ctx, i, spec, staff_id, lo, hi, n, outlet=False)

    spent, balance = add_member_sales(ctx, i, staff_id, tier, lost or 0, hi)
    member_seq = len(ctx.member_ids) + len(ctx.members_a) + len(ctx.rows["members"])
    ctx.rows["members"].append({
        "customer_id": i, "card_no": ctx.card_no(), "joined_on": ctx.iso_of(joined),
        "level": _level(spent), "points_balance": balance, "referred_by": referrer,
        "staff_id": staff_id,
        "expected_due_date": ctx.iso_of(-between(r, 15, 240)) if pregnant else None,
        "children_birthdays": (
            json.dumps(sorted(ctx.iso_of(k) for k in children)) if children else None
        ),
        "household_notes": pick(r, _HOUSEHOLD_NOTES) if r() < 0.3 else None,
    })
    ctx.pending.append((joined, member_seq))
    if lost is None and r() < 0.1:
        add_snapshots(ctx, i, joined, "deposit_balance")


def _level(spent: float) -> str:
    """A member's card level (a code of :data:`MEMBER_LEVELS`) from their two-year spend."""
    return [code for code, least in _LEVEL_FROM.items() if spent >= least][-1]
