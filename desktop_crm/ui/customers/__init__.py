"""The customer list page: search, filters, sorting, bulk edits and the trash."""

from __future__ import annotations

from desktop_crm.ui.customers.model import CustomerListModel
from desktop_crm.ui.customers.page import CustomersPage

__all__ = ["CustomerListModel", "CustomersPage"]
