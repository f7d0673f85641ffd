"""The editorial line's coverage, mix, versions and workload, reached from the main window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from cmplanner.domain.period import month
from cmplanner.services.review import review_figures
from tests.conftest import DEMO_TODAY


def _open_line_page(window):
    next(a for a in window.menus.views.actions() if a.data() == "line").trigger()
    page = window.page("line")
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
