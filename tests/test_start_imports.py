"""The start imports the window's modules without Qt before Qt for Python, which would otherwise
read the source of each of them (cmplanner/__main__.py BEFORE_QT)."""

from __future__ import annotations

import subprocess
import sys


def test_the_modules_imported_before_qt_do_not_import_it():
    code = ("import sys; from cmplanner.__main__ import import_before_qt; import_before_qt(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_window_finds_them_already_imported():
    code = ("import sys; from cmplanner.__main__ import BEFORE_QT, import_before_qt; "
            "import_before_qt(); before = set(sys.modules); "
            "import cmplanner.ui.main_window; "
            "late = sorted(m for m in set(sys.modules) - before if m.startswith('cmplanner.') "
            "and not m.startswith('cmplanner.ui')); print(late)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]", "add these to BEFORE_QT (or import them later)"


LATER = ("cmplanner.services.review", "cmplanner.domain.network_limits", "cmplanner.domain.readiness",
         "cmplanner.ui.previews", "html")


def test_what_the_first_paint_does_not_use_is_imported_later(demo_plan_copy):
    """The review's figures, the network limits, the workflow's readiness checks, the previews and
    the HTML entities of the tooltips come with the pages, dialogs and hovers that use them: each
    module costs the start its import."""
    import os

    code = ("import sys; from pathlib import Path; from cmplanner.__main__ import prepare_start; "
            "prepare_start(sys.argv[1]); from PySide6.QtWidgets import QApplication; "
            "from cmplanner.ui.app import build_main_window, open_plan; app = QApplication([]); "
            "window = build_main_window(open_plan(Path(sys.argv[1]))); window.show(); "
            "app.processEvents(); print(sorted(m for m in sys.modules if m in sys.argv[2:]))")
    out = subprocess.run([sys.executable, "-c", code, str(demo_plan_copy), *LATER], capture_output=True,
                         text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
