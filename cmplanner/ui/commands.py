"""The undo stack's one kind of step: a use case's change (services.changes).

The window never writes: it runs a use case (which applies the rules and writes), then puts the
change it returns on the stack with ``ctx.push``. Undo and redo revert the change through the
same revision checks, so they never overwrite a newer edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from cmplanner.domain.errors import DomainError
from cmplanner.services.changes import Change, revert

if TYPE_CHECKING:
    from .context import AppContext


class ChangeCommand(QUndoCommand):
    """A use case's change on the undo stack. It was written before it was pushed, so the first
    redo does nothing; undo and redo revert it. When the plan changed since (a colleague, another
    window), the revert is refused, the plan is left as it is, the user is told why and the step
    leaves the history."""

    def __init__(self, ctx: AppContext, change: Change, text: str | None = None) -> None:
        from .messages import describe

        super().__init__(text or describe(change.text))
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
