"""At start the month paints before the holidays package loads; the holidays follow at once."""

from __future__ import annotations

from datetime import date

from cmplanner.ui.app import build_main_window


def test_holidays_come_after_the_first_paint(qtbot, demo_store):
    window = build_main_window(demo_store, today=lambda: date(2026, 4, 2))
    qtbot.addWidget(window)
    model = window.month_model
    assert model.day_info(date(2026, 4, 6)).holiday is None  # not yet: nothing painted
    window.show()
    qtbot.waitUntil(lambda: model.day_info(date(2026, 4, 6)).holiday == "Easter Monday")
    window.close()
