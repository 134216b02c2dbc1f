"""Validation errors from the domain, worded in the user's language.

The domain reports each problem as a code with parameters (and an English sentence for the
CLI and logs); here each code gets a translatable sentence. An unknown code falls back to
the domain's English message rather than hiding the problem.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_crm.domain.validation import FieldError


def _t(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


def error_text(error: FieldError) -> str:
    """One sentence for ``error``, without the field name (shown next to the field)."""
    p = {k: str(v) for k, v in error.params.items()}
    code = error.code
    if code == "required":
        return _t("This field is required.")
    if code == "unknown":
        return _t("This is not a field of this record.")
    if code == "future":
        return _t("%1 is in the future.").replace("%1", p.get("value", ""))
    if code == "date":
        return _t("“%1” is not a date; use YYYY-MM-DD.").replace("%1", p.get("value", ""))
    if code == "datetime":
        return _t("“%1” is not a date and time; use YYYY-MM-DD HH:MM.").replace("%1", p.get("value", ""))
    if code == "range" and "minimum" in p:
        return _t("Must be at least %1.").replace("%1", _number(p["minimum"]))
    if code == "range" and "maximum" in p:
        return _t("Must be at most %1.").replace("%1", _number(p["maximum"]))
    if code == "number":
        return _t("“%1” is not a number.").replace("%1", p.get("value", ""))
    if code == "integer":
        return _t("“%1” is not a whole number.").replace("%1", p.get("value", ""))
    if code == "phone":
        return _t("“%1” is not a valid Chinese mobile or landline number.").replace("%1", p.get("value", ""))
    if code == "email":
        return _t("“%1” is not an email address.").replace("%1", p.get("value", ""))
    if code == "choice":
        return _t("“%1” is not one of the choices.").replace("%1", p.get("value", ""))
    if code == "staff":
        return _t("There is no staff member “%1”; add them first.").replace("%1", p.get("value", ""))
    if code == "duplicate":
        return _t("Customer code %1 is already used by %2.").replace("%1", p.get("code", "")).replace(
            "%2", p.get("other", "")
        )
    if code == "duplicate_in_batch":
        return _t("Customer code %1 appears twice.").replace("%1", p.get("code", ""))
    if code == "before_visit":
        return _t("The follow-up date %1 is before the visit (%2).").replace("%1", p.get("due", "")).replace(
            "%2", p.get("visit", "")
        )
    if code == "no_follow_up":
        return _t("This visit has no follow-up to complete.")
    if code == "foreign":
        return _t("Some of the chosen contacts belong to another customer.")
    return error.message


def _number(text: str) -> str:
    value = float(text)
    return str(int(value)) if value == int(value) else text
