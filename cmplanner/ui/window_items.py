"""What the main window does with calendar items: open, create, move, delete, duplicate.

Every change goes through a command pushed on ``ctx.undo_stack`` (rules checked first, a refusal
is shown and nothing is pushed). Dialogs open window-modal with ``open()`` and stay referenced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QTableView

from cmplanner.domain.entities import Post
from cmplanner.domain.errors import DomainError
from cmplanner.services.calendar_range import Chip
from cmplanner.services.changes import Change

from . import calendar_actions as actions
from .calendar_view import CalendarView
from .messages import describe
from .models.roles import CHIP_ROLE

if TYPE_CHECKING:
    from .main_window import MainWindow


class ItemActions:
    """The main window's actions on the selected calendar item (``window.items``): it reads the
    window's views and models, runs the use cases and puts their changes on the undo stack."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def selected_chip(self, explicit: bool = False) -> Chip | None:
        """The chip the user selected; unless ``explicit``, a day's first chip stands for it."""
        view = self.window.stack.currentWidget()
        if isinstance(view, CalendarView):
            if explicit:
                return view.selected_chip()
            return view.selected_chip() or (view.chips_here() or [None])[0]
        if isinstance(view, QTableView):
            index = view.currentIndex()
            return index.data(CHIP_ROLE) if index.isValid() else None
        return None

    def _edit_row(self, view: QTableView, index: QModelIndex) -> None:
        chip = index.data(CHIP_ROLE)
        if chip is not None:
            self.edit_item(chip)

    def find_chip(self, key: str) -> Chip | None:
        parts = self.window.pages.parts  # only the views built so far can show (and drop) a chip
        grids = [self.window.month_model] + [parts[k]["model"] for k in ("week", "board") if k in parts]
        for model in grids:
            for chip in model.visible_chips():
                if chip.key == key:
                    return chip
        for table in [parts[k]["model"] for k in ("agenda", "backlog") if k in parts]:
            chip = next((table.chip(r) for r in range(table.rowCount())
                         if table.chip(r).key == key), None)  # type: ignore[union-attr]
            if chip is not None:
                return chip
        return None

    def _push(self, write: Callable[[], tuple[Change, str] | None]) -> Change | None:
        """Run a use case (``write``) and put its change on the undo stack; say why when it is
        refused (nothing was written then)."""
        if self.window.store.read_only:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "This plan is open read-only."), 5000)
            return None
        try:
            written = write()
        except DomainError as exc:
            self.show_refusal(describe(exc))
            return None
        if written is None:
            return None
        change, text = written
        return self.window.ctx.push(change, text)

    def show_refusal(self, text: str) -> QMessageBox:
        """Say why an action was refused (nothing was written), without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("MainWindow", "Not possible"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("refusalBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.window.refusal_box = box
        return box

    def drop_chip(self, key: str, day: date) -> None:
        if self.window.event_actions.drop(key, day):
            return
        chip = self.find_chip(key)
        if chip is not None:
            self._push(lambda: actions.move_command(self.window.ctx, chip, day))

    def delete_selected(self) -> None:
        """Delete the selected chip (never a guess: a day with no chip selected says so)."""
        if self.window.event_actions.delete_selected():
            return
        chip = self.selected_chip(explicit=True)
        if chip is None:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Select an item first (click it, or Alt+Down)."), 5000)
            return
        if self._push(lambda: actions.delete_command(self.window.ctx, chip)) is not None:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Deleted. Ctrl+Z brings it back."), 5000)

    def move_selected(self, days: int) -> None:
        """Move the selected item by ``days`` (the keyboard's drag and drop); it stays selected."""
        if self.window.event_actions.move_selected(days):
            return
        chip = self.selected_chip(explicit=True)
        if chip is None or chip.day is None:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Select an item first (click it, or Alt+Down)."), 5000)
            return
        target = chip.day + timedelta(days=days)
        if self._push(lambda: actions.move_command(self.window.ctx, chip, target)) is None:
            return
        view = self.window.current_calendar()
        if view is not None and view.select_date(target):
            moved = next((c for c in view.chips_here() if c.key == chip.key), None)
            view.select_chip(moved)

    def duplicate_selected(self) -> None:
        chip = self.selected_chip()
        if chip is not None:
            self._push(lambda: actions.duplicate_command(self.window.ctx, chip))

    def edit_selected(self) -> None:
        chip = self.selected_chip()
        if chip is not None:
            self.edit_item(chip)

    def edit_item(self, chip: Chip):
        """Open the post editor on ``chip`` (a series occurrence is written into a post first)."""
        try:
            from cmplanner.ui.editors.post_editor import PostEditorDialog
        except ImportError:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The post editor is not available."), 5000)
            return None
        if chip.is_virtual:
            change = self._push(lambda: actions.write_occurrence_command(self.window.ctx, chip))
            post = change.after("posts")[0] if change else None
        else:
            post = self.window.store.posts.get(chip.post_id)  # type: ignore[arg-type]
        if post is None:
            return None
        return self._open_dialog(PostEditorDialog(self.window.ctx, post, self.window))

    def edit_post(self, post: Post):
        """Open the full editor on a post (stored or a new draft)."""
        try:
            from cmplanner.ui.editors.post_editor import PostEditorDialog
        except ImportError:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The post editor is not available."), 5000)
            return None
        return self._open_dialog(PostEditorDialog(self.window.ctx, post, self.window))

    def quick_add(self):
        """The quick-add dialog on the selected day; OK stores a draft (undoable)."""
        from .quick_add import QuickAddDialog

        if self.window.store.read_only:
            self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "This plan is open read-only."), 5000)
            return None
        person = self.window.ctx.current_person()
        def submit(post: Post) -> None:
            change, text = actions.create_command(self.window.ctx, post)  # DomainError: the dialog says why
            self.window.ctx.push(change, text)

        dialog = QuickAddDialog(self.window.source, self.window.current_day(), self.window,
                                person.id if person else None, submit)
        dialog.more_requested.connect(self.edit_post)
        return self._open_dialog(dialog)

    def _open_dialog(self, dialog):
        self.window._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self.window._dialogs.remove(d) if d in self.window._dialogs else None)
        dialog.open()
        dialog.activateWindow()
        return dialog

    def focus_search(self) -> None:
        self.window.filter_dock.show()
        self.window.filter_panel.search.setFocus()
        self.window.filter_panel.search.selectAll()

    def open_preferences(self):
        from .preferences import PreferencesDialog

        return self._open_dialog(PreferencesDialog(self.window.ctx, self.window.settings, self.window))

