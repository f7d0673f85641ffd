"""The event editor: its promotion posts previewed, created, moved, and undone in one step."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from zoneinfo import ZoneInfo

from cmplanner.domain.enums import PostStatus
from cmplanner.ui.editors.event_editor import EventEditorDialog

PARIS = ZoneInfo("Europe/Paris")


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_editor(qtbot, ctx, event):
    dialog = EventEditorDialog(ctx, event)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def event_titled(store, start):
    return next(e for e in store.events.all() if e.title.startswith(start))


def test_new_event_previews_and_creates_its_promotion_posts(qtbot, ctx, demo_store):
    posts_before, events_before = demo_store.posts.count(), len(demo_store.events.all())
    dialog = open_editor(qtbot, ctx, None)
    qtbot.keyClicks(dialog.title, "Atelier marqueterie")
    dialog.start.setDateTime(QDateTime(QDate(2026, 4, 15), QTime(14, 0)))
    dialog.end.setDateTime(QDateTime(QDate(2026, 4, 15), QTime(17, 0)))
    linkedin = demo_store.networks.all()[0]
    for row in range(dialog.steps.table.rowCount()):
        dialog.steps.cell(row, dialog.steps.NETWORKS).set_checked(linkedin.id)
    rows = dialog.preview_rows()
    assert [r[0] for r in rows] == ["Wed 1 April 2026 09:00", "Wed 8 April 2026 09:00",
                                    "Tue 14 April 2026 09:00", "Wed 15 April 2026 10:00",
                                    "Thu 16 April 2026 10:00"]
    assert rows[0][1:] == ["Annonce : Atelier marqueterie", "LinkedIn", "new"]

    dialog.steps.table.selectRow(4)
    click(qtbot, dialog.steps.remove_button)  # no recap
    dialog.steps.cell(0, dialog.steps.OFFSET).setValue(-10)
    assert dialog.preview_rows()[0][0] == "Sun 5 April 2026 09:00"
    assert len(dialog.preview_rows()) == 4

    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.saved
    event = event_titled(demo_store, "Atelier marqueterie")
    posts = demo_store.posts.for_event(event.id)
    assert [p.planned_at for p in posts] == [datetime(2026, 4, 5, 9, tzinfo=PARIS), datetime(2026, 4, 8, 9, tzinfo=PARIS),
                                             datetime(2026, 4, 14, 9, tzinfo=PARIS), datetime(2026, 4, 15, 10, tzinfo=PARIS)]
    assert all(p.network_ids == [linkedin.id] for p in posts)
    assert ctx.undo_stack.undoText() == "Create event “Atelier marqueterie” with its promotion posts"

    ctx.undo_stack.undo()
    assert (demo_store.posts.count(), len(demo_store.events.all())) == (posts_before, events_before)
    ctx.undo_stack.redo()
    assert demo_store.events.get(event.id).title == "Atelier marqueterie"
    assert [p.id for p in demo_store.posts.for_event(event.id)] == [p.id for p in posts]


def test_moving_an_event_moves_its_posts_and_one_undo_restores_all(qtbot, ctx, demo_store):
    event = event_titled(demo_store, "Portes ouvertes")
    posts = demo_store.posts.for_event(event.id)
    assert len(posts) == 5
    dialog = open_editor(qtbot, ctx, event)
    assert {r[3] for r in dialog.preview_rows()} == {"unchanged"}
    dialog.start.setDateTime(dialog.start.dateTime().addDays(7))  # the end follows
    assert {r[3] for r in dialog.preview_rows()} == {"moves"}
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    moved = {p.id: p for p in demo_store.posts.for_event(event.id)}
    def wall(moment):
        return moment.astimezone(PARIS).replace(tzinfo=None)

    for post in posts:  # a week later at the same wall-clock time, across the March change
        assert wall(moved[post.id].planned_at) == wall(post.planned_at) + timedelta(days=7)
    stored = demo_store.events.get(event.id)
    assert (stored.start, stored.end) == (event.start + timedelta(days=7), event.end + timedelta(days=7))
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Edit event “Portes ouvertes de l'atelier de Cholet”"

    ctx.undo_stack.undo()
    assert demo_store.events.get(event.id).start == event.start
    assert [p.planned_at for p in demo_store.posts.for_event(event.id)] == [p.planned_at for p in posts]
    ctx.undo_stack.redo()
    assert demo_store.events.get(event.id).start == event.start + timedelta(days=7)


def test_a_step_added_to_an_existing_event_gets_its_post(qtbot, ctx, demo_store):
    event = event_titled(demo_store, "Midi numérique")
    count = len(demo_store.posts.for_event(event.id))
    dialog = open_editor(qtbot, ctx, event)
    click(qtbot, dialog.steps.add_button)
    dialog.steps.cell(dialog.steps.table.rowCount() - 1, dialog.steps.OFFSET).setValue(-3)
    qtbot.keyClicks(dialog.steps.cell(dialog.steps.table.rowCount() - 1, dialog.steps.LABEL), "Inscriptions")
    assert [r[3] for r in dialog.preview_rows()].count("new") == 1
    assert dialog.save()
    posts = demo_store.posts.for_event(event.id)
    assert len(posts) == count + 1
    added = next(p for p in posts if p.promotion_offset_days == -3)
    assert added.title == "Inscriptions : Midi numérique : bien utiliser LinkedIn"
    assert added.status is PostStatus.DRAFT
    ctx.undo_stack.undo()
    assert len(demo_store.posts.for_event(event.id)) == count
    assert len(demo_store.events.get(event.id).promotion) == 3


def test_end_before_start_is_refused_and_nothing_is_written(qtbot, ctx, demo_store):
    event = event_titled(demo_store, "Portes ouvertes")
    dialog = open_editor(qtbot, ctx, event)
    dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.isVisible() and "ends before it starts" in dialog.error_label.text()
    assert demo_store.events.get(event.id) == event and ctx.undo_stack.count() == 0


def test_all_day_event_keeps_its_days(qtbot, ctx, demo_store):
    event = event_titled(demo_store, "Trophées")
    dialog = open_editor(qtbot, ctx, event)
    assert dialog.all_day.isChecked()
    assert dialog.start.date() == dialog.end.date()
    assert dialog.collect() == event
    assert dialog.save() and ctx.undo_stack.count() == 0
