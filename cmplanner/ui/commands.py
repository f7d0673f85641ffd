"""User actions as QUndoCommands: widgets push these, nothing else writes to the store.

Each command keeps the entity before and after, so undo stores the old snapshot again (with the
same id, which also brings a deleted entity back). The rules are applied before a command is built
(the domain raises DomainError), so a refused edit never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from cmplanner.domain.errors import DomainError
from cmplanner.services.changes import Change, revert
from cmplanner.storage.store import PlanStore

if TYPE_CHECKING:
    from .context import AppContext


class ChangeCommand(QUndoCommand):
    """A use case's change on the undo stack. It was written before it was pushed, so the first
    redo does nothing; undo and redo revert it. When the plan changed since (a colleague, another
    window), the revert is refused, the plan is left as it is, the user is told why and the step
    leaves the history."""

    def __init__(self, ctx: AppContext, change: Change) -> None:
        from .messages import describe

        super().__init__(describe(change.text))
        self._ctx, self.change = ctx, change
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False
            return
        self._revert()

    def undo(self) -> None:
        self._revert()

    def _revert(self) -> None:
        try:
            self.change = revert(self._ctx.store, self.change)
        except DomainError as exc:
            from .messages import describe

            self.setObsolete(True)
            self._ctx.refused.emit(describe(exc))


def _repository(store: PlanStore, name: str):
    return getattr(store, name)


def _current_revision(repo, item):
    """``item`` carrying the stored revision, so the iCalendar SEQUENCE only ever grows."""
    if getattr(item, "id", None) is None or not hasattr(item, "revision"):
        return item
    current = repo.get(item.id)
    return item if current is None else replace(item, revision=current.revision)


class SaveCommand(QUndoCommand):
    """Create or change one entity of ``repository`` ("posts", "series", "events", "people"...)."""

    def __init__(self, store: PlanStore, repository: str, before: Any | None, after: Any,
                 text: str) -> None:
        super().__init__(text)
        self._store, self._repo = store, repository
        self._before, self._after = before, after
        self.saved: Any = None  # the stored entity after redo (with its id)

    def redo(self) -> None:
        repo = _repository(self._store, self._repo)
        target = self._after if self.saved is None else replace(self._after, id=self.saved.id)
        self.saved = repo.save(_current_revision(repo, target))

    def undo(self) -> None:
        repo = _repository(self._store, self._repo)
        if self._before is None:
            repo.delete(self.saved.id)
        else:
            repo.save(_current_revision(repo, self._before))


class DeleteCommand(QUndoCommand):
    def __init__(self, store: PlanStore, repository: str, item: Any, text: str) -> None:
        super().__init__(text)
        self._store, self._repo, self._item = store, repository, item

    def redo(self) -> None:
        _repository(self._store, self._repo).delete(self._item.id)

    def undo(self) -> None:
        _repository(self._store, self._repo).save(self._item)


class CallCommand(QUndoCommand):
    """A step made of two functions (do and undo), for use cases spanning several entities
    (an event with its promotion posts, an occurrence edited into a post)."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self.result: Any = None

    def redo(self) -> None:
        self.result = self._do()

    def undo(self) -> None:
        self._undo()
