"""Helpers for driving the calendar views in tests."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint


def chip_point(view, day: date, title_start: str) -> QPoint:
    """The centre of the chip whose title starts with ``title_start`` on ``day``."""
    index = view.model().index_for_date(day)
    assert index.isValid(), day
    layout = view.delegate.layout(view.visualRect(index), index, view.font())
    for rect, chip, _lines in layout.chips:
        if chip.title.startswith(title_start):
            return rect.center()
    raise AssertionError(f"no chip {title_start!r} on {day}: {[c.title for _r, c, _l in layout.chips]}")


def chip_on(model, day: date, title_start: str):
    return next(c for c in model.chips_on(day) if c.title.startswith(title_start))
