"""The application context handed to every window, view and command (no global main window).

It holds the open store, the one QUndoStack, the store's change signal and who is using the app
(the workflow asks "who may do this?").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from cmplanner.domain.entities import Person
from cmplanner.domain.enums import Role
from cmplanner.services.changes import Change
from cmplanner.storage.store import PlanStore

from .store_signals import StoreSignals


class AppContext(QObject):
    current_person_changed = Signal()
    meeting_mode_changed = Signal(bool)
    refused = Signal(str)  # an undo or redo refused (the item changed since), in the user's words

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.signals = StoreSignals(store, self)
        self.undo_stack = QUndoStack(self)
        self._person_id: int | None = None
        self.meeting_mode = False  # shared screen: private notes and e-mail addresses hidden
        self.today: Callable[[], date] = date.today  # frozen by tests, screenshots and benchmarks
        self.current_filter = None  # the calendar's filter as an interop ItemFilter ("current filter" exports)
        # The thumbnail of a media item by id, or None while it is being made (media_actions).
        self.cover: Callable[[int], object] | None = None
        # What colleagues just changed on a team plan, drawn on the items (colleague_marks).
        self.colleague_marks = None

    def set_meeting_mode(self, on: bool) -> None:
        if on != self.meeting_mode:
            self.meeting_mode = on
            self.meeting_mode_changed.emit(on)

    @property
    def changed(self):
        """Signal(str): which kind of entity changed ("posts", "series", "events"...)."""
        return self.signals.changed

    def current_person(self) -> Person | None:
        """The person using the app: the one chosen in preferences, else the first community
        manager of the plan, else the first person."""
        people = self.store.people.all()
        if self._person_id is None:
            saved = QSettings().value("user/person_id", None)
            if saved is not None:
                try:
                    self._person_id = int(saved)
                except (TypeError, ValueError):
                    self._person_id = None
        for person in people:
            if person.id == self._person_id:
                return person
        managers = [p for p in people if p.has(Role.COMMUNITY_MANAGER)]
        return (managers or people or [None])[0]

    def set_current_person(self, person_id: int) -> None:
        self._person_id = person_id
        QSettings().setValue("user/person_id", person_id)
        self.current_person_changed.emit()

    def push(self, change: Change, text: str | None = None) -> Change:
        """Put a use case's change (already written) on the undo stack, named ``text`` (else its
        own text, translated); an empty change is not."""
        if change:
            from .commands import ChangeCommand

            self.undo_stack.push(ChangeCommand(self, change, text))
        return change

    def close(self) -> None:
        self.signals.detach()
