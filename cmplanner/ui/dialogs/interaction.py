"""The questions the data-safety flows ask the user, behind one object (a port).

The plan-opening flow (ui/app.py) and the File-menu actions (dialogs/safety_actions.py) ask
through an ``Interaction``; the application uses this one (message boxes, file dialogs, the
restore dialog), tests pass a subclass with scripted answers, so no modal box blocks a test. Each
message box is built by its own function so tests can check its words and buttons on a real
widget.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cmplanner.storage.backups import Backup, Preview

from ..plan_lock import LockHolder

PLAN_FILTER = "cmplanner (*.cmplan)"


def tr(text: str) -> str:
    return QCoreApplication.translate("Interaction", text)


class Choice(enum.Enum):
    READ_ONLY = "read-only"
    RESTORE_BACKUP = "restore-backup"
    OPEN_OTHER = "open-other"
    QUIT = "quit"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         detail: str, choices: Sequence[tuple[Choice, str, QMessageBox.ButtonRole]]) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    for choice, label, role in choices:
        button = box.addButton(label, role)
        button.setProperty("choice", choice.value)
    return box


def locked_box(parent: QWidget | None, plan: Path, holder: LockHolder | None) -> QMessageBox:
    who = holder.describe() if holder else tr("another program")
    return _box(parent, QMessageBox.Icon.Warning, tr("Plan already open"),
                tr("“{name}” is already open in {who}.").format(name=plan.name, who=who),
                tr("Only one window can change a plan. You can open it read-only to consult "
                   "it, or close the other window first."),
                [(Choice.READ_ONLY, tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole),
                 (Choice.OPEN_OTHER, tr("Open another plan…"), QMessageBox.ButtonRole.ActionRole),
                 (Choice.QUIT, tr("Quit"), QMessageBox.ButtonRole.RejectRole)])


def read_only_box(parent: QWidget | None, plan: Path, reason: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Warning, tr("Plan cannot be changed"),
                tr("“{name}” cannot be changed here.").format(name=plan.name), reason,
                [(Choice.READ_ONLY, tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole),
                 (Choice.OPEN_OTHER, tr("Open another plan…"), QMessageBox.ButtonRole.ActionRole),
                 (Choice.QUIT, tr("Quit"), QMessageBox.ButtonRole.RejectRole)])


def refused_box(parent: QWidget | None, plan: Path, reason: str,
                backup: Backup | None) -> QMessageBox:
    choices = []
    detail = reason
    if backup is not None:
        from ..models.backup_table_model import format_moment

        taken = format_moment(backup.taken_at)
        detail += "\n\n" + tr("A backup from {date} exists. Restoring it keeps the refused file "
                              "beside the plan under another name.").format(date=taken)
        choices.append((Choice.RESTORE_BACKUP, tr("Restore the latest backup"),
                        QMessageBox.ButtonRole.AcceptRole))
    choices += [(Choice.OPEN_OTHER, tr("Open another plan…"), QMessageBox.ButtonRole.ActionRole),
                (Choice.QUIT, tr("Quit"), QMessageBox.ButtonRole.RejectRole)]
    return _box(parent, QMessageBox.Icon.Critical, tr("Cannot open the plan"),
                tr("“{name}” cannot be opened. It has not been changed.").format(name=plan.name),
                detail, choices)


def choice_of(box: QMessageBox) -> Choice:
    """The choice of the button that closed ``box`` (Quit when closed otherwise)."""
    button = box.clickedButton()
    value = button.property("choice") if button is not None else None
    return Choice(value) if value else Choice.QUIT


class Interaction:
    """Questions asked with real dialogs; ``parent`` is the window they belong to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def _ask(self, box: QMessageBox) -> Choice:
        box.exec()
        return choice_of(box)

    # --- opening a plan -----------------------------------------------------------------
    def plan_locked(self, plan: Path, holder: LockHolder | None) -> Choice:
        return self._ask(locked_box(self.parent, plan, holder))

    def plan_read_only(self, plan: Path, reason: str) -> Choice:
        return self._ask(read_only_box(self.parent, plan, reason))

    def plan_refused(self, plan: Path, reason: str, backup: Backup | None) -> Choice:
        return self._ask(refused_box(self.parent, plan, reason, backup))

    def choose_plan(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.parent, tr("Open a plan"), "", PLAN_FILTER)
        return Path(name) if name else None

    # --- File menu --------------------------------------------------------------------------
    def choose_copy_path(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self.parent, tr("Save a copy of the plan"),
                                              str(suggested), PLAN_FILTER)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(".cmplan")

    def choose_backup(self, previews: list[Preview]) -> Path | None:
        from .restore_dialog import RestoreDialog

        dialog = RestoreDialog(previews, self.parent)
        return dialog.selected_path() if dialog.exec() else None

    def confirm(self, title: str, text: str, detail: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                          self.parent)
        box.setInformativeText(detail)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)
