"""The dashboard and the management review pack on a big plan.

    python -m bench.dashboard_bench PLAN [--repeats N]

Figures: computing a quarter's review figures (target ≤ 200 ms), drawing the dashboard's charts
on their Qt canvases (≤ 300 ms), writing a month's review pack as PDF (≤ 3 s).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TODAY = date(2026, 3, 16)  # the generated plans' today
QUARTER, MONTH = "2026-Q1", "2026-03"


def _samples(repeats: int, work) -> list[float]:
    work()  # imports and caches; not a sample
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        out.append(time.perf_counter() - started)
    return out


def _dashboard(store):
    from cmplanner.ui.context import AppContext
    from cmplanner.ui.pages.dashboard_page import DashboardPage

    ctx = AppContext(store)
    ctx.today = lambda: TODAY
    page = DashboardPage(ctx)
    page.resize(1180, 820)  # the page's share of a 1440×900 window
    page.show()
    return page


def _on_screen(page) -> int:
    return sum(1 for c in page.charts.values() if not c.visibleRegion().isEmpty())


def measure(plan_path, repeats: int) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from cmplanner.domain.period import parse_period
    from cmplanner.interop import review_charts
    from cmplanner.interop.review_pack import write_pack
    from cmplanner.services.review import review_figures
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.pages.dashboard_page import ChartCanvas, chart_words

    from .backlog_bench import plan_label

    label = plan_label(Path(plan_path))
    store = PlanStore.open(Path(plan_path), create=False, read_only=True)
    rows: list[dict] = []
    try:
        quarter = parse_period(QUARTER)
        compute = _samples(repeats, lambda: review_figures(store, quarter, TODAY))
        rows.append({"name": f"dashboard figures, a quarter, {label}", "samples": compute,
                     "target": "≤ 200 ms", "floor_samples": None})
        figures = review_figures(store, quarter, TODAY)
        words = chart_words()
        page = _dashboard(store)
        page.period.setEditText(QUARTER)
        page.reload()
        app.processEvents()

        def draw_page():
            # What a user waits for after choosing a period: the charts on screen are built and
            # painted (the others are when scrolled to).
            page.draw()
            page.repaint()
            app.processEvents()
        rows.append({"name": f"dashboard charts on screen, a quarter, {label}",
                     "samples": _samples(repeats, draw_page), "target": "≤ 300 ms",
                     "floor_samples": None,
                     "note": f"{_on_screen(page)} of {len(page.charts)} charts, 1440×900 window"})
        host_canvases = [ChartCanvas(name, None) for name in review_charts.CHARTS]

        def draw_all():
            for canvas in host_canvases:
                review_charts.figure(canvas.name, figures, words, fig=canvas.figure)
                canvas.draw()
        rows.append({"name": f"all dashboard charts drawn, a quarter, {label}",
                     "samples": _samples(repeats, draw_all), "target": "",
                     "floor_samples": None, "note": f"{len(host_canvases)} charts (PNG export of all)"})
        with tempfile.TemporaryDirectory(prefix="cmplanner-review-bench-") as folder:
            target = Path(folder) / "review.pdf"
            month = parse_period(MONTH)
            rows.append({"name": f"review pack PDF, a month, {label}",
                         "samples": _samples(max(1, repeats // 2),
                                             lambda: write_pack(store, month, "fr", target, TODAY)),
                         "target": "≤ 3 s", "floor_samples": None})
    finally:
        store.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dashboard_bench")
    parser.add_argument("plan", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    for row in measure(args.plan, args.repeats):
        samples = sorted(row["samples"])
        print(f"{row['name']}: median {1000 * samples[len(samples) // 2]:.0f} ms, "
              f"max {1000 * samples[-1]:.0f} ms (target {row['target'] or 'none'})"
              + (f" — {row['note']}" if row.get("note") else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
