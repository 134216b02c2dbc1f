"""Charts of a campaign's evaluation, as matplotlib Figures (no pyplot): the GUI shows them
through a Qt canvas, and a PDF report can draw the same figures."""

from __future__ import annotations

from matplotlib.figure import Figure

from desktop_crm.domain.campaigns import Evaluation
from desktop_crm.domain.money import money
from desktop_crm.reports.fonts import chart_family

TREATED = "#2563eb"
HOLDOUT = "#9ca3af"


def evaluation_figure(ev: Evaluation, labels: dict[str, str]) -> Figure:
    """Conversion rate of the contacted targets against the holdout, and conversions and
    revenue by staff member. ``labels`` carries the texts in the user's language: keys
    treated, holdout, rate, by_staff, converted, not_converted, revenue, nobody."""
    family = chart_family()
    fig = Figure(figsize=(9, 3.4), dpi=100, layout="constrained")
    rc = {"fontfamily": family} if family else {}
    left, right = fig.subplots(1, 2, width_ratios=[1, 2])

    groups = [(labels["treated"], ev.treated, TREATED)]
    if ev.holdout.targets:
        groups.append((labels["holdout"], ev.holdout, HOLDOUT))
    names = [g[0] for g in groups]
    rates = [(g[1].conversion_rate or 0) * 100 for g in groups]
    bars = left.bar(names, rates, color=[g[2] for g in groups], width=0.55)
    for bar, (_n, group, _c) in zip(bars, groups):
        left.annotate(f"{(group.conversion_rate or 0):.1%}\n({group.converted}/{group.targets})",
                      (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center",
                      va="bottom", fontsize=8, **rc)
    left.set_ylabel(labels["rate"], **rc)
    left.set_ylim(0, max(rates + [1]) * 1.35)
    for tick in left.get_xticklabels():
        tick.set(**rc)
    left.spines[["top", "right"]].set_visible(False)

    staff = ev.by_staff[:12]
    names = [g.key or labels["nobody"] for g in staff]
    converted = [g.converted for g in staff]
    others = [g.targets - g.converted for g in staff]
    ys = range(len(staff))
    right.barh(ys, converted, color=TREATED, label=labels["converted"])
    right.barh(ys, others, left=converted, color="#dbeafe", label=labels["not_converted"])
    right.set_yticks(list(ys), names, **rc)
    right.invert_yaxis()
    for y, g in zip(ys, staff):
        right.annotate(money(g.revenue, decimals=0), (g.targets, y), xytext=(4, 0),
                       textcoords="offset points", va="center", fontsize=8)
    right.set_title(labels["by_staff"], fontsize=10, **rc)
    right.set_xlim(0, max([g.targets for g in staff] + [1]) * 1.2)  # room for the revenue
    right.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, frameon=False,
                 prop={"family": family, "size": 8} if family else {"size": 8})
    right.spines[["top", "right"]].set_visible(False)
    return fig
