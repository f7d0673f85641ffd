"""The Requests tab from the main window: counts per referent, upcoming deadlines, the sidebar's
filters, and "Write a post from this request" (linked both ways, one undo step)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmplanner.services.requests import request_for_post
from cmplanner.ui.editors.post_editor import PostEditorDialog


def _page(window):
    tab = next(i for i in range(window.view_tabs.count()) if window.view_tabs.tabData(i) == "requests")
    window.view_tabs.setCurrentIndex(tab)
    page = window.stack.currentWidget()
    assert page.objectName() == "requestsPage"
    return page


def test_counts_per_referent_and_deadlines_are_shown(window):
    page = _page(window)
    total = sum(int(page.referent_model.index(r, 1).data()) for r in range(page.referent_model.rowCount()))
    assert total == page.model.rowCount() > 0
    assert page.referent_model.columnCount() == 4
    kinds = {page.deadline_model.index(r, 1).data() for r in range(page.deadline_model.rowCount())}
    assert kinds == {"Request", "Post content"}  # the demo has both within three weeks


def test_sidebar_filters_apply_to_requests(window, qtbot):
    page = _page(window)
    every = page.model.rowCount()
    first = page.model.row_at(0).request
    window.filter_panel.set_checked("people", {first.requester_id})
    rows = [page.model.row_at(r).request for r in range(page.model.rowCount())]
    assert 0 < len(rows) <= every
    assert all(first.requester_id in (r.requester_id, r.assignee_id) for r in rows)
    assert window.count_label.text().startswith(f"{len(rows)} item")
    window.filter_panel.set_checked("people", set())
    qtbot.keyClicks(window.filter_panel.search, first.topic[:12])
    qtbot.waitUntil(lambda: page.model.rowCount() < every)
    assert any(page.model.row_at(r).request.id == first.id for r in range(page.model.rowCount()))


def test_write_a_post_from_a_request(window, qtbot):
    page = _page(window)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).request.post_id is None)
    request = page.model.row_at(row).request
    page.requests.select_row(row)
    assert page.write_button.isEnabled()
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    editor = window._dialogs[-1]
    assert isinstance(editor, PostEditorDialog) and editor.post.title == request.topic
    assert window.store.requests.get(request.id).post_id == editor.post.id
    assert request_for_post(window.store, editor.post.id).id == request.id
    assert window.ctx.undo_stack.undoText().startswith("Write a post from the request")
    window.ctx.undo_stack.undo()
    assert window.store.requests.get(request.id).post_id is None
