"""What the user sees when something fails that no page caught: one sentence, never a traceback.

Errors meant for the user (a read-only file, a full disk, a wrong value) show their own
sentence. Anything else is a bug of ours: the user is told their data is safe and where the
details were written, and the traceback goes to a log file in the data folder.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_crm import paths
from desktop_crm.domain.validation import NotFoundError, ValidationError
from desktop_crm.storage.errors import StorageError

_showing = False  # one message at a time: a failure inside the message box is only logged


def install() -> None:
    sys.excepthook = report


def report(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if isinstance(exc, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(exc, (StorageError, ValidationError, NotFoundError)):
        text = str(exc)
    else:
        log = write_log(kind, exc, tb)
        where = str(log) if log else QCoreApplication.translate("Failures", "the error output")
        text = QCoreApplication.translate(
            "Failures",
            "Something went wrong inside desktop-crm (%1). Nothing that was saved is lost. "
            "The details were written to %2: please send that file to whoever supports you.",
        ).replace("%1", kind.__name__).replace("%2", where)
    if _showing or QApplication.instance() is None:
        print(f"desktop-crm: {text}", file=sys.stderr)
        return
    _showing = True
    try:
        QMessageBox.warning(
            QApplication.activeWindow(), QCoreApplication.translate("Failures", "desktop-crm"), text
        )
    finally:
        _showing = False


def write_log(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    """Append the traceback to the log file; its path, or None when it cannot be written."""
    log = paths.log_dir() / "desktop-crm.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            fh.writelines(traceback.format_exception(kind, exc, tb))
    except OSError:
        traceback.print_exception(kind, exc, tb)
        return None
    return log
