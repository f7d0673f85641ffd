"""File ▸ New plan…, Open…, Open recent and Open the demo plan (the launcher does the work)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from .launcher import launcher_of
from .recent_plans import recent_plans



@dataclass
class PlanActions:
    new_plan: QAction
    open_plan: QAction
    recent: QMenu
    demo: QAction


def install_plan_actions(window, file_menu: QMenu) -> PlanActions:
    """Put the plan actions at the top of ``file_menu``."""
    first = file_menu.actions()[0] if file_menu.actions() else None
    new_plan = QAction(QCoreApplication.translate("PlanActions", "&New plan…"), window)
    new_plan.setObjectName("newPlanAction")
    new_plan.setShortcut(QKeySequence.StandardKey.New)
    new_plan.triggered.connect(lambda _c=False: launcher_of(window).start_guided_setup(window))
    open_plan = QAction(QCoreApplication.translate("PlanActions", "&Open…"), window)
    open_plan.setObjectName("openPlanAction")
    open_plan.setShortcut(QKeySequence.StandardKey.Open)
    open_plan.triggered.connect(lambda _c=False: launcher_of(window).choose_and_open())
    recent = QMenu(QCoreApplication.translate("PlanActions", "Open &recent"), window)
    recent.setObjectName("recentPlansMenu")
    recent.aboutToShow.connect(lambda: fill_recent(window, recent))
    demo = QAction(QCoreApplication.translate("PlanActions", "Open the &demo plan"), window)
    demo.setObjectName("demoPlanAction")
    demo.triggered.connect(lambda _c=False: launcher_of(window).open_demo())
    file_menu.insertActions(first, [new_plan, open_plan])
    file_menu.insertMenu(first, recent)
    file_menu.insertAction(first, demo)
    file_menu.insertSeparator(first)
    for action in (new_plan, open_plan):
        window.addAction(action)  # shortcuts work in full screen too
    fill_recent(window, recent)
    return PlanActions(new_plan, open_plan, recent, demo)


def fill_recent(window, menu: QMenu) -> None:
    """The recent plans, latest first; files that are gone are no longer listed."""
    menu.clear()
    current = getattr(window.store, "path", None)
    plans = recent_plans()
    for number, path in enumerate(plans, 1):
        action = menu.addAction(f"&{number} {path.name}" if number < 10 else path.name)
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.setData(str(path))
        if current is not None and path.resolve() == current.resolve():
            action.setEnabled(False)
        action.triggered.connect(lambda _c=False, p=path: launcher_of(window).open_path(p))
    if not plans:
        empty = menu.addAction(QCoreApplication.translate("PlanActions", "No recent plan"))
        empty.setEnabled(False)
