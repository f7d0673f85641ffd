"""What every editor dialog shares: layout, the inline error line, OK/Cancel, field widgets.

An editor builds the edited entity from its fields (``collect``), the domain checks it, and only a
valid change becomes one undo command on ``ctx.undo_stack``. A refused edit shows the domain's
message under the fields and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QSpinBox, QTableWidget,
    QVBoxLayout, QWidget,
)

from cmplanner.domain.errors import Conflict, DomainError, ServerAway
from cmplanner.services.changes import Change
from cmplanner.domain.timezones import local_datetime, to_local

from ..messages import describe


def quoted(text: str) -> str:
    """A name inside the interface's quotes (“name” in English, « name » in French), for undo
    texts and messages."""
    return QCoreApplication.translate("Quotes", "“{text}”").format(text=text)


# --- dates in the plan's zone ------------------------------------------------------------------

def rows_table(parent: QWidget, name: str, headers: list[str], stretched: tuple[int, ...]) -> QTableWidget:
    """An editable table of rows (one widget per cell, added by the editor), whole rows selected,
    the ``stretched`` columns sharing the width left."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in stretched:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def remove_selected_rows(table: QTableWidget) -> None:
    """Remove the selected rows of a ``rows_table`` (the current one when none is selected)."""
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()}, reverse=True)
    if not rows and table.currentRow() >= 0:
        rows = [table.currentRow()]
    for row in rows:
        table.removeRow(row)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qdatetime(value: datetime, zone_name: str) -> QDateTime:
    """The wall-clock time of ``value`` in the plan's zone (the widget knows no zone)."""
    local = to_local(value, zone_name)
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute))


def aware(value: QDateTime, zone_name: str) -> datetime:
    """The aware date-time meant by a wall-clock time typed in the plan's zone."""
    t = value.time()
    return local_datetime(pydate(value.date()), time(t.hour(), t.minute()), zone_name)


def format_datetime(value: datetime | None, zone_name: str) -> str:
    if value is None:
        return ""
    local = to_local(value, zone_name)
    return QLocale().toString(QDateTime(qdate(local.date()), QTime(local.hour, local.minute)),
                              QLocale.FormatType.ShortFormat)


def format_long_datetime(value: datetime, zone_name: str, all_day: bool = False) -> str:
    """"Tue 3 March 2026 09:00" in the interface's language ("Tue 3 March 2026" when all day)."""
    local = to_local(value, zone_name)
    locale = QLocale()
    day = locale.toString(qdate(local.date()), "ddd d MMMM yyyy")
    if all_day:
        return day
    return f"{day} {locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)}"


def format_date(value: date | None) -> str:
    return "" if value is None else QLocale().toString(qdate(value), QLocale.FormatType.ShortFormat)


def date_time_format() -> str:
    locale = QLocale()
    return f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


# --- field widgets -----------------------------------------------------------------------------

class IdCombo(QComboBox):
    """A choice among entities by id, with an optional "none" entry (id None)."""

    def __init__(self, none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label

    def set_items(self, items: Iterable[tuple[object, str]]) -> None:
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        if self._none_label is not None:
            self.addItem(self._none_label, None)
        for key, text in items:
            self.addItem(text, key)
        self.blockSignals(False)
        self.set_current_id(current)

    def current_id(self):
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_current_id(self, key) -> None:
        for row in range(self.count()):
            if self.itemData(row) == key:
                self.setCurrentIndex(row)
                return
        self.setCurrentIndex(0 if self.count() else -1)


class EnumCombo(QComboBox):
    """A choice among the values of a vocabulary, shown with their translated labels.

    Values are kept on the Python side: Qt would turn a str-based enum into a plain string."""

    def __init__(self, values: Iterable, labeller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = list(values)
        for value in self._values:
            self.addItem(labeller(value))

    def value(self):
        return self._values[self.currentIndex()]

    def set_value(self, value) -> None:
        self.setCurrentIndex(self._values.index(value))


class CheckList(QWidget):
    """Several entities ticked among a few (networks, organisers, roles...), as a grid of boxes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, columns: int = 3) -> None:
        super().__init__(parent)
        self._columns = columns
        self._boxes: list[tuple[object, QCheckBox]] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)

    def set_items(self, items: Iterable[tuple[object, str]], checked: Iterable[object] = ()) -> None:
        ticked, items = set(checked), list(items)
        if [key for key, _text in items] == [key for key, _box in self._boxes]:
            for (key, text), (_key, box) in zip(items, self._boxes):
                box.setText(text.replace("&", "&&"))
                box.setChecked(key in ticked)
            return
        for _key, box in self._boxes:
            self._grid.removeWidget(box)
            box.hide()
            box.deleteLater()
        self._boxes = []
        for position, (key, text) in enumerate(items):
            box = QCheckBox(text.replace("&", "&&"), self)  # names are not mnemonics
            box.setChecked(key in ticked)
            box.toggled.connect(self.changed)
            self._grid.addWidget(box, position // self._columns, position % self._columns)
            self._boxes.append((key, box))

    def box(self, key) -> QCheckBox:
        return next(box for k, box in self._boxes if k == key)

    def checked_ids(self) -> list:
        return [key for key, box in self._boxes if box.isChecked()]

    def set_checked(self, key, on: bool = True) -> None:
        self.box(key).setChecked(on)


class _OptionalEdit(QWidget):
    """A date or date-time editor beside a "none" check box that disables it."""

    changed = Signal()

    def __init__(self, edit: QDateEdit, edited, none_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.edit = edit
        edit.setParent(self)
        edit.setCalendarPopup(True)
        self.none = QCheckBox(none_text, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(self.none)
        self.none.toggled.connect(edit.setDisabled)
        self.none.toggled.connect(self.changed)
        edited.connect(self.changed)

    def _show_none(self, is_none: bool) -> None:
        self.none.setChecked(is_none)
        self.edit.setDisabled(is_none)


class OptionalDateTime(_OptionalEdit):
    """A date-time in the plan's zone, or none (a backlog idea, not yet published...)."""

    def __init__(self, none_text: str, zone_name: str, parent: QWidget | None = None) -> None:
        edit = QDateTimeEdit()
        edit.setDisplayFormat(date_time_format())
        super().__init__(edit, edit.dateTimeChanged, none_text, parent)
        self._zone = zone_name

    def set_value(self, value: datetime | None, default: datetime | None = None) -> None:
        shown = value or default
        if shown is not None:
            self.edit.setDateTime(qdatetime(shown, self._zone))
        self._show_none(value is None)

    def value(self) -> datetime | None:
        return None if self.none.isChecked() else aware(self.edit.dateTime(), self._zone)


class OptionalDate(_OptionalEdit):
    """A date, or none (no content deadline, no due date...)."""

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        edit = QDateEdit()
        super().__init__(edit, edit.dateChanged, none_text, parent)

    def set_value(self, value: date | None, default: date | None = None) -> None:
        shown = value or default or date.today()
        self.edit.setDate(qdate(shown))
        self._show_none(value is None)

    def value(self) -> date | None:
        return None if self.none.isChecked() else pydate(self.edit.date())


class OptionalCount(QSpinBox):
    """A whole number or nothing yet (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, 2_000_000_000)
        self.setSpecialValueText("—")
        self.setGroupSeparatorShown(True)

    def set_value(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)

    def value_or_none(self) -> int | None:
        return None if self.value() < 0 else self.value()


def form_layout() -> QFormLayout:
    """The one form layout of every editor: labels beside fields, fields that grow."""
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return layout


# --- the dialog --------------------------------------------------------------------------------

class EditorDialog(QDialog):
    """Base of every editor: subclasses fill ``self.body`` and implement ``write``."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = False
        self.body = QVBoxLayout()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(self.body, 1)
        outer.addWidget(self.error_label)
        outer.addWidget(self.buttons)
        self.setSizeGripEnabled(True)

    @property
    def store(self):
        return self.ctx.store

    @property
    def zone_name(self) -> str:
        return self.ctx.store.zone_name

    def resize_in_lines(self, columns: int, lines: int) -> None:
        """A first size that follows the font (zoom), not fixed pixels."""
        metrics = self.fontMetrics()
        self.resize(max(self.sizeHint().width(), metrics.averageCharWidth() * columns),
                    max(self.minimumSizeHint().height(), metrics.lineSpacing() * lines))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def write(self) -> tuple[Change, str] | None:
        """Run the use case storing the edit: its change and the undo text, None when nothing
        changed; DomainError (Conflict included) when refused, nothing stored."""
        raise NotImplementedError

    def on_conflict(self, exc: Conflict) -> bool:
        """The item changed since the editor loaded it; editors that can, ask what to keep."""
        self.show_error(describe(exc))
        return False

    def push(self, change: Change, text: str) -> None:
        """Put a written change on the undo stack."""
        self.ctx.push(change, text)
        self.saved = True

    def save(self) -> bool:
        """Store the edit (one undo step); False, with the message shown, when it is refused."""
        self.show_error("")
        if self.ctx.store.read_only:
            self.show_error(QCoreApplication.translate("EditorDialog", "This plan is open read-only: nothing can be changed."))
            return False
        if self.ctx.store.offline:  # a team plan's server went away: the fields stay as they are
            self.show_error(describe(ServerAway()))
            return False
        try:
            written = self.write()
        except Conflict as exc:  # changed meanwhile: the editor asks what to keep
            return self.on_conflict(exc)
        except DomainError as exc:
            self.show_error(describe(exc))
            return False
        except PermissionError as exc:  # a plan opened read-only
            self.show_error(str(exc))
            return False
        if written is not None:
            self.push(*written)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()
