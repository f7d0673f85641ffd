"""Starting the application: translations, opening the plan safely, the main window.

Opening a plan (``open_plan_safely``), in this order:
1. take the plan's lock (ui/plan_lock.py); if another cmplanner holds it, say who and offer to
   open the plan read-only; a lock left by a crash is taken over;
2. open the store: a damaged, foreign or newer file is refused untouched, and when the plan has a
   backup the message offers to restore it (the refused file is kept under another name); a
   read-only file or folder is offered read-only;
3. take the day's automatic backup (a failure is reported, not fatal). ``run_app`` takes it just
   after the window's first paint, so copying a large plan never delays the window.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from cmplanner import __version__

if TYPE_CHECKING:
    from cmplanner.storage.store import PlanStore



def open_plan(path: Path | None, read_only: bool = False):
    """Open ``path``, or the demo plan's own file (written with the demo the first time); no
    lock, no question (scripts, benchmarks). An existing plan is never turned into the demo."""
    from cmplanner.storage.store import PlanStore

    if path is None:
        from cmplanner.paths import demo_plan_path  # platformdirs: only for the demo plan
        from cmplanner.services.demo import build_demo_plan
        from cmplanner.services.new_plan import plan_is_empty

        store = PlanStore.open(demo_plan_path(), create=True, read_only=False)
        if plan_is_empty(store):
            build_demo_plan(store)
        return store
    return PlanStore.open(path, create=True, read_only=read_only)


@dataclass
class OpenedPlan:
    store: PlanStore
    lock: object | None  # PlanLock, held while the plan is open for writing
    notices: list[str] = field(default_factory=list)  # said to the user once the window shows
    backup_target: Path | None = None  # the plan whose daily backup is still to be taken

    def take_daily_backup(self) -> None:
        """Take the day's automatic backup when due (once); a failure becomes a notice."""
        from cmplanner.files.atomic import WriteFailed
        from cmplanner.storage import backups

        from .dialogs.safety_actions import backups_to_keep
        from .messages import describe

        target, self.backup_target = self.backup_target, None
        if target is None:
            return
        try:
            backups.backup_if_due(target, backups_to_keep())
        except WriteFailed as exc:
            self.notices.append(QCoreApplication.translate(
                "app", "The automatic backup could not be taken: {reason}").format(
                reason=describe(exc)))

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()


def open_plan_safely(path: Path | str | None, read_only: bool, interaction,
                     backup_now: bool = True) -> OpenedPlan | None:
    """Open ``path`` (the user's plan in the data folder when None) asking ``interaction``
    (dialogs/interaction.py) what to do when it cannot be opened for writing; None when the user
    quits. Unless ``backup_now``, the daily backup is left to ``take_daily_backup()``. A missing
    file is created empty: the demo plan only ever goes into its own file (ui/launcher.py)."""
    from cmplanner.paths import default_plan_path

    from .dialogs.interaction import Choice

    if isinstance(path, str):  # a team plan's postgresql:// address: no lock, no file backup
        from .team_actions import open_team_store

        store = open_team_store(path, getattr(interaction, "parent", None), read_only)
        return None if store is None else OpenedPlan(store, None)
    notices: list[str] = []
    while True:
        target = path or default_plan_path()
        if not target.exists() or target.stat().st_size == 0:
            read_only = False  # a new plan is created (written) once
        outcome = _try_open(target, read_only, interaction, notices)
        if isinstance(outcome, OpenedPlan):
            break
        if outcome == Choice.READ_ONLY:
            read_only = True
        elif outcome == Choice.OPEN_OTHER:
            path, read_only = interaction.choose_plan(), False
            if path is None:
                return None
        elif outcome != Choice.RESTORE_BACKUP:  # restored: open it again
            return None

    if not read_only:
        outcome.backup_target = target
        if backup_now:
            outcome.take_daily_backup()
    return outcome


def _try_open(target: Path, read_only: bool, interaction, notices: list[str]):
    """One attempt: the OpenedPlan, or the user's Choice when it could not be opened as asked
    (RESTORE_BACKUP once the latest backup was put in place of a refused file)."""
    from cmplanner.storage.errors import PlanFileError, ReadOnlyPlan
    from cmplanner.storage.store import PlanStore

    from .dialogs.interaction import explain_file_error
    from cmplanner.files.plan_lock import LockState, PlanLock

    lock = None
    if not read_only:
        target.parent.mkdir(parents=True, exist_ok=True)
        lock = PlanLock(target)
        state = lock.acquire()
        if state == LockState.HELD:
            return interaction.plan_locked(target, lock.holder())
        if state != LockState.ACQUIRED:
            return interaction.plan_read_only(target, QCoreApplication.translate(
                "app", "The lock file beside the plan cannot be created: its folder is read-only."))
    try:
        store = PlanStore.open(target, create=True, read_only=read_only)
    except ReadOnlyPlan as exc:
        choice = interaction.plan_read_only(target, explain_file_error(exc))
    except PlanFileError as exc:
        choice = _refused(target, explain_file_error(exc), interaction, notices,
                          may_restore=lock is not None)
    else:
        return OpenedPlan(store, lock, notices)
    if lock is not None:
        lock.release()
    return choice


def _refused(target: Path, reason: str, interaction, notices: list[str], may_restore: bool):
    """Ask what to do with a refused plan; put its latest backup in its place if so chosen (only
    when this process holds the plan's lock: never under another window)."""
    from cmplanner.files.atomic import WriteFailed
    from cmplanner.storage import backups
    from cmplanner.storage.errors import PlanFileError

    from .dialogs.interaction import Choice
    from .models.backup_table_model import format_moment

    latest = backups.latest_backup(target) if may_restore and target.is_file() else None
    choice = interaction.plan_refused(target, reason, latest)
    if choice != Choice.RESTORE_BACKUP or latest is None:
        return choice
    try:
        aside = backups.replace_damaged(target, latest.path)
    except (PlanFileError, WriteFailed, OSError) as failure:
        choice = interaction.plan_refused(target, str(failure), None)
        return Choice.QUIT if choice == Choice.RESTORE_BACKUP else choice
    notices.append(QCoreApplication.translate(
        "app", "The backup of {date} was restored; the refused file is kept as “{name}”.").format(
        date=format_moment(latest.taken_at), name=aside.name))
    return Choice.RESTORE_BACKUP


class FirstPaint(QObject):
    """Calls ``then`` once, as soon as ``window`` has been painted for the first time."""

    def __init__(self, window, then) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, then)  # once this paint is on screen
        return False


def _after_first_paint(window: Any) -> None:
    """What the start leaves until the window is on screen: the holidays (calendar_source.py),
    the actions no part of the window shows until a menu opens (window_pages.complete),
    collecting garbage (idle_gc.py) and writing the dataclasses' compiled methods it had to
    compile (files/class_code.py)."""
    from cmplanner.files import class_code

    from .idle_gc import resume

    window.source.load_holidays()
    window.pages.complete()
    resume()
    class_code.save()


def build_main_window(store, today=None):
    """The main window on an open store (also used by benchmarks and screenshots).

    ``today`` (a callable returning a date) freezes the calendar's idea of today."""
    from .context import AppContext
    from .main_window import MainWindow

    ctx = AppContext(store)
    ctx.paint_first = True  # the holidays package and the menus' other actions: once it is on screen
    window = MainWindow(ctx, today=today)
    FirstPaint(window, lambda: _after_first_paint(window))
    ctx.setParent(window)
    window.destroyed.connect(lambda *_: ctx.close())
    return window


def run_app(path: Path | str | None, read_only: bool = False, language: str | None = None) -> int:
    """Start the window on ``path``, on the last plan opened, or on the welcome screen of a first
    start (ui/launcher.py)."""
    from .dialogs.interaction import Interaction
    from .i18n import install_translators, pick_language
    from .launcher import Launcher

    app = start_application()
    from .settings import UiSettings

    translators = install_translators(app, pick_language(language or UiSettings().language_override()))
    launcher = Launcher(Interaction())
    if not launcher.start(path, read_only):
        return 2
    from .idle_gc import collect_when_idle

    collect_when_idle(app)
    code = app.exec()
    from .long_task import wait_for_background

    wait_for_background()  # a re-publish still writing finishes before the plan closes
    launcher.close()
    del translators
    return code


def start_application() -> QApplication:
    """The QApplication with the program's names and icon. Qt's own dialogs are used rather
    than the desktop's, so file dialogs speak the interface's language like the rest."""
    from PySide6.QtCore import Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("cmplanner")
    app.setOrganizationName("cmplanner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.cmplanner.cmplanner")
    from .marks import app_icon

    app.setWindowIcon(app_icon())
    return app
