"""The series editor and its recurrence editor, driven by clicks and typing."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from zoneinfo import ZoneInfo

from cmplanner.ui.editors import recurrence_editor
from cmplanner.ui.editors.series_editor import SeriesEditorDialog

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    monkeypatch.setattr(recurrence_editor, "now", lambda: datetime(2027, 3, 1, 8, 0, tzinfo=PARIS))


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_new(qtbot, ctx):
    dialog = SeriesEditorDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Astuce du mardi")
    dialog.start.setDateTime(QDateTime(QDate(2027, 3, 16), QTime(9, 0)))  # a Tuesday
    return dialog


def test_build_a_series_by_clicking_and_save_it(qtbot, ctx, demo_store):
    dialog = open_new(qtbot, ctx)
    rec = dialog.recurrence
    rec.freq.setCurrentIndex(1)  # weekly
    click(qtbot, rec.day_boxes[3])  # Thursday, Tuesday being the start's day
    rec.interval.setValue(2)
    click(qtbot, rec.end_count)
    rec.count.clear()
    qtbot.keyClicks(rec.count, "6")
    assert rec.raw.text() == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6"
    assert rec.words.text() == "Every 2 weeks on Tuesday and Thursday at 09:00, 6 times"
    assert rec.preview_lines() == [
        "Tue 16 March 2027 09:00", "Thu 18 March 2027 09:00",
        "Tue 30 March 2027 09:00", "Thu 1 April 2027 09:00",  # after the change to summer time
        "Tue 13 April 2027 09:00", "Thu 15 April 2027 09:00"]
    linkedin = demo_store.networks.all()[0]
    dialog.networks.set_checked(linkedin.id)
    qtbot.keyClicks(dialog.title_template, "Astuce n°{n}")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.saved
    saved = next(s for s in demo_store.series.all() if s.name == "Astuce du mardi")
    assert saved.rrule == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6"
    assert saved.start == datetime(2027, 3, 16, 9, 0, tzinfo=PARIS)
    assert (saved.network_ids, saved.title_template) == ([linkedin.id], "Astuce n°{n}")
    assert ctx.undo_stack.undoText() == "Create series “Astuce du mardi”"
    ctx.undo_stack.undo()
    assert all(s.name != "Astuce du mardi" for s in demo_store.series.all())


def test_preview_keeps_nine_across_the_march_change(qtbot, ctx):
    dialog = open_new(qtbot, ctx)
    lines = dialog.recurrence.preview_lines()
    assert len(lines) == 10
    assert all(line.endswith(" 09:00") for line in lines)
    assert lines[2] == "Tue 30 March 2027 09:00"


def test_until_in_words(qtbot, ctx):
    dialog = open_new(qtbot, ctx)
    rec = dialog.recurrence
    click(qtbot, rec.end_until)
    rec.until.setDate(QDate(2027, 6, 30))
    assert rec.words.text() == "Every Tuesday at 09:00, until 30 June"
    assert rec.raw.text() == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T215959Z"
    assert rec.preview_lines()[-1] == "Tue 18 May 2027 09:00"  # ten of them, the 10th on 18 May


def test_raw_rule_fills_the_fields(qtbot, ctx):
    dialog = open_new(qtbot, ctx)
    rec = dialog.recurrence
    rec.raw.clear()
    qtbot.keyClicks(rec.raw, "FREQ=MONTHLY;BYDAY=-1FR")
    assert rec.freq.currentText() == "Monthly"
    assert rec.by_weekday.isChecked() and rec.position.currentText() == "last"
    assert rec.position_day.currentText() == "Friday"
    assert rec.words.text() == "On the last Friday of every month at 09:00"
    assert rec.preview_lines()[0] == "Fri 26 March 2027 09:00"
    rec.raw.clear()
    qtbot.keyClicks(rec.raw, "FREQ=DAILY;BYHOUR=9,18")
    assert not rec.fields.isEnabled() and rec.custom_note.isVisible()
    assert rec.words.text().startswith("A custom rule")


def test_invalid_raw_rule_shows_the_message_and_saves_nothing(qtbot, ctx, demo_store):
    count = len(demo_store.series.all())
    dialog = open_new(qtbot, ctx)
    rec = dialog.recurrence
    rec.raw.clear()
    qtbot.keyClicks(rec.raw, "FREQ=HOURLY")
    assert rec.raw_error.isVisible()
    assert "HOURLY is not supported" in rec.raw_error.text()
    assert rec.preview_lines() == []
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.isVisible() and "HOURLY is not supported" in dialog.error_label.text()
    assert len(demo_store.series.all()) == count and ctx.undo_stack.count() == 0


def test_restore_a_skipped_occurrence(qtbot, ctx, demo_store):
    tuto = next(s for s in demo_store.series.all() if s.name == "Tuto du jeudi")
    assert len(tuto.exceptions) == 2
    dialog = SeriesEditorDialog(ctx, tuto)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.exception_list.topLevelItemCount() == 2
    assert not dialog.restore_button.isEnabled()
    dialog.exception_list.setCurrentItem(dialog.exception_list.topLevelItem(0))
    click(qtbot, dialog.restore_button)
    assert dialog.exception_list.topLevelItemCount() == 1
    assert dialog.save()
    assert len(demo_store.series.get(tuto.id).exceptions) == 1
    assert ctx.undo_stack.undoText() == "Edit series “Tuto du jeudi”"
    ctx.undo_stack.undo()
    assert len(demo_store.series.get(tuto.id).exceptions) == 2


def test_unchanged_series_saves_nothing(qtbot, ctx, demo_store):
    for series in demo_store.series.all():
        dialog = SeriesEditorDialog(ctx, series)
        qtbot.addWidget(dialog)
        assert dialog.recurrence.error() == ""
        assert dialog.save()
    assert ctx.undo_stack.count() == 0


def test_skip_an_occurrence_from_the_preview_then_restore_it(qtbot, ctx, demo_store):
    dialog = open_new(qtbot, ctx)
    rec = dialog.recurrence
    assert not dialog.skip_button.isEnabled()
    rec.preview.setCurrentRow(1)
    assert dialog.skip_button.isEnabled()
    click(qtbot, dialog.skip_button)
    assert rec.preview_lines()[1] == "Tue 30 March 2027 09:00"
    assert dialog.exception_list.topLevelItem(0).text(1) == "Skipped"
    dialog.exception_list.setCurrentItem(dialog.exception_list.topLevelItem(0))
    click(qtbot, dialog.restore_button)
    assert rec.preview_lines()[1] == "Tue 23 March 2027 09:00"
    rec.preview.setCurrentRow(2)
    click(qtbot, dialog.skip_button)
    assert dialog.save()
    saved = next(s for s in demo_store.series.all() if s.name == "Astuce du mardi")
    assert [e.original_start for e in saved.exceptions] == [datetime(2027, 3, 30, 9, 0, tzinfo=PARIS)]
