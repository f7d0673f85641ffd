"""The series editor: what the series publishes, when it starts, how it repeats (the recurrence
editor), and the occurrences skipped or moved, each of which can be restored."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateTimeEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from cmplanner.domain import recurrence
from cmplanner.domain.entities import Series, SeriesException
from cmplanner.domain.enums import ExceptionKind
from cmplanner.domain.timezones import local_datetime, to_local

from cmplanner.services.changes import Change
from cmplanner.services.series import save_series

from .common import (
    CheckList, EditorDialog, IdCombo, aware, date_time_format, form_layout, format_long_datetime,
    qdatetime, quoted,
)
from .conflicts import ConflictResolving
from .recurrence_editor import RecurrenceEditor
from ..collation import by_name


def new_series(zone_name: str, today=None) -> Series:
    """A weekly series starting next Monday at 09:00, for the editor to fill."""
    today = today or datetime.now(timezone.utc).astimezone().date()
    monday = today + timedelta(days=7 - today.weekday())
    return Series("", "FREQ=WEEKLY", local_datetime(monday, time(9, 0), zone_name), zone_name)


class SeriesEditorDialog(ConflictResolving, EditorDialog):
    conflict_kind = "series"
    conflict_attributes = ("_before", "series")

    def __init__(self, ctx, series: Series | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("seriesEditor")
        zone_name = ctx.store.zone_name
        self._before = series
        self.series = series or new_series(zone_name)
        self._zone = self.series.timezone or zone_name
        self._exceptions: list[SeriesException] = list(self.series.exceptions)
        self.setWindowTitle(self.tr("New series") if series is None else
                            self.tr("Series {name}").format(name=quoted(self.series.name)))

        left = QVBoxLayout()
        form = form_layout()
        self.name = QLineEdit(self)
        self.name.setObjectName("seriesName")
        self.pillar = IdCombo(self.tr("No pillar"), self)
        self.pillar.set_items((p.id, p.name) for p in ctx.store.pillars.all())
        self.networks = CheckList(self, columns=2)
        self.networks.setObjectName("seriesNetworks")
        self.networks.set_items((n.id, n.label) for n in ctx.store.networks.all())
        self.owner = IdCombo(self.tr("Nobody yet"), self)
        self.owner.set_items((p.id, p.name) for p in by_name(ctx.store.people.all()))
        self.start = QDateTimeEdit(self)
        self.start.setObjectName("seriesStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(date_time_format())
        self.title_template = QLineEdit(self)
        self.title_template.setObjectName("titleTemplate")
        self.text_template = QPlainTextEdit(self)
        self.text_template.setTabChangesFocus(True)
        self.text_template.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        hint = QLabel(self.tr("In templates, {date} is the occurrence's date, {n} its number and "
                              "{series} the series' name."), self)
        hint.setWordWrap(True)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Pillar:"), self.pillar)
        form.addRow(self.tr("&Networks:"), self.networks)
        form.addRow(self.tr("&Owner:"), self.owner)
        form.addRow(self.tr("&First occurrence:"), self.start)
        form.addRow(self.tr("&Title template:"), self.title_template)
        form.addRow(self.tr("Te&xt template:"), self.text_template)
        form.addRow("", hint)
        left.addLayout(form)
        left.addWidget(self._exceptions_box(), 1)

        repeat = QGroupBox(self.tr("Repeats"), self)
        self.recurrence = RecurrenceEditor(self._zone, self.series.start, repeat)
        self.skip_button = QPushButton(self.tr("S&kip the selected occurrence"), repeat)
        self.skip_button.setObjectName("skipButton")
        self.skip_button.clicked.connect(self.skip_selected)
        self.skip_button.setEnabled(False)
        self.recurrence.preview.itemSelectionChanged.connect(
            lambda: self.skip_button.setEnabled(self.recurrence.selected_occurrence() is not None))
        self.recurrence.preview_actions.addWidget(self.skip_button)
        QVBoxLayout(repeat).addWidget(self.recurrence)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(repeat, 1)
        self.body.addLayout(columns)

        self._load(self.series)
        self.start.dateTimeChanged.connect(self._start_changed)
        self.resize_in_lines(150, 42)

    def _exceptions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Skipped and moved occurrences"), self)
        self.exception_list = QTreeWidget(box)
        self.exception_list.setObjectName("exceptionList")
        self.exception_list.setRootIsDecorated(False)
        self.exception_list.setHeaderLabels([self.tr("Occurrence"), self.tr("What happened")])
        self.restore_button = QPushButton(self.tr("&Restore"), box)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setToolTip(self.tr("Put the selected occurrence back at its usual date"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.exception_list.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.exception_list.selectedItems())))
        layout = QVBoxLayout(box)
        layout.addWidget(self.exception_list, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        return box

    def _load(self, series: Series) -> None:
        self.name.setText(series.name)
        self.pillar.set_current_id(series.pillar_id)
        self.networks.set_items((n.id, n.label) for n in self.store.networks.all())
        for network_id in series.network_ids:
            self.networks.set_checked(network_id)
        self.owner.set_current_id(series.owner_id)
        self.start.setDateTime(qdatetime(series.start, self._zone))
        self.title_template.setText(series.title_template)
        self.text_template.setPlainText(series.text_template)
        self.recurrence.set_start(series.start)
        self.recurrence.set_rule(series.rrule)
        self._show_exceptions()

    def _show_exceptions(self) -> None:
        self.exception_list.clear()
        for exception in sorted(self._exceptions, key=lambda e: e.original_start):
            if exception.kind is ExceptionKind.SKIPPED:
                what = self.tr("Skipped")
            else:
                what = self.tr("Moved to {date}").format(
                    date=format_long_datetime(exception.new_start, self._zone))  # type: ignore[arg-type]
            item = QTreeWidgetItem(self.exception_list,
                                   [format_long_datetime(exception.original_start, self._zone), what])
            item.setData(0, Qt.ItemDataRole.UserRole, exception.original_start.isoformat())
        self.exception_list.resizeColumnToContents(0)
        self.restore_button.setEnabled(bool(self.exception_list.selectedItems()))
        self.recurrence.set_exceptions(self._exceptions)

    def restore_selected(self) -> None:
        """Put the selected occurrences back (saved with OK, like every other field)."""
        chosen = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.exception_list.selectedItems()}
        restored = replace(self.series, exceptions=self._exceptions)
        for exception in list(self._exceptions):
            if exception.original_start.isoformat() in chosen:
                restored = recurrence.restore(restored, exception.original_start)
        self._exceptions = list(restored.exceptions)
        self._show_exceptions()

    def skip_selected(self) -> None:
        """Leave out the occurrence selected in the preview (saved with OK)."""
        occurrence = self.recurrence.selected_occurrence()
        if occurrence is None:
            return
        skipped = recurrence.skip(replace(self.series, exceptions=self._exceptions), occurrence.original_start)
        self._exceptions = list(skipped.exceptions)
        self._show_exceptions()

    def _start_changed(self) -> None:
        self.recurrence.set_start(aware(self.start.dateTime(), self._zone))

    def collect(self) -> Series:
        networks = self.networks.checked_ids()
        if set(networks) == set(self.series.network_ids):
            networks = list(self.series.network_ids)
        start = aware(self.start.dateTime(), self._zone)
        if to_local(self.series.start, self._zone).replace(second=0, microsecond=0) == \
                to_local(start, self._zone):
            start = self.series.start
        return replace(self.series, name=self.name.text().strip(), rrule=self.recurrence.rule(),
                       start=start, timezone=self._zone, pillar_id=self.pillar.current_id(),
                       network_ids=networks, owner_id=self.owner.current_id(),
                       title_template=self.title_template.text().strip(),
                       text_template=self.text_template.toPlainText(), exceptions=self._exceptions)

    def write(self) -> tuple[Change, str] | None:
        after = self.collect()
        if self._before is not None and after == self._before:
            return None
        text = (self.tr("Edit series {name}") if self._before is not None
                else self.tr("Create series {name}")).format(name=quoted(after.name))
        return save_series(self.store, self._before, after), text


def open_series_editor(ctx, series: Series | None, parent: QWidget | None = None) -> bool:
    dialog = SeriesEditorDialog(ctx, series, parent)
    dialog.exec()
    return dialog.saved
