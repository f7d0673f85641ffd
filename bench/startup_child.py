"""One fresh process that starts a window on a plan and reports when it is first painted.

    python bench/startup_child.py app|floor|memory PLAN T0

``T0`` is the parent's ``time.perf_counter()`` just before it started this process (a
system-wide monotonic clock on Linux), so the figures include the interpreter's own start.
``app`` starts cmplanner the way ``cmplanner PLAN`` does; ``floor`` is the least any PySide6 +
SQLAlchemy app pays: a bare QMainWindow that imports ``sqlalchemy.orm`` (before Qt, as the app
imports its own modules without Qt) and opens the same file;
``memory`` starts the app, shows the month, and reports the peak resident memory.
Prints one JSON line: seconds from T0 at each phase (and ``peak_mb`` for ``memory``).
"""

from __future__ import annotations

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the project
MODE, PLAN, T0 = sys.argv[1], sys.argv[2], float(sys.argv[3])
marks: dict[str, float] = {}


def mark(name: str) -> None:
    marks[name] = time.perf_counter() - T0


def wait_for_paint(app, window) -> None:
    """Show ``window`` and return once its first paint has been fully processed."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                QTimer.singleShot(0, lambda: (mark("painted"), app.quit()))
            return False

    watcher = Watcher()
    window.installEventFilter(watcher)
    QTimer.singleShot(60_000, app.quit)  # never hang: a missing mark is reported by the parent
    window.show()
    app.exec()


def start_app():
    from pathlib import Path

    try:  # as ``cmplanner PLAN`` does (cmplanner/__main__.py), when this version has it
        from cmplanner.__main__ import prepare_start
    except ImportError:
        try:
            from cmplanner.__main__ import import_before_qt
        except ImportError:
            pass
        else:
            import_before_qt()
    else:
        prepare_start(PLAN)
    from PySide6.QtWidgets import QApplication

    from cmplanner.ui.app import build_main_window, open_plan
    from cmplanner.ui.i18n import install_translators, pick_language

    mark("imports")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("cmplanner")
    app.setOrganizationName("cmplanner")
    translators = install_translators(app, pick_language(None))
    store = open_plan(Path(PLAN))
    mark("opened")
    window = build_main_window(store)
    mark("built")
    wait_for_paint(app, window)
    return app, store, window, translators


def start_floor():
    # SQLAlchemy first: Qt for Python reads the source of every module imported after it.
    from sqlalchemy import create_engine, text
    import sqlalchemy.orm  # noqa: F401 (the floor pays for the ORM import as the app does)
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imports")
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{PLAN}")
    with engine.connect() as conn:
        conn.execute(text("SELECT name FROM plan_settings")).all()
    mark("opened")
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1200, 760)
    mark("built")
    wait_for_paint(app, window)
    return app, engine, window


def show_month(store) -> str:
    """Show the plan's current month the way the month view would; says what was shown."""
    from datetime import date

    from bench.calendar_bench import calendar_models

    MonthModel = calendar_models()[0]  # noqa: N806
    today = date.today()
    if MonthModel is not None:
        from PySide6.QtWidgets import QTableView

        from cmplanner.ui.context import AppContext

        context = AppContext(store)
        model = MonthModel(context)
        model.set_month(today.year, today.month)
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 760)
        view.show()
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        show_month.keep = (context, model, view)  # type: ignore[attr-defined]
        return f"{MonthModel.__module__}.MonthModel"
    from datetime import time as clock, timedelta

    from cmplanner.domain.timezones import local_datetime
    from cmplanner.services.planning import calendar_items

    zone = store.zone_name
    first = today.replace(day=1)
    start = local_datetime(first - timedelta(days=first.weekday()), clock(0), zone)
    show_month.keep = calendar_items(store, start, start + timedelta(days=42))  # type: ignore[attr-defined]
    return "calendar_items"


def peak_mb() -> float:
    """This process's peak resident memory. Linux keeps ru_maxrss across exec, so a child
    started by a big parent would report the parent's size: VmHWM (reset by exec) is read first."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    if MODE == "floor":
        start_floor()
    else:
        app, store, *_ = start_app()
        if MODE == "memory":
            marks["month"] = show_month(store)  # type: ignore[assignment]
            marks["peak_mb"] = peak_mb()
    print(json.dumps(marks), flush=True)
    # Leave at once: what is measured is the start, and tearing Qt objects down in the
    # interpreter's own finalisation order can abort the process after the figures are out.
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
