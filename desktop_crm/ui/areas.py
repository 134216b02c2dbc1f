"""The main areas of the window, one tab each, in order (Ctrl+1, Ctrl+2... follow it).

A page is imported and built the first time its tab is shown, so start-up only pays for the
customer list. Every page class takes the shared :class:`~desktop_crm.ui.context.AppContext`.
To add an area, add one entry here; the title is English, translated in the "Areas" context.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_crm.ui.context import AppContext


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # English source text; see label()
    module: str
    page: str  # class name in the module, called as Page(ctx)

    def label(self) -> str:
        return QCoreApplication.translate("Areas", self.title)

    def build(self, ctx: AppContext) -> QWidget:
        return getattr(import_module(self.module), self.page)(ctx)


AREAS: tuple[Area, ...] = (
    Area("customers", QT_TRANSLATE_NOOP("Areas", "Customers"),
         "desktop_crm.ui.customers.page", "CustomersPage"),
    Area("follow_ups", QT_TRANSLATE_NOOP("Areas", "Follow-ups"),
         "desktop_crm.ui.visits.agenda", "FollowUpsPage"),
    Area("visits", QT_TRANSLATE_NOOP("Areas", "Visits"),
         "desktop_crm.ui.visits.all_visits", "VisitsPage"),
    Area("plans", QT_TRANSLATE_NOOP("Areas", "Plans"),
         "desktop_crm.ui.plans.page", "PlansPage"),
    Area("analytics", QT_TRANSLATE_NOOP("Areas", "Analytics"),
         "desktop_crm.ui.analytics.page", "AnalyticsPage"),
    Area("members", QT_TRANSLATE_NOOP("Areas", "Members"),
         "desktop_crm.ui.members.page", "MembersPage"),
    Area("care", QT_TRANSLATE_NOOP("Areas", "Care calendar"),
         "desktop_crm.ui.care.page", "CarePage"),
    Area("campaigns", QT_TRANSLATE_NOOP("Areas", "Campaigns"),
         "desktop_crm.ui.campaigns.page", "CampaignsPage"),
    Area("staff", QT_TRANSLATE_NOOP("Areas", "Staff"),
         "desktop_crm.ui.staff.page", "StaffPage"),
    Area("data_quality", QT_TRANSLATE_NOOP("Areas", "Data quality"),
         "desktop_crm.ui.duplicates.page", "DataQualityPage"),
)
