"""The shape shared by the editors of one simple entity (pillar, network, person, site...):
a form, one use case (services.references.save_reference) with a readable undo text."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from cmplanner.services.changes import Change
from cmplanner.services.references import save_reference

from .common import EditorDialog, form_layout
from .conflicts import ConflictResolving


class EntityEditorDialog(ConflictResolving, EditorDialog):
    repository = ""
    conflict_attributes = ("_before", "item")

    @property
    def conflict_kind(self) -> str:  # type: ignore[override]
        return self.repository

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

    def _load(self, item) -> None:
        self.load(item)

    def window_title(self, creating: bool) -> str:
        raise NotImplementedError

    def undo_text(self, item, creating: bool) -> str:
        raise NotImplementedError

    def write(self) -> tuple[Change, str] | None:
        after = self.collect()
        if self._before is not None and after == self._before:
            return None
        change = save_reference(self.store, self.repository, self._before, after)
        return change, self.undo_text(after, self._before is None)
