"""Qt calls without a result, made by the hundred thousand, leave Python's None alive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_long_session_of_void_qt_calls_does_not_abort_the_interpreter():
    code = (
        "import sys\n"
        "from PySide6.QtGui import QFont\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import cmplanner.ui.context\n"  # what every window imports
        "app = QApplication([])\n"
        "font = QFont()\n"
        "for _ in range(300_000):\n"  # more than None's references in a fresh interpreter
        "    font.setBold(True)\n"
        "print('alive', sys.getrefcount(None) > 0)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.strip().endswith("alive True")
