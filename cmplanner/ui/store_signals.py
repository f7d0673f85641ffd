"""Relays the store's change notices as a Qt signal, so models refresh what changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cmplanner.storage.store import PlanStore



class StoreSignals(QObject):
    changed = Signal(str)  # "posts", "series", "events", "people", "settings"...

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        store.listeners.append(self._relay)

    def _relay(self, what: str) -> None:
        self.changed.emit(what)

    def detach(self) -> None:
        if self._relay in self.store.listeners:
            self.store.listeners.remove(self._relay)
