"""The customer dossier page: header, tabs following the field groups, one Save for all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QTabWidget, QVBoxLayout,
    QWidget,
)

from desktop_crm.domain import dossier, visit_list
from desktop_crm.domain.custom_fields import PREFIX
from desktop_crm.domain.duplicates import likely_duplicates, warm_up
from desktop_crm.domain.fields import CUSTOMER_FIELDS, GROUPS, Field
from desktop_crm.domain.team_rights import rights
from desktop_crm.domain.validation import NotFoundError, ValidationError
from desktop_crm.storage.errors import StorageError
from desktop_crm.ui.context import AppContext
from desktop_crm.ui.dossier.addresses_tab import AddressesTab
from desktop_crm.ui.dossier.contacts_tab import ContactsTab
from desktop_crm.ui.dossier.custom_fields_tab import CustomFieldsTab
from desktop_crm.ui.dossier.scores_tab import ScoresTab
from desktop_crm.ui.dossier.duplicates_panel import DuplicatesPanel
from desktop_crm.ui.dossier.forms import FieldForm
from desktop_crm.ui.dossier.header import HeaderPanel
from desktop_crm.ui.dossier.identifiers_box import IdentifiersBox
from desktop_crm.ui.dossier.models import CAPTION_STYLE
from desktop_crm.ui.dossier.tabs import HistoryTab, PlansTab, PurchasesTab
from desktop_crm.ui.members.card import MemberTab
from desktop_crm.ui.members.person_rights import PersonDataButton

NEW_DEFAULTS = {"kind": "company", "lifecycle": "prospect"}  # columns that cannot be empty
DUPLICATE_DELAY_MS = 300   # wait for a pause in typing before looking for duplicates
DUPLICATE_LIMIT = 5


def _group(name: str) -> list[Field]:
    return [f for f in CUSTOMER_FIELDS if f.group == name]


def _ignore(_result: object) -> None:
    pass


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class DossierWidget(QWidget):
    """One customer's file (``customer_id`` None: a new customer, created on first save).

    Edits in every form tab are saved together by :meth:`save` (Ctrl+S); contacts are saved
    by their own dialog at once. The page follows ``ctx.signals`` to stay current.
    """

    sig_saved = Signal(int)           # customer id
    sig_title_changed = Signal(str)   # what the page's tab should be called

    TABS = (
        "profile", "contacts", "addresses", "status", "dna", "visits", "plans", "purchases", "member", "scores",
        "custom", "history",
    )

    def __init__(
        self, ctx: AppContext, customer_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._customer_id = customer_id
        self._title = ""
        self._visits: QWidget | None = None
        self._announcing = False

        self.header = HeaderPanel(ctx)
        self.duplicates = DuplicatesPanel()
        self.duplicates.sig_open.connect(ctx.signals.sig_open_customer)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)

        tags = dossier.common_tags(ctx.store)
        me = visit_list.staff_id_of(ctx.store, ctx.actor)  # a new customer is the user's own
        self.profile_form = FieldForm(_group("identity"), ctx, columns=2,
                                      defaults={**NEW_DEFAULTS, "owner": me} if me else NEW_DEFAULTS)
        if not rights(ctx.store).give:  # a rep's login: the team server would refuse it
            owner = self.profile_form.editor("owner")
            owner.setEnabled(False)
            owner.setToolTip(self.tr("Only a manager gives a customer to someone else."))
        code = self.profile_form.editor("code")
        code.setPlaceholderText(self.tr("Assigned on save"))  # type: ignore[attr-defined]
        self.status_forms = {
            g: FieldForm(_group(g), ctx, columns=2)
            for g in ("characteristics", "business", "transaction")
        }
        self.classification_form = FieldForm(
            _group("classification"), ctx, columns=2, defaults=NEW_DEFAULTS, tags=tags
        )
        self.dna_form = FieldForm(_group("dna"), ctx, longtext_lines=6)
        self.consent_form = FieldForm(_group("consent"), ctx, columns=2)  # PIPL: messages
        self.identifiers = IdentifiersBox(ctx)
        self.customer_forms = [
            self.profile_form, *self.status_forms.values(), self.classification_form, self.dna_form,
            self.consent_form, self.identifiers.form,
        ]
        self.contacts_tab = ContactsTab(ctx, customer_id)
        self.contacts_tab.sig_changed.connect(self._refresh_facts)
        self.identifiers.sig_birthday_set.connect(self.contacts_tab.refresh)
        self.addresses_tab = AddressesTab(ctx, customer_id)
        self.addresses_tab.sig_changed.connect(self._refresh_facts)
        self.plans_tab = PlansTab(ctx)
        self.purchases_tab = PurchasesTab(ctx)
        self.custom_tab = CustomFieldsTab(ctx)
        self.history_tab = HistoryTab(ctx)
        self.scores_tab = ScoresTab(ctx)
        self.member_tab = MemberTab(ctx)
        self.visits_holder = QWidget()
        QVBoxLayout(self.visits_holder).setContentsMargins(0, 0, 0, 0)
        self.visits_hint = QLabel(self.tr("Save the customer first, then log visits."))
        self.visits_holder.layout().addWidget(self.visits_hint)

        status_page = QWidget()
        status_layout = QVBoxLayout(status_page)
        for group, form in self.status_forms.items():
            status_layout.addWidget(self._boxed(group, form))
        status_layout.addStretch(1)
        dna_page = QWidget()
        dna_layout = QVBoxLayout(dna_page)
        dna_layout.addWidget(self._boxed("classification", self.classification_form))
        dna_layout.addWidget(self._boxed("dna", self.dna_form))
        dna_layout.addWidget(self._boxed("consent", self.consent_form))
        dna_layout.addStretch(1)

        profile_page = QWidget()
        profile_layout = QVBoxLayout(profile_page)
        profile_layout.setContentsMargins(0, 0, 0, 0)
        profile_layout.addWidget(self.profile_form)
        profile_layout.addWidget(self.identifiers)
        profile_layout.addStretch(1)

        pages = {
            "profile": (_scrolled(profile_page), self.tr("Profile")),
            "contacts": (self.contacts_tab, self.tr("Contacts")),
            "addresses": (self.addresses_tab, self.tr("Addresses")),
            "status": (_scrolled(status_page), self.tr("Characteristics && status")),
            "dna": (_scrolled(dna_page), self.tr("Customer DNA")),
            "visits": (self.visits_holder, self.tr("Visits")),
            "plans": (self.plans_tab, self.tr("Plans")),
            "purchases": (self.purchases_tab, self.tr("Purchases")),
            "member": (self.member_tab, self.tr("Member")),
            "scores": (self.scores_tab, self.tr("Scores")),
            "custom": (self.custom_tab, self.tr("Custom fields")),
            "history": (self.history_tab, self.tr("History")),
        }
        for key in self.TABS:
            self.tabs.addTab(*pages[key])
        self._form_tab = {id(form): self.TABS.index("profile")
                          for form in [self.profile_form, self.identifiers.form]}
        self._form_tab.update(
            {id(f): self.TABS.index("status") for f in self.status_forms.values()}
        )
        self._form_tab[id(self.classification_form)] = self.TABS.index("dna")
        self._form_tab[id(self.dna_form)] = self.TABS.index("dna")

        self.message = QLabel()
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.state_label = QLabel()
        self.state_label.setStyleSheet(CAPTION_STYLE)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the dossier (Ctrl+S)"))
        self.save_button.clicked.connect(self._save_requested)
        self.person_button = PersonDataButton(ctx)  # an individual's rights (PIPL)
        self.person_button.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.state_label)
        bottom.addWidget(self.person_button)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._save_requested,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        for form in self.customer_forms:
            form.sig_changed.connect(self._edited)
        self.custom_tab.sig_changed.connect(self._edited)
        self.profile_form.sig_field_edited.connect(self._identity_edited)
        self.tabs.currentChanged.connect(self._tab_shown)
        ctx.signals.sig_customers_changed.connect(self._customers_changed)
        ctx.signals.sig_visits_changed.connect(self._visits_changed)
        ctx.signals.sig_team_changed.connect(self._team_changed)

        self.load()
        self.profile_form.focus_field("name")
        if customer_id is None:
            ctx.tasks.submit(warm_up, _ignore, _ignore)  # the duplicate check needs pinyin
        # whoever shows the page connects after construction: tell them the title then
        QTimer.singleShot(0, self._announce_title)

    # --- public API ---------------------------------------------------------------------------

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def title(self) -> str:
        return self._title

    def has_unsaved_changes(self) -> bool:
        return any(form.changed_values() for form in self.customer_forms) or bool(
            self.custom_tab.changed_values()
        )

    def form_of(self, name: str) -> FieldForm:
        """The form holding a field (``custom:<key>`` for custom fields)."""
        if name.startswith(PREFIX):
            return self.custom_tab.form
        return next(f for f in self.customer_forms if f.has_field(name))

    def editor(self, name: str) -> QWidget:
        return self.form_of(name).editor(name)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.TABS.index(key))

    @Slot()
    def _save_requested(self) -> None:
        # A slot must not return a value: PySide6 then releases a reference it does not own
        # (here the bool), which crashes the interpreter later.
        self.save()

    def save(self) -> bool:
        """Save every change; False (and the messages under the fields) when one is wrong."""
        new = self._customer_id is None
        changes: dict[str, Any] = {}
        for form in self.customer_forms:
            changes.update(form.values() if new else form.changed_values())
        custom = {k.removeprefix(PREFIX): v for k, v in self.custom_tab.changed_values().items()}
        for form in (*self.customer_forms, self.custom_tab.form):
            form.clear_errors()
        self.message.clear()
        if not new and not changes and not custom:
            return True
        try:
            customer_id = dossier.save_dossier(
                self.ctx.store, self.ctx.actor, self._customer_id, changes, custom
            )
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        except StorageError as exc:  # a read-only file, a full disk: say so where the user looks
            self.message.setText(str(exc))
            return False
        self._customer_id = customer_id
        if new:
            self.contacts_tab.set_customer(customer_id)
            self.addresses_tab.set_customer(customer_id)
            self._duplicate_timer.stop()
            self.duplicates.set_candidates([])
        self.load()
        self._announcing = True  # our own announcement needs no reload
        try:
            self.ctx.signals.sig_customers_changed.emit([customer_id])
        finally:
            self._announcing = False
        self.sig_saved.emit(customer_id)
        self.state_label.setText(self.tr("Saved."))
        return True

    def maybe_close(self) -> bool:
        """May the page close? Asks Save / Discard / Cancel when there are unsaved changes."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unsaved changes"),
            self.tr("The changes to %1 are not saved yet.").replace("%1", self._name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Save them before closing?"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    # --- loading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the customer as stored (discarding unsaved edits)."""
        if self._customer_id is None:
            self.header.show_new()
        else:
            record = dossier.record(self.ctx.store, self._customer_id)
            for form in self.customer_forms:
                form.set_values(record)
            self.identifiers.set_customer(self._customer_id, record)
            self.person_button.set_person(record.get("code"), record.get("name") or "")
            self.person_button.setVisible(record.get("kind") == "individual")
            self.custom_tab.set_values(record)
            self._refresh_read_only()
        self._enable_saved_tabs()
        self._update_title()

    def _refresh_read_only(self) -> None:
        cid = self._customer_id
        if cid is None:
            return
        self.header.show_facts(dossier.header(self.ctx.store, cid))
        self.contacts_tab.refresh()
        self.addresses_tab.refresh()
        self.plans_tab.refresh(cid)
        self.purchases_tab.refresh(cid)
        self.history_tab.refresh(cid)
        self.scores_tab.set_customer(cid)
        self.member_tab.set_customer(cid)
        self._tab_counts()

    def _tab_counts(self) -> None:
        counts = {
            "contacts": self.contacts_tab.model.rowCount(),
            "addresses": self.addresses_tab.model.rowCount(),
            "plans": self.plans_tab.model.rowCount(),
            "purchases": self.purchases_tab.model.rowCount(),
            "visits": dossier.visit_count(self.ctx.store, self._customer_id),
        }
        titles = {
            "contacts": self.tr("Contacts (%1)"), "addresses": self.tr("Addresses (%1)"),
            "plans": self.tr("Plans (%1)"),
            "purchases": self.tr("Purchases (%1)"), "visits": self.tr("Visits (%1)"),
        }
        for key, count in counts.items():
            self.tabs.setTabText(self.TABS.index(key), titles[key].replace("%1", str(count)))

    def _enable_saved_tabs(self) -> None:
        saved = self._customer_id is not None
        for key in ("visits", "plans", "purchases", "scores", "history"):
            self.tabs.setTabEnabled(self.TABS.index(key), saved)
        if saved and self.tabs.currentIndex() == self.TABS.index("visits"):
            self._ensure_visits()

    @Slot(int)
    def _tab_shown(self, index: int) -> None:
        if self.TABS[index] == "visits":
            self._ensure_visits()

    def _ensure_visits(self) -> None:
        """Build the Visits tab the first time it is shown (most openings never need it)."""
        if self._visits is not None or self._customer_id is None:
            return
        from desktop_crm.ui.visits.customer_visits import CustomerVisitsWidget

        self._visits = CustomerVisitsWidget(self.ctx, self._customer_id)
        self.visits_hint.hide()
        self.visits_holder.layout().addWidget(self._visits)

    # --- reacting to edits and to other pages -------------------------------------------------

    @Slot()
    def _edited(self) -> None:
        self.state_label.clear()
        self._update_title()

    @Slot(str)
    def _identity_edited(self, name: str) -> None:
        if self._customer_id is None and name in ("name", "phone", "area"):
            self._duplicate_timer.start()

    @Slot()
    def check_duplicates(self) -> None:
        """Look for customers that may be the one being typed (new customers only)."""
        if self._customer_id is not None:
            return
        values = self.profile_form.values()
        self.duplicates.set_candidates(likely_duplicates(
            self.ctx.store, name=values["name"], phone=values["phone"], area=values["area"],
            limit=DUPLICATE_LIMIT,
        ))

    @Slot(list)
    def _customers_changed(self, ids: list) -> None:
        if self._announcing or self._customer_id is None or (ids and self._customer_id not in ids):
            return
        try:
            if self.has_unsaved_changes():  # never overwrite what the user is typing
                record = dossier.record(self.ctx.store, self._customer_id)
                for form in (*self.customer_forms, self.custom_tab.form):
                    form.reload_keeping_edits(record)
                self._refresh_read_only()
            else:
                self.load()
        except NotFoundError:
            self.setEnabled(False)  # purged elsewhere: nothing left to show or save
            self.message.setText(self.tr("This customer no longer exists."))

    @Slot(list)
    def _team_changed(self, ids: list) -> None:
        """A sync brought changes to this customer (reloaded just before): say so."""
        if self._customer_id is not None and self._customer_id in ids:
            self.state_label.setText(
                self.tr("Updated from the team; what you typed is kept.")
                if self.has_unsaved_changes() else self.tr("Updated from the team."))

    @Slot(int)
    def _visits_changed(self, customer_id: int) -> None:
        if customer_id == self._customer_id:
            self._refresh_facts()

    @Slot()
    def _refresh_facts(self) -> None:
        if self._customer_id is not None:
            self.header.show_facts(dossier.header(self.ctx.store, self._customer_id))
            self.history_tab.refresh(self._customer_id)
            self._tab_counts()

    def _update_title(self) -> None:
        title = self._name() + (" *" if self.has_unsaved_changes() else "")
        if title != self._title:
            self._title = title
            self.sig_title_changed.emit(title)

    @Slot()
    def _announce_title(self) -> None:
        self.sig_title_changed.emit(self._title)

    def _name(self) -> str:
        if self._customer_id is None:
            return self.profile_form.values()["name"] or self.tr("New customer")
        return self.profile_form.baseline().get("name") or ""

    # --- errors -------------------------------------------------------------------------------

    def _show_errors(self, exc: ValidationError) -> None:
        first: tuple[FieldForm, str] | None = None
        shown: set[str] = set()
        for form in (*self.customer_forms, self.custom_tab.form):
            names = form.show_errors(exc)
            shown.update(names)
            if names and first is None:
                first = (form, names[0])
        others = [e for e in exc.errors if e.field not in shown]
        if others:
            self.message.setText("\n".join(self.profile_form.error_message(e) for e in others))
        else:
            self.message.setText(self.tr("Please correct the fields marked in red."))
        if first is not None:
            form, name = first
            tab = self._form_tab.get(id(form), self.TABS.index("custom"))
            self.tabs.setCurrentIndex(tab)
            form.focus_field(name)

    def _boxed(self, group: str, form: FieldForm) -> QGroupBox:
        zh, en = GROUPS[group]
        box = QGroupBox(self.ctx.label(zh, en))
        QVBoxLayout(box).addWidget(form)
        return box
