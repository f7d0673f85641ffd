"""The main window's menus and shortcuts, in one place so every action is listed with its key."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox


@dataclass
class Menus:
    views: QMenu
    previous: QAction
    next: QAction
    today: QAction
    new_post: QAction
    edit: QAction
    delete: QAction
    duplicate: QAction
    undo: QAction
    redo: QAction
    find: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    meeting: QAction
    high_contrast: QAction
    next_item: QAction
    previous_item: QAction
    file: QMenu


def _action(window, text: str, slot, shortcut=None, local: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
    if local:
        # Single keys act only while a view has the focus (typing in the search field stays typing).
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.stack.addAction(action)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window) -> Menus:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    preferences = _action(window, QCoreApplication.translate("MainWindow", "&Preferences…"), window.items.open_preferences, QKeySequence.StandardKey.Preferences)
    quit_action = _action(window, QCoreApplication.translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit)
    file_menu.addAction(preferences)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)
    from .plan_actions import install_plan_actions

    window.plan_actions = install_plan_actions(window, file_menu)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.ctx.undo_stack.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = window.ctx.undo_stack.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    new_post = _action(window, QCoreApplication.translate("MainWindow", "&New post on this day…"), window.items.quick_add, "N", local=True)
    edit = _action(window, QCoreApplication.translate("MainWindow", "&Open the selected item…"), window.items.edit_selected,
                   [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)], local=True)
    duplicate = _action(window, QCoreApplication.translate("MainWindow", "D&uplicate"), window.items.duplicate_selected, "Ctrl+D", local=True)
    delete = _action(window, QCoreApplication.translate("MainWindow", "&Delete"), window.items.delete_selected, QKeySequence.StandardKey.Delete, local=True)
    find = _action(window, QCoreApplication.translate("MainWindow", "&Find…"), window.items.focus_search, QKeySequence.StandardKey.Find)
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    move_later = _action(window, QCoreApplication.translate("MainWindow", "Move to the next day"),
                         lambda: window.items.move_selected(1), "Ctrl+Shift+Right", local=True)
    move_earlier = _action(window, QCoreApplication.translate("MainWindow", "Move to the previous day"),
                           lambda: window.items.move_selected(-1), "Ctrl+Shift+Left", local=True)
    move_week_later = _action(window, QCoreApplication.translate("MainWindow", "Move a week later"),
                              lambda: window.items.move_selected(7), "Ctrl+Shift+Down", local=True)
    move_week_earlier = _action(window, QCoreApplication.translate("MainWindow", "Move a week earlier"),
                                lambda: window.items.move_selected(-7), "Ctrl+Shift+Up", local=True)
    edit_menu.addActions([new_post, edit, duplicate, delete])
    edit_menu.addSeparator()
    edit_menu.addActions([move_later, move_earlier, move_week_later, move_week_earlier])
    edit_menu.addSeparator()
    edit_menu.addAction(find)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    views = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Show"))
    previous = _action(window, QCoreApplication.translate("MainWindow", "&Previous period"), lambda: window.step_period(-1), "PgUp", local=True)
    next_ = _action(window, QCoreApplication.translate("MainWindow", "&Next period"), lambda: window.step_period(1), "PgDown", local=True)
    today = _action(window, QCoreApplication.translate("MainWindow", "&Today"), window.go_today, "T", local=True)
    next_item = _action(window, QCoreApplication.translate("MainWindow", "Next item of the day"), lambda: _cycle(window, 1), "Alt+Down", local=True)
    previous_item = _action(window, QCoreApplication.translate("MainWindow", "Previous item of the day"), lambda: _cycle(window, -1), "Alt+Up", local=True)
    view_menu.addActions([previous, next_, today, next_item, previous_item])
    view_menu.addSeparator()
    zoom_in = _action(window, QCoreApplication.translate("MainWindow", "Zoom &in"), lambda: window.zoom.step(1),
                      [QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
    zoom_out = _action(window, QCoreApplication.translate("MainWindow", "Zoom &out"), lambda: window.zoom.step(-1), QKeySequence.StandardKey.ZoomOut)
    zoom_reset = _action(window, QCoreApplication.translate("MainWindow", "&Actual size"), lambda: window.zoom.reset(), "Ctrl+0")
    meeting = QAction(QCoreApplication.translate("MainWindow", "&Meeting mode"), window)
    meeting.setCheckable(True)
    meeting.setShortcut(QKeySequence("F11"))
    meeting.toggled.connect(lambda on: window.meeting.set_active(on))
    high_contrast = QAction(QCoreApplication.translate("MainWindow", "&High contrast"), window)
    high_contrast.setCheckable(True)
    high_contrast.toggled.connect(window.set_high_contrast)
    view_menu.addActions([zoom_in, zoom_out, zoom_reset])
    view_menu.addSeparator()
    view_menu.addActions([meeting, high_contrast, window.filter_dock.toggleViewAction()])
    weeks_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "Weeks on the &board"))
    for weeks in (2, 3, 4):
        action = weeks_menu.addAction(QCoreApplication.translate("MainWindow", "%n week(s)", "", weeks))
        action.triggered.connect(lambda _c=False, w=weeks: _set_board_weeks(window, w))

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    guide = _action(window, QCoreApplication.translate("MainWindow", "User &guide"), lambda: _show_guide(window), QKeySequence.StandardKey.HelpContents)
    guide.setObjectName("userGuideAction")
    shortcuts = _action(window, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), lambda: show_shortcuts(window), "Ctrl+F1")
    about = _action(window, QCoreApplication.translate("MainWindow", "&About cmplanner"), window.show_about)
    help_menu.addActions([guide, shortcuts, about])
    for action in (preferences, quit_action, undo, redo, find, zoom_in, zoom_out, zoom_reset, meeting,
                   high_contrast, guide, shortcuts, about):
        window.addAction(action)  # shortcuts work in full screen, where the menu bar may hide
    return Menus(views, previous, next_, today, new_post, edit, delete, duplicate, undo, redo, find,
                 zoom_in, zoom_out, zoom_reset, meeting, high_contrast, next_item, previous_item,
                 file_menu)


def _show_guide(window) -> None:
    from .help_guide import show_guide  # the guide and its icons load when first asked for

    show_guide(window)


def _cycle(window, step: int) -> None:
    view = window.current_calendar()
    if view is not None:
        view.cycle_chip(step)


def _set_board_weeks(window, weeks: int) -> None:
    window.board_model.set_weeks(weeks)
    window.settings.board_weeks = weeks
    window._update_period()


def shortcut_lines(window) -> list[tuple[str, str]]:
    """(action, keys) of every menu action with a shortcut, in menu order."""
    lines = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
                lines.append((action.text().replace("&", ""), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu())
    return lines


def show_shortcuts(window) -> QMessageBox:
    rows = "".join(f"<tr><td>{text}</td><td>&nbsp;&nbsp;<b>{keys}</b></td></tr>"
                   for text, keys in shortcut_lines(window))
    extra = QCoreApplication.translate("MainWindow", "Arrows move across days; drag a chip to another day to move it.")
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
                      f"<table>{rows}</table><p>{extra}</p>", QMessageBox.StandardButton.Close, window)
    box.open()
    return box
