"""Starting the application: translations, opening the plan, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from cmplanner import __version__


def open_plan(path: Path | None, read_only: bool = False):
    """Open ``path``, or the default plan (created with the demo plan the first time)."""
    from cmplanner.paths import default_plan_path
    from cmplanner.storage.store import PlanStore

    if path is None:
        path = default_plan_path()
        first_time = not path.exists() or path.stat().st_size == 0
        store = PlanStore.open(path, create=True, read_only=read_only and not first_time)
        if first_time:
            from cmplanner.services.demo import build_demo_plan

            build_demo_plan(store)
        return store
    return PlanStore.open(path, create=True, read_only=read_only)


def build_main_window(store, today=None):
    """The main window on an open store (also used by benchmarks and screenshots).

    ``today`` (a callable returning a date) freezes the calendar's idea of today."""
    from .context import AppContext
    from .main_window import MainWindow

    ctx = AppContext(store)
    window = MainWindow(ctx, today=today)
    ctx.setParent(window)
    window.destroyed.connect(lambda *_: ctx.close())
    return window


def run_app(path: Path | None, read_only: bool = False, language: str | None = None) -> int:
    from cmplanner.storage.errors import PlanFileError

    from .i18n import install_translators, pick_language

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("cmplanner")
    app.setOrganizationName("cmplanner")
    app.setApplicationVersion(__version__)
    from .settings import UiSettings

    translators = install_translators(app, pick_language(language or UiSettings().language_override()))
    try:
        store = open_plan(path, read_only)
    except PlanFileError as exc:
        QMessageBox.critical(None, app.translate("app", "Cannot open the plan"), str(exc))
        return 2
    window = build_main_window(store)
    window.show()
    code = app.exec()
    store.close()
    del translators
    return code
