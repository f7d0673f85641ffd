"""From the main window: the media library (import with progress), the consent register and its
worklist, the post editor's live counters and blocked steps, and the previews."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QLabel

from cmplanner.domain.entities import Consent, Network, Post
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
    consent = uc.save_consent(store, None, Consent("Léa Martin", signed_on=date(2026, 1, 5),
                                                   social=True)).created("consents")[0]
    from dataclasses import replace
    uc.update_media(store, lea, replace(lea, consent_ids=[consent.id]))
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
    store = window.store
    x = store.networks.save(Network(NetworkKind.X, "X", "@ateliersmorel"))
    post = commit(store, Message("t"), [save("posts", None, Post(
        "Long", text="Bonjour", network_ids=[x.id], status=S.DRAFT, planned_at=WHEN,
        owner_id=window.ctx.current_person().id))]).created("posts")[0]
    window.items.edit_post(post)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PostEditorDialog))
    qtbot.addWidget(dialog)
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
