"""Which plan the window shows: the start (last plan, or the welcome screen), File ▸ New plan…,
Open…, Open recent and the demo plan.

A ``Launcher`` owns the open plan (its store and lock, ui/app.py ``OpenedPlan``) and its main
window; opening another plan opens it first (lock, checks), and only then closes the current one,
so a plan that cannot be opened leaves the window as it was. The demo plan lives in its own file
(paths.demo_plan_path), never in the user's plan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from .app import FirstPaint, OpenedPlan, build_main_window, open_plan_safely
from .recent_plans import recent_plans, remember_plan


def startup_plan() -> Path | None:
    """The plan a start without a named plan opens: the last one opened, else the user's plan in
    the data folder; None on a first start (the welcome screen asks)."""
    from cmplanner.paths import default_plan_path

    recent = recent_plans()
    if recent:
        return recent[0]
    default = default_plan_path()
    return default if default.is_file() and default.stat().st_size else None



class Launcher(QObject):
    def __init__(self, interaction, today: Callable[[], date] | None = None) -> None:
        super().__init__()
        self.interaction = interaction
        self.today = today
        self.opened: OpenedPlan | None = None
        self.window = None  # MainWindow
        self.welcome: QWidget | None = None
        self.wizard = None  # the guided set-up while it is open
        self._watchers: list[FirstPaint] = []

    # --- start -------------------------------------------------------------------------------
    def start(self, path: Path | None, read_only: bool = False) -> bool:
        """Open ``path``, or the start plan, or show the welcome screen; False when nothing is
        shown (the user quit)."""
        target = path or startup_plan()
        if target is not None:
            return self.open_path(target, read_only)
        self.show_welcome()
        return True

    def show_welcome(self) -> None:
        from .welcome import WelcomeScreen

        self.welcome = WelcomeScreen(self)
        self.interaction.parent = self.welcome
        self.welcome.show()

    # --- the three ways in -----------------------------------------------------------------------
    def open_demo(self) -> bool:
        """Open the demo plan's own file, writing it the first time."""
        from cmplanner.paths import demo_plan_path
        from cmplanner.services.demo import build_demo_plan
        from cmplanner.services.new_plan import plan_is_empty

        path = demo_plan_path()
        opened = self._open(path, False)
        if opened is None:
            return False
        if not opened.store.read_only and plan_is_empty(opened.store):
            build_demo_plan(opened.store)
        self._show(opened)
        return True

    def choose_and_open(self) -> bool:
        path = self.interaction.choose_plan()
        return path is not None and self.open_path(path)

    def start_guided_setup(self, parent: QWidget | None = None):
        """Open the guided set-up; its plan opens in place of the current one when finished."""
        from .new_plan_wizard import NewPlanWizard

        if self.wizard is not None:
            self.wizard.raise_()
            return self.wizard
        self.wizard = NewPlanWizard(parent or self.window or self.welcome)
        self.wizard.plan_created.connect(self.open_path)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()
        return self.wizard

    def _wizard_closed(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()

    # --- opening ---------------------------------------------------------------------------------
    def open_path(self, path: Path, read_only: bool = False) -> bool:
        """Open ``path`` in place of the current plan; False (nothing changed) when it cannot."""
        path = Path(path)
        if self.opened is not None and self._same(path, self.opened.store.path):
            self.window.activateWindow()
            return True
        opened = self._open(path, read_only)
        if opened is None:
            return False
        self._show(opened)
        return True

    def _open(self, path: Path, read_only: bool) -> OpenedPlan | None:
        return open_plan_safely(path, read_only, self.interaction, backup_now=False)

    def _show(self, opened: OpenedPlan) -> None:
        old_window, old_opened = self.window, self.opened
        window = build_main_window(opened.store, today=self.today)
        window.launcher = self
        self.opened, self.window = opened, window
        self.interaction.parent = window
        remember_plan(Path(opened.store.path))

        def after_first_paint() -> None:
            window.pages.complete()  # the File menu's safety actions among them (ui/app.py)
            safety = getattr(window, "safety_actions", None)
            if safety is not None and opened.backup_target is not None:
                opened.backup_target = None
                safety.backup_if_due()  # off the window's thread; a failure is said by safety
            else:
                opened.take_daily_backup()
            QTimer.singleShot(0, opened.store.prepare_writes)  # before the first edit needs them
            for notice in opened.notices:
                self.interaction.inform(QCoreApplication.translate("Launcher", "Plan opened"), notice)
            opened.notices.clear()

        self._watchers.append(FirstPaint(window, after_first_paint))
        window.show()
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_opened is not None:
            _wait_for_backup(old_window)
            old_opened.take_daily_backup()
            old_opened.close()

    def close(self) -> None:
        """At exit: the daily backup if the window never painted, then close the plan."""
        if self.opened is not None:
            _wait_for_backup(self.window)
            self.opened.take_daily_backup()
            self.opened.close()
            self.opened = None

    @staticmethod
    def _same(a: Path, b: Path | None) -> bool:
        try:
            return b is not None and a.resolve() == Path(b).resolve()
        except OSError:
            return False


def launcher_of(window) -> Launcher:
    """The launcher that owns ``window``; a window built without one (tests, screenshots) gets
    one that adopts its plan as it is."""
    launcher = getattr(window, "launcher", None)
    if launcher is None:
        from .dialogs.interaction import Interaction

        launcher = Launcher(Interaction(window))
        launcher.setParent(window)
        launcher.window = window
        launcher.opened = OpenedPlan(window.store, None)
        window.launcher = launcher
    return launcher


def _wait_for_backup(window) -> None:
    """Let the automatic backup the window started end before its plan closes."""
    safety = getattr(window, "safety_actions", None) if window is not None else None
    if safety is not None:
        safety.wait_for_backup()
