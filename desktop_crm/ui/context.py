"""What every page of the app is given: the open database, who is working, the language,
the background task runner, and the signals pages use to tell each other about changes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop_crm.storage.db import Store
from desktop_crm.ui.tasks import TaskRunner


class AppSignals(QObject):
    """Emitted after a change is committed, so every page showing that data refreshes."""

    sig_customers_changed = Signal(list)   # customer ids; [] means "many or unknown"
    sig_visits_changed = Signal(int)       # customer id whose visits / follow-ups changed
    sig_open_customer = Signal(int)        # ask the main window to open a dossier
    sig_members_changed = Signal(list)     # member ids whose card, points or level changed
    sig_scores_changed = Signal(list)      # customer ids re-scored; [] means a whole new run
    sig_show_segment = Signal(str)         # list a segment's customers ("dimension:code")
    sig_team_changed = Signal(list)        # customer ids a sync changed (after the above)
    sig_conflicts_changed = Signal()       # a sync conflict was decided
    sig_show_owner = Signal(int)           # list an account manager's customers (staff id)


@dataclass
class AppContext:
    store: Store          # the UI thread's connection: reads and small, quick writes
    actor: str            # the current user's name, recorded in the change history
    language: str         # 'zh' or 'en': for labels that come from the domain's registry
    tasks: TaskRunner     # long work off the UI thread
    signals: AppSignals

    def label(self, zh: str, en: str) -> str:
        return zh if self.language == "zh" else en
