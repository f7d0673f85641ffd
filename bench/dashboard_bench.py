"""The dashboard and the management review pack on a big plan.

    python -m bench.dashboard_bench PLAN [--repeats N]

Figures: computing a quarter's review figures (target ≤ 200 ms), drawing the dashboard's charts
on their Qt canvases (≤ 300 ms), writing a month's review pack as PDF (≤ 3 s).

Computing and drawing are measured apart. Each drawing sample shows another quarter than the
one before (2026-Q1 and 2025-Q4 in turn), as a user choosing a period sees. Floors, measured in
the same run so that a loaded machine can be read as a ratio: reading the quarter's post rows
and their networks with sqlite3 alone (what any figure needs); drawing as many plain charts (one
axes, six bars, a title) on canvases of the same sizes.
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
QUARTER, OTHER_QUARTER, MONTH = "2026-Q1", "2025-Q4", "2026-03"


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


def _on_screen(page) -> list:
    return [c for c in page.charts.values() if not c.visibleRegion().isEmpty()]


def _read_floor(plan_path: Path, start, end):
    """The quarter's post rows (the figures' columns) and their networks, read with sqlite3."""
    import sqlite3

    from cmplanner.storage.calendar_queries import _stamp

    connection = sqlite3.connect(f"file:{plan_path}?mode=ro", uri=True)
    bounds = (_stamp(start), _stamp(end))
    where = " WHERE planned_at >= ? AND planned_at < ?"

    def read():
        connection.execute("SELECT id, title, status, kind, pillar_id, audience_id, planned_at, "
                           "owner_id, sensitive, reach, reactions, comments, shares FROM posts"
                           + where, bounds).fetchall()
        connection.execute("SELECT post_networks.post_id, post_networks.network_id FROM posts "
                           "JOIN post_networks ON post_networks.post_id = posts.id" + where,
                           bounds).fetchall()
    return connection, read


def _draw_floor(sizes: list[tuple[int, int]]):
    """Plain charts (one axes, six bars, a title) drawn with Agg at the given pixel sizes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figures = []
    for width, height in sizes:
        fig = Figure(figsize=(width / 90, height / 90), dpi=90)
        FigureCanvasAgg(fig)
        figures.append(fig)

    def draw():
        for i, fig in enumerate(figures):
            fig.clear()
            ax = fig.add_subplot()
            ax.barh(range(6), [(i + k) % 7 for k in range(6)])
            ax.set_title("Plain chart")
            fig.canvas.draw()
    return draw


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
        connection, read_floor = _read_floor(Path(plan_path), *quarter.bounds(store.zone_name))
        compute = _samples(repeats, lambda: review_figures(store, quarter, TODAY))
        rows.append({"name": f"dashboard figures, a quarter, {label}", "samples": compute,
                     "target": "≤ 200 ms", "floor_samples": _samples(repeats, read_floor),
                     "note": "floor: the quarter's post rows and networks read with sqlite3"})
        connection.close()
        quarters = [review_figures(store, parse_period(q), TODAY) for q in (QUARTER, OTHER_QUARTER)]
        turn = iter(range(1_000_000))
        words = chart_words()
        page = _dashboard(store)
        page.period.setEditText(QUARTER)
        page.reload()
        app.processEvents()

        def draw_page():
            # What a user waits for after choosing a period, the figures once computed: the
            # charts on screen are built and painted (the others are when scrolled to).
            page.figures = quarters[next(turn) % 2]
            page.draw()
            page.repaint()
            app.processEvents()
        samples = _samples(repeats, draw_page)
        shown = _on_screen(page)
        floor = _samples(repeats, _draw_floor([(c.width(), c.height()) for c in shown]))
        rows.append({"name": f"dashboard charts on screen, a quarter, {label}",
                     "samples": samples, "target": "≤ 300 ms", "floor_samples": floor,
                     "note": f"{len(shown)} of {len(page.charts)} charts, 1440×900 window; "
                             "floor: as many plain charts"})
        host_canvases = [ChartCanvas(name, None) for name in review_charts.CHARTS]

        def draw_all():
            figures = quarters[next(turn) % 2]
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
        floor = sorted(row["floor_samples"] or [0])[len(row["floor_samples"] or [0]) // 2]
        print(f"{row['name']}: median {1000 * samples[len(samples) // 2]:.0f} ms, "
              f"max {1000 * samples[-1]:.0f} ms (target {row['target'] or 'none'})"
              + (f", {samples[len(samples) // 2] / floor:.1f}× floor" if floor else "")
              + (f" — {row['note']}" if row.get("note") else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
