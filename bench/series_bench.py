"""Expanding every series of the plan over its five years, as a year or agenda view would."""

from __future__ import annotations

import time
from pathlib import Path

from .calendar_bench import plan_label


def measure(plan_path: Path, repeats: int) -> list[dict]:
    """Read the series and their edited posts, then expand each one over the plan's span."""
    from cmplanner.domain.recurrence import occurrences
    from cmplanner.storage.store import PlanStore

    from .generate import PlanSize, window

    start, end = window(PlanSize())
    store = PlanStore.open(Path(plan_path), create=False)
    samples, total = [], 0
    try:
        for _ in range(repeats):
            began = time.perf_counter()
            total = 0
            for series in store.series.all():
                edited = store.posts.for_series(series.id)  # type: ignore[arg-type]
                total += len(occurrences(series, start, end, edited))
            samples.append(time.perf_counter() - began)
    finally:
        store.close()
    return [{"name": f"expand all series over 5 years, {plan_label(plan_path)}", "samples": samples,
             "target": "", "floor_samples": None,
             "note": f"{total} occurrences; the issue sets no target for this figure"}]
