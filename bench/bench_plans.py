"""Printing account plans at 100k customers: one plan PDF, and 1,000 plans in one batch,
against a bare reportlab document of the same text in the same embedded font.

The batch writes an audit-log row; it runs inside a transaction that is rolled back, so the
cached demo database is left as it was.
"""

from __future__ import annotations

import random
import tempfile
import time
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from bench.harness import Figure, demo_database, report, summary
from desktop_crm.domain.plans import PlanService
from desktop_crm.reports.pdf.batch import plan_document, print_batch
from desktop_crm.reports.pdf.document import PrintOptions, build, text
from desktop_crm.reports.pdf.fonts import pdf_font
from desktop_crm.storage.db import open_database

SINGLE = 30        # plans timed one by one
BATCH = 1000       # plans in the batch
OPTIONS = PrintOptions(printed_by="bench", printed_at="2026-11-01 09:00")


def plan_texts(service: PlanService, plan_id: int) -> list[str]:
    """Every text a printed plan carries, for the bare baseline document."""
    p = service.load(plan_id)
    c = service.customer(p.customer_id)
    out = [p.title, c.name, c.code, p.plan_date, *p.background.values(),
           p.business_format_analysis, p.consumer_groups, p.competition, p.owner_personality]
    out += [t for points in p.points.values() for t in points]
    out += [t for items in p.strategies.values() for t in items]
    for a in p.actions:
        out += [a.text, a.owner or "", a.due_date or "", a.status, a.result or ""]
    out += [f"{o.text} {o.target or ''}" for o in p.objectives]
    out += [p.closing, p.signed_by_customer, p.signed_by_manager]
    return [t for t in out if t]


def bare(documents: list[list[str]]) -> bytes:
    style = ParagraphStyle("b", fontName=pdf_font().name, fontSize=9.5, leading=13.5,
                           wordWrap="CJK")
    story = []
    for i, texts in enumerate(documents):
        if i:
            story.append(PageBreak())
        story += [Paragraph(text(t), style) for t in texts]
    out = BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def main() -> None:
    path = demo_database()
    store = open_database(path)
    try:
        pdf_font()  # registering the font is a once-per-process cost, not per plan
        rng = random.Random(4)
        rows = store.conn.execute(
            "SELECT p.id, p.customer_id FROM plans p JOIN customers c ON c.id = p.customer_id "
            "WHERE p.status = 'active' AND c.deleted_at IS NULL ORDER BY p.id").fetchall()
        chosen = rng.sample(rows, min(BATCH, len(rows)))
        service = PlanService(store, "bench")

        single_ids = [r[0] for r in chosen[:SINGLE]]
        ours, base = [], []
        for plan_id in single_ids:
            start = time.perf_counter()
            flowables, _ = plan_document(store, plan_id, OPTIONS)
            build(flowables, None, OPTIONS)
            ours.append((time.perf_counter() - start) * 1000)
            texts = plan_texts(service, plan_id)
            start = time.perf_counter()
            bare([texts])
            base.append((time.perf_counter() - start) * 1000)
        med, p95 = summary(ours)
        base_med, _ = summary(base)
        figures = [Figure("one plan PDF (read + lay out + write)", med, p95,
                          "bare reportlab document of the same text", base_med, "≤ 150 ms")]

        customers = [r[1] for r in chosen]
        texts = [plan_texts(service, r[0]) for r in chosen]
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "batch.pdf"
            store.conn.execute("BEGIN")  # the audit-log row is rolled back below
            try:
                start = time.perf_counter()
                result = print_batch(store, "plan", customers, target, OPTIONS)
                ours_total = (time.perf_counter() - start) * 1000
                size = target.stat().st_size
            finally:
                store.conn.execute("ROLLBACK")
        start = time.perf_counter()
        bare(texts)
        base_total = (time.perf_counter() - start) * 1000
        n = result.printed
        figures.append(Figure(
            f"{n:,} plans in one batch PDF, per plan", ours_total / n, ours_total / n,
            "bare reportlab document of the same text", base_total / n, "≤ 150 ms per plan",
            notes={"total_s": round(ours_total / 1000, 1), "pdf_mb": round(size / 2**20, 1)}))
        report("Plans", figures)
        print(f"  batch: {n:,} plans in {ours_total / 1000:.1f} s, {size / 2**20:.1f} MB; "
              f"bare: {base_total / 1000:.1f} s")
    finally:
        store.close()


if __name__ == "__main__":
    main()
