"""Figures as rows: median and p95 of samples, a verdict against the target, a table, JSON.

Every measurement module returns rows of one shape::

    {"name": str, "samples": [seconds...], "target": str, "floor_samples": [seconds...] | None}

with an optional ``"unit"`` ("s" by default, "MB" for memory) and ``"note"``. A target reads
"≤ 16 ms", "≤ 16 ms at p95" (judged on the p95, else on the median), "≤ 300 MB",
"≤ 1.3× floor" or anything else (then no verdict is drawn).
"""

from __future__ import annotations

import json
import math
import re
import statistics
from pathlib import Path

_ABSOLUTE = re.compile(r"^\s*(?:≤|<=)\s*([\d.]+)\s*(ms|s|MB)(\s+at\s+p95)?\s*$")
_RELATIVE = re.compile(r"^\s*(?:≤|<=)\s*([\d.]+)\s*[×x]\s*(?:floor|raw\b.*)$")
_SCALE = {"ms": 1e-3, "s": 1.0, "MB": 1.0}


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile (p95 of 10 samples is the 10th, the worst)."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def missing_row(name: str, reason: str) -> dict:
    return {"name": name, "samples": [], "target": "", "floor_samples": None, "note": reason}


def verdict(row: dict) -> str:
    """'ok', 'MISS', '—' (no target to judge by) or 'n/a' (nothing measured)."""
    samples = row.get("samples") or []
    if not samples:
        return "n/a"
    median = statistics.median(samples)
    target = row.get("target") or ""
    absolute = _ABSOLUTE.match(target)
    if absolute:
        judged = percentile(samples, 0.95) if absolute.group(3) else median
        return "ok" if judged <= float(absolute.group(1)) * _SCALE[absolute.group(2)] else "MISS"
    relative = _RELATIVE.match(target)
    if relative and row.get("floor_samples"):
        floor = statistics.median(row["floor_samples"])
        return "ok" if median <= float(relative.group(1)) * floor else "MISS"
    return "—"


def summarise(row: dict) -> dict:
    """The row with median, p95, floor median and verdict added (samples kept for the JSON)."""
    samples = row.get("samples") or []
    floor = row.get("floor_samples") or []
    out = dict(row)
    out.setdefault("unit", "s")
    out["median"] = statistics.median(samples) if samples else None
    out["p95"] = percentile(samples, 0.95) if samples else None
    out["floor_median"] = statistics.median(floor) if floor else None
    out["ratio_to_floor"] = (out["median"] / out["floor_median"]
                             if out["median"] is not None and out["floor_median"] else None)
    out["verdict"] = verdict(row)
    return out


def format_value(value: float | None, unit: str = "s") -> str:
    if value is None:
        return "—"
    if unit != "s":
        return f"{value:.2f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    if value < 0.01:
        return f"{value * 1000:.2f} ms"
    if value < 1:
        return f"{value * 1000:.0f} ms"
    return f"{value:.2f} s"


def format_table(rows: list[dict]) -> str:
    """A plain-text table: figure, median, p95, target, floor, verdict (notes below)."""
    header = ("figure", "median", "p95", "target", "floor", "verdict")
    lines, notes = [], []
    for row in rows:
        row = row if "verdict" in row else summarise(row)
        unit = row.get("unit", "s")
        floor = format_value(row["floor_median"], unit)
        if row["ratio_to_floor"] is not None:
            floor += f" (×{row['ratio_to_floor']:.2f})"
        if row["median"] is None:
            note = " ".join((row.get("note") or "n/a").split())  # one line, whatever the error said
            lines.append((row["name"], "—", "—", row.get("target") or "", "", note))
            continue
        lines.append((row["name"], format_value(row["median"], unit), format_value(row["p95"], unit),
                      row.get("target") or "", floor if row["floor_median"] is not None else "",
                      row["verdict"]))
        if row.get("note"):
            notes.append(f"  {row['name']}: {' '.join(row['note'].split())}")
    widths = [max(len(str(line[i])) for line in [header, *lines]) for i in range(len(header))]
    render = ["  ".join(str(cell).ljust(w) for cell, w in zip(line, widths)).rstrip()
              for line in [header, tuple("-" * w for w in widths), *lines]]
    return "\n".join(render + (["", "notes:", *notes] if notes else []))


def write_json(path: Path, rows: list[dict], meta: dict) -> None:
    from cmplanner.files.atomic import atomic_write_text

    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {**meta, "rows": [r if "verdict" in r else summarise(r) for r in rows]}
    atomic_write_text(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
