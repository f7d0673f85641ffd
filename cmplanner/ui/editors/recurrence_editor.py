"""Editing a recurrence rule the way people think of it, with the rule in words, the next ten
occurrences, and the raw RRULE for experts, all kept in sync.

Fields -> RRULE and RRULE -> fields are the domain's (rrule_form); the words are the domain's
parts (rrule_words) phrased here; the preview is the domain's expansion (recurrence_preview).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from cmplanner.domain.entities import Series, SeriesException
from cmplanner.domain.errors import DomainError
from cmplanner.domain.recurrence import build_rule
from cmplanner.domain.recurrence_preview import next_occurrences
from cmplanner.domain.rrule_form import FREQUENCIES, POSITIONS, RecurrenceForm, from_rrule, to_rrule
from cmplanner.domain.rrule_words import describe
from cmplanner.domain.timezones import to_local

from ..messages import describe as describe_message
from .common import format_long_datetime, pydate, qdate
from .rule_phrases import day_name, ordinal, phrase, short_day_name

PREVIEW_COUNT = 10


def now() -> datetime:
    return datetime.now(timezone.utc)


class RecurrenceEditor(QWidget):
    changed = Signal()  # the rule changed (valid or not)

    def __init__(self, zone_name: str, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = zone_name
        self._start = start
        self._exceptions: list[SeriesException] = []
        self._error = ""
        self._syncing = False
        self._shown: list = []  # the occurrences in the preview, in its order

        self.freq = QComboBox(self)
        self.freq.setObjectName("frequency")
        for text in (self.tr("Daily"), self.tr("Weekly"), self.tr("Monthly"), self.tr("Yearly")):
            self.freq.addItem(text)
        self.interval = QSpinBox(self)
        self.interval.setObjectName("interval")
        self.interval.setRange(1, 99)
        self.interval_unit = QLabel(self)
        repeat = QHBoxLayout()
        repeat.addWidget(QLabel(self.tr("Repeat:"), self))
        repeat.addWidget(self.freq)
        repeat.addWidget(QLabel(self.tr("every"), self))
        repeat.addWidget(self.interval)
        repeat.addWidget(self.interval_unit)
        repeat.addStretch(1)

        self.weekdays_box = QWidget(self)
        days = QHBoxLayout(self.weekdays_box)
        days.setContentsMargins(0, 0, 0, 0)
        days.addWidget(QLabel(self.tr("On:"), self.weekdays_box))
        self.day_boxes: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(short_day_name(weekday), self.weekdays_box)
            box.setObjectName(f"weekday_{weekday}")
            box.setToolTip(day_name(weekday))
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)

        self.monthly_box = QWidget(self)
        monthly = QGridLayout(self.monthly_box)
        monthly.setContentsMargins(0, 0, 0, 0)
        self.by_month_day = QRadioButton(self.tr("On day"), self.monthly_box)
        self.by_month_day.setObjectName("byMonthDay")
        self.month_day = QSpinBox(self.monthly_box)
        self.month_day.setRange(1, 31)
        self.by_weekday = QRadioButton(self.tr("On the"), self.monthly_box)
        self.by_weekday.setObjectName("byWeekday")
        self.position = QComboBox(self.monthly_box)
        self.position.setObjectName("position")
        for position in POSITIONS:
            self.position.addItem(ordinal(position), position)
        self.position_day = QComboBox(self.monthly_box)
        self.position_day.setObjectName("positionDay")
        for weekday in range(7):
            self.position_day.addItem(day_name(weekday))
        monthly.addWidget(self.by_month_day, 0, 0)
        monthly.addWidget(self.month_day, 0, 1)
        monthly.addWidget(self.by_weekday, 1, 0)
        monthly.addWidget(self.position, 1, 1)
        monthly.addWidget(self.position_day, 1, 2)
        monthly.setColumnStretch(3, 1)
        QButtonGroup(self.monthly_box).addButton(self.by_month_day)
        self.by_month_day.group().addButton(self.by_weekday)

        ends = QGroupBox(self.tr("Ends"), self)
        end_grid = QGridLayout(ends)
        self.end_never = QRadioButton(self.tr("Never"), ends)
        self.end_never.setObjectName("endNever")
        self.end_count = QRadioButton(self.tr("After"), ends)
        self.end_count.setObjectName("endCount")
        self.count = QSpinBox(ends)
        self.count.setObjectName("count")
        self.count.setRange(1, 9999)
        self.count.setSuffix(self.tr(" occurrence(s)", "", 1))
        self.end_until = QRadioButton(self.tr("On"), ends)
        self.end_until.setObjectName("endUntil")
        self.until = QDateEdit(ends)
        self.until.setObjectName("until")
        self.until.setCalendarPopup(True)
        end_grid.addWidget(self.end_never, 0, 0)
        end_grid.addWidget(self.end_count, 1, 0)
        end_grid.addWidget(self.count, 1, 1)
        end_grid.addWidget(self.end_until, 2, 0)
        end_grid.addWidget(self.until, 2, 1)
        end_grid.setColumnStretch(2, 1)
        group = QButtonGroup(ends)
        for button in (self.end_never, self.end_count, self.end_until):
            group.addButton(button)

        self.custom_note = QLabel(self.tr("This rule goes beyond the fields above: edit it as text below."), self)
        self.custom_note.setWordWrap(True)
        self.words = QLabel(self)
        self.words.setObjectName("ruleWords")
        self.words.setWordWrap(True)
        font = self.words.font()
        font.setBold(True)
        self.words.setFont(font)
        self.preview = QListWidget(self)
        self.preview.setObjectName("occurrencePreview")
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.raw = QLineEdit(self)
        self.raw.setObjectName("rawRule")
        self.raw.setPlaceholderText("FREQ=WEEKLY;BYDAY=TU")
        self.raw_error = QLabel(self)
        self.raw_error.setObjectName("rawError")
        self.raw_error.setWordWrap(True)
        self.raw_error.setStyleSheet("color: #b00020;")
        self.raw_error.hide()

        self.fields = QWidget(self)
        fields = QVBoxLayout(self.fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(repeat)
        fields.addWidget(self.weekdays_box)
        fields.addWidget(self.monthly_box)
        fields.addWidget(ends)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addWidget(self.custom_note)
        layout.addWidget(self.words)
        layout.addWidget(QLabel(self.tr("Next occurrences:"), self))
        layout.addWidget(self.preview, 1)
        self.preview_actions = QHBoxLayout()  # buttons acting on the selected occurrence
        self.preview_actions.addStretch(1)
        layout.addLayout(self.preview_actions)
        layout.addWidget(QLabel(self.tr("Rule as text (RRULE, for experts):"), self))
        layout.addWidget(self.raw)
        layout.addWidget(self.raw_error)

        self.freq.currentIndexChanged.connect(self._field_changed)
        for spin in (self.interval, self.month_day, self.count):
            spin.valueChanged.connect(self._field_changed)
        for box in (*self.day_boxes, self.by_month_day, self.by_weekday, self.end_never,
                    self.end_count, self.end_until):
            box.toggled.connect(self._field_changed)
        self.position.currentIndexChanged.connect(self._field_changed)
        self.position_day.currentIndexChanged.connect(self._field_changed)
        self.until.dateChanged.connect(self._field_changed)
        self.raw.textEdited.connect(self._raw_edited)
        self.set_rule("FREQ=WEEKLY")

    # --- what the series editor tells us -----------------------------------------------------
    def set_start(self, start: datetime) -> None:
        """A new first occurrence: days the rule leaves implicit follow it."""
        self._start = start
        if not self._error:
            try:
                self._show_form(from_rrule(self.raw.text(), self._zone))
            except DomainError as exc:
                self._set_error(describe_message(exc))
        self._refresh()

    def set_exceptions(self, exceptions: list[SeriesException]) -> None:
        self._exceptions = list(exceptions)
        self._refresh()

    def set_rule(self, text: str) -> None:
        """Show ``text`` in the fields and as raw text (an invalid one shows its problem)."""
        self.raw.setText(text)
        self._raw_edited(text)

    # --- what it answers ---------------------------------------------------------------------
    def rule(self) -> str:
        """The rule; the domain's DomainError when the raw text is not a usable rule."""
        if self._error:
            raise DomainError(self._error)
        text = self.raw.text().strip()
        build_rule(text, self._start, self._zone)
        return text

    def error(self) -> str:
        return self._error

    # --- fields <-> text ---------------------------------------------------------------------
    def _local_start(self) -> datetime:
        return to_local(self._start, self._zone)

    def _read_form(self) -> RecurrenceForm:
        weekdays = tuple(d for d, box in enumerate(self.day_boxes) if box.isChecked())
        end = "count" if self.end_count.isChecked() else "until" if self.end_until.isChecked() else "never"
        return RecurrenceForm(
            freq=FREQUENCIES[self.freq.currentIndex()], interval=self.interval.value(),
            weekdays=weekdays, monthly_mode="weekday" if self.by_weekday.isChecked() else "day",
            month_day=self.month_day.value(), position=self.position.currentData(),
            position_weekday=self.position_day.currentIndex(), end=end,
            count=self.count.value(), until=pydate(self.until.date()))

    def _show_form(self, form: RecurrenceForm) -> None:
        self._syncing = True
        local = self._local_start()
        self.freq.setCurrentIndex(FREQUENCIES.index(form.freq))
        self.interval.setValue(form.interval)
        weekdays = form.weekdays or ((local.weekday(),) if form.freq == "WEEKLY" else ())
        for day, box in enumerate(self.day_boxes):
            box.setChecked(day in weekdays)
        self.by_weekday.setChecked(form.monthly_mode == "weekday")
        self.by_month_day.setChecked(form.monthly_mode != "weekday")
        self.month_day.setValue(form.month_day or local.day)
        position = form.position if form.position in POSITIONS else 1
        self.position.setCurrentIndex(POSITIONS.index(position))
        self.position_day.setCurrentIndex(form.position_weekday if form.monthly_mode == "weekday"
                                          else local.weekday())
        self.end_never.setChecked(form.end == "never")
        self.end_count.setChecked(form.end == "count")
        self.end_until.setChecked(form.end == "until")
        self.count.setValue(form.count)
        self.until.setDate(qdate(form.until or (local.date() + timedelta(days=91))))
        self.fields.setEnabled(not form.custom)
        self.custom_note.setVisible(form.custom)
        self._syncing = False
        self._show_parts(form.freq)

    def _show_parts(self, freq: str) -> None:
        self.weekdays_box.setVisible(freq == "WEEKLY")
        self.monthly_box.setVisible(freq == "MONTHLY")
        n = self.interval.value()
        units = {"DAILY": self.tr("day(s)", "", n), "WEEKLY": self.tr("week(s)", "", n),
                 "MONTHLY": self.tr("month(s)", "", n), "YEARLY": self.tr("year(s)", "", n)}
        self.count.setSuffix(self.tr(" occurrence(s)", "", self.count.value()))
        self.interval_unit.setText(units[freq] if n else "")
        self.count.setEnabled(self.end_count.isChecked())
        self.until.setEnabled(self.end_until.isChecked())
        self.month_day.setEnabled(self.by_month_day.isChecked())
        self.position.setEnabled(self.by_weekday.isChecked())
        self.position_day.setEnabled(self.by_weekday.isChecked())

    def _field_changed(self, *_args) -> None:
        if self._syncing:
            return
        form = self._read_form()
        if form.freq == "WEEKLY" and not form.weekdays:  # at least one day: the start's
            self._syncing = True
            self.day_boxes[self._local_start().weekday()].setChecked(True)
            self._syncing = False
            form = self._read_form()
        self._show_parts(form.freq)
        try:
            text = to_rrule(form, self._zone)
        except DomainError as exc:
            self._set_error(describe_message(exc))
        else:
            self.raw.setText(text)
            self._set_error("")
        self._refresh()
        self.changed.emit()

    def _raw_edited(self, text: str) -> None:
        try:
            form = from_rrule(text, self._zone)
            build_rule(text, self._start, self._zone)
        except DomainError as exc:
            self._set_error(describe_message(exc))
        else:
            self._set_error("")
            self._show_form(form)
        self._refresh()
        self.changed.emit()

    def _set_error(self, message: str) -> None:
        self._error = message
        self.raw_error.setText(message)
        self.raw_error.setVisible(bool(message))

    # --- words and preview -------------------------------------------------------------------
    def _refresh(self) -> None:
        self.preview.clear()
        self._shown = []
        if self._error:
            self.words.setText(self.tr("The rule cannot be used as it is."))
            return
        text = self.raw.text()
        try:
            words = describe(text, self._start, self._zone)
            series = Series("preview", text, self._start, self._zone, exceptions=self._exceptions)
            since = max(self._start, now())
            upcoming = next_occurrences(series, PREVIEW_COUNT, since)
        except DomainError as exc:
            self._set_error(describe_message(exc))
            self.words.setText(self.tr("The rule cannot be used as it is."))
            return
        sentence = phrase(words, self._local_start().year)
        self.words.setText(sentence[:1].upper() + sentence[1:])
        self._shown = upcoming
        for occurrence in upcoming:
            line = format_long_datetime(occurrence.start, self._zone)
            if occurrence.moved:
                line = self.tr("{date} (moved)").format(date=line)
            self.preview.addItem(line)
        if not upcoming:
            self.preview.addItem(self.tr("No occurrence to come."))

    def selected_occurrence(self):
        """The occurrence selected in the preview, or None."""
        row = self.preview.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) and self.preview.currentItem() \
            and self.preview.currentItem().isSelected() else None

    def preview_lines(self) -> list[str]:
        return [self.preview.item(r).text() for r in range(self.preview.count())]

    def until_date(self) -> date:
        return pydate(self.until.date())
