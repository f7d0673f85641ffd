"""Choosing people of the plan: one (a consent's person) or several (the people shown in a photo),
found by typing part of their name; someone not in People yet (an external participant, a
visitor) is added there through the person use case, as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QInputDialog, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

from cmplanner.domain.entities import Person
from cmplanner.domain.errors import DomainError
from cmplanner.services.references import save_reference

from ..collation import by_name, search_key
from ..context import AppContext
from ..messages import describe

ID = Qt.ItemDataRole.UserRole


def add_person(ctx: AppContext, parent: QWidget, name: str = "") -> int | None:
    """Ask for the name of someone not in People (``name`` proposed) and add them; their id,
    or None when cancelled or refused (the reason is shown)."""
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("PersonPicker", "New person")
    typed, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate(
            "PersonPicker", "Name of the person (an external participant too):"), text=name)
    if not ok or not typed.strip():
        return None
    try:
        change = ctx.push(save_reference(ctx.store, "people", None, Person(typed.strip())))
    except DomainError as exc:
        QMessageBox.warning(parent, title, describe(exc))
        return None
    created = change.created("people") if change else []
    return created[0].id if created else None


def _people(ctx: AppContext) -> list[tuple[int, str]]:
    return [(p.id, p.name) for p in by_name(ctx.store.people.all()) if p.id is not None]


class PersonPicker(QWidget):
    """One person of the plan, chosen from a list that filters as you type."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.combo = QComboBox(self)
        self.combo.setObjectName("personCombo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type a name…"))
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.add_button = QPushButton(self.tr("New &person…"), self)
        self.add_button.setObjectName("newPerson")
        self.add_button.setToolTip(self.tr("Add someone who is not in People yet, an external "
                                           "participant for instance"))
        self.add_button.clicked.connect(self.add)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.add_button)
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        self.combo.blockSignals(True)
        self.combo.clear()
        for person_id, name in _people(self.ctx):
            self.combo.addItem(name, person_id)
        self.combo.blockSignals(False)
        self.set_current_id(current)

    def current_id(self) -> int | None:
        index = self.combo.findText(self.combo.currentText(), Qt.MatchFlag.MatchFixedString)
        found: int | None = self.combo.itemData(index) if index >= 0 else None
        return found

    def set_current_id(self, person_id: int | None) -> None:
        index = self.combo.findData(person_id) if person_id is not None else -1
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText("")

    def add(self) -> None:
        typed = self.combo.currentText().strip() if self.current_id() is None else ""
        person_id = add_person(self.ctx, self, typed)
        if person_id is not None:
            self.reload()
            self.set_current_id(person_id)


class PeoplePicker(QWidget):
    """Several people of the plan ticked in a list that a search field filters."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Find a person…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("peopleList")
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 12)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("New &person…"), self)
        self.add_button.setObjectName("newPerson")
        self.add_button.clicked.connect(self.add)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._checked: set[int] = set()

    def set_people(self, checked: list[int]) -> None:
        """Show the plan's People, ``checked`` ticked (ticked people first)."""
        self._checked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        people = _people(self.ctx)
        for person_id, name in sorted(people, key=lambda p: p[0] not in self._checked):
            item = QListWidgetItem(name, self.list)
            item.setData(ID, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person_id in self._checked
                               else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._filter()

    def checked_ids(self) -> list[int]:
        return [item.data(ID) for item in self._items() if item.checkState() is Qt.CheckState.Checked]

    def _items(self) -> list[QListWidgetItem]:
        found = (self.list.item(row) for row in range(self.list.count()))
        return [item for item in found if item is not None]

    def set_checked(self, person_id: int, on: bool = True) -> None:
        for item in self._items():
            if item.data(ID) == person_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, *_args: object) -> None:
        needle = search_key(self.search.text().strip())
        for item in self._items():
            item.setHidden(bool(needle) and needle not in search_key(item.text()))

    def add(self) -> None:
        checked = self.checked_ids()
        person_id = add_person(self.ctx, self, self.search.text().strip())
        if person_id is not None:
            self.search.clear()
            self.set_people([*checked, person_id])
            self.changed.emit()
