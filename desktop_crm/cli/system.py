"""What the command needs from the operating system around it: the user's language, and
output streams a windowed program may not have."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping

WINDOWS_CHINESE = 0x04  # PRIMARYLANGID of every Chinese LANGID (0x0804 zh-CN, 0x0404 zh-TW…)


def system_language(
    platform: str = sys.platform, environ: Mapping[str, str] | None = None,
    windows_langid: int | None = None, mac_locale: str | None = None,
) -> str:
    """'zh' when the user's language is Chinese, else 'en'.

    POSIX variables win where they are set (LC_ALL, LC_MESSAGES, LANG); then the system's own
    setting: the Windows UI language, the macOS AppleLocale / first AppleLanguages entry, or a
    Windows locale name such as ``Chinese (Simplified)_China.936``.
    """
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return _of(value)
    if platform == "win32":
        langid = _windows_langid() if windows_langid is None else windows_langid
        return "zh" if langid & 0x3FF == WINDOWS_CHINESE else "en"
    if platform == "darwin":
        return _of(_mac_locale() if mac_locale is None else mac_locale)
    return "en"


def _of(name: str) -> str:
    return "zh" if name.lower().startswith(("zh", "chinese")) else "en"


def _windows_langid() -> int:
    try:
        import ctypes

        return ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return 0


def _mac_locale() -> str:
    for key in ("AppleLocale", "AppleLanguages"):
        try:
            out = subprocess.run(["defaults", "read", "-g", key], capture_output=True,
                                 text=True, timeout=5).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        value = out.strip().strip("()").strip().split(",")[0].strip().strip('"')
        if value:
            return value
    return ""


def ensure_streams() -> None:
    """Give a windowed build (no console: ``sys.stdout`` is None) somewhere to print.

    On Windows the console of the shell that started us is borrowed when there is one, so
    ``desktop-crm.exe --version`` typed in a terminal still answers; elsewhere, and when there
    is no such console, output goes nowhere rather than crashing.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    if sys.platform == "win32" and _attach_parent_console():
        target = "CONOUT$"
    else:
        target = os.devnull
    if sys.stdout is None:
        sys.stdout = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(target, "w", encoding="utf-8", errors="replace")  # noqa: SIM115


def _attach_parent_console() -> bool:
    try:
        import ctypes

        return bool(ctypes.windll.kernel32.AttachConsole(-1))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False
