"""Two clients on one team plan: live refresh, conflicts in the post editor, the server going away.

Each test opens the main window on a team plan (client A) and writes with a second PlanStore on the
same database (client B, "Camille"), as a colleague's cmplanner would."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cmplanner.storage.store import PlanStore
from cmplanner.ui.context import AppContext
from cmplanner.ui.dialogs.conflict_dialog import ConflictDialog
from cmplanner.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

pytestmark = pytest.mark.postgresql


def titles_on(window, post) -> set[str]:
    from cmplanner.domain.timezones import to_local

    day = to_local(post.planned_at, window.store.zone_name).date()
    return {chip.title for chip in window.month_model.chips_on(day)}


def a_post_this_month(store):
    from datetime import datetime, timezone

    posts = store.posts.in_range(datetime(2026, 3, 1, tzinfo=timezone.utc),
                                 datetime(2026, 3, 31, tzinfo=timezone.utc))
    from cmplanner.domain.enums import PostStatus

    # a post that may still be reworded (a published one keeps its words)
    return next(p for p in posts if p.series_id is None
                and p.status in (PostStatus.IDEA, PostStatus.DRAFT))


def test_a_colleagues_change_appears_within_a_second_with_their_name(qtbot, window, colleague):
    post = a_post_this_month(colleague)
    qtbot.waitUntil(lambda: post.title in titles_on(window, post), timeout=2000)
    colleague.posts.save(replace(post, title="Titre changé par Camille"))
    qtbot.waitUntil(lambda: "Titre changé par Camille" in titles_on(window, post), timeout=1000)
    assert "Changed by Camille" in window.statusBar().currentMessage()
    assert "Titre changé par Camille" in window.statusBar().currentMessage()
    assert window.store.posts.get(post.id).updated_by == "Camille"
    from cmplanner.domain.timezones import to_local
    from cmplanner.ui.tooltips import chip_tooltip

    day = to_local(post.planned_at, window.store.zone_name).date()
    chip = next(c for c in window.month_model.chips_on(day) if c.post_id == post.id)
    assert "Changed by: Camille" in chip_tooltip(window.source, chip, False)  # the item's mark


def test_my_own_changes_are_signed_with_the_person_chosen(qtbot, window):
    person = window.ctx.current_person()
    post = a_post_this_month(window.store)
    dialog = window.items.edit_post(post)
    dialog.title.setText("Signé")
    dialog.save_and_close()
    assert window.store.posts.get(post.id).updated_by == person.name


def open_stale_editor(qtbot, window, colleague):
    """An editor open on a post that Camille then changes; my title typed in."""
    post = a_post_this_month(window.store)
    dialog = window.items.edit_post(post)
    colleague.posts.save(replace(colleague.posts.get(post.id), text="Texte de Camille"))
    error = dialog.findChild(QLabel, "errorLabel")
    qtbot.waitUntil(lambda: "Camille changed “" + post.title + "” meanwhile" in error.text(), timeout=1000)
    dialog.title.setText("Mon titre")
    dialog.buttons.accepted.emit()  # OK
    assert dialog.isVisible()  # refused: nothing written, the editor keeps my text
    assert dialog.title.text() == "Mon titre"
    assert isinstance(dialog.conflict_dialog, ConflictDialog)
    return post, dialog, dialog.conflict_dialog


def test_a_stale_save_is_refused_and_shows_what_changed(qtbot, window, colleague):
    post, editor, conflict = open_stale_editor(qtbot, window, colleague)
    assert "Camille changed" in conflict.message.text()
    assert not conflict.table.isVisible()
    qtbot.mouseClick(conflict.see_button, Qt.MouseButton.LeftButton)
    assert conflict.table.isVisible()
    rows = {conflict.table.item(r, 0).text(): (conflict.table.item(r, 1).text(),
                                               conflict.table.item(r, 2).text())
            for r in range(conflict.table.rowCount())}
    assert rows["Title"][0] == "Mon titre" and rows["Title"][1] == post.title
    assert rows["Text"][1] == "Texte de Camille"
    stored = colleague.posts.get(post.id)
    assert stored.title == post.title and stored.text == "Texte de Camille"
    qtbot.mouseClick(conflict.cancel_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.title.text() == "Mon titre"


def test_what_changed_names_the_pillar_and_networks_not_their_ids(qtbot, window, colleague):
    post = a_post_this_month(window.store)
    other = next(p for p in colleague.pillars.all() if p.id != post.pillar_id)
    networks = [n for n in colleague.networks.all() if n.id not in post.network_ids][:1]
    dialog = window.items.edit_post(post)
    colleague.posts.save(replace(colleague.posts.get(post.id), pillar_id=other.id,
                                 network_ids=[n.id for n in networks]))
    error = dialog.findChild(QLabel, "errorLabel")
    qtbot.waitUntil(lambda: "meanwhile" in error.text(), timeout=1000)
    dialog.title.setText("Mon titre")
    dialog.buttons.accepted.emit()
    conflict = dialog.conflict_dialog
    rows = {conflict.table.item(r, 0).text(): conflict.table.item(r, 2).text()
            for r in range(conflict.table.rowCount())}
    assert rows["Pillar"] == other.name
    assert rows["Networks"] == ", ".join(n.name for n in networks)
    qtbot.mouseClick(conflict.cancel_button, Qt.MouseButton.LeftButton)


def test_keep_theirs_drops_my_edit(qtbot, window, colleague):
    post, editor, conflict = open_stale_editor(qtbot, window, colleague)
    qtbot.mouseClick(conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = colleague.posts.get(post.id)
    assert (stored.title, stored.text) == (post.title, "Texte de Camille")


def test_overwrite_with_mine_puts_my_fields_on_their_version(qtbot, window, colleague):
    post, editor, conflict = open_stale_editor(qtbot, window, colleague)
    qtbot.mouseClick(conflict.mine_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = colleague.posts.get(post.id)
    assert stored.title == "Mon titre"
    assert stored.revision == post.revision + 2 and stored.updated_by == window.store.author


def test_copy_mine_as_a_new_post_keeps_theirs(qtbot, window, colleague):
    post, editor, conflict = open_stale_editor(qtbot, window, colleague)
    before = colleague.posts.count()
    qtbot.mouseClick(conflict.copy_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert colleague.posts.count() == before + 1
    assert colleague.posts.get(post.id).title == post.title
    copy = next(p for p in colleague.posts.all() if p.title == "Mon titre")
    assert copy.id != post.id and copy.uid != post.uid


def test_two_stores_a_stale_write_is_refused_by_storage(team_url, colleague):
    from cmplanner.domain.errors import Conflict

    mine = PlanStore.open(team_url)
    post = a_post_this_month(mine)
    colleague.posts.save(replace(post, title="Camille d'abord"))
    with pytest.raises(Conflict):
        mine.posts.save(replace(post, title="Moi ensuite"))
    assert mine.posts.get(post.id).title == "Camille d'abord"
    mine.close()


def test_the_server_going_away_banner_refusal_and_reconnect(qtbot, window, pg_cluster):
    live = window.team_actions.live
    post = a_post_this_month(window.store)
    editor = window.items.edit_post(post)
    editor.title.setText("Écrit pendant la panne")
    assert not live.banner.isVisible()
    pg_cluster.stop()
    try:
        qtbot.waitUntil(live.banner.isVisible, timeout=5000)
        assert "cannot be reached" in live.banner_label.text()
        assert post.title in titles_on(window, post)  # the views keep what they show
        editor.buttons.accepted.emit()  # OK while the server is away
        assert editor.isVisible() and editor.title.text() == "Écrit pendant la panne"
        assert "server cannot be reached" in editor.findChild(QLabel, "errorLabel").text()
        assert window.store.offline
        window.step_period(1)  # April was never shown: empty while the server is away, no error
        assert not any(window.month_model.chips_on(date(2026, 4, d)) for d in range(10, 31))
        window.step_period(-1)  # March is still shown from what was read
        assert post.title in titles_on(window, post)
    finally:
        pg_cluster.restart()
    qtbot.waitUntil(lambda: not live.banner.isVisible(), timeout=5000)
    assert not window.store.offline
    window.step_period(1)  # read again now that the server is back
    assert any(window.month_model.chips_on(date(2026, 4, d)) for d in range(10, 31))
    window.step_period(-1)
    editor.buttons.accepted.emit()  # the same text, saved now
    assert not editor.isVisible()
    assert window.store.posts.get(post.id).title == "Écrit pendant la panne"
    qtbot.waitUntil(lambda: "Écrit pendant la panne" in titles_on(window, post), timeout=1000)


def test_only_the_lease_holder_publishes_the_shared_feeds(qtbot, window, colleague, tmp_path):
    from cmplanner.services.team import take_feeds_lease

    assert take_feeds_lease(colleague) is None  # Camille's cmplanner publishes the feeds
    folder = tmp_path / "feeds"
    folder.mkdir()
    control = window._ics_publish
    control.publisher.folder = folder
    control._schedule(control.publisher._publish_quietly)
    control._run_pending()
    assert list(folder.iterdir()) == []  # left alone
    assert "published by Camille's cmplanner" in window.statusBar().currentMessage()

    colleague_gone = take_feeds_lease(colleague, seconds=-1)  # Camille's lease runs out
    assert colleague_gone is None
    control._schedule(control.publisher._publish_quietly)
    control._run_pending()  # the re-publish runs in the background
    qtbot.waitUntil(lambda: sorted(p.name for p in folder.iterdir()) == [
        "events.ics", "plan-outlook.ics", "plan-standard.ics"], timeout=10000)
    assert sorted(p.name for p in folder.iterdir()) == ["events.ics", "plan-outlook.ics",
                                                          "plan-standard.ics"]


def test_closing_the_plan_frees_the_feeds_for_a_colleague(qtbot, team_url, colleague):
    from cmplanner.services.team import take_feeds_lease

    store = PlanStore.open(team_url)
    ctx = AppContext(store)
    win = MainWindow(ctx, today=lambda: DEMO_TODAY)
    qtbot.addWidget(win)
    assert take_feeds_lease(store) is None
    assert take_feeds_lease(colleague) is not None  # held by the window's cmplanner
    win.close()
    ctx.close()
    store.close()  # as run_app does when the window is closed
    assert take_feeds_lease(colleague) is None
