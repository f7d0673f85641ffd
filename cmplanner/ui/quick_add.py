"""Quick add: a title, networks, a time and a pillar, and a draft is on the chosen day.

The dialog only gathers values and builds the Post (``post()``); the window pushes the command.
"More options…" emits ``more_requested`` with the same draft, for the full editor.
"""

from __future__ import annotations

from collections.abc import Callable

from datetime import date, time

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QTimeEdit, QVBoxLayout,
)

from cmplanner.domain.entities import Post
from cmplanner.domain.errors import DomainError
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.timezones import local_datetime

from .calendar_source import CalendarSource
from .messages import describe

DEFAULT_TIME = QTime(9, 0)


class QuickAddDialog(QDialog):
    more_requested = Signal(object)  # the draft Post

    def __init__(self, source: CalendarSource, day: date, parent=None, owner_id: int | None = None,
                 submit: Callable[[Post], object] | None = None) -> None:
        super().__init__(parent)
        self._submit = submit  # the use case storing the draft; its refusal keeps the dialog open
        self.setObjectName("quickAddDialog")
        self.source = source
        self.day = day
        self.owner_id = owner_id
        self.setWindowTitle(self.tr("New post"))
        heading = QLabel(QLocale().toString(day, "dddd d MMMM yyyy"), self)
        heading.setObjectName("quickAddDay")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("quickAddTitle")
        self.title_edit.setPlaceholderText(self.tr("What will you post?"))
        self.time_edit = QTimeEdit(DEFAULT_TIME, self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.pillar_combo = QComboBox(self)
        self.pillar_combo.addItem(self.tr("No pillar"), None)
        for pillar in source.pillars.values():
            self.pillar_combo.addItem(pillar.name, pillar.id)
        self.networks_list = QListWidget(self)
        self.networks_list.setObjectName("quickAddNetworks")
        for network in source.networks.values():
            if not network.active:
                continue
            item = QListWidgetItem(network.label, self.networks_list)
            item.setData(Qt.ItemDataRole.UserRole, network.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.networks_list.setMaximumHeight(self.networks_list.sizeHintForRow(0) * 5 + 8
                                            if self.networks_list.count() else 60)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("T&ime:"), self.time_edit)
        form.addRow(self.tr("&Pillar:"), self.pillar_combo)
        form.addRow(self.tr("&Networks:"), self.networks_list)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.more_button = buttons.addButton(self.tr("More options…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.more_button.clicked.connect(self._more)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.title_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.title_edit.setFocus()

    def network_ids(self) -> list[int]:
        return [self.networks_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.networks_list.count())
                if self.networks_list.item(i).checkState() == Qt.CheckState.Checked]

    def post(self) -> Post:
        """The draft the dialog describes."""
        qtime = self.time_edit.time()
        planned = local_datetime(self.day, time(qtime.hour(), qtime.minute()), self.source.zone)
        return Post(self.title_edit.text().strip(), network_ids=self.network_ids(),
                    pillar_id=self.pillar_combo.currentData(), status=PostStatus.DRAFT,
                    planned_at=planned, owner_id=self.owner_id)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        if self._submit is not None:
            try:
                self._submit(self.post())
            except DomainError as exc:
                self.show_error(describe(exc))
                return
        super().accept()

    def _more(self) -> None:
        self.more_requested.emit(self.post())
        self.reject()
