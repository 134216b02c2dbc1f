"""Guards against known defects of the Qt binding that would crash the app in use."""

from __future__ import annotations

import subprocess
import sys


def test_emitting_signals_does_not_leak_references() -> None:
    """PySide6 6.12.0 drops a reference to True on every emit(): after a few thousand
    emits (keystrokes in a form) the interpreter aborts. Run in a child process, so a broken
    binding fails this test instead of killing the test run."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class A(QObject):\n"
        "    s = Signal(int)\n"
        "a = A(); a.s.connect(lambda v: None)\n"
        "before = sys.getrefcount(True)\n"
        "for i in range(20000): a.s.emit(i)\n"
        "print(sys.getrefcount(True) - before)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout)) < 100
