"""``desktop-crm score``: recompute and store a scoring run; ``score show CODE``: one
customer's scores and the breakdown of their value score."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop_crm.cli.common import open_store, print_json, table
from desktop_crm.cli.words import _
from desktop_crm.domain.customers import CustomerService
from desktop_crm.domain.scoring import segments
from desktop_crm.domain.scoring.model import CRITERIA, INDICATORS, format_raw
from desktop_crm.domain.scoring.service import ScoringService


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "score", help=_("score every customer and keep the run (score show CODE explains one)"),
        description=_("Without arguments: recompute every customer's scores and store them as a "
                      "dated run. 'score show CODE': one customer's scores with the breakdown of the value "
                      "score."),
    )
    p.add_argument("action", nargs="?", choices=("show",), help=_("show one customer's scores"))
    p.add_argument("code", nargs="?", help=_("customer code (with show)"))
    p.add_argument("--as-of", metavar="DATE",
                   help=_("score as of this day (YYYY-MM-DD; default today)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_score)


def cmd_score(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    if args.action == "show":
        if not args.code:
            raise CommandError(_("score show needs a customer code, e.g. score show 420381104741"))
        return _show(args)
    if args.code:
        raise CommandError(_("unexpected {code!r}; did you mean score show {code}?").format(code=args.code))
    as_of = None
    if args.as_of:
        try:
            as_of = date.fromisoformat(args.as_of)
        except ValueError:
            raise CommandError(_("{text!r} is not a date; write it as 2026-11-01").format(text=args.as_of)) from None
    with open_store(args) as store:
        service = ScoringService(store)
        try:
            run_id = service.run(as_of, progress=_progress)
        except ValueError as exc:  # an inconsistent model
            raise CommandError(str(exc), 4) from None
        if sys.stderr.isatty():
            print(file=sys.stderr)
        run = service.run_summary(run_id)
    print(_("run {id}: {n} customers scored as of {day}").format(id=run_id, n=run["customers"], day=run["as_of"]))
    return 0


def _progress(done: int, total: int) -> bool:
    if sys.stderr.isatty():
        print("\r" + _("scoring… {done}/{total}").format(done=done, total=total), end="", file=sys.stderr)
    return True


def _show(args: argparse.Namespace) -> int:
    from desktop_crm.cli import CommandError

    lang = args.language
    with open_store(args) as store:
        customer = CustomerService(store).by_code(args.code)
        service = ScoringService(store)
        if service.latest() is None:
            raise CommandError(_("nothing is scored yet; run 'desktop-crm score' first"), 3)
        explanation = service.explain(customer["id"])
        if explanation is not None and explanation.stale:
            service.refresh(customer["id"])  # changed since: bring it up to date first
            explanation = service.explain(customer["id"])
        if explanation is None:
            raise CommandError(
                _("{code} was not scored in the latest run (added since?); "
                  "run 'desktop-crm score'").format(code=args.code), 3)
        trend = service.trend(customer["id"])
        s = explanation.scores
        if args.json:
            print_json(store, {
                "code": customer["code"], "name": customer["name"], "run": explanation.run_id,
                "as_of": explanation.as_of, "scores": s,
                "breakdown": [
                    {"criterion": line.criterion, "indicator": line.indicator, "raw": line.raw,
                     "standardised": line.standardised, "weight": line.weight,
                     "contribution": line.contribution} for line in explanation.lines
                ],
                "trend": trend,
            }, f"scores of {customer['code']} {customer['name']}: 1 customer")
            return 0
    zh = lang == "zh"

    def seg(dim: str) -> str:
        return segments.label(dim, s[dim], lang) or "—"

    def num(value: object, fmt: str = "{:,.2f}") -> str:
        return "—" if value is None else fmt.format(value)

    share = explanation.rank_below / explanation.ranked if explanation.ranked else 0
    print(f"{customer['name']}  [{customer['code']}]  "
          f"{'评分日期' if zh else 'scored as of'} {explanation.as_of} (run {explanation.run_id})")
    rows = [
        ("客户价值" if zh else "Value", f"{s['value']:+.3f}  "
         + (f"(高于 {share:.0%} 的客户)" if zh else f"(above {share:.0%} of customers)")),
        ("当前 / 潜在价值" if zh else "Current / potential",
         f"{s['current_value']:+.3f} / {s['potential_value']:+.3f}"),
        ("价值象限" if zh else "Value quadrant", seg("value_quadrant")),
        ("规模×忠诚" if zh else "Volume × loyalty", seg("volume_loyalty")),
        ("资产评级" if zh else "Asset grade", seg("asset_grade")),
        ("建议等级" if zh else "Suggested tier", seg("suggested_tier")),
        ("RFM", f"R{num(s['r_score'], '{:.0f}')} F{num(s['f_score'], '{:.0f}')} "
         f"M{num(s['m_score'], '{:.0f}')}  {seg('rfm_segment')}"),
        ("最近购买 / 次数 / 金额" if zh else "Recency / frequency / monetary",
         f"{num(s['recency_days'], '{:.0f}')} / {num(s['frequency'], '{:.0f}')} / "
         f"{num(s['monetary'])}"),
        ("客户终身价值" if zh else "CLV", num(s["clv"])),
        ("流失风险" if zh else "Churn risk", f"{num(s['churn_risk'], '{:.0%}')} {seg('churn_level')}"),
        ("满意度 / NPS" if zh else "Satisfaction / NPS",
         f"{num(s['ind_satisfaction'], '{:.1f}')} / {num(s['ind_nps'], '{:.0f}')} "
         f"{seg('nps_group')}"),
        ("档案完整度" if zh else "File completeness", num(s["completeness"], "{:.0%}")),
        ("未更新天数" if zh else "Days since last update", num(s["stale_days"], "{:.0f}")),
    ]
    print(table([(f"  {a}", b) for a, b in rows]))
    head = (["指标层", "指标", "原值", "标准化", "权重", "贡献"] if zh
            else ["Criterion", "Indicator", "Raw", "Standardised", "Weight", "Contribution"])
    body = [head]
    for line in explanation.lines:
        body.append([
            CRITERIA[line.criterion][0 if zh else 1], INDICATORS[line.indicator][0 if zh else 1],
            format_raw(line.raw), f"{line.standardised:+.3f}",
            f"{line.weight:.4f}", f"{line.contribution:+.4f}",
        ])
    weights = sum(x.weight for x in explanation.lines)
    total = f"{explanation.total:+.4f}"
    body.append(["", "合计" if zh else "Total", "", "", f"{weights:.4f}", total])
    print()
    print(table([["  " + str(r[0]), *r[1:]] for r in body]))
    if len(trend) > 1:
        print()
        print(table([("  " + t["as_of"], f"{t['value']:+.3f}",
                      segments.label("value_quadrant", t["value_quadrant"], lang)) for t in trend]))
    return 0
