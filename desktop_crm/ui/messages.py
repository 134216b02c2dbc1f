"""Validation errors from the domain, worded in the user's language.

The domain reports each problem as a code with parameters (and an English sentence for the
CLI and logs); here each code gets a short, translatable sentence meant to stand next to
the field it concerns. An unknown code falls back to the domain's English message rather
than hiding the problem.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_crm.domain.validation import FieldError


class ErrorTexts(QObject):
    def text(self, problem: FieldError) -> str:
        p = problem.params
        code = problem.code
        if code == "required":
            return self.tr("This field is required.")
        if code == "phone":
            return self.tr(
                "Not a valid Chinese mobile or landline number (e.g. 13912348866 or 0710-3212345)."
            )
        if code == "date":
            return self.tr("Not a date. Use YYYY-MM-DD.")
        if code == "datetime":
            return self.tr("Not a date and time. Use YYYY-MM-DD HH:MM.")
        if code == "future":
            return self.tr("This date is in the future.")
        if code == "date_range":
            return self.tr("The date must be between %1 and %2.").replace(
                "%1", str(p.get("minimum", ""))).replace("%2", str(p.get("maximum", "")))
        if code == "too_long" and "length" in p:
            return self.tr("Too long: at most %1 characters (this has %2).").replace(
                "%1", f"{p['maximum']:,}").replace("%2", f"{p['length']:,}")
        if code == "too_long":
            return self.tr("Too long: at most %1 characters.").replace("%1", f"{p['maximum']:,}")
        if code == "control":
            return self.tr("Contains an invisible control character (%1); remove it.").replace(
                "%1", str(p.get("char", "")))
        if code == "number":
            return self.tr("Not a number.")
        if code == "integer":
            return self.tr("Not a whole number.")
        if code == "range" and "minimum" in p:
            return self.tr("Must be at least %1.").replace("%1", f"{float(p['minimum']):g}")
        if code == "range" and "maximum" in p:
            return self.tr("Must be at most %1.").replace("%1", f"{float(p['maximum']):g}")
        if code == "email":
            return self.tr("Not an email address.")
        if code == "mobile":
            return self.tr("This is a landline number, not a mobile.")
        if code == "qq":
            return self.tr("Not a QQ number: 5 to 11 digits, not starting with 0.")
        if code == "wechat":
            return self.tr("Not a WeChat id (6 to 20 letters, digits, - or _, starting with a "
                           "letter) nor a mobile.")
        if code == "website":
            return self.tr("Not a web address (e.g. www.example.com).")
        if code == "choice":
            return self.tr("Not one of the choices.")
        if code == "staff":
            return self.tr("No such staff member; add them first.")
        if code == "duplicate" and "other" in p:
            return self.tr("This code is already used by %1.").replace("%1", str(p["other"]))
        if code == "duplicate_in_batch":
            return self.tr("This code appears twice.")
        if code == "before_visit":
            return self.tr("The follow-up date is before the visit.")
        if code == "no_follow_up":
            return self.tr("This visit has no follow-up to complete.")
        if code == "foreign":
            return self.tr("Some of these contacts do not belong to this customer.")
        if code == "missing":
            return self.tr("This customer is not in the files any more.")
        if code.startswith("id_"):
            said = self.identifier(problem)
            if said:
                return said
        return problem.message[:1].upper() + problem.message[1:]

    def identifier(self, problem: FieldError) -> str:
        """The problems of an identifier (domain/identifiers.py), by field."""
        p, code, name = problem.params, problem.code, problem.field
        length = str(p.get("length", ""))
        if code == "id_taken":
            return self.tr("This is already the number of %1 (%2).").replace(
                "%1", str(p.get("other", ""))).replace("%2", str(p.get("other_code", "")))
        if code == "id_check" and name == "resident_id":
            return self.tr("The check digit of the resident ID number is wrong: it should be "
                           "%1.").replace("%1", str(p.get("expected", "")))
        if code == "id_check":
            return self.tr("The check character of the credit code is wrong: it should be "
                           "%1.").replace("%1", str(p.get("expected", "")))
        if code == "id_birth":
            return self.tr("The birth date in the number (%1) is not a possible date.").replace(
                "%1", str(p.get("birth", "")))
        if code == "id_area" and name == "resident_id":
            return self.tr("The first six digits (%1) are not an area code.").replace(
                "%1", str(p.get("area", "")))
        if code == "id_area":
            return self.tr("It does not start with the area code of a province.")
        texts = {
            ("id_length", "uscc"): self.tr("A credit code has 18 characters; this has %1."),
            ("id_length", "resident_id"): self.tr(
                "A resident ID number has 18 characters; this has %1."),
            ("id_length", "licence_no"): self.tr(
                "A tobacco retail licence number has 12 digits; this has %1."),
            ("id_length", "tax_id"): self.tr(
                "A tax ID has 15, 17, 18 or 20 characters; this has %1."),
            ("id_format", "uscc"): self.tr(
                "A credit code has only digits and capital letters (not I, O, S, V or Z)."),
            ("id_format", "resident_id"): self.tr(
                "A resident ID number has 17 digits, then a digit or X."),
            ("id_format", "licence_no"): self.tr(
                "A tobacco retail licence number has digits only."),
            ("id_format", "tax_id"): self.tr("A tax ID has only digits and capital letters."),
        }
        return texts.get((code, name), "").replace("%1", length)


_texts: ErrorTexts | None = None


def error_text(problem: FieldError) -> str:
    """One short sentence for ``problem`` in the user's language."""
    global _texts
    if _texts is None:
        _texts = ErrorTexts()
    return _texts.text(problem)
