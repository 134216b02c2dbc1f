"""Every dialog and page fits a 1366×768 laptop screen, in both languages, and shows no
literal "&" ("文件(&F)" or "&File" as text).

The registry below names every dialog of the app with a way to open it on a demo database; a
dialog class added to desktop_crm/ui without an entry here fails the first test.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QHeaderView, QLabel, QWidget,
)

from desktop_crm.ui import i18n_tools
from desktop_crm.ui.areas import AREAS
from tests.ui.language import chinese_interface

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
TASKBAR = 48  # a Windows taskbar, a GNOME top bar
WINDOW_FRAME = 32  # title bar and borders the window manager adds


def _demo_ids(store) -> dict[str, Any]:
    from desktop_crm.domain.campaigns import CampaignService
    from desktop_crm.domain.interactions import InteractionService
    from desktop_crm.domain.staff import StaffService

    def first(sql: str) -> int:
        return store.conn.execute(sql).fetchone()[0]

    agenda = InteractionService(store).agenda()
    follow_up = next(item for items in agenda.values() for item in items if item["kind"] == "visit")
    campaigns = CampaignService(store)
    campaign = campaigns.create({"name": "老客唤回", "starts_on": "2025-01-01", "ends_on": "2025-01-31"})
    return {
        "customer": first("SELECT customer_id FROM contacts GROUP BY customer_id ORDER BY count(*) DESC"),
        "customers": [r[0] for r in store.conn.execute("SELECT id FROM customers LIMIT 2")],
        "plan": first("SELECT id FROM plans ORDER BY id"),
        "member": first("SELECT id FROM members ORDER BY id"),
        "campaign": campaign,
        "follow_up": follow_up,
        "staff": StaffService(store).all()[0],
    }


def _dialogs() -> dict[str, Callable[[Any, dict[str, Any], Path], QWidget]]:
    """Every dialog class: how to open it (ctx, demo ids, a folder to play in)."""
    from desktop_crm.domain.customer_list import CustomerList
    from desktop_crm.ui.about import AboutDialog, GuideDialog
    from desktop_crm.ui.analytics.ahp_editor import ModelDialog
    from desktop_crm.ui.analytics.tiers import TierDialog
    from desktop_crm.ui.backups_dialog import BackupsDialog
    from desktop_crm.ui.campaigns.dialogs import AssignDialog, CampaignDialog, TargetsDialog
    from desktop_crm.ui.care.templates import TemplatesDialog
    from desktop_crm.ui.customers.bulk_edit import BulkEditDialog
    from desktop_crm.ui.dossier.addresses_tab import AddressDialog
    from desktop_crm.ui.dossier.contacts_tab import ContactDialog
    from desktop_crm.ui.dossier.custom_fields_tab import FieldDefinitionDialog, ManageFieldsDialog
    from desktop_crm.ui.dossier.ways_panel import WayDialog
    from desktop_crm.ui.duplicates.merge_dialog import MergeDialog
    from desktop_crm.ui.encryption import NewPassphraseDialog, PassphraseDialog
    from desktop_crm.ui.first_start import FirstStartDialog, WhoAmIDialog
    from desktop_crm.ui.members.common import FormDialog
    from desktop_crm.ui.members.counter import CounterDialog
    from desktop_crm.ui.members.person_rights import EraseDialog
    from desktop_crm.ui.members.dialogs import (
        AdjustDialog, EditMemberDialog, EnrolDialog, RedeemDialog, RulesDialog,
    )
    from desktop_crm.ui.plans.batch import BatchPrintDialog
    from desktop_crm.ui.plans.compare import CompareDialog
    from desktop_crm.ui.plans.editor import PlanEditor
    from desktop_crm.ui.plans.templates import TemplateDialog
    from desktop_crm.ui.settings import AppSettings, SettingsDialog
    from desktop_crm.ui.staff.page import MoveMembersDialog, StaffDialog
    from desktop_crm.domain import give
    from desktop_crm.ui.team.connect_dialog import TeamServerDialog
    from desktop_crm.ui.team.give import GiveDialog
    from desktop_crm.ui.team.publish_dialog import PublishReportDialog
    from desktop_crm.sync.publish import Report
    from desktop_crm.ui.team.moved import MovedDialog
    from desktop_crm.ui.team.sync_control import TeamSync
    from desktop_crm.ui.team.users_dialog import NewLoginDialog, UsersDialog
    from desktop_crm.ui.team.audit_dialog import AuditDialog
    from desktop_crm.ui.transfer.export_dialog import ExportDialog
    from desktop_crm.ui.transfer.history import ImportHistoryDialog
    from desktop_crm.ui.transfer.import_wizard import ImportWizard
    from desktop_crm.ui.visits.agenda import RescheduleDialog
    from desktop_crm.ui.visits.visit_dialog import VisitDialog

    def settings(folder: Path) -> AppSettings:
        return AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))

    return {
        "AboutDialog": lambda ctx, ids, tmp: AboutDialog(ctx.store.path),
        "GuideDialog": lambda ctx, ids, tmp: GuideDialog(),
        "ModelDialog": lambda ctx, ids, tmp: ModelDialog(ctx),
        "TierDialog": lambda ctx, ids, tmp: TierDialog(ctx),
        "BackupsDialog": lambda ctx, ids, tmp: BackupsDialog(ctx.store.path),
        "CampaignDialog": lambda ctx, ids, tmp: CampaignDialog(ctx, ids["campaign"]),
        "TargetsDialog": lambda ctx, ids, tmp: TargetsDialog(ctx, ids["campaign"]),
        "AssignDialog": lambda ctx, ids, tmp: AssignDialog(ctx, ids["campaign"]),
        "TemplatesDialog": lambda ctx, ids, tmp: TemplatesDialog(ctx),
        "BulkEditDialog": lambda ctx, ids, tmp: BulkEditDialog(
            ctx, 12, CustomerList(ctx.store, ctx.language).choices()),
        "ContactDialog": lambda ctx, ids, tmp: ContactDialog(ctx, ids["customer"]),
        "AddressDialog": lambda ctx, ids, tmp: AddressDialog(ctx, ids["customer"]),
        "WayDialog": lambda ctx, ids, tmp: WayDialog(ctx, ids["customer"]),
        "FieldDefinitionDialog": lambda ctx, ids, tmp: FieldDefinitionDialog(ctx),
        "ManageFieldsDialog": lambda ctx, ids, tmp: ManageFieldsDialog(ctx),
        "MergeDialog": lambda ctx, ids, tmp: MergeDialog(ctx, *ids["customers"]),
        "PassphraseDialog": lambda ctx, ids, tmp: PassphraseDialog(ctx.store.path, wrong=True),
        "NewPassphraseDialog": lambda ctx, ids, tmp: NewPassphraseDialog(ctx.store.path),
        "FirstStartDialog": lambda ctx, ids, tmp: FirstStartDialog(tmp / "desktop-crm.sqlite3"),
        "WhoAmIDialog": lambda ctx, ids, tmp: WhoAmIDialog(["王经理", "李店员"], "王经理"),
        "FormDialog": lambda ctx, ids, tmp: FormDialog("表单", None),
        "CounterDialog": lambda ctx, ids, tmp: CounterDialog(ctx),
        "EraseDialog": lambda ctx, ids, tmp: EraseDialog("欧阳灵珊", "CARD77001"),
        "AdjustDialog": lambda ctx, ids, tmp: AdjustDialog(ctx, ids["member"]),
        "EditMemberDialog": lambda ctx, ids, tmp: EditMemberDialog(ctx, ids["member"]),
        "EnrolDialog": lambda ctx, ids, tmp: EnrolDialog(ctx),
        "RedeemDialog": lambda ctx, ids, tmp: RedeemDialog(ctx, ids["member"]),
        "RulesDialog": lambda ctx, ids, tmp: RulesDialog(ctx),
        "BatchPrintDialog": lambda ctx, ids, tmp: BatchPrintDialog(ctx, lambda _s: [ids["customer"]], 1),
        "CompareDialog": lambda ctx, ids, tmp: CompareDialog(ctx, ids["customer"]),
        "PlanEditor": lambda ctx, ids, tmp: PlanEditor(ctx, ids["plan"]),
        "TemplateDialog": lambda ctx, ids, tmp: TemplateDialog(ctx),
        "SettingsDialog": lambda ctx, ids, tmp: SettingsDialog(settings(tmp)),
        "MoveMembersDialog": lambda ctx, ids, tmp: MoveMembersDialog(ctx),
        "StaffDialog": lambda ctx, ids, tmp: StaffDialog(ctx, ids["staff"]),
        "TeamServerDialog": lambda ctx, ids, tmp: TeamServerDialog(TeamSync(ctx)),
        "GiveDialog": lambda ctx, ids, tmp: GiveDialog(
            ctx, give.handover(ctx.store, ids["customers"]), give.targets(ctx.store)),
        "UsersDialog": lambda ctx, ids, tmp: UsersDialog(TeamSync(ctx)),
        "AuditDialog": lambda ctx, ids, tmp: AuditDialog(TeamSync(ctx)),
        "NewLoginDialog": lambda ctx, ids, tmp: NewLoginDialog(
            [("客户经理", "rep"), ("经理", "manager"), ("管理员", "admin")]),
        "PublishReportDialog": lambda ctx, ids, tmp: PublishReportDialog(Report(
            matched_by_code=[{"code": "XY-001", "name": "明佳烟酒行", "team_code": "XY-001",
                              "team_name": "明佳烟酒"}],
            added=[{"code": f"FC-{n:03d}", "name": "新华书店"} for n in range(40)],
            recoded=[{"name": "老街茶庄", "from": "XY-003", "to": "C000004"}]),
            "laoban@crm.example.com/crm"),
        "MovedDialog": lambda ctx, ids, tmp: MovedDialog(
            ["明佳烟酒", "曾记便利店"], ["永兴超市"]),
        "ExportDialog": lambda ctx, ids, tmp: ExportDialog(ctx, lambda _s: ids["customers"], 2),
        "ImportHistoryDialog": lambda ctx, ids, tmp: ImportHistoryDialog(ctx),
        "ImportWizard": lambda ctx, ids, tmp: ImportWizard(ctx),
        "RescheduleDialog": lambda ctx, ids, tmp: RescheduleDialog(ctx, ids["follow_up"]),
        "VisitDialog": lambda ctx, ids, tmp: VisitDialog(ctx, ids["customer"]),
    }


def _pages() -> dict[str, Callable[[Any, dict[str, Any], Path], QWidget]]:
    """The main window, every area's page, and a customer's dossier (opened as a tab)."""
    from desktop_crm.ui.dossier.widget import DossierWidget
    from desktop_crm.ui.main_window import MainWindow

    pages: dict[str, Callable[[Any, dict[str, Any], Path], QWidget]] = {
        "MainWindow": lambda ctx, ids, tmp: MainWindow(ctx),
        "DossierWidget": lambda ctx, ids, tmp: DossierWidget(ctx, ids["customer"]),
    }
    for area in AREAS:
        pages[area.key] = lambda ctx, ids, tmp, area=area: area.build(ctx)
    return pages


WINDOW_BASES = {"QDialog", "QWizard", "QMainWindow", "QMessageBox", "QFileDialog", "QInputDialog"}


def window_classes() -> set[str]:
    """Classes in desktop_crm/ui that are dialogs or windows, directly or through ours."""
    bases: dict[str, set[str]] = {}
    for path in (i18n_tools.PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {ast.unparse(b).split(".")[-1] for b in node.bases}

    def is_window(name: str, seen: frozenset[str] = frozenset()) -> bool:
        direct = bases.get(name, set())
        return bool(direct & WINDOW_BASES) or any(
            is_window(b, seen | {name}) for b in direct if b in bases and b not in seen)

    return {name for name in bases if is_window(name)}


def test_every_dialog_is_in_the_registry() -> None:
    registered = set(_dialogs()) | set(_pages())
    assert sorted(window_classes() - registered) == []
    assert {area.key for area in AREAS} <= set(_pages())


# --- the checks -------------------------------------------------------------------------

def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top)


def literal_ampersands(top: QWidget) -> list[str]:
    """Texts a user would read with a literal "&" in them: in a label that has no buddy (or
    in rich text), in a column header, a tooltip; "&&" is how a real "&" is written in a
    button or tab, so a lone "&" is fine there, a "(&X)" or "&X" in a header is not."""
    found: list[str] = []
    for label in top.findChildren(QLabel):
        if not _visible(label, top):
            continue
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
        if rich:
            text = re.sub(r"&(#\d+|#x[0-9a-fA-F]+|\w+);", "", re.sub(r"<[^>]+>", "", text))
            if "&" in text:
                found.append(f"label {label.text()!r}")
        elif label.buddy() is None and re.search(r"&(?!&)", text.replace("&&", "")):
            found.append(f"label {text!r}")
    for header in top.findChildren(QHeaderView):
        model = header.model()
        if model is None or not _visible(header, top):
            continue
        for section in range(header.count()):
            text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
            if isinstance(text, str) and "&" in text:
                found.append(f"header {text!r}")
    for widget in [top, *top.findChildren(QWidget)]:
        tip = widget.toolTip()
        if tip and _visible(widget, top) and "&" in re.sub(r"&(#\d+|\w+);", "", tip):
            found.append(f"tooltip {tip!r}")
    return found


def buttons_outside(top: QWidget) -> list[str]:
    """Buttons a user cannot reach: outside the window as it is shown."""
    area = top.rect()
    return [b.text() or b.objectName() for b in top.findChildren(QAbstractButton)
            if b.isVisibleTo(top) and not isinstance(b.parentWidget(), (QHeaderView,))
            and b.window() is top
            and not area.contains(b.rect().translated(b.mapTo(top, b.rect().topLeft())))]


@pytest.fixture(scope="module")
def demo(qapp, tmp_path_factory):
    from desktop_crm.domain.demo import build_demo
    from desktop_crm.storage.db import open_database
    from desktop_crm.ui.context import AppContext, AppSignals
    from desktop_crm.ui.tasks import TaskRunner

    folder = tmp_path_factory.mktemp("screen-fit")
    store = open_database(folder / "demo.sqlite3", create=True)
    build_demo(store, 80, seed=2)
    ids = _demo_ids(store)
    tasks = TaskRunner(store.path)
    ctx = AppContext(store=store, actor="王经理", language="zh", tasks=tasks, signals=AppSignals())
    yield ctx, ids, folder
    tasks.shutdown()
    store.close()


@pytest.fixture(params=["zh", "en"])
def language(request, qapp):
    if request.param == "en":
        yield "en"
        return
    with chinese_interface():
        yield "zh"


ALL = {**_dialogs(), **_pages()}


@pytest.mark.parametrize("name", sorted(ALL))
def test_fits_a_laptop_screen(qtbot, demo, language, name) -> None:
    ctx, ids, folder = demo
    ctx = replace(ctx, language=language)
    widget = ALL[name](ctx, ids, folder)
    qtbot.addWidget(widget)
    width, height = SCREEN_WIDTH, SCREEN_HEIGHT - TASKBAR - WINDOW_FRAME
    hint, minimum = widget.sizeHint(), widget.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, f"{name} asks for {hint.toTuple()}"
    assert minimum.width() <= width and minimum.height() <= height, f"{name} needs {minimum.toTuple()}"
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    assert widget.width() <= width and widget.height() <= height, f"{name} opens at {widget.size().toTuple()}"
    assert buttons_outside(widget) == []
    assert literal_ampersands(widget) == []
    widget.close()
