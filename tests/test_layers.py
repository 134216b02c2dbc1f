"""storage, domain, reports and sync never import Qt: they must run (and be tested) without a
screen. sync sits beside domain, on storage: neither imports the other."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_crm"
QT_FREE = ("storage", "domain", "reports", "sync")


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_import_in_lower_layers() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for layer in QT_FREE
        for path in (PACKAGE / layer).rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in ("PySide6", "shiboken6") or name.startswith("desktop_crm.ui")
    ]
    assert offenders == []


def test_lower_layers_load_without_qt() -> None:
    """Importing every module of the Qt-free layers (and the CLI) pulls in no Qt at all."""
    modules = [
        "desktop_crm." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for layer in QT_FREE
        for p in (PACKAGE / layer).rglob("*.py")
        if p.name != "__init__.py"
    ] + ["desktop_crm.cli"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    assert len(modules) > 10


def test_sync_and_domain_stand_side_by_side() -> None:
    def imports(layer: str, other: str) -> list[str]:
        return [f"{path.relative_to(PACKAGE)} imports {name}"
                for path in (PACKAGE / layer).rglob("*.py")
                for name in imported_modules(path)
                if name.startswith((f"desktop_crm.{other}", "desktop_crm.reports"))]

    assert imports("sync", "domain") == []
    assert imports("domain", "sync") == []


def test_only_storage_writes_sql() -> None:
    """SQL statements appear in storage/ (SQLite) and sync/ (the team's PostgreSQL) only;
    everything else calls them."""
    import re

    statement = re.compile(
        r"\b(SELECT .+ FROM|INSERT (OR \w+ )?INTO|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX)"
        r"|DROP TABLE)\b"
    )
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if not {"storage", "sync"} & set(path.parts) and statement.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
