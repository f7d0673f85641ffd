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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cmplanner.storage.backups import Backup, Preview

from cmplanner.files.plan_lock import LockHolder

PLAN_FILTER = "cmplanner (*.cmplan)"


class Choice(enum.Enum):
    READ_ONLY = "read-only"
    RESTORE_BACKUP = "restore-backup"
    OPEN_OTHER = "open-other"
    QUIT = "quit"


_LABELS = {
    Choice.READ_ONLY: QT_TRANSLATE_NOOP("Interaction", "Open read-only"),
    Choice.RESTORE_BACKUP: QT_TRANSLATE_NOOP("Interaction", "Restore the latest backup"),
    Choice.OPEN_OTHER: QT_TRANSLATE_NOOP("Interaction", "Open another plan…"),
    Choice.QUIT: QT_TRANSLATE_NOOP("Interaction", "Quit"),
}
_ROLES = {
    Choice.READ_ONLY: QMessageBox.ButtonRole.AcceptRole,
    Choice.RESTORE_BACKUP: QMessageBox.ButtonRole.AcceptRole,
    Choice.OPEN_OTHER: QMessageBox.ButtonRole.ActionRole,
    Choice.QUIT: QMessageBox.ButtonRole.RejectRole,
}


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str,
         choices: Sequence[Choice]) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    for choice in choices:
        button = box.addButton(QCoreApplication.translate("Interaction", _LABELS[choice]),
                               _ROLES[choice])
        button.setProperty("choice", choice.value)
    return box


def holder_text(holder: LockHolder) -> str:
    """Who holds a plan: cmplanner, the person's user name and computer, and the process."""
    if holder.user:
        return QCoreApplication.translate(
            "Interaction", "{app} of {user} on the computer “{host}” (process {pid})").format(
            app=holder.app_name, user=holder.user, host=holder.hostname or "?", pid=holder.pid)
    return QCoreApplication.translate(
        "Interaction", "{app} on the computer “{host}” (process {pid})").format(
        app=holder.app_name, host=holder.hostname or "?", pid=holder.pid)


def locked_box(parent: QWidget | None, plan: Path, holder: LockHolder | None) -> QMessageBox:
    who = (holder_text(holder) if holder
           else QCoreApplication.translate("Interaction", "another program"))
    return _box(
        parent, QMessageBox.Icon.Warning,
        QCoreApplication.translate("Interaction", "Plan already open"),
        QCoreApplication.translate("Interaction", "“{name}” is already open in {who}.").format(
            name=plan.name, who=who),
        QCoreApplication.translate("Interaction", "Only one window can change a plan. You can "
                                   "open it read-only to consult it, or close the other window "
                                   "first."),
        (Choice.READ_ONLY, Choice.OPEN_OTHER, Choice.QUIT))


def read_only_box(parent: QWidget | None, plan: Path, reason: str) -> QMessageBox:
    return _box(
        parent, QMessageBox.Icon.Warning,
        QCoreApplication.translate("Interaction", "Plan cannot be changed"),
        QCoreApplication.translate("Interaction", "“{name}” cannot be changed here.").format(
            name=plan.name),
        reason, (Choice.READ_ONLY, Choice.OPEN_OTHER, Choice.QUIT))


def refused_box(parent: QWidget | None, plan: Path, reason: str,
                backup: Backup | None) -> QMessageBox:
    from ..models.backup_table_model import format_moment

    choices = [Choice.OPEN_OTHER, Choice.QUIT]
    detail = reason
    if backup is not None:
        detail += "\n\n" + QCoreApplication.translate(
            "Interaction", "A backup from {date} exists. Restoring it keeps the refused file "
            "beside the plan under another name.").format(date=format_moment(backup.taken_at))
        choices.insert(0, Choice.RESTORE_BACKUP)
    return _box(
        parent, QMessageBox.Icon.Critical,
        QCoreApplication.translate("Interaction", "Cannot open the plan"),
        QCoreApplication.translate(
            "Interaction", "“{name}” cannot be opened. It has not been changed.").format(
            name=plan.name),
        detail, choices)


def explain_file_error(exc: Exception) -> str:
    """Why a plan file was refused, in the interface's language, then SQLite's own words."""
    from cmplanner.storage import errors

    reasons = (
        (errors.NewerPlan, QT_TRANSLATE_NOOP(
            "Interaction", "It was written by a newer version of cmplanner: update cmplanner "
            "to open it.")),
        (errors.ForeignDatabase, QT_TRANSLATE_NOOP(
            "Interaction", "It is the database of another application, not a plan.")),
        (errors.NotAPlan, QT_TRANSLATE_NOOP("Interaction", "It is not a cmplanner plan.")),
        (errors.CorruptPlan, QT_TRANSLATE_NOOP(
            "Interaction", "The file is damaged (truncated or overwritten).")),
        (errors.ReadOnlyPlan, QT_TRANSLATE_NOOP(
            "Interaction", "The file or its folder is read-only.")),
        (errors.DiskFull, QT_TRANSLATE_NOOP(
            "Interaction", "The disk is full: the change was not saved.")),
    )
    for kind, reason in reasons:
        if isinstance(exc, kind):
            return (QCoreApplication.translate("Interaction", reason) + "\n\n"
                    + QCoreApplication.translate("Interaction", "Details: {details}").format(
                        details=str(exc)))
    return str(exc)


def copy_path_dialog(parent: QWidget | None, suggested: Path) -> QFileDialog:
    """File > Save a copy…: a save dialog that adds ".cmplan" itself, so the overwrite question
    it asks is about the file really written."""
    dialog = QFileDialog(parent, QCoreApplication.translate("Interaction", "Save a copy of the plan"),
                         str(suggested.parent), PLAN_FILTER)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("cmplan")
    dialog.selectFile(suggested.name)
    return dialog


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
        name, _ = QFileDialog.getOpenFileName(
            self.parent, QCoreApplication.translate("Interaction", "Open a plan"), "", PLAN_FILTER)
        return Path(name) if name else None

    # --- File menu --------------------------------------------------------------------------
    def choose_copy_path(self, suggested: Path) -> Path | None:
        dialog = copy_path_dialog(self.parent, suggested)
        return Path(dialog.selectedFiles()[0]) if dialog.exec() else None

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
