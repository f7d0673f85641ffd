"""Cold start beside its floor, and peak memory, each in fresh processes (see startup_child.py).

    python -m bench.startup_bench --importtime PLAN   # the slowest imports of a cold start
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = Path(__file__).with_name("startup_child.py")
ROOT = Path(__file__).resolve().parents[1]


def child_env() -> dict[str, str]:
    """The children's environment. Python may write its compiled modules there: an installed
    cmplanner has them (pip and the bundle compile at install time), so a start that compiles
    every module from source again (PYTHONDONTWRITEBYTECODE set in a developer's shell) measures
    the compiler, some 250 ms, not the start."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_child(mode: str, plan: Path, extra: tuple[str, ...] = ()) -> dict:
    """Start one child process; its phase marks in seconds from just before it started."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, *extra, str(CHILD), mode, str(plan), repr(t0)],
                          capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode or not lines or "painted" not in lines[-1]:
        last = [line.strip() for line in done.stderr.splitlines() if line.strip()][-3:]
        raise RuntimeError(f"{mode} start failed (exit {done.returncode}): {' | '.join(last)[-400:]}")
    return json.loads(lines[-1])


def _phases(runs: list[dict]) -> str:
    names = ("imports", "opened", "built", "painted")
    medians = {n: statistics.median(r[n] for r in runs) for n in names}
    steps, previous = [], 0.0
    for name in names:
        steps.append(f"{name} +{(medians[name] - previous) * 1000:.0f} ms")
        previous = medians[name]
    return ", ".join(steps)


def measure(plan: Path, repeats: int) -> list[dict]:
    from .calendar_bench import plan_label

    return [measure_cold_start(plan, repeats, plan_label(plan))]


def measure_cold_start(plan: Path, repeats: int, label: str) -> dict:
    """App and floor started alternately, so both meet the same machine load."""
    run_child("floor", plan)  # warm the page cache for the file and the libraries
    run_child("app", plan)  # compile the modules (as an installation does) and keep the classes' methods (as a first start does)
    apps, floors = [], []
    for _ in range(repeats):
        floors.append(run_child("floor", plan))
        apps.append(run_child("app", plan))
    return {"name": f"cold start to first paint, {label}", "samples": [r["painted"] for r in apps],
            "target": "≤ 1.5× floor", "floor_samples": [r["painted"] for r in floors],
            "note": f"app {_phases(apps)}; floor {_phases(floors)}; the app opens the plan with "
                    "open_plan (no plan lock; the daily backup, which run_app takes after the "
                    "first paint, is not included)"}


def measure_memory(plan: Path, repeats: int, label: str) -> dict:
    runs = [run_child("memory", plan) for _ in range(repeats)]
    return {"name": f"peak RSS, {label} open, month shown", "samples": [r["peak_mb"] for r in runs],
            "unit": "MB", "target": "≤ 300 MB", "floor_samples": None,
            "note": f"month shown through {runs[0]['month']}"}


def import_times(plan: Path, top: int = 15) -> list[tuple[float, str]]:
    """The ``top`` imports with the largest cumulative time in one cold app start (seconds)."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-X", "importtime", str(CHILD), "app", str(plan), repr(t0)],
                          capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=300)
    rows = []
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+\d+\s+\|\s+(\d+)\s+\|(\s*)(\S+)", line)
        if match and len(match.group(2)) <= 3:  # top-level imports only (indent of one level)
            rows.append((int(match.group(1)) / 1e6, match.group(3)))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.startup_bench")
    parser.add_argument("plan", type=Path)
    parser.add_argument("--importtime", action="store_true", help="list the slowest imports")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    if args.importtime:
        for seconds, name in import_times(args.plan):
            print(f"{seconds * 1000:8.1f} ms  {name}")
        return 0
    from .report import format_table

    print(format_table([measure_cold_start(args.plan, args.repeats, args.plan.name)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
