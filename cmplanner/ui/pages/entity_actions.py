"""Add / edit / delete of simple entities from a page, shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cmplanner.domain.errors import DomainError
from cmplanner.services.references import InUse, delete_reference

from ..editors.common import quoted
from ..messages import describe
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
        try:
            change = delete_reference(self.ctx.store, self.repository, item)
        except InUse as refused:
            self.message.show_message(delete_refusal_text(quoted(self.name_of(item)), refused.usage))
            return False
        except DomainError as exc:
            self.message.show_message(describe(exc))
            return False
        self.ctx.push(change, self.delete_text.format(name=quoted(self.name_of(item))))
        return True
