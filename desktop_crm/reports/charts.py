"""The analytics figures, as matplotlib Figures (no pyplot): the GUI shows them through a Qt
canvas and a PDF can draw the same ones. Texts come in as arguments, already in the user's
language; Chinese renders with the CJK font of :mod:`desktop_crm.reports.fonts`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.figure import Figure

from desktop_crm.domain.money import money
from desktop_crm.reports.fonts import chart_family
from desktop_crm.storage import audit
from desktop_crm.storage.db import Store

QUADRANT_COLOURS = {"invest": "#16a34a", "maintain": "#2563eb", "develop": "#f59e0b",
                    "stop": "#9ca3af"}
BAR = "#2563eb"
TARGET = "#dc2626"
MAX_POINTS = 6000  # a scatter of 100,000 dots is a blot; a fixed sample reads the same


def _figure(width: float = 6.4, height: float = 4.0) -> Figure:
    family = chart_family()
    if family and matplotlib.rcParams["font.family"][:1] != [family]:
        # every text, tick labels included, falls back through this list
        matplotlib.rcParams["font.family"] = [family, "DejaVu Sans"]
        matplotlib.rcParams["axes.unicode_minus"] = False
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig


def _tidy(ax) -> None:
    ax.spines[["top", "right"]].set_visible(False)


def empty_figure(message: str) -> Figure:
    fig = _figure()
    fig.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#6b7280")
    return fig


def sample(n: int, limit: int = MAX_POINTS) -> np.ndarray:
    """Indices of an even, repeatable sample of ``n`` points."""
    if n <= limit:
        return np.arange(n)
    return np.linspace(0, n - 1, limit).round().astype(int)


def value_scatter(current: Sequence[float], potential: Sequence[float],
                  quadrants: Sequence[str], mean: tuple[float, float],
                  labels: dict[str, str]) -> Figure:
    """Current against potential value, coloured by quadrant, with the mean lines.
    ``labels``: title, x, y, and each quadrant code; the caller samples the points."""
    fig = _figure(6.8, 4.6)
    ax = fig.add_subplot()
    x, y, q = np.asarray(current), np.asarray(potential), np.asarray(quadrants, dtype=object)
    for code, colour in QUADRANT_COLOURS.items():
        mask = q == code
        ax.scatter(x[mask], y[mask], s=6, alpha=0.5, color=colour, label=labels.get(code, code),
                   picker=True, pickradius=4, linewidths=0)
    ax.axvline(mean[0], color="#374151", linewidth=0.8, linestyle="--")
    ax.axhline(mean[1], color="#374151", linewidth=0.8, linestyle="--")
    ax.set_xlabel(labels["x"])
    ax.set_ylabel(labels["y"])
    ax.set_title(labels["title"], fontsize=11)
    ax.legend(loc="upper left", fontsize=8, markerscale=2.5, frameon=False)
    _tidy(ax)
    return fig


def bars(items: Sequence[tuple[str, int]], title: str, *, colour: str = BAR,
         total: int | None = None) -> Figure:
    """Horizontal bars with count and share, biggest first as given."""
    fig = _figure(6.2, max(2.2, 0.42 * len(items) + 1.0))
    ax = fig.add_subplot()
    names = [n for n, _ in items][::-1]
    counts = [c for _, c in items][::-1]
    total = total or sum(counts) or 1
    drawn = ax.barh(names, counts, color=colour, height=0.6)
    for bar, count in zip(drawn, counts):
        ax.annotate(f" {count:,} ({count / total:.0%})",
                    (bar.get_width(), bar.get_y() + bar.get_height() / 2), va="center", fontsize=8)
    ax.set_xlim(0, max(counts + [1]) * 1.3)
    ax.set_title(title, fontsize=11)
    ax.tick_params(axis="y", labelsize=9)
    _tidy(ax)
    return fig


def rfm_grid(cells: Sequence[tuple[int, int, int, float]], labels: dict[str, str]) -> Figure:
    """Customers in each recency × frequency cell (5 × 5), with their mean spend; with
    ``labels["segments"]`` (``(r, f)`` -> name) each cell also names its segment."""
    fig = _figure(8.0, 4.6)
    ax = fig.add_subplot()
    counts = np.zeros((5, 5))
    spend = np.full((5, 5), np.nan)
    for r, f, n, m in cells:
        counts[r - 1, f - 1] = n
        spend[r - 1, f - 1] = m
    image = ax.imshow(counts, cmap="Blues", origin="lower", aspect="auto")
    for r in range(5):
        for f in range(5):
            text = f"{int(counts[r, f]):,}"
            if labels.get("segments"):  # (r, f) -> the segment's name
                text = f"{labels['segments'][(r + 1, f + 1)]}\n{text}"
            if not np.isnan(spend[r, f]):
                text += "\n" + money(spend[r, f], decimals=0)
            dark = counts[r, f] > counts.max() * 0.6
            ax.text(f, r, text, ha="center", va="center", fontsize=7,
                    color="white" if dark else "#111827")
    ax.set_xticks(range(5), [str(i) for i in range(1, 6)])
    ax.set_yticks(range(5), [str(i) for i in range(1, 6)])
    ax.set_xlabel(labels["f"])
    ax.set_ylabel(labels["r"])
    ax.set_title(labels["title"], fontsize=11)
    fig.colorbar(image, ax=ax, shrink=0.8, label=labels["customers"])
    return fig


def funnel(stages: Sequence[tuple[str, int]], title: str, rate_label: str) -> Figure:
    """Centred bars narrowing stage by stage, with the conversion from the stage before."""
    fig = _figure(6.2, 3.2)
    ax = fig.add_subplot()
    top = max([n for _, n in stages] + [1])
    for i, (name, n) in enumerate(stages):
        y = len(stages) - 1 - i
        ax.barh(y, n, left=(top - n) / 2, color=BAR, alpha=1 - 0.2 * i, height=0.7)
        text = f"{name}  {n:,}"
        if i:
            prev = stages[i - 1][1]
            text += f"  ({rate_label} {n / prev:.0%})" if prev else ""
        ax.text(top / 2, y, text, ha="center", va="center", color="white", fontsize=10)
    ax.set_xlim(0, top)
    ax.set_yticks([])
    ax.set_xticks([])
    ax.set_title(title, fontsize=11)
    ax.spines[:].set_visible(False)
    return fig


def staff_visits(names: Sequence[str], visits: Sequence[int], targets: Sequence[int | None],
                 labels: dict[str, str]) -> Figure:
    """Visits per staff member in a month, bars, with each one's target as a tick."""
    fig = _figure(6.4, max(2.4, 0.34 * len(names) + 1.2))
    ax = fig.add_subplot()
    ys = np.arange(len(names))[::-1]
    met = [t is not None and v >= t for v, t in zip(visits, targets)]
    ax.barh(ys, visits, color=[BAR if m else "#93c5fd" for m in met], height=0.6,
            label=labels["visits"])
    tx = [(y, t) for y, t in zip(ys, targets) if t is not None]
    if tx:
        ax.scatter([t for _, t in tx], [y for y, _ in tx], marker="|", s=220, color=TARGET,
                   linewidths=2, label=labels["target"], zorder=3)
    ax.set_yticks(ys, names, fontsize=8)
    ax.set_title(labels["title"], fontsize=11)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    _tidy(ax)
    return fig


def nps_trend(months: Sequence[str], nps: Sequence[float | None],
              satisfaction: Sequence[float | None], labels: dict[str, str]) -> Figure:
    """NPS (−100…100) per month, and mean satisfaction (1–5) on a second axis."""
    fig = _figure(6.8, 3.6)
    ax = fig.add_subplot()
    xs = np.arange(len(months))
    values = np.array([np.nan if v is None else v for v in nps], dtype=float)
    ax.plot(xs, values, marker="o", markersize=3, color=BAR, label=labels["nps"])
    ax.axhline(0, color="#9ca3af", linewidth=0.8)
    ax.set_ylim(-100, 100)
    ax.set_ylabel(labels["nps"])
    step = max(1, len(months) // 8)
    ax.set_xticks(xs[::step], [months[i] for i in range(0, len(months), step)], fontsize=8)
    right = ax.twinx()
    sat = np.array([np.nan if v is None else v for v in satisfaction], dtype=float)
    right.plot(xs, sat, color="#16a34a", linestyle="--", linewidth=1, label=labels["satisfaction"])
    right.set_ylim(1, 5)
    right.set_ylabel(labels["satisfaction"])
    handles = ax.get_legend_handles_labels()[0] + right.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="lower left", fontsize=8,
              frameon=False)
    ax.set_title(labels["title"], fontsize=11)
    return fig


def score_trend(dates: Sequence[str], value: Sequence[float], current: Sequence[float],
                potential: Sequence[float], labels: dict[str, str]) -> Figure:
    """One customer's value, current and potential value across runs."""
    fig = _figure(5.6, 2.6)
    ax = fig.add_subplot()
    xs = np.arange(len(dates))
    ax.plot(xs, value, marker="o", color=BAR, label=labels["value"])
    ax.plot(xs, current, marker=".", color="#16a34a", linestyle="--", label=labels["current"])
    ax.plot(xs, potential, marker=".", color="#f59e0b", linestyle="--", label=labels["potential"])
    ax.axhline(0, color="#9ca3af", linewidth=0.8)
    ax.set_xticks(xs, list(dates), fontsize=8)
    ax.legend(fontsize=8, frameon=False, loc="best")
    ax.set_title(labels["title"], fontsize=10)
    _tidy(ax)
    return fig


def save_pdf(figures: Sequence[Figure], path: Path, *, store: Store, actor: str,
             title: str = "") -> int:
    """The figures, one a page, in a PDF at ``path``, published through the audit log
    (written beside it, recorded, moved into place: a failure never leaves half a file, nor
    a file without its row). Returns the number of pages."""
    from matplotlib.backends.backend_pdf import PdfPages

    path = Path(path).absolute()
    with audit.publish(store, path, actor, "export_analytics", f"{len(figures)} charts -> {path}") as tmp:
        with PdfPages(tmp, metadata={"Title": title, "Creator": "desktop-crm"}) as pdf:
            for figure in figures:
                pdf.savefig(figure)
    return len(figures)
