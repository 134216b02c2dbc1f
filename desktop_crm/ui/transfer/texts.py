"""Import and export problems worded in the user's language: the domain's codes with their
parameters, one sentence each saying what to do. Field problems the registry reports are
worded by :func:`desktop_crm.ui.messages.error_text`, as everywhere else."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from desktop_crm.domain.validation import FieldError
from desktop_crm.ui.messages import error_text


class TransferTexts(QObject):
    def problem(self, code: str, params: dict[str, Any], message: str, field: str = "") -> str:
        p = {k: str(v) for k, v in params.items()}
        texts = {
            "customer_missing": self.tr("There is no customer %1; import the customers first."),
            "customer_ambiguous": self.tr("Several customers are called %1; give the customer code."),
            "repeated": self.tr("This value appears again in the file (first at line %2); keep one of the rows."),
            "key_ambiguous": self.tr("Several customers have %1; choose a key that is unique."),
            "card_elsewhere": self.tr("Card %1 belongs to another customer."),
            "already_member": self.tr("This customer is already a member with another card."),
            # reading the file
            "missing": self.tr("The file does not exist; choose another file."),
            "empty": self.tr("The file is empty; choose a file with a header row and data."),
            "no_rows": self.tr("The file has a header but no rows; add data below it."),
            "no_header": self.tr("The file has no header row; add one naming each column."),
            "format": self.tr("This is not a CSV or Excel file; save it as .csv or .xlsx."),
            "encoding": self.tr("The file is not in this encoding; choose another encoding (e.g. GBK or UTF-8)."),
            "encoding_name": self.tr("Unknown encoding; choose UTF-8 or GBK."),
            "unreadable": self.tr("The file cannot be read as an Excel file; open it in Excel and save it again."),
            "sheet": self.tr("There is no such sheet; choose one of the sheets listed."),
            "csv": self.tr("Line %1 cannot be read; check the quotes in that line."),
            # the mapping
            "required_missing": self.tr("No column is mapped to %1; map one, or add the column to the file."),
            "mapped_twice": self.tr("Two columns are mapped to the same field; map each field once."),
            "key": self.tr("The key must be one of the mapped columns."),
        }
        if code == "new_field":
            return self.tr("Column %1 cannot become a new field: a field of that name exists, or "
                           "the name cannot be a field's; choose that field, or leave the column "
                           "out.").replace("%1", p.get("header", ""))
        if code == "duplicate" and field == "code":
            return self.tr("Customer code %1 is already used by %2.").replace("%1", p.get("code", "")) \
                .replace("%2", p.get("other", ""))
        if code == "required" and field in ("customer_code", "customer_name"):
            return self.tr("No customer code or name in this row; fill it in.")
        if code in texts:
            first = p.get("value", p.get("line", p.get("fields", "")))
            return texts[code].replace("%1", first).replace("%2", p.get("first", ""))
        return error_text(FieldError(field, code, message, params))


_texts: TransferTexts | None = None


def problem_text(code: str, params: dict[str, Any], message: str, field: str = "") -> str:
    global _texts
    if _texts is None:
        _texts = TransferTexts()
    return _texts.problem(code, params, message, field)
