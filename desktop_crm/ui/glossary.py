"""Words of the domain that several screens show, translated once (docs/glossary.md lists
them with their meaning): a chart's title and its bars, a table's columns and the sentence
under it cannot drift apart."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The funnel's stages [DOMAIN: awareness → intent → purchase]: 知晓 → 意向 → 购买
FUNNEL = (
    QT_TRANSLATE_NOOP("Glossary", "Aware"),
    QT_TRANSLATE_NOOP("Glossary", "Intent"),
    QT_TRANSLATE_NOOP("Glossary", "Purchase"),
)


def funnel_words() -> list[str]:
    return [QCoreApplication.translate("Glossary", word) for word in FUNNEL]
