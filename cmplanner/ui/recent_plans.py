"""The plans opened lately (File ▸ Open recent, and the plan a later start opens)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "plans/recent"
KEEP = 8


def recent_plans() -> list[Path]:
    """Recently opened plans, latest first; entries whose file is gone are dropped for good."""
    settings = QSettings()
    stored = settings.value(KEY, []) or []
    if isinstance(stored, str):
        stored = [stored]
    kept = [Path(p) for p in stored if p and Path(p).is_file()]
    if len(kept) != len(stored):
        settings.setValue(KEY, [str(p) for p in kept])
    return kept


def remember_plan(path: Path) -> None:
    """Put ``path`` first in the list."""
    path = path.resolve()
    others = [p for p in recent_plans() if p.resolve() != path]
    QSettings().setValue(KEY, [str(p) for p in [path, *others][:KEEP]])
