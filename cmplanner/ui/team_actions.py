"""File menu for team plans: Open team plan…, Publish my plan to the team…; and, in a window on a
team plan, its live part (ui/team_live.py) and the author its changes carry.

``install_team_actions(window, ctx, menu)`` is called by the main window when it builds its File
menu. A team plan opens in a window of its own (the window it was asked from stays as it is).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog, QWidget

from .menu_tools import add_above_quit
from .messages import describe

_windows: list = []  # team plan windows opened from another window, kept alive while open


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """A message that does not block the window (the outcome of an opening, a copy)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("teamMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def open_team_store(url: str, parent: QWidget | None, read_only: bool = False):
    """The team plan at ``url``, asking for a password when libpq finds none; None (the reason
    shown) when it cannot be opened or the user cancels."""
    from cmplanner.storage.errors import PlanFileError
    from cmplanner.storage.server import PasswordNeeded, ServerUnavailable, shown
    from cmplanner.storage.store import PlanStore

    from .dialogs.interaction import explain_file_error
    from .dialogs.team_plan_dialog import ask_password

    password = None
    while True:
        try:
            return PlanStore.open(url, create=True, read_only=read_only, password=password)
        except PasswordNeeded:
            password = ask_password(parent, shown(url))
            if password is None:
                return None
        except PlanFileError as exc:
            reason = explain_file_error(exc)
            if isinstance(exc, ServerUnavailable):
                reason = QCoreApplication.translate(
                    "TeamActions", "The team plan's server cannot be reached: check the address "
                    "and the network, or ask whoever runs the server.") + "\n\n" + \
                    QCoreApplication.translate("TeamActions", "Details: {details}").format(
                        details=str(exc))
            tell(parent, QMessageBox.Icon.Warning,
                 QCoreApplication.translate("TeamActions", "Team plan not opened"), reason)
            return None


def show_team_window(store, today=None):
    """A main window on a team plan (opened from File > Open team plan…)."""
    from .app import build_main_window

    window = build_main_window(store, today)
    window.pages.complete()  # a second window: its menus whole at once, no start to speed up
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    window.destroyed.connect(lambda *_: store.close())
    window.show()
    return window


def may_publish_feeds(ctx, window) -> bool:
    """Whether this window publishes the shared feeds now: on a team plan only the client holding
    the lease does (services/team.py); the others say who does and leave the files alone."""
    from cmplanner.domain.errors import DomainError
    from cmplanner.services.team import take_feeds_lease

    try:
        holder = take_feeds_lease(ctx.store)
    except DomainError as exc:
        window.statusBar().showMessage(describe(exc), 10000)
        return False
    except Exception:  # noqa: BLE001 (the server went away: the banner says so)
        return False
    if holder is None:
        return True
    window.statusBar().showMessage(QCoreApplication.translate("TeamActions", "The shared feeds are published by {who}'s cmplanner; "
                                       "this one leaves them alone.").format(who=holder), 10000)
    return False


def release_lease(store) -> None:
    """A colleague's cmplanner may publish the shared feeds as soon as this one closes."""
    from cmplanner.services.team import release_feeds_lease

    try:
        release_feeds_lease(store)
    except Exception:  # noqa: BLE001 (the server is away: the lease expires by itself)
        pass


class CopyWorker(QThread):
    """A plan copy (services/team.py) off the window's thread, with progress and Cancel."""

    progressed = Signal(int, int)

    def __init__(self, run, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run, self.cancelled = run, False
        self.report = None
        self.error: Exception | None = None

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled

    def run(self) -> None:  # noqa: D401 (QThread)
        try:
            self.report = self._run(self._progress)
        except Exception as exc:  # noqa: BLE001 (reported to the user by the window's thread)
            self.error = exc


def run_copy(parent: QWidget, title: str, run) -> object | None:
    """Run ``run(progress)`` in a CopyWorker behind a progress dialog; its report, or None (the
    reason shown)."""
    from PySide6.QtCore import QEventLoop

    dialog = QProgressDialog(title, QCoreApplication.translate("TeamActions", "Cancel"), 0, 0, parent)
    dialog.setObjectName("copyProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    worker = CopyWorker(run, parent)
    worker.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if worker.isRunning():
        loop.exec()
    worker.wait()
    dialog.reset()
    dialog.deleteLater()
    if worker.error is not None:
        tell(parent, QMessageBox.Icon.Warning, title, describe(worker.error))
        return None
    return worker.report


class TeamActions(QObject):
    def __init__(self, window, ctx, menu: QMenu) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.live = None
        self.open_action = QAction(self.tr("Open &team plan…"), window)
        self.open_action.setObjectName("openTeamPlanAction")
        self.open_action.triggered.connect(lambda: self.open_team_plan())
        self.publish_action = QAction(self.tr("&Publish my plan to the team…"), window)
        self.publish_action.setObjectName("publishToTeamAction")
        self.publish_action.setEnabled(not ctx.store.is_team)
        self.publish_action.triggered.connect(lambda: self.publish())
        add_above_quit(menu, [self.open_action, self.publish_action])
        if ctx.store.is_team:
            from .team_live import TeamLive

            self._sign()
            ctx.current_person_changed.connect(self._sign)
            self.live = TeamLive(window, ctx)
            store = ctx.store
            store.on_close.append(lambda: release_lease(store))  # whoever closes the plan

    def _sign(self) -> None:
        """Changes carry the name of the person chosen in the preferences."""
        person = self.ctx.current_person()
        self.ctx.store.author = person.name if person is not None else ""

    def choose_url(self, title: str, intro: str) -> str | None:
        from .dialogs.team_plan_dialog import TeamPlanDialog

        dialog = TeamPlanDialog(title, intro, self.window)
        return dialog.url() if dialog.exec() else None

    def open_team_plan(self, url: str | None = None):
        """File > Open team plan…: the team plan in a window of its own; that window, or None."""
        url = url or self.choose_url(self.tr("Open team plan"), self.tr(
            "A team plan lives on your organisation's PostgreSQL server; colleagues see each "
            "other's changes as they are saved."))
        if not url:
            return None
        store = open_team_store(url, self.window)
        return None if store is None else show_team_window(store, self.ctx.today)

    def publish(self, url: str | None = None):
        """File > Publish my plan to the team…: this plan copied into an empty team database."""
        from cmplanner.services.team import copy_plan

        url = url or self.choose_url(self.tr("Publish my plan to the team"), self.tr(
            "This plan is copied into an empty database on the team's server; then everyone "
            "opens it there (File > Open team plan…). This file stays as it is."))
        if not url:
            return None
        target = open_team_store(url, self.window)
        if target is None:
            return None
        try:
            report = run_copy(self.window, self.tr("Publishing the plan…"),
                              lambda progress: copy_plan(self.ctx.store, target, progress))
        finally:
            target.close()
        if report is not None:
            tell(self.window, QMessageBox.Icon.Information, self.tr("Plan published"), self.tr(
                "The plan is on the team's server: %n post(s), every table checked. Open it "
                "with File > Open team plan….", "", report.posts))
        return report

    def save_copy(self, target=None) -> bool:
        """Save a copy… of a team plan: a new local .cmplan file (services/team.py)."""
        from pathlib import Path

        from cmplanner.paths import default_plan_path
        from cmplanner.services.team import save_as_file

        from .dialogs.interaction import Interaction

        if target is None:
            name = self.tr("{name} (copy)").format(name=self.ctx.store.settings().name)
            target = Interaction(self.window).choose_copy_path(
                default_plan_path().with_name(name + ".cmplan"))
            if target is None:
                return False
        report = run_copy(self.window, self.tr("Saving a copy…"),
                          lambda progress: save_as_file(self.ctx.store, Path(target), progress))
        return report is not None

    def close(self) -> None:
        if self.live is not None:
            self.live.close()
        if self.ctx.store.is_team:
            release_lease(self.ctx.store)


def install_team_actions(window, ctx, menu: QMenu) -> TeamActions:
    return TeamActions(window, ctx, menu)
