"""Exporting the team backlog (HTML, CSV, XLSX) and using the page in headless Chromium.

    python -m bench.backlog_bench PLAN [--repeats N]

Each export sample is the whole job (snapshot of the plan, rendering, atomic write). The file
sizes come as rows in MB. When chromium is installed, the HTML page is also opened from file://
(networking disabled) to time its load and a filter by person, measured inside the page.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

NOW = datetime(2026, 3, 16, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))  # the generated plans' today
TARGETS = {"html": "≤ 3 s", "csv": "≤ 3 s", "xlsx": "≤ 8 s"}
PAGE_LOAD_TARGET, FILTER_TARGET = "≤ 2 s", "≤ 500 ms"


def plan_label(path: Path) -> str:
    with sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True) as conn:
        count = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    return f"{count / 1000:.0f}k posts" if count >= 1000 else f"{count} posts"


def measure(plan_path, repeats: int) -> list[dict]:
    from cmplanner.interop.backlog_export import export_backlog
    from cmplanner.storage.store import PlanStore

    label = plan_label(Path(plan_path))
    store = PlanStore.open(Path(plan_path), create=False, read_only=True)
    rows: list[dict] = []
    try:
        with tempfile.TemporaryDirectory(prefix="cmplanner-backlog-bench-") as folder:
            for fmt in ("html", "csv", "xlsx"):
                target = Path(folder) / f"backlog.{fmt}"
                export_backlog(store, target, fmt, now=NOW)  # imports and caches; not a sample
                samples = []
                for _ in range(repeats):
                    started = time.perf_counter()
                    export_backlog(store, target, fmt, now=NOW)
                    samples.append(time.perf_counter() - started)
                rows.append({"name": f"export backlog {fmt.upper()}, {label}", "samples": samples,
                             "target": TARGETS[fmt], "floor_samples": None,
                             "note": "snapshot + render + atomic write, 6 weeks"})
                rows.append({"name": f"backlog {fmt.upper()} file size, {label}",
                             "samples": [target.stat().st_size / 1e6], "target": "",
                             "floor_samples": None, "unit": "MB"})
            rows += _browser_rows(Path(folder) / "backlog.html", label, repeats)
    finally:
        store.close()
    return rows


def _browser_rows(page: Path, label: str, repeats: int) -> list[dict]:
    try:
        from tests.browser import Chromium, find_chromium
    except ImportError:
        find_chromium = None  # type: ignore[assignment]
    if find_chromium is None or find_chromium() is None:
        return [{"name": f"backlog page in chromium, {label}", "samples": [], "target": "",
                 "floor_samples": None, "note": "not available (chromium is not installed)"}]
    loads, filters, clears = [], [], []
    with Chromium() as browser:
        people = None
        for _ in range(repeats):
            loads.append(browser.open(page))
            if browser.evaluate("document.body.dataset.ready") != "1":
                raise RuntimeError(f"the page did not render: {browser.console_errors}")
            people = people or browser.evaluate(
                "[...document.getElementById('f-person').options].map(o => o.value).filter(Boolean)")
        for n in range(repeats):
            person = people[n % len(people)] if people else ""
            filters.append(_filter_time(browser, person))
            clears.append(_filter_time(browser, ""))
        errors = list(browser.console_errors)
    note = "time to the load event, file:// with networking disabled"
    if errors:
        note += f"; console errors: {errors[:3]}"
    return [
        {"name": f"backlog page load in chromium, {label}", "samples": loads,
         "target": PAGE_LOAD_TARGET, "floor_samples": None, "note": note},
        {"name": f"backlog page filter by person, {label}", "samples": filters,
         "target": FILTER_TARGET, "floor_samples": None,
         "note": "change event to layout done, measured in the page"},
        {"name": f"backlog page clear the filter, {label}", "samples": clears,
         "target": FILTER_TARGET, "floor_samples": None,
         "note": "back to everything (first 200 rows of each list, the whole calendar)"},
    ]


def _filter_time(browser, person: str) -> float:
    return browser.evaluate(f"""(() => {{
        const select = document.getElementById('f-person');
        select.value = {json.dumps(person)};
        const started = performance.now();
        select.dispatchEvent(new Event('change', {{bubbles: true}}));
        document.body.getBoundingClientRect();  // force the layout
        return (performance.now() - started) / 1000; }})()""")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.backlog_bench", description=__doc__)
    parser.add_argument("plan", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    for row in measure(args.plan, args.repeats):
        samples = row["samples"]
        unit = row.get("unit", "s")
        if not samples:
            print(f"{row['name']:<52} n/a  {row.get('note', '')}")
        elif unit == "MB":
            print(f"{row['name']:<52} {samples[0]:8.2f} MB")
        else:
            print(f"{row['name']:<52} median {statistics.median(samples) * 1000:8.0f} ms  "
                  f"max {max(samples) * 1000:8.0f} ms  target {row['target']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
