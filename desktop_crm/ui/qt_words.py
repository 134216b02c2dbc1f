"""Qt's own words that its Chinese translation (qtbase_zh_CN) lacks.

Qt 6's file dialog labels its fields "&Look in:" and "Files of &type:", while qtbase_zh_CN.qm
only knows "Look in:" and "Files of type:", so a non-native file dialog showed them in English.
Listed here, they are translated with our own strings (pending/i14-language.json); our
translator answers where Qt's has nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
