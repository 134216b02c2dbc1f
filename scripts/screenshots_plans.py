"""Screenshots of the account-plan views (called from screenshots.py): the dossier's Plans
tab, the plan editor's SWOT and actions pages, version comparison, the template editor, the
batch print dialog; and PNGs of a printed plan and file card (pdftoppm, when installed)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def shoot(app, window, ctx, name, grab, customer: int) -> None:
    from desktop_crm.domain.plans import plans_to_print
    from desktop_crm.reports.pdf.batch import print_batch, print_options, print_plan
    from desktop_crm.ui.plans.batch import BatchPrintDialog
    from desktop_crm.ui.plans.editor import PlanEditor
    from desktop_crm.ui.plans.templates import TemplateDialog

    dossier = window.open_customer(customer)
    dossier.show_tab("plans")
    grab(app, window, name("dossier-plans"))

    plan_id = plans_to_print(ctx.store, [customer])[customer]
    editor = PlanEditor(ctx, plan_id, parent=window)
    editor.resize(1280, 720)
    editor.show()
    grab(app, editor, name("plan-editor"))
    editor.tabs.setCurrentWidget(editor.swot)
    grab(app, editor, name("plan-swot"))
    editor.tabs.setCurrentWidget(editor.strategies)
    grab(app, editor, name("plan-strategies"))
    editor.tabs.setCurrentWidget(editor.actions_page)
    grab(app, editor, name("plan-actions"))
    compare = editor.compare()
    grab(app, compare, name("plan-compare"))
    compare.close()
    templates = TemplateDialog(ctx, parent=window)
    templates.show()
    grab(app, templates, name("plan-templates"))
    templates.reject()
    editor.loaded = editor.collect()
    editor.close()

    batch = BatchPrintDialog(ctx, lambda store: [customer], 120, parent=window)
    batch.show()
    grab(app, batch, name("plan-batch-dialog"))
    batch.reject()

    if shutil.which("pdftoppm") is None or ctx.language != "zh":
        return
    out = name("x").parent
    with tempfile.TemporaryDirectory() as tmp:
        options = print_options(ctx.store, ctx.actor, ctx.language)
        plan_pdf = Path(tmp) / "plan.pdf"
        print_plan(ctx.store, plan_id, plan_pdf, options)
        card_pdf = Path(tmp) / "card.pdf"
        print_batch(ctx.store, "card", [customer], card_pdf, options)
        for pdf, stem in ((plan_pdf, "pdf-plan"), (card_pdf, "pdf-card")):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(out / f"{ctx.language}-{stem}")], check=True)
            print(out / f"{ctx.language}-{stem}.png")
