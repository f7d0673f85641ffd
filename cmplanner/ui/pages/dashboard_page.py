"""The dashboard: the period's figures as charts (planned against published and the cadence,
the line's mix, the status funnel and waiting approvals, charter coverage, workload, requests
from the field, results). Period and filters are chosen on the page; each chart copies or saves
itself as PNG from its context menu.

matplotlib (its Qt canvas) is imported with this module, which the window imports only when the
page is first shown. The figures come from ``services.review`` (the review pack reads the same).
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QSizePolicy,
    QVBoxLayout, QWidget,
)

from cmplanner.domain.errors import DomainError
from cmplanner.domain.period import Period, parse_period
from cmplanner.interop import review_charts
from cmplanner.services.review import FUNNEL, ReviewFilter, ReviewFigures, review_figures

from ..labels import label
from ..messages import describe
from .common import MessageLine
from .periods import period_choices


def chart_words() -> dict[str, str]:
    """The charts' words in the interface's language."""
    words = {
        "planned": QCoreApplication.translate("DashboardPage", "Planned"), "published": QCoreApplication.translate("DashboardPage", "Published"), "cadence": QCoreApplication.translate("DashboardPage", "Cadence target"),
        "week": QCoreApplication.translate("DashboardPage", "Week"), "actual": QCoreApplication.translate("DashboardPage", "Actual"), "target": QCoreApplication.translate("DashboardPage", "Target"), "hours": QCoreApplication.translate("DashboardPage", "Hours"),
        "received": QCoreApplication.translate("DashboardPage", "Received"), "answered": QCoreApplication.translate("DashboardPage", "Answered"), "overdue": QCoreApplication.translate("DashboardPage", "Overdue"),
        "cadence_legend": QCoreApplication.translate("DashboardPage", "planned/published, red: under the cadence, green: above"),
        "busiest": QCoreApplication.translate("DashboardPage", "the {n} busiest"),
        "reach": QCoreApplication.translate("DashboardPage", "Reach"), "reactions": QCoreApplication.translate("DashboardPage", "Reactions"), "comments": QCoreApplication.translate("DashboardPage", "Comments"),
        "shares": QCoreApplication.translate("DashboardPage", "Shares"),
        "chart_cadence": QCoreApplication.translate("DashboardPage", "Posts planned and published per network and week"),
        "chart_pillars": QCoreApplication.translate("DashboardPage", "Pillar mix against the editorial line's targets"),
        "chart_audiences": QCoreApplication.translate("DashboardPage", "Audience mix"),
        "chart_funnel": QCoreApplication.translate("DashboardPage", "Where the posts stand"), "chart_coverage": QCoreApplication.translate("DashboardPage", "Charter coverage"),
        "chart_workload": QCoreApplication.translate("DashboardPage", "Estimated workload per person and week"),
        "chart_requests": QCoreApplication.translate("DashboardPage", "Requests from the field per referent"),
        "chart_results_network": QCoreApplication.translate("DashboardPage", "Results per network"),
        "chart_results_pillar": QCoreApplication.translate("DashboardPage", "Results per pillar"),
        "waiting_line": QCoreApplication.translate("DashboardPage", "{n} waiting for validation, the oldest for {days} d"),
        "coverage_line": QCoreApplication.translate("DashboardPage", "{covered} of {total}: {share}"),
    }
    for status in FUNNEL:
        words["status_" + status.value] = label(status)
    return words


class ChartCanvas(FigureCanvasQTAgg):
    """One chart, with Copy and Save as PNG in its context menu.

    ``show_chart`` only remembers what to draw; the chart is built and rendered when the canvas
    is first painted (it is scrolled into view), so a new period costs the charts on screen
    only. Copy and Save build it first if needed."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(Figure(figsize=review_charts.SIZES.get(name, (8, 3.6)), dpi=90))
        self.setParent(parent)
        self.name = name
        self.setObjectName(f"chart_{name}")
        self.setMinimumHeight(int(self.figure.get_figheight() * 90))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.copy_action = QAction(self.tr("&Copy chart"), self)
        self.copy_action.triggered.connect(self.copy)
        self.save_action = QAction(self.tr("&Save chart as PNG…"), self)
        self.save_action.triggered.connect(self.save)
        self.addActions([self.copy_action, self.save_action])
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._pending: tuple | None = None  # (figures, words, font scale) not drawn yet

    def show_chart(self, figures: ReviewFigures, words: dict, scale: float) -> None:
        self._pending = (figures, words, scale)
        self.update()

    def build(self) -> None:
        """Draw the pending chart on the figure and render it (no-op when up to date)."""
        if self._pending is None:
            return
        figures, words, scale = self._pending
        self._pending = None
        review_charts.figure(self.name, figures, words, font_scale=scale, fig=self.figure)
        with review_charts.unhinted():
            FigureCanvasAgg.draw(self)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.build()
        super().paintEvent(event)

    def png(self) -> bytes:
        self.build()
        out = io.BytesIO()
        self.figure.savefig(out, format="png", dpi=110)
        return out.getvalue()

    def copy(self) -> None:
        QGuiApplication.clipboard().setImage(QImage.fromData(self.png(), "PNG"))

    def save(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.name}.png",
                                                  self.tr("PNG images (*.png)"))
            if not path:
                return
        from cmplanner.files.atomic import atomic_write_bytes

        atomic_write_bytes(path, self.png())


class DashboardPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.ctx = ctx
        self.figures: ReviewFigures | None = None
        self.message = MessageLine(self)
        self.period = QComboBox(self)
        self.period.setObjectName("dashboardPeriod")
        self.period.setEditable(True)
        self.period.setToolTip(self.tr("A month (2026-12), a quarter (2026-Q4) or a week (2026-W50)"))
        for text, period in period_choices(ctx.today()):
            self.period.addItem(text, period)
        self.period.setCurrentIndex(0)
        self.network = QComboBox(self)
        self.network.setObjectName("dashboardNetwork")
        self.pillar = QComboBox(self)
        self.pillar.setObjectName("dashboardPillar")
        self._fill_filters()
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        for text, widget in ((self.tr("&Period:"), self.period), (self.tr("&Network:"), self.network),
                             (self.tr("P&illar:"), self.pillar)):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget)
        bar.addStretch(1)
        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        self.charts: dict[str, ChartCanvas] = {}
        for name in review_charts.CHARTS:
            self.charts[name] = ChartCanvas(name, grid_host)
        self._lay_out(1 if ctx.meeting_mode else 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        self.period.activated.connect(lambda _i: self.reload())
        self.period.lineEdit().editingFinished.connect(self.reload)
        self.network.activated.connect(lambda _i: self.reload())
        self.pillar.activated.connect(lambda _i: self.reload())
        ctx.changed.connect(self._store_changed)
        ctx.meeting_mode_changed.connect(self._meeting_mode)
        self.reload()

    def _lay_out(self, columns: int) -> None:
        """Two charts a row; one, full width, in meeting mode (read from the back of a room)."""
        for canvas in self.charts.values():
            self.grid.removeWidget(canvas)
        for i, name in enumerate(review_charts.CHARTS):
            self.grid.addWidget(self.charts[name], i // columns, i % columns)

    def _meeting_mode(self, on: bool) -> None:
        self._lay_out(1 if on else 2)
        self.draw()

    def _fill_filters(self) -> None:
        store = self.ctx.store
        for combo, items, everything in (
                (self.network, [(n.label, n.id) for n in store.networks.all()], self.tr("All networks")),
                (self.pillar, [(p.name, p.id) for p in store.pillars.all()], self.tr("All pillars"))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _store_changed(self, what: str) -> None:
        if what in ("networks", "pillars"):
            self._fill_filters()
        if what in ("posts", "series", "events", "requests", "settings", "networks", "pillars",
                    "people", "audiences"):
            self.reload()

    def selected_period(self) -> Period | None:
        index = self.period.currentIndex()
        text = self.period.currentText()
        if index >= 0 and self.period.itemText(index) == text:
            return self.period.itemData(index)
        try:
            return parse_period(text)
        except DomainError as exc:
            self.message.show_message(describe(exc))
            return None

    def reload(self) -> None:
        period = self.selected_period()
        if period is None:
            return
        filters = ReviewFilter(self.network.currentData(), self.pillar.currentData())
        self.figures = review_figures(self.ctx.store, period, self.ctx.today(), filters)
        self.draw()

    def draw(self) -> None:
        figures = self.figures
        if figures is None:
            return
        share = figures.coverage.share
        self.summary.setText(self.tr(
            "{period}: {planned} planned, {published} published; charter coverage {coverage} "
            "(target 95 %); {waiting} waiting for validation.").format(
            period=figures.period.label, planned=figures.planned, published=figures.published,
            coverage="—" if share is None else f"{100 * share:.0f} %", waiting=len(figures.waiting)))
        words = chart_words()
        scale = 1.4 if self.ctx.meeting_mode else 1.0
        for canvas in self.charts.values():
            canvas.show_chart(figures, words, scale)
