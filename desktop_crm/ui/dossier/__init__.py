"""The customer dossier (客户档案): one customer's whole file in one tabbed page."""

from __future__ import annotations

from desktop_crm.ui.dossier.widget import DossierWidget

__all__ = ["DossierWidget"]
