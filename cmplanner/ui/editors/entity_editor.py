"""The shape shared by the editors of one simple entity (pillar, network, person, site...):
a form, a domain check, one SaveCommand with a readable undo text."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from ..commands import SaveCommand
from .common import EditorDialog, form_layout


class EntityEditorDialog(EditorDialog):
    repository = ""

    def __init__(self, ctx, item, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._before = item
        self.item = item if item is not None else self.blank()
        self.form = form_layout()
        self.build(self.form)
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.load(self.item)
        self.setWindowTitle(self.window_title(item is None))
        self.resize_in_lines(80, 0)

    # what each editor says
    def blank(self):
        raise NotImplementedError

    def build(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def load(self, item) -> None:
        raise NotImplementedError

    def collect(self):
        raise NotImplementedError

    def validate(self, item) -> None:
        """Raise the domain's DomainError when ``item`` breaks a rule."""

    def window_title(self, creating: bool) -> str:
        raise NotImplementedError

    def undo_text(self, item, creating: bool) -> str:
        raise NotImplementedError

    def build_command(self) -> SaveCommand | None:
        after = self.collect()
        self.validate(after)
        if self._before is not None and after == self._before:
            return None
        return SaveCommand(self.store, self.repository, self._before, after,
                           self.undo_text(after, self._before is None))
