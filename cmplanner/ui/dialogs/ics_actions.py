"""File-menu actions for iCalendar and Outlook: export, import (with its preview), CSV, publish.

The main window calls ``install_ics_actions(window, ctx, menu)`` for its File menu. Every write
goes through a use case whose change goes on the context's undo stack (the import is one undoable
step: ``services.imports``) or through an atomic file write (exports and the publish folder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..menu_tools import add_above_quit
from ..messages import describe

translate = QCoreApplication.translate  # lupdate reads translate("context", "literal")
PUBLISH_DELAY_MS = 2000  # several quick edits give one publication


def export_ics(window, ctx, as_csv: bool = False) -> Path | None:
    from cmplanner.files.atomic import WriteFailed

    from .ics_export_dialog import IcsExportDialog  # imported when used, not at start-up

    dialog = IcsExportDialog(ctx.store, ctx.current_filter, window, as_csv=as_csv)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    if as_csv:
        title = translate("ics_actions", "Export for Outlook (CSV)")
        name, _ = QFileDialog.getSaveFileName(window, title, "plan.csv",
                                              translate("ics_actions", "CSV files (*.csv)"))
    else:
        title = translate("ics_actions", "Export to iCalendar")
        name, _ = QFileDialog.getSaveFileName(window, title, "plan.ics",
                                              translate("ics_actions", "iCalendar files (*.ics)"))
    if not name:
        return None
    from cmplanner.interop.ics_export import Cancelled, write_ics
    from cmplanner.interop.outlook_csv import write_csv

    from ..long_task import run_long

    writer = write_csv if as_csv else write_ics
    try:  # off the window's thread, with a progress bar; Cancel leaves no file
        finished, _summary = run_long(window, title, lambda progress, cancelled: writer(
            ctx.store, name, options, progress=progress, cancelled=cancelled))
    except Cancelled:
        return None
    except WriteFailed as exc:
        QMessageBox.warning(window, translate("ics_actions", "Export failed"), describe(exc))
        return None
    return Path(name) if finished else None


def export_item(window, ctx, post_id: int | None = None, event_id: int | None = None) -> Path | None:
    """"Send this post or event": one item, no calendar name (Outlook then adds it to the user's
    own calendar instead of creating a new calendar folder)."""
    from cmplanner.files.atomic import WriteFailed
    from cmplanner.interop.ics_export import write_ics
    from cmplanner.interop.ics_options import ExportOptions, Scope

    title = translate("ics_actions", "Export this item")
    name, _ = QFileDialog.getSaveFileName(window, title, "item.ics",
                                          translate("ics_actions", "iCalendar files (*.ics)"))
    if not name:
        return None
    options = ExportOptions(scope=Scope.ITEM, target_id=event_id if event_id is not None else post_id,
                            target_is_event=event_id is not None)
    try:
        write_ics(ctx.store, name, options)
    except WriteFailed as exc:
        QMessageBox.warning(window, translate("ics_actions", "Export failed"), describe(exc))
        return None
    return Path(name)


def import_ics(window, ctx, path: str | None = None) -> bool:
    from cmplanner.interop.ics_import import (
        ImportFailed, ImportOptions, apply_import, preview_import, read_file,
    )
    from cmplanner.interop.ics_read import IcsFileError

    if path is None:
        title = translate("ics_actions", "Import iCalendar file")
        kinds = translate("ics_actions", "iCalendar files (*.ics);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(window, title, "", kinds)
    if not path:
        return False
    from ..long_task import run_long

    try:  # read and compared off the window's thread (nothing is written by a preview)
        finished, preview = run_long(window, translate("ics_actions", "Import iCalendar file"),
                                     lambda progress, cancelled: preview_import(
                                         ctx.store, read_file(path),
                                         ImportOptions(today=ctx.today(),
                                                       file_name=Path(path).name),
                                         progress, cancelled))
        if not finished:
            return False
    except IcsFileError as exc:
        QMessageBox.warning(window, translate("ics_actions", "Cannot import this file"),
                            translate("ics_actions", "{file}: {problem}\nThe plan was not changed.").format(
                                file=Path(path).name, problem=describe(exc)))
        return False
    from .ics_import_dialog import IcsImportDialog  # imported when used, not at start-up

    dialog = IcsImportDialog(preview, ctx.store.zone_name, Path(path).name, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    from ..long_task import run_long_write

    # The services.imports use case: one change, one step of the undo history, written off the
    # window's thread in one transaction (Cancel rolls it all back).
    try:
        finished, change = run_long_write(
            window, ctx.store, translate("ics_actions", "Import iCalendar file"),
            lambda progress, cancelled: apply_import(ctx.store, preview, Path(path).name,
                                                     progress, cancelled))
    except ImportFailed as exc:
        QMessageBox.warning(window, translate("ics_actions", "Import failed"), describe(exc))
        return False
    if not finished:
        window.statusBar().showMessage(translate(
            "ics_actions", "Import cancelled: the plan was not changed."))
        return False
    ctx.push(change)
    return True


class PublishControl:
    """The publish folder, remembered in the settings, re-published after changes if asked."""

    def __init__(self, window, ctx) -> None:
        self.window, self.ctx = window, ctx
        self.timer = QTimer(window)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PUBLISH_DELAY_MS)
        self._pending = None
        self.timer.timeout.connect(self._run_pending)
        # The folder and feeds are the plan's own (services.publishing), never the user's
        # settings: another plan opened later must not publish over this one's feeds.
        self._publisher = None
        self._background = None
        self.has_folder = bool(ctx.store.publish_settings().folder)

    @property
    def publisher(self):
        """Built when first needed: the export code stays out of the start-up."""
        if self._publisher is None:
            from cmplanner.interop.publish import Publisher

            self._publisher = Publisher.for_plan(self.ctx.store, schedule=self._schedule)
        return self._publisher

    def _schedule(self, job) -> None:
        self._pending = job
        self.timer.start()

    def _run_pending(self) -> None:
        """The automatic re-publish runs off the window's thread (files are replaced
        atomically, so a subscriber never reads half a file)."""
        from ..long_task import Background

        job, self._pending = self._pending, None
        from ..team_actions import may_publish_feeds  # a team plan: one client publishes

        if job is None or not may_publish_feeds(self.ctx, self.window):
            return
        if self._background is None:
            self._background = Background(self.window)
            self._background.done.connect(self._published)
        self._background.start(job)

    def _published(self) -> None:
        if self.publisher.last_error:
            self.window.statusBar().showMessage(describe(self.publisher.last_error))

    def choose_and_publish(self) -> bool:
        from cmplanner.files.atomic import WriteFailed

        folder = QFileDialog.getExistingDirectory(self.window, translate("ics_actions", "Publish to a folder"),
                                                  str(self.publisher.folder))
        if not folder:
            return False
        from cmplanner.services.publishing import set_publishing

        self.ctx.push(set_publishing(self.ctx.store, folder=folder))
        self.publisher.folder = Path(folder)
        self.has_folder = True
        from ..team_actions import may_publish_feeds  # a team plan: one client publishes

        if not may_publish_feeds(self.ctx, self.window):
            return False
        from cmplanner.interop.ics_export import Cancelled

        from ..long_task import run_long

        try:  # off the window's thread; Cancel leaves every feed whole (the new or the old one)
            finished, written = run_long(
                self.window, translate("ics_actions", "Publish to a folder"),
                lambda progress, cancelled: self.publisher.publish(progress, cancelled))
        except Cancelled:
            return False
        except WriteFailed as exc:
            QMessageBox.warning(self.window, translate("ics_actions", "Publishing failed"), describe(exc))
            return False
        if not finished:
            return False
        self.window.statusBar().showMessage(
            translate("ics_actions", "Published %n file(s) to {folder}", "", len(written)).format(folder=folder))
        return True

    def set_auto(self, on: bool) -> None:
        if on and not self.has_folder and not self.choose_and_publish():
            return
        if on:
            self.publisher.start()
        else:
            self.publisher.stop()
            self.timer.stop()
        from cmplanner.services.publishing import set_publishing

        if self.ctx.store.publish_settings().auto != on:
            self.ctx.push(set_publishing(self.ctx.store, auto=on))


def install_ics_actions(window, ctx, menu) -> list[QAction]:
    """Add the iCalendar and Outlook actions to ``menu`` (the File menu); returns them."""
    export_action = QAction(translate("ics_actions", "Export to iCalendar…"), window)
    export_action.triggered.connect(lambda: export_ics(window, ctx))
    import_action = QAction(translate("ics_actions", "Import iCalendar file…"), window)
    import_action.triggered.connect(lambda: import_ics(window, ctx))
    csv_action = QAction(translate("ics_actions", "Export for Outlook (CSV)…"), window)
    csv_action.triggered.connect(lambda: export_ics(window, ctx, as_csv=True))
    control = PublishControl(window, ctx)
    window._ics_publish = control  # kept alive with the window
    publish_action = QAction(translate("ics_actions", "Publish to a folder…"), window)
    publish_action.triggered.connect(control.choose_and_publish)
    auto_action = QAction(translate("ics_actions", "Re-publish after each change"), window)
    auto_action.setCheckable(True)
    auto_action.toggled.connect(control.set_auto)
    from cmplanner.services.publishing import may_publish

    settings = ctx.store.publish_settings()
    if settings.auto and may_publish(settings):  # (a shared plan names its one publisher)
        auto_action.setChecked(True)
    if ctx.store.read_only:
        import_action.setEnabled(False)
    actions = [export_action, import_action, csv_action, publish_action, auto_action]
    add_above_quit(menu, actions)
    return actions
