"""The main areas of the window, one tab each, in order (Ctrl+1, Ctrl+2... follow it).

A page is imported and built the first time its tab is shown, so start-up only pays for the
customer list. Each entry names its page class through a small function with a plain
``import`` inside: lazy at run time, yet visible to PyInstaller and any other tool that reads
imports (a module named by a string is not). Every page class takes the shared
:class:`~desktop_crm.ui.context.AppContext`. To add an area, add a loader and an entry here;
the title is English, translated in the "Areas" context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_crm.ui.context import AppContext

PageClass = Callable[[AppContext], QWidget]


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # English source text; see label()
    page: Callable[[], PageClass]  # imports and returns the page class

    def label(self) -> str:
        return QCoreApplication.translate("Areas", self.title)

    def build(self, ctx: AppContext) -> QWidget:
        return self.page()(ctx)


def _customers() -> PageClass:
    from desktop_crm.ui.customers.page import CustomersPage
    return CustomersPage


def _follow_ups() -> PageClass:
    from desktop_crm.ui.visits.agenda import FollowUpsPage
    return FollowUpsPage


def _visits() -> PageClass:
    from desktop_crm.ui.visits.all_visits import VisitsPage
    return VisitsPage


def _week_plan() -> PageClass:
    from desktop_crm.ui.visits.week_page import WeekPlanPage
    return WeekPlanPage


def _plans() -> PageClass:
    from desktop_crm.ui.plans.page import PlansPage
    return PlansPage


def _analytics() -> PageClass:
    from desktop_crm.ui.analytics.page import AnalyticsPage
    return AnalyticsPage


def _members() -> PageClass:
    from desktop_crm.ui.members.page import MembersPage
    return MembersPage


def _care() -> PageClass:
    from desktop_crm.ui.care.page import CarePage
    return CarePage


def _campaigns() -> PageClass:
    from desktop_crm.ui.campaigns.page import CampaignsPage
    return CampaignsPage


def _staff() -> PageClass:
    from desktop_crm.ui.staff.page import StaffPage
    return StaffPage


def _data_quality() -> PageClass:
    from desktop_crm.ui.duplicates.page import DataQualityPage
    return DataQualityPage


def _conflicts() -> PageClass:
    from desktop_crm.ui.team.conflicts_page import ConflictsPage
    return ConflictsPage


def _team_overview() -> PageClass:
    from desktop_crm.ui.team.overview_page import TeamOverviewPage
    return TeamOverviewPage


AREAS: tuple[Area, ...] = (
    Area("customers", QT_TRANSLATE_NOOP("Areas", "Customers"), _customers),
    Area("follow_ups", QT_TRANSLATE_NOOP("Areas", "Follow-ups"), _follow_ups),
    Area("visits", QT_TRANSLATE_NOOP("Areas", "Visits"), _visits),
    Area("week_plan", QT_TRANSLATE_NOOP("Areas", "Week plan"), _week_plan),
    Area("plans", QT_TRANSLATE_NOOP("Areas", "Plans"), _plans),
    Area("analytics", QT_TRANSLATE_NOOP("Areas", "Analytics"), _analytics),
    Area("members", QT_TRANSLATE_NOOP("Areas", "Members"), _members),
    Area("care", QT_TRANSLATE_NOOP("Areas", "Care calendar"), _care),
    Area("campaigns", QT_TRANSLATE_NOOP("Areas", "Campaigns"), _campaigns),
    Area("staff", QT_TRANSLATE_NOOP("Areas", "Staff"), _staff),
    Area("data_quality", QT_TRANSLATE_NOOP("Areas", "Data quality"), _data_quality),
    # shown only while the file is connected to a team server (ui/team/window.py)
    Area("conflicts", QT_TRANSLATE_NOOP("Areas", "Conflicts"), _conflicts),
    # shown only while connected as a manager or an admin (ui/team/window.py)
    Area("team_overview", QT_TRANSLATE_NOOP("Areas", "Team overview"), _team_overview),
)
