"""The Qt desktop app. Only this package imports PySide6."""

import sys


def _quick_feature_check() -> None:
    """PySide6 asks of every module imported after it whether the module uses PySide6 (for its
    ``__feature__`` switches) by reading the module's source through ``inspect.getsource``:
    tokenizing each file, a seventh of a cold start for the app's 130 modules. The same
    question answered by reading the file's bytes; modules without a ``.py`` file (a frozen
    build) still go to PySide6's own check."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside


import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

_quick_feature_check()
