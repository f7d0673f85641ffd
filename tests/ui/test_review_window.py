"""The dashboard and the management report, reached from the main window."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cmplanner.domain.period import month
from cmplanner.services.review import review_figures
from tests.conftest import DEMO_TODAY


def _view_action(window, key):
    return next(a for a in window.menus.views.actions() if a.data() == key)


def test_dashboard_from_the_view_menu_draws_every_chart(window, qtbot, tmp_path):
    _view_action(window, "dashboard").trigger()
    page = window.pages.page("dashboard")
    assert window.stack.currentWidget() is page
    figures = review_figures(window.ctx.store, month(2026, 3), DEMO_TODAY)
    assert page.figures.planned == figures.planned > 0
    assert f"{figures.planned} planned" in page.summary.text()
    qtbot.waitUntil(lambda: bool(page.charts["cadence"].figure.axes))  # on screen: painted, so built
    assert not page.charts["results_pillar"].figure.axes  # off screen: built when scrolled to
    for name, canvas in page.charts.items():
        assert canvas.png()[:4] == b"\x89PNG" and canvas.figure.axes, name
    canvas = page.charts["coverage"]
    canvas.copy_action.trigger()
    assert not QGuiApplication.clipboard().image().isNull()
    target = tmp_path / "coverage.png"
    canvas.save(str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # A filter narrows the figures; a bad period says why and keeps the charts.
    page.network.setCurrentIndex(1)
    page.network.activated.emit(1)
    assert {r.network_id for r in page.figures.network_weeks} == {page.network.currentData()}
    page.period.setEditText("mars")
    page.reload()
    assert "2026-12" in page.message.text()


def test_the_pillar_mix_legend_covers_no_bar_figure(window, qtbot):
    """The week where posts without a pillar lead: the last bar is the longest, its figure at
    the right, where the legend stood. Wide or narrow, the legend now covers no text."""
    _view_action(window, "dashboard").trigger()
    page = window.pages.page("dashboard")
    page.period.setEditText("2026-W13")
    page.reload()
    rows = page.figures.pillar_mix
    assert rows[-1].share == max(r.share for r in rows) and any(r.target for r in rows)
    canvas = page.charts["pillars"]
    for width in (900, 620, 480):
        canvas.resize(width, canvas.height())
        canvas.build()
        canvas.draw()
        renderer = canvas.get_renderer()
        [ax] = canvas.figure.axes
        legend = ax.get_legend().get_window_extent(renderer)
        figures = [text.get_window_extent(renderer) for text in ax.texts]
        assert len(figures) == len(rows)
        assert not [b for b in figures if legend.overlaps(b)], width
        others = [t.get_window_extent(renderer) for t in ax.get_xticklabels() + ax.get_yticklabels()
                  if t.get_text()] + [ax.xaxis.label.get_window_extent(renderer)]
        assert not [b for b in others if legend.overlaps(b)], width
        assert canvas.figure.bbox.x1 >= legend.x1 and legend.y0 >= canvas.figure.bbox.y0


def _fill_report_dialog(path, period="2026-03"):
    def run():
        dialog = QApplication.activeModalWidget()
        dialog.period.setEditText(period)
        dialog.path.setText(str(path))
        dialog.write()
    QTimer.singleShot(0, run)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_management_report_pdf_matches_the_dashboard(window, tmp_path):
    target = tmp_path / "revue.pdf"
    _fill_report_dialog(target)
    window.management_report_action.trigger()
    assert target.read_bytes()[:5] == b"%PDF-"
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    figures = review_figures(window.ctx.store, month(2026, 3), DEMO_TODAY)
    assert "Revue de direction" in text and "2026-03" in text
    header = text.split("En bref", 1)[1].split("Ligne éditoriale", 1)[0].split()
    coverage = f"{100 * figures.coverage.share:.0f}"
    assert header[header.index(coverage) - 2:header.index(coverage) + 1] == [
        str(figures.planned), str(figures.published), coverage]
    assert "validée par Philippe Morel" in text
    for row in figures.results_by_network:
        assert row.name in text
    # No private note and no e-mail address in the document.
    store = window.ctx.store
    assert "@" not in text
    for post in store.posts.all():
        if post.private_notes:
            assert post.private_notes not in text


def test_management_report_html_in_english_escapes_titles(window, tmp_path):
    store = window.ctx.store
    post = next(p for p in store.posts.all() if p.approvals)
    from dataclasses import replace
    store.posts.save(replace(post, title="<script>alert(1)</script> & co"))
    target = tmp_path / "review.html"

    def run():
        dialog = QApplication.activeModalWidget()
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.period.setEditText("2026-Q1")
        dialog.path.setText(str(target))
        dialog.write()
    QTimer.singleShot(0, run)
    window.management_report_action.trigger()
    html = target.read_text(encoding="utf-8")
    assert "Management review" in html and "2026-Q1" in html
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert html.count("data:image/png;base64,") == 6


def test_report_dialog_refuses_a_bad_period(window, tmp_path):
    seen = {}

    def run():
        dialog = QApplication.activeModalWidget()
        dialog.period.setEditText("Noël")
        dialog.path.setText(str(tmp_path / "x.pdf"))
        dialog.write()
        seen["error"] = dialog.error.text()
        dialog.reject()
    QTimer.singleShot(0, run)
    window.management_report_action.trigger()
    assert "2026-12" in seen["error"]
    assert not (tmp_path / "x.pdf").exists()


def _select_post(window, post):
    from cmplanner.domain.timezones import to_local
    view = window.month_view
    day = to_local(post.planned_at, window.ctx.store.zone_name).date()
    assert view.select_date(day)
    chip = next(c for c in view.chips_here() if c.post_id == post.id)
    view.select_chip(chip)


def test_record_a_publication_from_the_calendar_context_menu(window, qtbot):
    from datetime import datetime, timezone

    from cmplanner.domain.enums import PostStatus
    store = window.ctx.store
    post = next(p for p in store.posts.all() if p.status is PostStatus.SCHEDULED and p.planned_at)
    _select_post(window, post)
    assert window.record_publication_action in window.month_view.actions()
    window.record_publication_action.trigger()
    dialog = window.publication_dialog
    # A date in the future is refused in the interface's words and the dialog keeps the input.
    dialog.url.setText("https://www.linkedin.com/posts/morel-123")
    dialog.when.setDateTime(dialog.when.dateTime().addYears(3))
    dialog.counts["reach"].setValue(1200)
    dialog.record()
    assert "future" in dialog.error.text() and dialog.isVisible()
    assert store.posts.get(post.id).status is PostStatus.SCHEDULED
    dialog.when.setDateTime(dialog.when.dateTime().addYears(-3))
    dialog.record()
    saved = store.posts.get(post.id)
    assert saved.status is PostStatus.PUBLISHED and saved.reach == 1200
    assert saved.published_url == "https://www.linkedin.com/posts/morel-123"
    assert saved.published_at <= datetime.now(timezone.utc)
    window.ctx.undo_stack.undo()
    assert store.posts.get(post.id).status is PostStatus.SCHEDULED


def test_record_publication_needs_a_selected_post(window):
    window.month_view.clearSelection()
    window.record_publication_action.trigger()
    assert "Select a post first" in window.statusBar().currentMessage()


def test_cancelling_the_report_writes_nothing(window, tmp_path, qtbot):
    seen = {}
    target = tmp_path / "revue.pdf"

    def run():
        dialog = QApplication.activeModalWidget()
        dialog.path.setText(str(target))
        dialog.write()
        assert dialog.worker is not None and dialog.worker.isRunning() or dialog.worker is None
        if dialog.worker is not None:
            dialog.worker.cancel()
        qtbot.waitUntil(lambda: dialog.worker is None, timeout=20000)
        seen["error"] = dialog.error.text()
        seen["visible"] = dialog.isVisible()
        dialog.reject()
    QTimer.singleShot(0, run)
    window.management_report_action.trigger()
    assert seen == {"error": "Cancelled: nothing was written.", "visible": True}
    assert not target.exists()
