"""What the main window does with calendar items: open, create, move, delete, duplicate.

Every change goes through a command pushed on ``ctx.undo_stack`` (rules checked first, a refusal
is shown and nothing is pushed). Dialogs open window-modal with ``open()`` and stay referenced.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QMessageBox, QTableView

from cmplanner.domain.entities import Post
from cmplanner.domain.errors import DomainError
from cmplanner.services.calendar_range import Chip
from cmplanner.services.changes import Change

from . import calendar_actions as actions
from .calendar_view import CalendarView
from .messages import describe
from .models.roles import CHIP_ROLE


class WindowItemsMixin:
    """Mixed into MainWindow (uses its ctx, store, source, models, views and status bar)."""

    def selected_chip(self, explicit: bool = False) -> Chip | None:
        """The chip the user selected; unless ``explicit``, a day's first chip stands for it."""
        view = self.stack.currentWidget()
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
        parts = self._parts  # only the views built so far can show (and drop) a chip
        grids = [self.month_model] + [parts[k]["model"] for k in ("week", "board") if k in parts]
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
        if self.store.read_only:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "This plan is open read-only."), 5000)
            return None
        try:
            written = write()
        except DomainError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Not possible"), describe(exc))
            return None
        if written is None:
            return None
        change, text = written
        return self.ctx.push(change, text)

    def drop_chip(self, key: str, day: date) -> None:
        chip = self.find_chip(key)
        if chip is not None:
            self._push(lambda: actions.move_command(self.ctx, chip, day))

    def delete_selected(self) -> None:
        """Delete the selected chip (never a guess: a day with no chip selected says so)."""
        chip = self.selected_chip(explicit=True)
        if chip is None:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Select an item first (click it, or Alt+Down)."), 5000)
            return
        if self._push(lambda: actions.delete_command(self.ctx, chip)) is not None:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Deleted. Ctrl+Z brings it back."), 5000)

    def move_selected(self, days: int) -> None:
        """Move the selected item by ``days`` (the keyboard's drag and drop); it stays selected."""
        chip = self.selected_chip(explicit=True)
        if chip is None or chip.day is None:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "Select an item first (click it, or Alt+Down)."), 5000)
            return
        target = chip.day + timedelta(days=days)
        if self._push(lambda: actions.move_command(self.ctx, chip, target)) is None:
            return
        view = self.current_calendar()
        if view is not None and view.select_date(target):
            moved = next((c for c in view.chips_here() if c.key == chip.key), None)
            view.select_chip(moved)

    def duplicate_selected(self) -> None:
        chip = self.selected_chip()
        if chip is not None:
            self._push(lambda: actions.duplicate_command(self.ctx, chip))

    def edit_selected(self) -> None:
        chip = self.selected_chip()
        if chip is not None:
            self.edit_item(chip)

    def edit_item(self, chip: Chip):
        """Open the post editor on ``chip`` (a series occurrence is written into a post first)."""
        try:
            from cmplanner.ui.editors.post_editor import PostEditorDialog
        except ImportError:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The post editor is not available."), 5000)
            return None
        if chip.is_virtual:
            change = self._push(lambda: actions.write_occurrence_command(self.ctx, chip))
            post = change.after("posts")[0] if change else None
        else:
            post = self.store.posts.get(chip.post_id)  # type: ignore[arg-type]
        if post is None:
            return None
        return self._open_dialog(PostEditorDialog(self.ctx, post, self))

    def edit_post(self, post: Post):
        """Open the full editor on a post (stored or a new draft)."""
        try:
            from cmplanner.ui.editors.post_editor import PostEditorDialog
        except ImportError:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "The post editor is not available."), 5000)
            return None
        return self._open_dialog(PostEditorDialog(self.ctx, post, self))

    def quick_add(self):
        """The quick-add dialog on the selected day; OK stores a draft (undoable)."""
        from .quick_add import QuickAddDialog

        if self.store.read_only:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "This plan is open read-only."), 5000)
            return None
        person = self.ctx.current_person()
        dialog = QuickAddDialog(self.source, self.current_day(), self,
                                person.id if person else None)
        dialog.accepted.connect(lambda: self._push(lambda: actions.create_command(self.ctx, dialog.post())))
        dialog.more_requested.connect(self.edit_post)
        return self._open_dialog(dialog)

    def _open_dialog(self, dialog):
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._dialogs.remove(d) if d in self._dialogs else None)
        dialog.open()
        dialog.activateWindow()
        return dialog

    def focus_search(self) -> None:
        self.filter_dock.show()
        self.filter_panel.search.setFocus()
        self.filter_panel.search.selectAll()

    def open_preferences(self):
        from .preferences import PreferencesDialog

        return self._open_dialog(PreferencesDialog(self.ctx, self.settings, self))

