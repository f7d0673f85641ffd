"""Choose what an iCalendar export holds: scope, window, ideas and sensitive posts, profile."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QSpinBox, QWidget,
)

from cmplanner.domain.enums import PostStatus
from cmplanner.interop.ics_options import DEFAULT_STATUSES, ExportOptions, ItemFilter, Profile, Scope

from ..labels import status_label


class IcsExportDialog(QDialog):
    def __init__(self, store, current_filter: ItemFilter | None = None, parent=None,
                 as_csv: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("icsExportDialog")
        self.as_csv = as_csv
        # A CSV holds every occurrence one by one and no reminder: no profile, no reminder.
        self.setWindowTitle(self.tr("Export for Outlook (CSV)") if as_csv
                            else self.tr("Export to iCalendar"))
        self._store = store
        self._filter = current_filter
        form = QFormLayout(self)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Whole plan"), Scope.PLAN.value)
        self.scope.addItem(self.tr("One network"), Scope.NETWORK.value)
        self.scope.addItem(self.tr("One pillar"), Scope.PILLAR.value)
        self.scope.addItem(self.tr("One series"), Scope.SERIES.value)
        self.scope.addItem(self.tr("IRL events only"), Scope.EVENTS.value)
        if current_filter is not None:
            self.scope.addItem(self.tr("The current filter"), Scope.FILTER.value)
        form.addRow(self.tr("&Export"), self.scope)
        self.target = QComboBox(self)
        form.addRow(self.tr("&Which"), self.target)
        self.use_window = QCheckBox(self.tr("Only between"), self)
        self.window_start = QDateEdit(QDate.currentDate(), self)
        self.window_end = QDateEdit(QDate.currentDate().addMonths(3), self)
        for edit in (self.window_start, self.window_end):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.use_window.toggled.connect(self.window_start.setEnabled)
        self.use_window.toggled.connect(self.window_end.setEnabled)
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.use_window)
        box.addWidget(self.window_start)
        box.addWidget(self.window_end)
        form.addRow(self.tr("Dates"), row)
        statuses = QWidget(self)
        grid = QGridLayout(statuses)
        grid.setContentsMargins(0, 0, 0, 0)
        self.status_boxes: dict[PostStatus, QCheckBox] = {}
        shown = [s for s in PostStatus if s is not PostStatus.IDEA]
        for index, status in enumerate(shown):
            check = QCheckBox(status_label(status), statuses)
            check.setChecked(status in DEFAULT_STATUSES)
            self.status_boxes[status] = check
            grid.addWidget(check, index // 3, index % 3)
        form.addRow(self.tr("Statuses"), statuses)
        self.include_ideas = QCheckBox(self.tr("Include ideas"), self)
        self.include_sensitive = QCheckBox(self.tr("Include sensitive (crisis) posts"), self)
        form.addRow("", self.include_ideas)
        form.addRow("", self.include_sensitive)
        self.profile = QComboBox(self)
        self.profile.addItem(self.tr("Outlook (rules Outlook can hold)"), Profile.OUTLOOK.value)
        self.profile.addItem(self.tr("Standard (Thunderbird, Google)"), Profile.STANDARD.value)
        if not as_csv:
            form.addRow(self.tr("&For"), self.profile)
        else:
            self.profile.hide()
        self.alarm = QSpinBox(self)
        self.alarm.setRange(0, 7 * 24 * 60)
        self.alarm.setSpecialValueText(self.tr("No reminder"))
        self.alarm.setSuffix(self.tr(" min before"))
        if not as_csv:
            form.addRow(self.tr("&Reminder"), self.alarm)
        else:
            self.alarm.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.scope.currentIndexChanged.connect(self._fill_targets)
        self._fill_targets()

    def _fill_targets(self) -> None:
        self.target.clear()
        scope = Scope(self.scope.currentData())
        if scope is Scope.NETWORK:
            items = [(n.label, n.id) for n in self._store.networks.all()]
        elif scope is Scope.PILLAR:
            items = [(p.name, p.id) for p in self._store.pillars.all()]
        elif scope is Scope.SERIES:
            items = [(s.name, s.id) for s in self._store.series.all()]
        else:
            items = []
        for label, item_id in items:
            self.target.addItem(label, item_id)
        self.target.setEnabled(bool(items))

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        value = edit.date()
        return date(value.year(), value.month(), value.day())

    def options(self) -> ExportOptions:
        scope = Scope(self.scope.currentData())
        windowed = self.use_window.isChecked()
        return ExportOptions(
            scope=scope,
            target_id=self.target.currentData() if scope in (Scope.NETWORK, Scope.PILLAR, Scope.SERIES) else None,
            item_filter=self._filter or ItemFilter(),
            window_start=self._day(self.window_start) if windowed else None,
            window_end=self._day(self.window_end) if windowed else None,
            statuses=frozenset(s for s, b in self.status_boxes.items() if b.isChecked()),
            include_ideas=self.include_ideas.isChecked(),
            include_sensitive=self.include_sensitive.isChecked(),
            profile=Profile(self.profile.currentData()),
            alarm_minutes=None if self.as_csv else self.alarm.value() or None,
        )
