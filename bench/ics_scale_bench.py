"""iCalendar at scale, each figure measured in its own child process (peak memory is the
child's ``ru_maxrss``), ratios from one run:

    python -m bench.ics_scale_bench PLAN          # a generated plan, e.g. 50,000 posts
    python -m bench.ics_scale_bench --generate    # generate the 50,000-post plan first (cached)

1. whole-plan .ics export (Outlook profile), written to a file: time and peak memory;
   floor: raw ``icalendar`` building and serialising the same VEVENTs from plain values.
   Targets: ≤ 1.2× the floor, ≤ 300 MB.
2. dry-run import of that export (preview only): time and peak memory. Target ≤ 500 MB.
3. a weekly foreign event with 1,000 then 10,000 occurrences: import preview time (linear:
   the second about ten times the first).
4. the window's event loop during the whole-plan export run from File > Export (offscreen Qt,
   a 10 ms timer): the longest gap between ticks. Target < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

TODAY = date(2026, 3, 16)
NOW = datetime(2026, 3, 16, 8, 0, tzinfo=timezone.utc)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_export(plan: str, out: str) -> dict:
    from cmplanner.interop.ics_export import write_ics
    from cmplanner.interop.ics_options import ExportOptions
    from cmplanner.storage.store import PlanStore

    store = PlanStore.open(Path(plan), create=False, read_only=True)
    started = time.perf_counter()
    summary = write_ics(store, out, ExportOptions(now=NOW, today=TODAY))
    took = time.perf_counter() - started
    store.close()
    return {"seconds": round(took, 2), "peak_mb": round(_peak_mb()), "vevents": summary.vevents,
            "bytes": Path(out).stat().st_size}


def child_floor(ics: str) -> dict:
    import icalendar

    from bench.ics_bench import _extract, _raw_export

    calendar = icalendar.Calendar.from_ical(Path(ics).read_bytes())
    events, zones = _extract(calendar), calendar.walk("VTIMEZONE")
    del calendar
    started = time.perf_counter()
    data = _raw_export(events, zones)
    took = time.perf_counter() - started
    return {"seconds": round(took, 2), "bytes": len(data)}


def child_import(plan: str, ics: str) -> dict:
    import shutil

    from cmplanner.interop.ics_import import ImportOptions, preview_import, read_file
    from cmplanner.storage.store import PlanStore

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "plan.cmplan"
        shutil.copy(plan, copy)
        store = PlanStore.open(copy)
        started = time.perf_counter()
        preview = preview_import(store, read_file(ics), ImportOptions(today=TODAY))
        took = time.perf_counter() - started
        store.close()
    return {"seconds": round(took, 2), "peak_mb": round(_peak_mb()), "counts": preview.counts()}


def _weekly(count: int) -> bytes:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"
            "BEGIN:VEVENT\r\nUID:weekly@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
            "DTSTART;TZID=Romance Standard Time:19000101T100000\r\n"
            "DTEND;TZID=Romance Standard Time:19000101T110000\r\n"
            f"RRULE:FREQ=WEEKLY;COUNT={count}\r\nSUMMARY:Hebdo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            ).encode()


def child_foreign(count: int) -> dict:
    from cmplanner.interop.ics_import import ImportOptions, preview_import
    from cmplanner.storage.store import PlanStore

    with tempfile.TemporaryDirectory() as folder:
        store = PlanStore.open(Path(folder) / "plan.cmplan")
        options = ImportOptions(today=TODAY, window_start=date(1900, 1, 1),
                                window_end=date(2200, 1, 1), max_per_event=count)
        started = time.perf_counter()
        preview = preview_import(store, _weekly(count), options)
        took = time.perf_counter() - started
        store.close()
    return {"seconds": round(took, 2), "created": len(preview.to_create)}


def child_loop(plan: str, out: str) -> dict:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.context import AppContext
    from cmplanner.ui.dialogs import ics_actions
    from cmplanner.ui.dialogs.ics_export_dialog import IcsExportDialog
    from cmplanner.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = PlanStore.open(Path(plan), create=False, read_only=True)
    ctx = AppContext(store)
    window = MainWindow(ctx, today=lambda: TODAY)
    window.show()
    IcsExportDialog.exec = lambda self: QDialog.DialogCode.Accepted
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (out, ""))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for _ in range(20):
        app.processEvents()
    ticks.clear()
    started = time.perf_counter()
    ics_actions.export_ics(window, ctx)
    took = time.perf_counter() - started
    pairs = list(zip(ticks, ticks[1:]))
    gaps = sorted(b - a for a, b in pairs)
    worst = max(pairs, key=lambda pair: pair[1] - pair[0]) if pairs else None
    window.close()
    ctx.close()
    return {"seconds": round(took, 2), "ticks": len(ticks),
            "max_gap_ms": round(gaps[-1] * 1000) if gaps else None,
            "p99_gap_ms": round(gaps[int(len(gaps) * 0.99)] * 1000) if gaps else None,
            "worst_gap_starts_at_ms": round((worst[0] - started) * 1000) if worst else None}


CHILDREN = {"export": child_export, "floor": child_floor, "import": child_import,
            "foreign": child_foreign, "loop": child_loop}


def _run(*args) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.ics_scale_bench", "--child", *map(str, args)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", nargs="?", type=Path)
    parser.add_argument("--generate", action="store_true")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args(argv)
    if args.child:
        name, *rest = args.child
        rest = [int(r) if r.isdigit() else r for r in rest]
        print(json.dumps(CHILDREN[name](*rest)))
        return 0
    if args.generate:
        from bench.generate import PlanSize, cached_plan

        args.plan = cached_plan(PlanSize(posts=50_000))
    with tempfile.TemporaryDirectory() as folder:
        ics = Path(folder) / "plan.ics"
        export = _run("export", args.plan, ics)
        floor = _run("floor", ics)
        print(json.dumps({"name": "whole-plan .ics export", **export, "floor_seconds": floor["seconds"],
                          "ratio": round(export["seconds"] / floor["seconds"], 2),
                          "target": "≤ 1.2× raw icalendar, ≤ 300 MB"}, ensure_ascii=False))
        imported = _run("import", args.plan, ics)
        print(json.dumps({"name": "dry-run import of that export", **imported,
                          "target": "≤ 500 MB"}, ensure_ascii=False))
        small, large = _run("foreign", 1000), _run("foreign", 10_000)
        print(json.dumps({"name": "weekly foreign event, 1,000 vs 10,000 occurrences",
                          "seconds_1000": small["seconds"], "seconds_10000": large["seconds"],
                          "ratio": round(large["seconds"] / max(small["seconds"], 0.001), 1),
                          "target": "linear (ratio about 10)"}, ensure_ascii=False))
        loop = _run("loop", args.plan, Path(folder) / "loop.ics")
        print(json.dumps({"name": "event loop during File > Export (whole plan)", **loop,
                          "target": "max gap < 100 ms"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
