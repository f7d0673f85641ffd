"""Peak resident memory with a plan open: main window painted, then the month shown."""

from __future__ import annotations

from pathlib import Path

from .calendar_bench import plan_label
from .startup_bench import measure_memory


def measure(plan_path: Path, repeats: int) -> list[dict]:
    return [measure_memory(Path(plan_path), repeats, plan_label(plan_path))]
