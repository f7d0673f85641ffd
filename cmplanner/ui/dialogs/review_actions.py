"""The review features in the window: the Dashboard page (View ▸ Show) and File ▸ Management
report… (the review pack of a month or a quarter, as PDF or HTML)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QMenu,
    QProgressDialog,
    QWidget,
)

from cmplanner.domain.errors import DomainError
from cmplanner.domain.period import parse_period

from ..menu_tools import add_above_quit
from ..messages import describe
from ..save_file_row import SaveFileRow, add_write_rows


def install_review_actions(window: Any, ctx: Any) -> None:
    """The Dashboard page, Edit ▸ Record publication…, the crisis banner and actions, the
    meeting's status and actions, the board's workload line: what the window shows at once."""
    window.pages.add_lazy_page("dashboard", QCoreApplication.translate("MainWindow", "Dashboard"),
                         lambda: _dashboard(ctx))
    record = QAction(QCoreApplication.translate("ReviewActions", "Record &publication…"), window)
    record.setObjectName("recordPublication")
    record.setShortcut(QKeySequence("Ctrl+Shift+P"))
    record.triggered.connect(lambda: record_publication(window, ctx))
    edit_menu = _menu_holding(window, window.menus.edit)
    if edit_menu is not None:
        edit_menu.addAction(record)
    window.addAction(record)  # the shortcut works in full screen too
    window.record_publication_action = record
    window.extra_view_actions = [*getattr(window, "extra_view_actions", []), record]
    window.month_view.addAction(record)

    from .crisis_actions import install_crisis_actions

    install_crisis_actions(window, ctx, edit_menu)

    from .meeting_actions import install_meeting_actions

    install_meeting_actions(window, ctx, edit_menu)

    from .board_workload import install_board_workload

    install_board_workload(window, ctx)


def install_report_actions(window: Any, ctx: Any, file_menu: QMenu) -> None:
    """File ▸ Management report… and Ambassador kit…"""
    action = QAction(QCoreApplication.translate("ReviewActions", "&Management report…"), window)
    action.setObjectName("managementReport")
    action.triggered.connect(lambda: ReportDialog(ctx, window).exec())
    add_above_quit(file_menu, [action])
    window.management_report_action = action

    from .kit_actions import install_kit_action

    install_kit_action(window, ctx, file_menu)


def _menu_holding(window, action: QAction):
    """The menu of the menu bar that holds ``action``."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is not None and action in menu.actions():
            return menu
    return None


def record_publication(window: Any, ctx: Any) -> Any:
    """Open the publication record on the selected post (a series occurrence is not published
    until it is written)."""
    chip = window.items.selected_chip(explicit=True)
    post = ctx.store.posts.get(chip.post_id) if chip is not None and chip.post_id else None
    if post is None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "ReviewActions", "Select a post first (click it, or Alt+Down)."), 5000)
        return None
    from .publication_dialog import PublicationDialog

    dialog = PublicationDialog(ctx, post, ctx.push, window)
    window.publication_dialog = dialog
    dialog.open()
    return dialog


def _dashboard(ctx) -> QWidget:
    from ..pages.dashboard_page import DashboardPage

    return DashboardPage(ctx)


class ReportDialog(QDialog):
    """Period, language and file of the review pack; writes it with progress and Cancel."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Management report"))
        self.ctx = ctx
        today = ctx.today()
        self.period = QComboBox(self)
        self.period.setObjectName("reportPeriod")
        self.period.setEditable(True)
        month = f"{today.year}-{today.month:02d}"
        quarter = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
        previous = f"{today.year - (today.month == 1)}-{(today.month - 2) % 12 + 1:02d}"
        self.period.addItems([month, previous, quarter])
        self.language = QComboBox(self)
        self.language.setObjectName("reportLanguage")
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.store.settings().language)))
        row = SaveFileRow(str(Path.home() / f"revue-{month}.pdf"), "reportPath",
                          self.tr("Management report"), self.tr("PDF (*.pdf);;Web page (*.html)"), self)
        self.path = row.edit
        form = QFormLayout(self)
        form.addRow(self.tr("&Period (month or quarter):"), self.period)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&File (.pdf or .html):"), row)
        self.error = add_write_rows(self, form, self.write, "reportError")
        self.written: Path | None = None
        self.worker: PackWorker | None = None
        self.progress: QProgressDialog | None = None

    def write(self) -> None:
        """Read the figures here, then render and write the document in a worker thread with
        progress and Cancel (charts and the PDF take a second or two)."""
        from cmplanner.interop.review_pack import read_pack_input

        if self.worker is not None:
            return
        try:
            period = parse_period(self.period.currentText())
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        target = Path(self.path.text().strip())
        if not target.name or target.suffix.lower() not in (".pdf", ".html", ".htm"):
            self.error.setText(self.tr("Choose a file ending in .pdf or .html."))
            return
        self.error.clear()
        source = read_pack_input(self.ctx.store, period, self.language.currentData(),
                                 self.ctx.today())
        self.progress = QProgressDialog(self.tr("Writing the management report…"),
                                        self.tr("Cancel"), 0, 100, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)
        self.worker = PackWorker(source, target, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished_with.connect(self._finished)
        self.progress.canceled.connect(self.worker.cancel)
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finished(self, target, outcome) -> None:
        from cmplanner.files.atomic import WriteFailed

        self.worker.wait()
        self.worker = None
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        if isinstance(outcome, InterruptedError):
            self.error.setText(self.tr("Cancelled: nothing was written."))
        elif isinstance(outcome, DomainError):
            self.error.setText(describe(outcome))
        elif isinstance(outcome, (WriteFailed, OSError)):
            self.error.setText(str(outcome))
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            self.written = target
            self.accept()

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
            self.worker = None
        super().reject()


class PackWorker(QThread):
    """Renders the review pack (charts, template, PDF) and writes it, off the window's thread."""

    progressed = Signal(int, int)
    finished_with = Signal(object, object)  # target path, Pack or the exception raised

    def __init__(self, source, target: Path, parent=None) -> None:
        super().__init__(parent)
        self.source, self.target = source, target
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _step(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancelled

    def run(self) -> None:
        from cmplanner.interop.review_pack import write_pack_file

        try:
            outcome = write_pack_file(self.source, self.target, self._step)
        except BaseException as exc:  # handed to the window's thread, which says what it was
            outcome = exc
        self.finished_with.emit(self.target, outcome)
