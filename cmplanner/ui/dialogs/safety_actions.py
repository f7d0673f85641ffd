"""File menu: Save a copy…, Restore from backup…, Undo restore; and the daily backup timer.

``install_safety_actions(window, ctx, menu)`` adds the three actions to ``menu`` and starts the
timer; the main window calls it when it builds its File menu.

How a restore meets the undo history: the commands on ``ctx.undo_stack`` hold snapshots of the
plan as it was before the restore (ids, revisions); undoing one of them after a restore would
write old data into the restored plan. So a restore clears the undo stack, and is undone by its
own action, "Undo restore", which restores the copy taken just before the restore (after backing
up the current plan again, so edits made since the restore stay in a backup too).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ..context import AppContext
from ..menu_tools import add_above_quit
from ..messages import describe

if TYPE_CHECKING:
    from cmplanner.storage.backups import Backup

    from ..long_task import Background

# The backup code and the dialogs are imported when an action runs, not when the main window
# builds its File menu: they are not needed before the first paint.

CHECK_EVERY_MS = 60 * 60 * 1000  # the timer looks hourly whether today's backup is taken


def backups_to_keep() -> int:
    """How many backups of each kind are kept (setting ``backups/keep``, 10 by default)."""
    from cmplanner.storage import backups

    try:
        keep = int(QSettings().value("backups/keep", backups.DEFAULT_KEEP))
    except (TypeError, ValueError):
        keep = backups.DEFAULT_KEEP
    return max(keep, 1)


class SafetyActions(QObject):
    def __init__(self, window: QWidget, ctx: AppContext, menu: QMenu,
                 interaction=None) -> None:  # an Interaction (dialogs/interaction.py)
        super().__init__(window)
        self.ctx = ctx
        self._window = window
        self._interaction = interaction
        self._undo_target: Path | None = None
        self._background: Background | None = None  # the automatic backup's worker
        self._failure: Exception | None = None
        self.last_backup: Backup | None = None
        writable = not ctx.store.read_only and not ctx.store.is_team  # a server's backups: pg_dump

        self.save_copy_action = QAction(self.tr("Save a &copy…"), window)
        self.save_copy_action.setObjectName("saveCopyAction")
        self.save_copy_action.triggered.connect(lambda: self.save_copy())
        self.restore_action = QAction(self.tr("&Restore from backup…"), window)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.setEnabled(writable)
        self.restore_action.triggered.connect(lambda: self.restore_from_backup())
        self.undo_restore_action = QAction(self.tr("&Undo restore"), window)
        self.undo_restore_action.setObjectName("undoRestoreAction")
        self.undo_restore_action.setEnabled(False)
        self.undo_restore_action.triggered.connect(lambda: self.undo_restore())
        add_above_quit(menu, [self.save_copy_action, self.restore_action, self.undo_restore_action])

        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.backup_if_due)
        if writable:
            self.timer.start()

    @property
    def interaction(self):
        if self._interaction is None:
            from .interaction import Interaction

            self._interaction = Interaction(self._window)
        return self._interaction

    @property
    def _plan(self) -> Path:
        return Path(self.ctx.store.path)

    def save_copy(self, target: Path | None = None) -> bool:
        from cmplanner.files.atomic import WriteFailed
        from cmplanner.storage import backups

        if self.ctx.store.is_team:  # a team plan is copied table by table (ui/team_actions.py)
            return self._window.team_actions.save_copy(target)

        name = self.tr("{name} (copy)").format(name=self._plan.stem)
        suggested = self._plan.with_name(name + ".cmplan")
        target = target or self.interaction.choose_copy_path(suggested)
        if target is None:
            return False
        from cmplanner.storage.copying import Cancelled

        from ..long_task import run_long

        try:  # off the window's thread; Cancel leaves no file
            finished, _ = run_long(self._window, self.tr("Save a copy"),
                                   lambda progress, cancelled: backups.save_copy(
                                       self._plan, target, progress, cancelled))
        except Cancelled:
            return False
        except WriteFailed as exc:
            self.interaction.error(self.tr("Copy not saved"), describe(exc))
            return False
        return finished

    def restore_from_backup(self, backup: Path | None = None) -> bool:
        from cmplanner.storage import backups

        if backup is None:
            previews = [backups.preview(b) for b in backups.list_backups(self._plan)]
            backup = self.interaction.choose_backup(previews)
            if backup is None:
                return False
        before = self._restore(backup)
        if before is None:
            return False
        self._undo_target = before
        self.undo_restore_action.setEnabled(True)
        return True

    def undo_restore(self) -> bool:
        if self._undo_target is None:
            return False
        if not self.interaction.confirm(
                self.tr("Undo restore"),
                self.tr("Bring back the plan as it was before the restore?"),
                self.tr("Changes made since the restore are replaced; they stay in a backup.")):
            return False
        if self._restore(self._undo_target) is None:
            return False
        self._undo_target = None
        self.undo_restore_action.setEnabled(False)
        return True

    def _restore(self, backup: Path) -> Path | None:
        """Restore ``backup``; the copy of the plan taken just before, or None on failure."""
        from cmplanner.files.atomic import WriteFailed
        from cmplanner.storage import backups
        from cmplanner.storage.errors import PlanFileError

        from .interaction import explain_file_error

        from cmplanner.storage.copying import Cancelled

        from ..long_task import run_long_write

        keep = backups_to_keep()
        try:  # off the window's thread; Cancel is heard while the plan's own copy is taken
            finished, before = run_long_write(
                self._window, self.ctx.store, self.tr("Restore from backup"),
                lambda progress, cancelled: backups.restore(self.ctx.store, backup, keep,
                                                            progress=progress,
                                                            cancelled=cancelled))
        except Cancelled:
            return None
        except (PlanFileError, OSError) as exc:  # WriteFailed, PermissionError (read-only)
            reason = describe(exc) if isinstance(exc, WriteFailed) else explain_file_error(exc)
            self.interaction.error(self.tr("Backup not restored"),
                                   self.tr("The plan has not been changed.") + "\n\n" + reason)
            return None
        if not finished:
            return None
        self.ctx.undo_stack.clear()  # its commands describe the plan before the restore
        restored: Backup = before
        return restored.path

    def backup_if_due(self) -> None:
        """Today's automatic backup when it is not taken yet, off the window's thread (no
        dialog: the user is not waiting for it); ``last_backup`` is the Backup taken, if any."""
        from cmplanner.files.atomic import WriteFailed
        from cmplanner.storage import backups

        from ..long_task import Background

        if self.ctx.store.read_only:
            return
        if self._background is None:
            self._background = Background(self)
            self._background.done.connect(self._backup_done)
        background = self._background
        plan, keep = self._plan, backups_to_keep()

        def job() -> None:
            try:
                self.last_backup = backups.backup_if_due(plan, keep)
            except WriteFailed as exc:
                self._failure = exc
        background.start(job)

    def wait_for_backup(self) -> None:
        """Let a running automatic backup end (and say what went wrong, if anything)."""
        if self._background is not None:
            self._background.wait()

    def _backup_done(self) -> None:
        failure, self._failure = self._failure, None
        if failure is not None:
            self.interaction.error(self.tr("Automatic backup failed"), describe(failure))
            self.timer.stop()  # one message, not one an hour; the next opening tries again


def install_safety_actions(window: QWidget, ctx: AppContext, menu: QMenu,
                           interaction=None) -> SafetyActions:
    """Add Save a copy…, Restore from backup… and Undo restore to ``menu``; the returned object
    (owned by ``window``) also runs the daily backup timer."""
    return SafetyActions(window, ctx, menu, interaction)
