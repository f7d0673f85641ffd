"""Add / edit / delete of simple entities from a page, shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cmplanner.services.references import usage

from ..commands import DeleteCommand
from ..editors.common import quoted
from . import common
from .common import MessageLine, delete_refusal_text


class EntityActions:
    """Opens ``editor`` to add or edit, and deletes (refused while the entity is in use)."""

    def __init__(self, ctx, parent: QWidget, message: MessageLine, repository: str, editor,
                 name_of: Callable[[object], str], delete_text: str) -> None:
        self.ctx, self.parent, self.message = ctx, parent, message
        self.repository, self.editor, self.name_of = repository, editor, name_of
        self.delete_text = delete_text  # translated, with {name}

    def add(self) -> None:
        self.message.show_message("")
        common.open_dialog(self.editor(self.ctx, None, self.parent))

    def edit(self, item) -> None:
        self.message.show_message("")
        common.open_dialog(self.editor(self.ctx, item, self.parent))

    def delete(self, item) -> bool:
        self.message.show_message("")
        if self.ctx.store.read_only:
            self.message.show_message(QCoreApplication.translate(
                "Pages", "This plan is open read-only: nothing can be changed."))
            return False
        used = usage(self.ctx.store, self.repository, item.id)
        if used.in_use:
            self.message.show_message(delete_refusal_text(quoted(self.name_of(item)), used))
            return False
        self.ctx.undo_stack.push(DeleteCommand(self.ctx.store, self.repository, item,
                                               self.delete_text.format(name=quoted(self.name_of(item)))))
        return True
