"""From the main window: the media library (import with progress), the consent register and its
worklist, the post editor's live counters and blocked steps, and the previews."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel

from cmplanner.domain.entities import Consent, Network, Person, Post
from cmplanner.domain.enums import NetworkKind, PostStatus
from cmplanner.services import media as uc
from cmplanner.services.changes import commit, save
from cmplanner.domain.errors import Message
from cmplanner.ui.editors.post_editor import PostEditorDialog

S = PostStatus
WHEN = datetime(2026, 3, 20, 9, tzinfo=timezone.utc)


def photo(folder: Path, name: str, w: int, h: int, colour: str) -> Path:
    folder.mkdir(exist_ok=True)
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    image.save(str(path), "JPEG")
    return path


def action(window, name):
    return next(a for a in window.findChildren(type(window.menus.edit)) if a.objectName() == name)


def x_post(window, title: str, text: str = "Bonjour", media_ids=()):
    """An X account and a draft for it; the network and the post."""
    store = window.store
    x = store.networks.save(Network(NetworkKind.X, "X", "@ateliersmorel"))
    post = commit(store, Message("t"), [save("posts", None, Post(
        title, text=text, network_ids=[x.id], status=S.DRAFT, planned_at=WHEN,
        media_ids=list(media_ids), owner_id=window.ctx.current_person().id))]).created("posts")[0]
    return x, post


def open_editor(qtbot, window, post) -> PostEditorDialog:
    """The post editor as a double-click on the post opens it from the window."""
    window.items.edit_post(window.store.posts.get(post.id))
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PostEditorDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def test_import_from_the_file_menu_and_the_library_page(qtbot, window, tmp_path):
    files = [photo(tmp_path / "f", f"p{i}.jpg", 400, 500, c) for i, c in enumerate(("#3366aa", "#aa6633", "#33aa66"))]
    actions = window.media_actions
    assert actions.import_action in window.menus.file.actions()
    actions.import_files(files, wait=True)
    qtbot.waitUntil(lambda: actions.worker is None)
    assert actions.last_refused == []
    qtbot.waitUntil(lambda: len(window.store.media.all()) == 3)
    assert window.current_view_key() == "media"
    page = window.pages.page("media")
    qtbot.waitUntil(lambda: page.grid.count() == 3)
    assert window.ctx.undo_stack.undoText() == "Import 3 media files"
    page.grid.setCurrentRow(0)
    page.alt_text.setText("Atelier bois")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert window.store.media.all()[0].alt_text == "Atelier bois"
    page.show_filter.setCurrentIndex(2)  # not yet used
    assert page.grid.count() == 3
    page.show_filter.setCurrentIndex(1)
    assert page.grid.count() == 0


def test_dropping_photos_on_the_window_imports_them(qtbot, window, tmp_path):
    path = photo(tmp_path / "f", "drop.jpg", 300, 300, "#aa3366")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    qtbot.waitUntil(lambda: [m.filename for m in window.store.media.all()] == ["drop.jpg"])


def test_withdrawing_a_consent_fills_the_worklist(qtbot, window, tmp_path):
    store = window.store
    uc.import_media(store, [photo(tmp_path / "f", "lea.jpg", 400, 400, "#55aa55"),
                            photo(tmp_path / "f", "autre.jpg", 400, 400, "#5555aa")],
                    lambda p: __import__("cmplanner.ui.media_images", fromlist=["probe"]).probe(p))
    lea, other = store.media.all()
    person = store.people.save(Person("Léa Martin"))
    consent = uc.save_consent(store, None, Consent("", person_id=person.id,
                                                   signed_on=date(2026, 1, 5),
                                                   social=True)).created("consents")[0]
    from dataclasses import replace
    uc.update_media(store, lea, replace(lea, person_ids=[person.id]))
    network = store.networks.all()[0].id
    for title, status, ids in (("Programmé avec Léa", S.SCHEDULED, [lea.id]),
                               ("Publié avec Léa", S.PUBLISHED, [lea.id]),
                               ("Sans Léa", S.SCHEDULED, [other.id])):
        commit(store, Message("t"), [save("posts", None, Post(
            title, network_ids=[network], status=status, planned_at=WHEN, media_ids=ids))])
    window.show_view("consents")
    page = window.pages.page("consents")
    assert page.worklist_posts() == []
    page.select(consent.id)
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    assert store.consents.get(consent.id).withdrawn_on == window.ctx.today()
    assert sorted(page.worklist_posts()) == ["Programmé avec Léa", "Publié avec Léa"]
    scheduled = next(p for p in store.posts.all() if p.title == "Programmé avec Léa")
    button = page.worklist.findChild(type(page.withdraw_button), f"withdraw_{scheduled.id}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert store.posts.get(scheduled.id).status is S.DRAFT
    assert page.worklist_posts() == ["Publié avec Léa"]
    published = next(p for p in store.posts.all() if p.title == "Publié avec Léa")
    page.replace_photo(published, store.consents.get(consent.id), choice=other.id)
    assert store.posts.get(published.id).media_ids == [other.id]
    assert page.worklist_posts() == []
    window.ctx.undo_stack.undo()
    assert page.worklist_posts() == ["Publié avec Léa"]


def test_editor_counts_live_and_blocks_the_step_with_the_reason(qtbot, window):
    x, post = x_post(window, "Long")
    dialog = open_editor(qtbot, window, post)
    counter = dialog.counters[x.id]
    assert counter.level == "ok" and "7 / 280" in counter.text()
    dialog.variant_boxes[x.id].setPlainText("a" * 260)
    assert counter.level == "near"
    dialog.variant_boxes[x.id].setPlainText("a" * 285)
    assert counter.level == "over" and "#c62828" in counter.text()
    submit = dialog.workflow_panel.step_buttons[S.TO_VALIDATE]
    qtbot.waitUntil(lambda: not submit.isEnabled())  # once typing pauses
    assert submit.isVisibleTo(dialog)
    assert "5 characters too long (285 of 280)" in submit.toolTip()
    assert "5 characters too long" in dialog.workflow_panel.blocked_label.text()
    dialog.variant_boxes[x.id].setPlainText("Court #SemaineQVT https://ateliers-morel.fr/portes-ouvertes")
    qtbot.waitUntil(submit.isEnabled)
    dialog.tabs.setCurrentWidget(dialog.previews)
    card = dialog.previews.cards[0]
    assert "Portes ouvertes" in card.findChild(QLabel, "linkCard").text()
    assert "#1d6fd8" in card.text.text()  # the hashtag and the link styled
    dialog.reject()


def test_preview_from_the_board(qtbot, window):
    window.show_view("board")
    chip = next(c for c in window.board_model.visible_chips() if not c.is_virtual)
    window.items.selected_chip = lambda explicit=False: chip  # the chip under the mouse on a right click
    assert window.media_actions.preview_action in window.board_view.actions()
    window.media_actions.preview_action.trigger()
    dialog = window.media_actions.dialog
    qtbot.addWidget(dialog)
    assert dialog.strip.cards and dialog.isVisible()


def test_cover_thumbnail_on_the_backlog_row_and_the_calendar_chip(qtbot, window, tmp_path):
    from cmplanner.ui.models.chip_table_models import CHIP_ROLE  # noqa: F401 (the rows' chips)
    store = window.store
    uc.import_media(store, [photo(tmp_path / "f", "cover.jpg", 600, 400, "#aa8833")],
                    __import__("cmplanner.ui.media_images", fromlist=["probe"]).probe)
    cover = store.media.all()[0]
    idea = next(p for p in store.posts.all() if p.planned_at is None)
    dated = next(c for c in window.month_model.visible_chips() if not c.is_virtual)
    for post in (idea, store.posts.get(dated.post_id)):
        uc.attach_media(store, post, [cover.id])
    chip = window.items.find_chip(dated.key)
    assert chip.cover_id == cover.id
    assert window.ctx.cover(cover.id, 16) is None  # being made off the window's thread
    window.media_actions.thumbnails.wait()
    qtbot.waitUntil(lambda: window.ctx.cover(cover.id, 16) is not None)
    assert window.ctx.cover(cover.id, 16).width() == 16
    window.show_view("backlog")
    model = window.backlog_model
    row = next(r for r in range(model.rowCount()) if model.chip(r).post_id == idea.id)
    title = model.COLUMNS.index("title")
    assert model.data(model.index(row, title), Qt.ItemDataRole.DecorationRole).width() == 32


def test_network_limits_are_edited_for_the_plan_from_the_edit_menu(qtbot, window):
    action = window.media_actions.limits_action
    assert any(action in menu.actions() for menu in window.menuBar().findChildren(type(window.menus.file)))
    dialog = window.media_actions.edit_limits(run=False)
    qtbot.addWidget(dialog)
    row = dialog.keys.index("mastodon")
    dialog.table.item(row, 1).setText("0")
    dialog.buttons.accepted.emit()  # OK
    assert "whole number above zero" in dialog.error.text() and window.store.network_rules() == {}
    dialog.table.item(row, 1).setText("11000")
    dialog.buttons.accepted.emit()
    assert window.store.network_rules() == {"mastodon": {"max_chars": 11000}}
    assert window.ctx.undo_stack.undoText() == "Edit network limits"
    window.ctx.undo_stack.undo()
    assert window.store.network_rules() == {}


def test_media_are_attached_from_the_editor_in_the_order_ticked(qtbot, window, tmp_path):
    store = window.store
    uc.import_media(store, [photo(tmp_path / "f", "a.jpg", 400, 500, "#113355"),
                            photo(tmp_path / "f", "b.jpg", 500, 400, "#553311")],
                    __import__("cmplanner.ui.media_images", fromlist=["probe"]).probe)
    first, second = store.media.all()
    post = next(p for p in store.posts.all() if p.planned_at is None)
    dialog = PostEditorDialog(window.ctx, post, window)
    qtbot.addWidget(dialog)
    dialog.media.set_checked(second.id)
    dialog.media.set_checked(first.id)
    assert dialog.collect().media_ids == [second.id, first.id]  # the first ticked is the cover
    dialog.save_and_close()  # OK
    assert store.posts.get(post.id).media_ids == [second.id, first.id]


def test_a_consent_picks_its_person_from_people_or_adds_them_and_lasts_a_duration(
        qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    store = window.store
    view_action = window.pages.entries["consents"][2]  # View ▸ Image rights
    assert view_action in window.menus.views.actions()
    view_action.trigger()
    page = window.pages.page("consents")
    assert window.stack.currentWidget() is page
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    # the picker lists the plan's People and finds one by part of the name, accents ignored
    names = [page.person.combo.itemText(i) for i in range(page.person.combo.count())]
    assert sorted(names) == sorted(p.name for p in store.people.all())
    someone = store.people.all()[0]
    page.person.combo.setEditText(someone.name)
    assert page.person.current_id() == someone.id
    # someone not in People (an external participant) is added there, in one undo step
    page.person.combo.setEditText("Karim Benali")
    assert page.person.current_id() is None
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (k.get("text") + " (prestataire)", True))
    qtbot.mouseClick(page.person.add_button, Qt.MouseButton.LeftButton)
    karim = next(p for p in store.people.all() if p.name == "Karim Benali (prestataire)")
    assert page.person.current_id() == karim.id
    assert window.ctx.undo_stack.undoText() == "Add “Karim Benali (prestataire)”"
    page.signed.none.setChecked(False)
    page.signed.edit.setDate(date(2026, 3, 15))
    page.social.setChecked(True)
    page.duration.years.setValue(5)
    assert page.valid_until.text() == "14/03/2031 (from the duration)"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = next(c for c in store.consents.all() if c.person_id == karim.id)
    assert (saved.person_name, saved.duration_months, saved.expires_on) == (
        "Karim Benali (prestataire)", 60, None)
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).text() == "Karim Benali (prestataire)")
    assert page.table.item(row, 3).text() == "14/03/2031"
    assert page.table.item(row, 4).text() == "Valid"
    # a consent without a person is refused with the reason, nothing stored
    page.new_consent()
    page.person.combo.setEditText("Personne inconnue")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "choose them from People" in page.message.text()
    assert len(store.consents.all()) == 1


def test_the_library_picks_the_people_shown_from_people(qtbot, window, tmp_path):
    store = window.store
    uc.import_media(store, [photo(tmp_path / "f", "groupe.jpg", 400, 300, "#884422")],
                    __import__("cmplanner.ui.media_images", fromlist=["probe"]).probe)
    view_action = window.pages.entries["media"][2]  # View ▸ Media library
    assert view_action in window.menus.views.actions()
    view_action.trigger()
    page = window.pages.page("media")
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.grid.count() == 1)
    page.grid.setCurrentRow(0)
    first, second = store.people.all()[:2]
    page.people.search.setText(first.name[:3].upper())
    shown = [page.people.list.item(r).text() for r in range(page.people.list.count())
             if not page.people.list.item(r).isHidden()]
    assert first.name in shown and all(first.name[:3].casefold() in n.casefold() for n in shown)
    page.people.set_checked(first.id)
    page.people.set_checked(second.id)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert sorted(store.media.all()[0].person_ids) == sorted([first.id, second.id])


def test_a_video_imported_from_the_window_gets_its_shape_length_and_a_frame_as_thumbnail(
        qtbot, window, tmp_path):
    from tests.video_files import write_video

    # filmed upright on a phone: stored 64 × 36 with a quarter turn in its header
    clip = write_video(tmp_path / "interview.mp4", 64, 36, 2, rotation=-90)
    actions = window.media_actions
    actions.import_files([clip], wait=True)
    qtbot.waitUntil(lambda: actions.worker is None)
    assert actions.last_refused == []
    qtbot.waitUntil(lambda: len(window.store.media.all()) == 1)
    item = window.store.media.all()[0]
    assert (item.kind.value, item.width, item.height, item.duration_ms) == ("video", 36, 64, 2000)
    page = window.pages.page("media")
    qtbot.waitUntil(lambda: page.grid.count() == 1)
    page.grid.setCurrentRow(0)
    assert "36 × 64 · 0:02" in page.name.text()
    actions.thumbnails.wait()
    qtbot.waitUntil(lambda: actions.thumbnails.pixmap(item) is not None)
    thumb = actions.thumbnails.pixmap(item).toImage()
    assert thumb.height() > thumb.width()  # turned as players show it
    corner = thumb.pixelColor(2, 2)  # a frame from one second in: green, not a grey placeholder
    assert corner.green() > 150 and corner.red() < 100
    white = thumb.pixelColor(thumb.width() - 3, 2)  # the stored top-left corner, turned right
    assert min(white.red(), white.green(), white.blue()) > 200


def test_a_video_too_long_for_a_network_blocks_the_step_in_the_editor(qtbot, window, tmp_path):
    from tests.video_files import write_video

    store = window.store
    clip = write_video(tmp_path / "long.mp4", 64, 36, 150, fps=1)
    uc.import_media(store, [clip], __import__("cmplanner.ui.media_images", fromlist=["probe"]).probe)
    x, post = x_post(window, "Vidéo", media_ids=[store.media.all()[0].id])
    dialog = open_editor(qtbot, window, post)
    submit = dialog.workflow_panel.step_buttons[S.TO_VALIDATE]
    qtbot.waitUntil(lambda: not submit.isEnabled())
    assert "long.mp4 lasts 2:30, longer than the 2:20 allowed" in submit.toolTip()
    assert "2:30" in dialog.counters[x.id].text()
    dialog.reject()


def test_each_counter_says_when_its_limits_were_checked_and_flags_old_ones(qtbot, window):
    x, post = x_post(window, "Court")

    def counter_of_editor():
        dialog = open_editor(qtbot, window, post)
        return dialog, dialog.counters[x.id]

    window.ctx.today = lambda: date(2027, 6, 1)
    dialog, counter = counter_of_editor()
    assert counter.toolTip().splitlines() == [
        "Limits of X checked on 01/12/2026",
        "media limits from schedulers' guidelines, not checked on the network's pages yet",
        "3 figures checked on 01/12/2026: https://docs.x.com/fundamentals/counting-characters"]
    assert "over a year ago" not in counter.text()
    dialog.reject()
    window.ctx.today = lambda: date(2028, 1, 10)
    dialog, counter = counter_of_editor()
    assert "checked over a year ago" in counter.text()
    dialog.reject()
    limits = window.media_actions.edit_limits(run=False)
    qtbot.addWidget(limits)
    row = limits.keys.index("x")
    assert limits.table.item(row, limits.table.columnCount() - 1).text() == (
        "01/12/2026 — to check again")
    # the column's tooltip names the pages each network's figures were checked on
    mastodon = limits.table.item(limits.keys.index("mastodon"), limits.table.columnCount() - 1)
    assert mastodon.toolTip().splitlines()[1:] == [
        "media limits checked on 01/12/2026",
        "3 figures checked on 01/12/2026: https://docs.joinmastodon.org/user/posting/#text",
        "2 figures checked on 01/12/2026: https://docs.joinmastodon.org/user/posting/#media",
        "1 figure checked on 01/12/2026: "
        "https://github.com/mastodon/mastodon/blob/main/app/services/post_status_service.rb"]
    limits.reject()
