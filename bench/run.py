"""Every benchmark in one command: a table on screen and ``bench/results/latest.json``.

    .venv/bin/python -m bench.run            # the full run (under 10 minutes on 2 cores)
    .venv/bin/python -m bench.run --quick    # a smoke run: few repeats, the 20k plan only

Plans are generated once (``bench/.cache/``). Each figure is the median and p95 of repeated
runs beside its target and, where one exists, a floor measured in the same run.
Measurement modules are looked up by name: a module that is not there yet gives a row that
says so instead of stopping the run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .report import format_table, missing_row, write_json

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"


@dataclass(frozen=True)
class Step:
    key: str  # what --only names
    module: str  # bench.<module> exposing measure(plan_path, repeats) -> list[dict]
    sizes: tuple[str, ...]  # which plans: "20k", "50k"
    repeats: int  # full run
    quick_repeats: int
    copy_plan: bool = False  # modules that may write get a copy, so the cache stays pristine


STEPS = (
    Step("startup", "bench.startup_bench", ("20k", "50k"), 10, 2),
    Step("calendar", "bench.calendar_bench", ("20k", "50k"), 40, 3),
    Step("series", "bench.series_bench", ("20k",), 10, 1),
    Step("ics", "bench.ics_bench", ("20k",), 5, 1, copy_plan=True),
    Step("backlog", "bench.backlog_bench", ("20k",), 5, 1, copy_plan=True),
    Step("dashboard", "bench.dashboard_bench", ("50k",), 5, 1, copy_plan=True),
    Step("memory", "bench.memory_bench", ("50k",), 3, 1),
    Step("media", "bench.media_bench", ("50k",), 10, 1, copy_plan=True),
    Step("team", "bench.team_bench", ("20k",), 40, 5),
)
SIZES = {"20k": 20_000, "50k": 50_000}


def load_measure(module_name: str) -> Callable[[Path, int], list[dict]] | str:
    """The module's ``measure`` function, or why there is none."""
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and module_name.startswith(exc.name):
            return "not available (module missing)"
        return f"failed to import: {exc}"
    measure = getattr(module, "measure", None)
    return measure if callable(measure) else "not available (module has no measure())"


def run_step(step: Step, plan: Path, label: str, repeats: int) -> list[dict]:
    measure = load_measure(step.module)
    if isinstance(measure, str):
        return [missing_row(f"{step.key} ({step.module}), {label}", measure)]
    with tempfile.TemporaryDirectory(prefix="cmplanner-bench-") as scratch:
        if step.copy_plan:
            plan = Path(shutil.copyfile(plan, Path(scratch) / plan.name))
        try:
            return measure(plan, repeats)
        except Exception as exc:  # one broken figure must not hide the others
            return [missing_row(f"{step.key} ({step.module}), {label}",
                                f"failed: {type(exc).__name__}: {exc}")]


def plans_for(sizes: set[str], seed: int, plan: Path | None) -> dict[str, Path]:
    if plan is not None:
        return {size: plan for size in sizes}
    from .generate import PlanSize, cached_plan

    found = {}
    for size in sorted(sizes):
        began = time.perf_counter()
        found[size] = cached_plan(PlanSize(posts=SIZES[size]), seed)
        spent = time.perf_counter() - began
        if spent > 1:
            print(f"generated the {size} plan in {spent:.0f} s: {found[size]}", flush=True)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="few repeats, the 20k plan only")
    parser.add_argument("--only", default="", help="comma-separated steps: " +
                        ", ".join(s.key for s in STEPS))
    parser.add_argument("--plan", type=Path, help="measure this plan instead of the generated ones")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, default=RESULTS, help=f"results file (default {RESULTS})")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    wanted = {k for k in args.only.split(",") if k}
    unknown = wanted - {s.key for s in STEPS}
    if unknown:
        parser.error(f"unknown step(s): {', '.join(sorted(unknown))}")
    steps = [s for s in STEPS if not wanted or s.key in wanted]
    if args.plan is not None and not args.plan.is_file():
        parser.error(f"no plan file at {args.plan}")

    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    sizes = {("20k" if args.quick else size) for s in steps for size in s.sizes}
    plans = plans_for(sizes, args.seed, args.plan)
    rows: list[dict] = []
    for step in steps:
        for size in dict.fromkeys("20k" if args.quick else z for z in step.sizes):
            label = args.plan.name if args.plan else f"{size} plan"
            print(f"measuring {step.key} on the {label}...", flush=True)
            rows += run_step(step, plans[size], label, step.quick_repeats if args.quick else step.repeats)
    meta = {"finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "load_average": [round(x, 2) for x in os.getloadavg()],  # others sharing the cores
            "seconds": round(time.perf_counter() - began, 1), "quick": args.quick,
            "python": platform.python_version(), "machine": platform.platform(),
            "cpus": os.cpu_count(), "plans": {k: str(v) for k, v in plans.items()}}
    print()
    print(format_table(rows))
    write_json(args.json, rows, meta)
    print(f"\n{len(rows)} figures in {meta['seconds']:.0f} s (load average {load_before:.1f} before, "
          f"{meta['load_average'][0]:.1f} after, on {os.cpu_count()} cores); written to {args.json}")
    return 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # The calendar figures leave Qt objects in this process; PySide6 tearing them down in the
    # interpreter's finalisation can abort after the results are out. Nothing is left to do.
    os._exit(status)
