"""The Series page: every recurring series with its rule in words and its next occurrence, and
below, the occurrences of the coming weeks that still lack content ("Write now" writes one into
a draft filled from the series' templates and opens it). New, edit, duplicate, end and delete go
through the series use cases (cmplanner/services/series.py), each one undo step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCalendarWidget, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSplitter, QTableView, QVBoxLayout, QWidget,
)

from cmplanner.domain.errors import DomainError
from cmplanner.domain.rrule_words import describe as describe_rule
from cmplanner.domain.timezones import to_local
from cmplanner.services import series as series_cases
from cmplanner.domain.entities import Series
from cmplanner.services.changes import Change
from cmplanner.services.series import Lacking, SeriesRow

from ..days_off_words import MARK, day_off_reason, language, occurrence_warning
from ..editors.common import format_long_datetime, quoted
from ..editors.rule_phrases import phrase
from ..messages import describe
from ..models.rows_model import Column, RowsModel
from . import common
from .common import MessageLine, TableSection, rows_view
from ..collation import by_name


def rule_in_words(series: Series) -> str:
    try:
        words: str = phrase(describe_rule(series.rrule, series.start, series.timezone),
                            to_local(series.start, series.timezone).year)
        return words
    except DomainError:
        return series.rrule


def _on_days_off(row: SeriesRow) -> int:
    return sum(1 for x in row.lacking if x.day_off)


class SeriesListModel(RowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = "Europe/Paris"
        self.networks: dict[int, str] = {}
        super().__init__([
            Column(QCoreApplication.translate("SeriesPage", "Series"), lambda r: r.series.name),
            Column(QCoreApplication.translate("SeriesPage", "Repeats"), lambda r: rule_in_words(r.series), stretch=True),
            Column(QCoreApplication.translate("SeriesPage", "Next occurrence"), lambda r: QCoreApplication.translate("SeriesPage", "Ended") if r.next_start is None
                   else format_long_datetime(r.next_start, self.zone)),
            Column(QCoreApplication.translate("SeriesPage", "Lacking content"), lambda r: (QCoreApplication.translate("SeriesPage", "%n occurrence(s)", "", len(r.lacking)) + (f" {MARK}" if _on_days_off(r) else "")) if r.lacking else "—",
                   tooltip=lambda r: QCoreApplication.translate("SeriesPage", "%n of them on a day off", "", _on_days_off(r)) if _on_days_off(r) else ""),
            Column(QCoreApplication.translate("SeriesPage", "Networks"), lambda r: ", ".join(self.networks.get(n, "?") for n in r.series.network_ids)),
        ], parent)


class LackingModel(RowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.zone = "Europe/Paris"
        red = QColor("#b00020")
        super().__init__([
            Column(QCoreApplication.translate("SeriesPage", "Date"),
                   lambda r: format_long_datetime(r.start, self.zone) + (f" {MARK}" if r.day_off else ""),
                   foreground=lambda r: red if r.day_off else None,
                   tooltip=lambda r: occurrence_warning(r.day_off) if r.day_off else ""),
            Column(QCoreApplication.translate("SeriesPage", "Title"), lambda r: r.title),
            Column(QCoreApplication.translate("SeriesPage", "Series"), lambda r: r.series.name),
            Column(QCoreApplication.translate("SeriesPage", "Day off"),
                   lambda r: day_off_reason(r.day_off) if r.day_off else "",
                   foreground=lambda r: red if r.day_off else None,
                   tooltip=lambda r: occurrence_warning(r.day_off) if r.day_off else ""),
        ], parent)


class EndDialog(QDialog):
    """Choose the last day of a series."""

    def __init__(self, name: str, first: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endSeriesDialog")
        self.saved = False
        self.setWindowTitle(self.tr("End series {name}").format(name=quoted(name)))
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("lastDay")
        self.calendar.setSelectedDate(first)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Last day with an occurrence:"), self))
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.saved = True
        super().accept()

    def last_day(self) -> date:
        chosen = self.calendar.selectedDate()
        return date(chosen.year(), chosen.month(), chosen.day())


class SeriesPage(QWidget):
    write_requested = Signal(object)  # the written Post, for the window to open in the editor

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesPage")
        self.ctx = ctx
        self.model = SeriesListModel(self)
        self.lacking_model = LackingModel(self)
        self.series = TableSection(self.model, "series", self.tr("&New series…"), self.add_series,
                                   lambda row: self.edit_series(row), lambda row: self.delete_series(row), self)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"), self.series)
        self.duplicate_button.setObjectName("seriesDuplicate")
        self.duplicate_button.clicked.connect(lambda: self._with(self.duplicate_series))
        self.end_button = QPushButton(self.tr("E&nd…"), self.series)
        self.end_button.setObjectName("seriesEnd")
        self.end_button.clicked.connect(lambda: self._with(self.end_series))
        self.series.insert_button(2, self.duplicate_button)
        self.series.insert_button(3, self.end_button)

        self.lacking_view = rows_view(self.lacking_model, "lackingView", self)
        self.lacking_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.lacking_view.doubleClicked.connect(lambda _i: self.write_now())
        self.write_button = QPushButton(self.tr("&Write now…"), self)
        self.write_button.setObjectName("writeNow")
        self.write_button.setToolTip(self.tr("Write this occurrence as a draft filled from the series' templates, and open it"))
        self.write_button.clicked.connect(self.write_now)
        self.lacking_title = QLabel(self)
        self.message = MessageLine(self)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.lacking_title)
        lower_layout.addWidget(self.lacking_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.write_button)
        row.addStretch(1)
        lower_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.series)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        self.series.view.selectionModel().selectionChanged.connect(self._show_lacking)
        self.series.view.selectionModel().selectionChanged.connect(self._enable)
        self.lacking_view.selectionModel().selectionChanged.connect(self._enable)
        ctx.changed.connect(self._store_changed)
        self.reload()

    # --- reading -------------------------------------------------------------------------------
    def _store_changed(self, what: str) -> None:
        if what in ("series", "posts", "networks", "settings", "people", "sites"):
            self.reload()

    def reload(self) -> None:
        chosen = self.series.current()
        store = self.ctx.store
        self.model.zone = self.lacking_model.zone = store.zone_name
        self.model.networks = {n.id: n.label for n in store.networks.all()}
        self.model.set_rows(by_name(series_cases.series_overview(store, self.ctx.today(), language=language()), lambda r: r.series.name))
        if chosen is not None:
            self.series.select_where(lambda row: getattr(row, "series", None) == chosen.series)
        self.series.fit_columns()
        self._show_lacking()

    def select_series(self, series_id: int) -> bool:
        return self.series.select_where(lambda row: getattr(getattr(row, "series", None), "id", None) == series_id)

    def _show_lacking(self, *_args: object) -> None:
        row: SeriesRow | None = self.series.current()
        rows = list(row.lacking) if row else [x for r in self.model.rows() for x in r.lacking]
        rows.sort(key=lambda x: x.start)
        self.lacking_model.set_rows(rows)
        self.lacking_title.setText(
            self.tr("Occurrences of the next weeks lacking content: %n", "", len(rows)) if row is None else
            self.tr("Occurrences of {name} lacking content: %n", "", len(rows)).format(name=quoted(row.series.name)))
        self.lacking_view.resizeColumnsToContents()
        self._enable()

    def _enable(self, *_args: object) -> None:
        chosen = self.series.current() is not None
        self.duplicate_button.setEnabled(chosen)
        self.end_button.setEnabled(chosen)
        self.write_button.setEnabled(bool(self.lacking_view.selectionModel().selectedRows()))

    def _with(self, action: Callable[[SeriesRow], None]) -> None:
        row = self.series.current()
        if row is not None:
            action(row)

    def current_lacking(self) -> Lacking | None:
        rows = self.lacking_view.selectionModel().selectedRows()
        return self.lacking_model.row_at(rows[0].row()) if rows else None

    # --- writing -------------------------------------------------------------------------------
    def _run(self, use_case: Callable[[], Change]) -> Change | None:
        """Run a use case and put its change on the undo stack; a refusal is shown inline."""
        self.message.show_message("")
        if self.ctx.store.read_only:
            self.message.show_message(self.tr("This plan is open read-only: nothing can be changed."))
            return None
        try:
            change = use_case()
            self.ctx.push(change)
            return change
        except DomainError as exc:
            self.message.show_message(describe(exc))
            return None

    def add_series(self) -> None:
        from ..editors.series_editor import SeriesEditorDialog

        self.message.show_message("")
        common.open_dialog(SeriesEditorDialog(self.ctx, None, self))

    def edit_series(self, row: Any) -> None:
        from ..editors.series_editor import SeriesEditorDialog

        self.message.show_message("")
        common.open_dialog(SeriesEditorDialog(self.ctx, row.series, self))

    def duplicate_series(self, row: SeriesRow) -> None:
        """A copy named "… (copy)", selected and opened in the editor to be renamed."""
        from ..editors.series_editor import SeriesEditorDialog

        name = self.tr("{name} (copy)").format(name=row.series.name)
        change = self._run(lambda: series_cases.duplicate_series(self.ctx.store, row.series, name))
        if change:
            copy = change.created("series")[0]
            self.select_series(copy.id)
            common.open_dialog(SeriesEditorDialog(self.ctx, copy, self))

    def end_series(self, row: SeriesRow) -> None:
        today = self.ctx.today()
        dialog = EndDialog(row.series.name, QDate(today.year, today.month, today.day), self)
        if common.open_dialog(dialog):
            last = dialog.last_day()
            self._run(lambda: series_cases.end_series(self.ctx.store, row.series, last))

    def delete_series(self, row: Any) -> None:
        if self._run(lambda: series_cases.delete_series(self.ctx.store, row.series)) is not None:
            self.message.show_message(self.tr("Series {name} deleted; the posts already written stay. "
                                              "Ctrl+Z brings it back.").format(name=quoted(row.series.name)))

    def write_now(self) -> None:
        lacking = self.current_lacking()
        if lacking is None:
            return
        change = self._run(lambda: series_cases.write_occurrence_at(
            self.ctx.store, lacking.series, lacking.occurrence.original_start))
        if change:
            self.write_requested.emit(change.created("posts")[0])

