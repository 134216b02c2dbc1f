"""Keeping the Chinese translation in step with the code (used by a script and the tests).

    python -m desktop_crm.ui.i18n_tools        # refresh the .ts from the sources, compile .qm

Translators edit ``resources/translations/desktop_crm_zh_CN.ts`` (Qt Linguist, or any editor);
the tests fail while a visible string has no translation or the .qm is older than the .ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from desktop_crm import paths

PACKAGE = Path(__file__).resolve().parent.parent
TS = paths.resource("translations", "desktop_crm_zh_CN.ts")
QM = TS.with_suffix(".qm")
# English needs only its plural forms ("1 customer", "2 customers"): the sources are English.
EN_TS = paths.resource("translations", "desktop_crm_en.ts")
EN_QM = EN_TS.with_suffix(".qm")


def tool(name: str) -> str:
    """Path of a Qt tool shipped with PySide6 (lupdate, lrelease)."""
    for candidate in (
        Path(sys.executable).parent / f"pyside6-{name}",
        Path(PySide6.__file__).parent / name,
    ):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise FileNotFoundError(f"pyside6-{name} not found; install PySide6")


def sources() -> list[str]:
    return sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py"))


def update(ts: Path = TS, plurals_only: bool = False) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    extra = ["-pluralonly"] if plurals_only else []
    subprocess.run([tool("lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", *extra],
                   check=True, capture_output=True)


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """``(context, source) -> translation`` (None when unfinished or empty)."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = None
            if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                forms = [f.text for f in translation.findall("numerusform")]
                text = (forms[0] if forms else translation.text) or None
            out[(name, message.findtext("source"))] = text
    return out


if __name__ == "__main__":
    for ts, qm, plurals_only in ((TS, QM, False), (EN_TS, EN_QM, True)):
        update(ts, plurals_only)
        release(ts, qm)
        missing = [k for k, v in messages(ts).items() if not v]
        print(f"{ts.name}: {len(messages(ts))} strings, {len(missing)} without a translation")
