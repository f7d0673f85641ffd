"""What an editor does when its item changed in the plan since it was loaded (a colleague on a
team plan, another window): the save is refused before anything is written, the editor keeps
every field, and the conflict dialog (dialogs/conflict_dialog.py) asks what to keep."""

from __future__ import annotations

from dataclasses import replace

from cmplanner.domain.entities import new_uid
from cmplanner.domain.errors import Conflict

from ..messages import describe


class ConflictResolving:
    """For an editor with ``_stored`` (the item as loaded, None when new), ``post`` (the base of
    ``collect()``), ``_load`` and a repository name ``conflict_kind``."""

    conflict_kind = "posts"
    conflict_dialog = None

    def _repository(self):
        return getattr(self.store, self.conflict_kind)

    def on_conflict(self, exc: Conflict) -> bool:
        from ..dialogs.conflict_dialog import ConflictDialog

        self.show_error(describe(exc))
        theirs = self._repository().get(self._stored.id)
        self.conflict_dialog = ConflictDialog(self._stored, self.collect(), theirs, self)
        self.conflict_dialog.chosen.connect(self.resolve_conflict)
        self.conflict_dialog.open()
        return False

    def resolve_conflict(self, resolution) -> None:
        from ..dialogs.conflict_dialog import Resolution

        theirs = self._repository().get(self._stored.id) if self._stored is not None else None
        if resolution == Resolution.KEEP_THEIRS:
            if theirs is not None:
                self._stored = self.post = theirs
                self._load(theirs)
            self.show_error("")
            self.reject()  # nothing of mine was saved
            return
        if resolution == Resolution.OVERWRITE and theirs is not None:
            mine = self.collect()  # my fields, on top of their version
            self._stored = self.post = theirs
            self.post = replace(mine, revision=theirs.revision, status=theirs.status,
                                approvals=theirs.approvals, validation_round=theirs.validation_round,
                                updated_by=theirs.updated_by, updated_at=theirs.updated_at)
        else:  # a copy of mine as a new item (also "save mine again" when theirs was deleted)
            mine = self.collect()
            self._stored = None
            self.post = replace(mine, id=None, uid=new_uid(), revision=0, approvals=[],
                                updated_at=None, updated_by="")
        self._load_fields_only(self.post)
        self.save_and_close()

    def _load_fields_only(self, item) -> None:
        """The form shows ``item`` (the fields the user typed are kept as they were)."""
        self._load(item)
