"""What an editor does when its item changed in the plan since it was loaded (a colleague on a
team plan, another window): the save is refused before anything is written, the editor keeps
every field, and the conflict dialog (dialogs/conflict_dialog.py) asks what to keep.

Every editor that saves something a colleague may change mixes in ``ConflictResolving`` and says
where it keeps what it loaded: ``conflict_kind`` (the kind of services/changes.py: "posts",
"series", "pillars", "line", "charter"...), ``conflict_attributes`` (the attribute holding the
item as loaded, None for a new one, and the attribute ``collect()`` builds on) and has ``_load``
(the form shows an item). Then:

- keep theirs: the editor closes, nothing of mine is written;
- overwrite with mine: the fields I changed, on their version (every field I left alone keeps
  theirs: domain.merging.three_way); the form shows that and it is saved;
- copy mine as a new item: the editor saves the fields as a new item, theirs stays. Not offered
  for plan-wide records (there is one of each) nor for what stands for one real thing (a person,
  a site, a network): ``copy_refusal`` says why in the dialog.

The same editors say so before saving when a colleague's change arrives (ui/team_live.py reads
``changed_meanwhile``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from cmplanner.domain.entities import new_uid
from cmplanner.domain.errors import Conflict
from cmplanner.domain.merging import three_way
from cmplanner.services import changes

from ..messages import describe


class ConflictResolving:
    conflict_kind = "posts"
    conflict_attributes = ("_stored", "post")  # (loaded: None when new, base of collect())
    conflict_dialog = None
    conflict_author = ""  # who changed it, as the live notification said (ui/team_live.py)
    copyable = True  # False: a copy of this kind as a new item makes no sense
    store: Any  # the plan the editor writes to (set by the editor)
    show_error: Callable[[str], None]  # the editor's (or panel's) line for a refusal

    # --- what the editor loaded, what the plan holds now --------------------------------------
    @property
    def conflict_loaded(self) -> Any:
        return getattr(self, self.conflict_attributes[0])

    def _rebase(self, loaded: Any, base: Any) -> None:
        """Save over ``loaded`` from now on, ``collect()`` building on ``base`` (a plan-wide
        record's editor keeps both in one attribute: it builds on ``loaded``, its form says the
        rest)."""
        setattr(self, self.conflict_attributes[1], base)
        setattr(self, self.conflict_attributes[0], loaded)

    def conflict_current(self) -> Any:
        return changes.stored(self.store, self.conflict_kind, self.conflict_loaded)

    def changed_meanwhile(self) -> bool:
        return changes.changed_since(self.store, self.conflict_kind, self.conflict_loaded)

    def conflict_title(self) -> str:
        if changes.is_record(self.conflict_kind):
            return describe(changes.record_title(self.conflict_kind))
        loaded = self.conflict_loaded
        return next((value for value in (getattr(loaded, a, None) for a in ("title", "name", "topic"))
                     if isinstance(value, str)), "")

    def copy_refusal(self) -> str:
        """Why "copy mine as a new item" is not offered here ("" when it is)."""
        if changes.is_record(self.conflict_kind):
            return QCoreApplication.translate(
                "ConflictResolving", "There is one of these for the whole plan: it cannot be "
                "copied as a new item.")
        if not self.copyable:
            return QCoreApplication.translate(
                "ConflictResolving", "This stands for one real person, place or network: it is "
                "not copied as a new item.")
        return ""

    def as_copy(self, mine: Any) -> Any:
        """My fields as a new item (its own identity; theirs stays as it is)."""
        fresh: dict[str, Any] = {"id": None, "revision": 0}
        for name, value in (("uid", new_uid()), ("approvals", []), ("updated_at", None),
                            ("updated_by", "")):
            if hasattr(mine, name):
                fresh[name] = value
        return replace(mine, **fresh)

    # --- the dialog --------------------------------------------------------------------------
    def on_conflict(self, exc: Conflict) -> bool:
        from ..dialogs.conflict_dialog import ConflictDialog, reference_names

        self.show_error(describe(exc))
        theirs = self.conflict_current()
        loaded = self.conflict_loaded
        self.conflict_dialog = ConflictDialog(
            loaded if loaded is not None else theirs, self.collect(), theirs, self,
            title=self.conflict_title(), copy_refusal=self.copy_refusal(), who=self.conflict_author,
            names_of=reference_names(self.store))
        self.conflict_dialog.chosen.connect(self.resolve_conflict)
        self.conflict_dialog.open()
        return False

    def resolve_conflict(self, resolution) -> None:
        from ..dialogs.conflict_dialog import Resolution

        theirs = self.conflict_current()
        if resolution == Resolution.KEEP_THEIRS:
            self.show_error("")
            self.reject()  # nothing of mine is saved
            return
        if resolution == Resolution.OVERWRITE and theirs is not None:
            merged = three_way(self.conflict_loaded, self.collect(), theirs)
            self._rebase(theirs, merged)  # what I changed, on their version
            self._load(merged)
        else:  # a copy of mine, or "save mine again" when theirs was deleted meanwhile
            self._rebase(None, self.as_copy(self.collect()))
        self.save_and_close()
