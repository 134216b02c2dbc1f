"""The visit log and the follow-up agenda: logging a visit, one customer's visits (for the
dossier), the agenda of open follow-ups, and the list of every visit."""

from __future__ import annotations

from desktop_crm.ui.visits.agenda import FollowUpsPage, RescheduleDialog
from desktop_crm.ui.visits.all_visits import VisitsPage
from desktop_crm.ui.visits.customer_visits import CustomerVisitsWidget
from desktop_crm.ui.visits.visit_dialog import VisitDialog

__all__ = [
    "CustomerVisitsWidget", "FollowUpsPage", "RescheduleDialog", "VisitDialog", "VisitsPage",
]
