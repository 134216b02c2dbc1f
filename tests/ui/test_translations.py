"""Every visible string is translated, and the compiled translation is current."""

from __future__ import annotations

from desktop_crm.ui import i18n_tools


def test_every_string_in_the_code_has_a_chinese_translation(tmp_path) -> None:
    fresh = tmp_path / "fresh.ts"
    i18n_tools.update(fresh)  # what the code asks for today
    wanted = i18n_tools.messages(fresh)
    have = i18n_tools.messages(i18n_tools.TS)
    missing = sorted(f"{ctx}: {src}" for (ctx, src) in wanted if not have.get((ctx, src)))
    assert len(wanted) > 100
    assert missing == []


def test_every_plural_has_english_forms(tmp_path) -> None:
    fresh = tmp_path / "fresh_en.ts"
    i18n_tools.update(fresh, plurals_only=True)
    have = i18n_tools.messages(i18n_tools.EN_TS)
    missing = sorted(src for key, src in ((k, k[1]) for k in i18n_tools.messages(fresh)) if not have.get(key))
    assert missing == []


def test_compiled_translations_match_their_sources(tmp_path) -> None:
    for ts, qm in ((i18n_tools.TS, i18n_tools.QM), (i18n_tools.EN_TS, i18n_tools.EN_QM)):
        check = tmp_path / qm.name
        i18n_tools.release(ts, check)
        assert check.read_bytes() == qm.read_bytes(), f"{qm.name} is out of date: run python -m desktop_crm.ui.i18n_tools"


def test_every_context_is_one_the_code_looks_up() -> None:
    """``self.tr`` looks a string up under the object's class name, and lupdate files it
    under the name it reads before ``.tr``: ``owner.tr(...)`` in a helper is filed under
    "owner", which no class is called, and shows in English. Every context must be a class
    of ours or a literal ``translate("Context", ...)``, or one of Qt's classes whose words
    Qt's own translation lacks (ui/app.py: QT_WORDS)."""
    import re

    from PySide6 import QtWidgets

    source = "".join(p.read_text(encoding="utf-8") for p in i18n_tools.PACKAGE.rglob("*.py"))
    classes = set(re.findall(r"^\s*class (\w+)", source, re.MULTILINE))
    literal = set(re.findall(r"translate\(\s*\"(\w+)\"", source))
    contexts = {ctx for ctx, _ in i18n_tools.messages(i18n_tools.TS)}
    qt_own = {ctx for ctx in contexts if ctx.startswith("Q") and hasattr(QtWidgets, ctx)}
    assert sorted(contexts - classes - literal - qt_own) == []
