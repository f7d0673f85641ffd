"""The steps of an event's promotion plan, editable in a table: day offset (D-14 ... D+1), time,
label and networks of each step."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QAction, QValidator
from PySide6.QtWidgets import (
    QHBoxLayout, QLineEdit, QMenu, QPushButton, QSpinBox, QTimeEdit, QToolButton, QVBoxLayout,
    QWidget,
)

from cmplanner.domain import promotion
from cmplanner.domain.entities import Network, PromotionStep

from .common import remove_selected_rows, rows_table



class OffsetSpin(QSpinBox):
    """Days relative to the event: D-14, D, D+1 (J-14, J, J+1 in French)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-365, 365)

    def _prefix(self) -> str:
        return self.tr("D", "the event's day, as in D-14")

    def textFromValue(self, value: int) -> str:
        return self._prefix() if value == 0 else f"{self._prefix()}{value:+d}"

    def valueFromText(self, text: str) -> int:
        digits = text.replace(self._prefix(), "").replace(" ", "")
        try:
            return int(digits) if digits not in ("", "+", "-") else 0
        except ValueError:
            return 0

    def validate(self, text: str, pos: int):
        body = text.replace(self._prefix(), "").replace(" ", "")
        if body in ("+", "-"):
            return QValidator.State.Intermediate, text, pos
        if body == "" or body.lstrip("+-").isdigit():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos


class NetworkPicker(QToolButton):
    """The networks of one step, ticked in a drop-down menu."""

    changed = Signal()

    def __init__(self, networks: list[Network], chosen: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self._actions: dict[int, QAction] = {}
        for network in networks:
            action = QAction(network.label.replace("&", "&&"), menu)
            action.setCheckable(True)
            action.setChecked(network.id in chosen)
            action.toggled.connect(self._toggled)
            menu.addAction(action)
            self._actions[network.id] = action  # type: ignore[index]
        self.setMenu(menu)
        self._show()

    def _toggled(self, _on: bool) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        names = [a.text() for a in self._actions.values() if a.isChecked()]
        self.setText(", ".join(names) or self.tr("No network"))  # names keep their && escape

    def ids(self) -> list[int]:
        return [nid for nid, action in self._actions.items() if action.isChecked()]

    def set_checked(self, network_id: int, on: bool = True) -> None:
        self._actions[network_id].setChecked(on)


class PromotionTable(QWidget):
    changed = Signal()
    OFFSET, TIME, LABEL, NETWORKS = range(4)

    def __init__(self, networks: list[Network], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._networks = networks
        self._words = promotion.STEP_LABELS.get(language, promotion.STEP_LABELS["en"])
        self.table = rows_table(self, "promotionSteps", [self.tr("Day"), self.tr("Time"), self.tr("Label"),
                                                         self.tr("Networks")], (self.LABEL, self.NETWORKS))
        self.add_button = QPushButton(self.tr("&Add a step"), self)
        self.add_button.setObjectName("addStep")
        self.remove_button = QPushButton(self.tr("Remo&ve the step"), self)
        self.remove_button.setObjectName("removeStep")
        self.default_button = QPushButton(self.tr("Default plan"), self)
        self.default_button.setObjectName("defaultPlan")
        self.default_button.setToolTip(self.tr("D-14 announcement, D-7 and D-1 reminders, live on the day, D+1 recap"))
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_selected)
        self.default_button.clicked.connect(self.reset_to_default)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- rows --------------------------------------------------------------------------------
    def set_steps(self, steps: list[PromotionStep]) -> None:
        self.table.setRowCount(0)
        for step in steps:
            self._append(step)
        self.table.resizeColumnToContents(self.OFFSET)
        self.table.resizeColumnToContents(self.TIME)
        self.changed.emit()

    def _append(self, step: PromotionStep) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        offset = OffsetSpin(self.table)
        offset.setValue(step.offset_days)
        offset.valueChanged.connect(self._relay)
        at = QTimeEdit(QTime(step.at.hour, step.at.minute), self.table)
        at.timeChanged.connect(self._relay)
        label = QLineEdit(self._words.get(step.label, step.label), self.table)
        label.textChanged.connect(self._relay)
        picker = NetworkPicker(self._networks, step.network_ids, self.table)
        picker.changed.connect(self._relay)
        for column, widget in ((self.OFFSET, offset), (self.TIME, at), (self.LABEL, label),
                               (self.NETWORKS, picker)):
            self.table.setCellWidget(row, column, widget)
        self.table.setRowHeight(row, max(offset.sizeHint().height(), picker.sizeHint().height()) + 4)

    def _relay(self, *_args) -> None:
        self.changed.emit()

    def add_step(self) -> None:
        steps = self.steps()
        last = steps[-1] if steps else None
        self._append(PromotionStep((last.offset_days + 1) if last else -7, last.at if last else time(9, 0),
                                   "", list(last.network_ids) if last else []))
        self.table.selectRow(self.table.rowCount() - 1)
        self.changed.emit()

    def remove_selected(self) -> None:
        remove_selected_rows(self.table)
        self.changed.emit()

    def reset_to_default(self) -> None:
        chosen = sorted({nid for s in self.steps() for nid in s.network_ids})
        self.set_steps(promotion.default_plan(chosen))

    # --- reading -----------------------------------------------------------------------------
    def cell(self, row: int, column: int):
        return self.table.cellWidget(row, column)

    def steps(self) -> list[PromotionStep]:
        keys = {word: key for key, word in self._words.items()}
        result = []
        for row in range(self.table.rowCount()):
            at = self.cell(row, self.TIME).time()
            text = self.cell(row, self.LABEL).text().strip()
            result.append(PromotionStep(self.cell(row, self.OFFSET).value(), time(at.hour(), at.minute()),
                                        keys.get(text, text), self.cell(row, self.NETWORKS).ids()))
        return result
