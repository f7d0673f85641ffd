"""A save refused because someone else changed the item meanwhile: what now?

The dialog names who changed it, shows what changed (the fields where their version or mine
differs from the one the editor loaded), and offers: keep theirs (my edit is dropped), overwrite
with mine (the fields I changed on top of their version: domain.merging.three_way), or copy mine as a new item (theirs stays). Cancel
goes back to the editor with nothing lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from enum import Enum

from PySide6.QtCore import Signal

from cmplanner.domain.merging import changed_fields, field_names, value_of
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)


class Resolution(Enum):
    KEEP_THEIRS = "theirs"
    OVERWRITE = "mine"
    COPY = "copy"


# Fields that are bookkeeping, not content (besides domain.merging.BOOKKEEPING).
HIDDEN = {"validation_round", "history"}


# The plan's list a field's ids point into, by the field's name (the people by default).
_REFERENCES = (("pillar", "pillars"), ("network", "networks"), ("audience", "audiences"),
               ("site", "sites"), ("series", "series"), ("event", "events"),
               ("request", "requests"))


def reference_names(store: Any) -> Callable[[str], dict[int, str]]:
    """For a field name, the names of what its ids point to (``pillar_id`` -> pillars, ``approver_ids``
    -> people...), read once from ``store``; empty for a field that holds no ids."""
    cache: dict[str, dict[int, str]] = {}

    def names(field: str) -> dict[int, str]:
        if not (field.endswith("_id") or field.endswith("_ids")):
            return {}
        kind = next((k for word, k in _REFERENCES if word in field), "people")
        if kind not in cache:
            items = getattr(store, kind).all()
            cache[kind] = {i.id: getattr(i, "name", "") or getattr(i, "title", "")
                           or getattr(i, "topic", "") for i in items}
        return cache[kind]
    return names


def _shown(value, names: dict[int, str] | None = None) -> str:
    if names and isinstance(value, int) and not isinstance(value, bool):
        return names.get(value, str(value))
    if names and isinstance(value, (list, tuple, set)) and value:
        return ", ".join(names.get(v, str(v)) for v in value)
    if value is None:
        return "—"
    if isinstance(value, Enum):
        from ..labels import label

        try:
            return label(value)
        except KeyError:
            return str(value.value)
    if isinstance(value, (list, tuple, set, dict)) and not value:
        return "—"
    if isinstance(value, (list, tuple, set, dict)):
        return ", ".join(str(v) for v in value) if not isinstance(value, dict) else \
            "; ".join(f"{k}: {v}" for k, v in value.items())
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"


def differences(loaded, mine, theirs,
                names_of: Callable[[str], dict[int, str]] = lambda _field: {}
                ) -> list[tuple[str, str, str]]:
    """(field, mine, theirs) for each field where either side differs from ``loaded``; ids are
    shown by the names ``names_of(field)`` gives."""
    changed = set(changed_fields(loaded, mine))
    if theirs is not None:
        changed |= set(changed_fields(loaded, theirs))
    names = field_names(loaded) + [n for n in changed if n not in field_names(loaded)]
    return [(name, _shown(value_of(mine, name), names_of(name)),
             _shown(value_of(theirs, name), names_of(name)) if theirs is not None else "—")
            for name in names if name in changed and name not in HIDDEN]


class ConflictDialog(QDialog):
    chosen = Signal(object)  # a Resolution

    def __init__(self, loaded, mine, theirs, parent: QWidget | None = None, title: str = "",
                 copy_refusal: str = "", who: str = "",
                 names_of: Callable[[str], dict[int, str]] = lambda _field: {}) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed meanwhile"))
        self.choice: Resolution | None = None
        who = (getattr(theirs, "updated_by", "") if theirs is not None else "") or who or \
            self.tr("Someone else")
        title = title or getattr(loaded, "title", "") or getattr(loaded, "name", "")
        if theirs is None:
            text = self.tr("“{title}” was deleted while you were editing it. Your text is still "
                           "in the editor.").format(title=title)
        else:
            text = self.tr("{who} changed “{title}” while you were editing it. Your text is still "
                           "in the editor: choose what to keep.").format(who=who, title=title)
        self.message = QLabel(text, self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)

        self.table = QTableWidget(self)
        self.table.setObjectName("conflictChanges")
        words = {"title": self.tr("Title"), "text": self.tr("Text"), "planned_at": self.tr("Date"),
                 "status": self.tr("Status"), "kind": self.tr("Kind"), "pillar_id": self.tr("Pillar"),
                 "network_ids": self.tr("Networks"), "owner_id": self.tr("Owner"),
                 "public_notes": self.tr("Public notes"), "private_notes": self.tr("Private notes"),
                 "variants": self.tr("Variants"), "approvals": self.tr("Approvals"),
                 "content_due": self.tr("Content due"), "media_needed": self.tr("Media needed"),
                 "sensitive": self.tr("Sensitive"), "audience_id": self.tr("Audience"),
                 "name": self.tr("Name"), "description": self.tr("Description"),
                 "colour": self.tr("Colour"), "topic": self.tr("Topic"),
                 "details": self.tr("Details"), "start": self.tr("Start"), "end": self.tr("End"),
                 "rrule": self.tr("Repeats"), "location": self.tr("Location"),
                 "objectives": self.tr("Objectives and tone"), "version": self.tr("Version"),
                 "email": self.tr("Email"), "roles": self.tr("Roles"), "address": self.tr("Address"),
                 "target_share": self.tr("Target share"), "handle": self.tr("Handle"),
                 "cadence": self.tr("Cadence target"), "active": self.tr("Active"),
                 "covered_pillar_ids": self.tr("Covered pillars"),
                 "covered_network_ids": self.tr("Covered networks"),
                 "covered_kinds": self.tr("Covered kinds"), "approver_ids": self.tr("Approvers"),
                 "required_approvals": self.tr("Approvals required"),
                 "deadline_hours": self.tr("Deadline to decide"),
                 "substitute_id": self.tr("Substitute"), "validated_by_id": self.tr("Validated by"),
                 "validated_on": self.tr("Validated on"), "post_minutes": self.tr("Minutes per post"),
                 "capacity_minutes": self.tr("Weekly capacity"),
                 "moderation_minutes": self.tr("Moderation per week"),
                 "event_minutes": self.tr("Preparation of events"),
                 "kind_extra_minutes": self.tr("Extra minutes per kind of post"),
                 "alt_text": self.tr("Alt text"), "credit": self.tr("Credit"),
                 "tags": self.tr("Tags"), "site_id": self.tr("Site"),
                 "sender_id": self.tr("Sent by"), "request_id": self.tr("Request"),
                 "person_ids": self.tr("People shown")}
        rows = [(words.get(name, name), ours, other)
                for name, ours, other in differences(loaded, mine, theirs, names_of)]
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Yours"), self.tr("Theirs")])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.hide()

        self.see_button = QPushButton(self.tr("&See what changed"), self)
        self.see_button.setObjectName("seeChanges")
        self.see_button.setCheckable(True)
        self.see_button.toggled.connect(self.table.setVisible)
        self.buttons = QDialogButtonBox(self)
        self.theirs_button = self.buttons.addButton(self.tr("&Keep theirs"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.theirs_button.setObjectName("keepTheirs")
        self.theirs_button.setEnabled(theirs is not None)
        self.mine_button = self.buttons.addButton(
            self.tr("&Overwrite with mine") if theirs is not None else self.tr("&Save mine again"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.mine_button.setObjectName("overwriteWithMine")
        self.copy_button = self.buttons.addButton(self.tr("&Copy mine as a new item"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyMine")
        self.copy_button.setEnabled(not copy_refusal)
        self.copy_note = QLabel(copy_refusal, self)
        self.copy_note.setObjectName("copyRefusal")
        self.copy_note.setWordWrap(True)
        self.copy_note.setVisible(bool(copy_refusal))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button, resolution in ((self.theirs_button, Resolution.KEEP_THEIRS),
                                   (self.mine_button, Resolution.OVERWRITE),
                                   (self.copy_button, Resolution.COPY)):
            button.clicked.connect(lambda _c=False, r=resolution: self._choose(r))
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.see_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.copy_note)
        layout.addWidget(self.buttons)

    def _choose(self, resolution: Resolution) -> None:
        self.choice = resolution
        self.done(QDialog.DialogCode.Accepted)
        self.chosen.emit(resolution)
