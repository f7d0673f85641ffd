"""Screenshots of the editorial line in the window, on the French demo plan: the Series page, the
week by hour, the next-weeks board, a cadence gap's "Fill this gap" proposals, the legend of the
marks, the estimated workload, the closure days' editor and December with the end-of-year
closure shaded.

    python packaging/planning_screenshots.py [FOLDER]     # default: docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))
from screenshots import SIZE, TODAY  # noqa: E402 (the demo's day and the window's size, shared)


def shoot(folder: Path) -> list[Path]:
    from screenshots import save_png, screenshot_app

    app = screenshot_app()
    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.app import build_main_window
    from cmplanner.ui.editors.closures_editor import ClosuresDialog
    from cmplanner.ui.i18n import install_translators

    written: list[Path] = []

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    def grab(widget, name: str) -> None:
        settle()
        written.append(save_png(widget.grab(), folder / name))

    with tempfile.TemporaryDirectory() as tmp:
        store = PlanStore.open(Path(tmp) / "demo.cmplan")
        build_demo_plan(store, today=TODAY)
        install_translators(app, "fr")
        window = build_main_window(store, today=lambda: TODAY)
        window.resize(*SIZE)
        window.show()
        window.source.load_holidays()
        for view, name in (("series", "series-fr.png"), ("hours", "hours-fr.png"), ("board", "board-fr.png")):
            window.show_view(view)
            grab(window, name)

        # A cadence gap of the month and what could fill it.
        window.show_view("month")
        model = window.month_model
        day = next(TODAY + timedelta(days=i) for i in range(21)
                   if any(f.kind == "gap" for f in model.flags_on(TODAY + timedelta(days=i))))
        window.month_view.select_date(day)
        grab(window, "flags-fr.png")
        window.fill_gap.action.trigger()
        dialog = window._dialogs[-1]
        grab(dialog, "fill-gap-fr.png")
        dialog.reject()
        window.legend_action.trigger()
        legend = window._dialogs[-1]
        grab(legend, "legend-fr.png")
        legend.close()

        # The workload: the editorial line's review tab, scrolled to the hours per person.
        window.show_view("line")
        page = window.pages.page("line")
        page.tabs.setCurrentWidget(page.review)
        settle()
        scroll = page.review.workload.parentWidget()
        while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
            scroll = scroll.parentWidget()
        if scroll is not None:
            scroll.ensureWidgetVisible(page.review.workload)
        grab(window, "workload-fr.png")

        # Closure days: the editor, and December with the end-of-year closure.
        closures = ClosuresDialog(window.ctx, window)
        closures.show()
        grab(closures, "closures-fr.png")
        closures.reject()
        window.show_view("month")
        window.month_model.set_month(2026, 12)
        window.month_view.select_date(date(2026, 12, 1))
        window._update_period()
        grab(window, "month-closures-fr.png")
        window.close()
        store.close()
    return written


if __name__ == "__main__":
    from screenshots import main

    main(shoot)
