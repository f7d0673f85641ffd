"""The editorial line's coverage, mix, versions and workload, reached from the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cmplanner.domain.period import month
from cmplanner.services.review import review_figures
from tests.conftest import DEMO_TODAY


def _open_line_page(window):
    next(a for a in window.menus.views.actions() if a.data() == "line").trigger()
    page = window.pages.page("line")
    page.tabs.setCurrentWidget(page.review)
    return page


def test_coverage_mix_and_workload_on_the_line_page(window):
    page = _open_line_page(window)
    figures = review_figures(window.ctx.store, month(2026, 3), DEMO_TODAY)
    text = page.review.coverage.text()
    assert f"{figures.coverage.covered} of {figures.coverage.total}" in text
    assert "target 95 %" in text
    from html import escape
    for row in figures.pillar_mix:
        assert escape(row.name) in page.review.mix.text()
    assert "Camille" in page.review.workload.text()
    assert not page.review.shares.isVisible()
    # A pillar pushed to 105 % is flagged.
    store = window.ctx.store
    from dataclasses import replace
    pillar = store.pillars.all()[0]
    store.pillars.save(replace(pillar, target_share=pillar.target_share + 5))
    assert "105 %" in page.review.shares.text()


def test_a_new_version_of_the_line_starts_unvalidated_and_keeps_the_old_one(window, qtbot):
    page = _open_line_page(window)
    store = window.ctx.store
    before = store.editorial_line()
    assert before.validated_by_id is not None

    def edit():
        dialog = QApplication.activeModalWidget()
        dialog.version.setText("2027.1")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, edit)
    page.tabs.setCurrentIndex(0)
    from PySide6.QtWidgets import QPushButton
    page.findChild(QPushButton, "editLine").click()
    after = store.editorial_line()
    assert after.version == "2027.1" and after.validated_by_id is None
    [old] = after.history
    assert (old.version, old.validated_by_id, old.validated_on) == (
        before.version, before.validated_by_id, before.validated_on)
    assert "2027.1" in page.review.history.text() and before.version in page.review.history.text()
    window.ctx.undo_stack.undo()
    assert store.editorial_line() == before


def test_workload_estimates_change_the_hours_and_undo(window, qtbot):
    page = _open_line_page(window)
    store = window.ctx.store
    from PySide6.QtWidgets import QPushButton
    cm = next(p for p in store.people.all() if p.name.startswith("Camille"))

    def edit():
        dialog = QApplication.activeModalWidget()
        people = dialog.people_table
        row = next(r for r in range(people.rowCount()) if people.item(r, 0).text() == cm.name)
        people.cellWidget(row, 1).setValue(2)  # two hours a week: every week is over
        moderation = dialog.moderation_table
        moderation.cellWidget(0, 1).setValue(60)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, edit)
    page.review.findChild(QPushButton, "editWorkload").click()
    settings = store.workload_settings()
    assert settings.capacity_minutes[cm.id] == 120
    assert page.review.over.isVisible() and cm.name in page.review.over.text()
    window.ctx.undo_stack.undo()
    assert cm.id not in store.workload_settings().capacity_minutes


def test_overdue_sensitive_request_escalates_to_the_substitute(window):
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    from cmplanner.domain.enums import PostStatus
    store = window.ctx.store
    circuit = store.crisis_circuit()
    substitute = next(p for p in store.people.all() if p.id not in circuit.approver_ids)
    store.save_crisis_circuit(replace(circuit, deadline_hours=4, substitute_id=substitute.id))
    waiting = next(p for p in store.posts.all() if p.status is PostStatus.TO_VALIDATE)
    store.posts.save(replace(waiting, submitted_at=datetime.now(timezone.utc) - timedelta(hours=5)))
    page = _open_line_page(window)
    page.review.reload()
    from cmplanner.ui.models.waiting_model import DEADLINE_COLUMN
    model = page.review.waiting_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).post_id == waiting.id)
    assert model.index(row, DEADLINE_COLUMN).data().endswith("⚑")
    assert model.index(row, DEADLINE_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == "Overdue by 1 hour"
    assert page.review.escalate.isVisibleTo(page.review)
    page.review.escalate.click()
    assert store.posts.get(waiting.id).escalated
    window.ctx.undo_stack.undo()
    assert not store.posts.get(waiting.id).escalated


def test_circuit_deadline_and_substitute_in_the_circuit_editor(window):
    page = _open_line_page(window)
    store = window.ctx.store
    from PySide6.QtWidgets import QPushButton
    substitute = store.people.all()[-1]

    def edit():
        dialog = QApplication.activeModalWidget()
        dialog.deadline.setValue(6)
        dialog.substitute.set_current_id(substitute.id)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, edit)
    page.findChild(QPushButton, "editCircuit").click()
    circuit = store.crisis_circuit()
    assert (circuit.deadline_hours, circuit.substitute_id) == (6, substitute.id)


def test_the_board_shows_the_estimated_workload(window):
    label = window.board_workload
    assert label.isHidden()
    next(a for a in window.menus.views.actions() if a.data() == "board").trigger()
    assert not label.isHidden()
    assert "Estimated workload" in label.text() and "Camille" in label.text()
    next(a for a in window.menus.views.actions() if a.data() == "month").trigger()
    assert label.isHidden()
