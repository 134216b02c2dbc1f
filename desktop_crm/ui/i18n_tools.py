"""Keeping the Chinese translation in step with the code (used by a script and the tests).

    python -m desktop_crm.ui.i18n_tools        # refresh the .ts from the sources, compile .qm

Translators edit ``resources/translations/desktop_crm_zh_CN.ts`` (Qt Linguist, or any editor);
the tests fail while a visible string has no translation or the .qm is older than the .ts.
Developers adding a feature may instead list its strings in
``resources/translations/pending/<area>.json`` (``{"English": "中文"}``, or
``"Context|English"`` keys; a list value gives plural forms) and ``<area>.en.json`` for English
plural forms (``{"%n customers": ["%n customer", "%n customers"]}``): each refresh fills the
messages still unfinished from them, so one shared .ts never needs hand-merging.
"""

from __future__ import annotations

import fcntl
import json
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
PENDING = TS.parent / "pending"


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


def pending(english: bool) -> dict[str, str | list[str]]:
    """Translations waiting in ``pending/*.json`` (``*.en.json`` for English plurals)."""
    out: dict[str, str | list[str]] = {}
    for path in sorted(PENDING.glob("*.json")):
        if path.name.endswith(".en.json") == english:
            out.update(json.loads(path.read_text(encoding="utf-8")))
    return out


def fill(ts: Path, wanted: dict[str, str | list[str]]) -> int:
    """Fill unfinished messages of ``ts`` from ``wanted``; returns how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = wanted.get(f"{name}|{source}", wanted.get(source))
            if not text:
                continue
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for form in text if isinstance(text, list) else [text]:
                    ET.SubElement(translation, "numerusform").text = form
            elif isinstance(text, str):
                translation.text = text
            else:
                continue
            del translation.attrib["type"]
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def refresh() -> None:
    """lupdate, fill from pending JSON, compile; one process at a time (several people
    may run it in the same tree)."""
    lock = TS.parent / ".i18n.lock"
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        for ts, qm, plurals_only in ((TS, QM, False), (EN_TS, EN_QM, True)):
            update(ts, plurals_only)
            if fill(ts, pending(english=plurals_only)):
                update(ts, plurals_only)  # back to lupdate's own layout
            release(ts, qm)
            missing = [k for k, v in messages(ts).items() if not v]
            print(f"{ts.name}: {len(messages(ts))} strings, {len(missing)} without a translation")
            for context, source in missing:
                print(f"  {context}: {source}")


if __name__ == "__main__":
    refresh()
