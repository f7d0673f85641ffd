""""Fill this gap…": on a day a network's cadence flags as a gap, propose backlog ideas and
series occurrences lacking content; the one chosen moves to that day (one undo step)."""

from __future__ import annotations

from typing import Any

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cmplanner.services.calendar_range import Chip
from cmplanner.services.gap_fill import gap_proposals

from . import calendar_actions as actions
from .cadence_words import flags_text
from .models.roles import FLAGS_ROLE



class FillGapDialog(QDialog):
    def __init__(self, why: str, day: date, proposals: list[Chip], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fillGapDialog")
        self.setWindowTitle(QCoreApplication.translate("FillGap", "Fill this gap"))
        self.list = QListWidget(self)
        self.list.setObjectName("proposals")
        for chip in proposals:
            if chip.is_virtual:
                when = QLocale().toString(chip.local.date(), "ddd d MMM") if chip.local else ""
                text = QCoreApplication.translate("FillGap", "{title} — series occurrence of {day}, not written yet").format(title=chip.title, day=when)
            else:
                text = QCoreApplication.translate("FillGap", "{title} — idea from the backlog").format(title=chip.title)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, chip.key)
        if proposals:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("FillGap", "&Move to this day"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(proposals))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(why, self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        day_text = QLocale().toString(day, QLocale.FormatType.LongFormat)
        layout.addWidget(QLabel(QCoreApplication.translate("FillGap", "Proposals for {day}:").format(day=day_text) if proposals
                                else QCoreApplication.translate("FillGap", "Nothing in the backlog or the series fits this day."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 20)

    def chosen_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


class FillGapAction:
    def __init__(self, window: Any) -> None:
        self.window = window
        self.action = QAction(QCoreApplication.translate("FillGap", "&Fill this gap…"), window)
        self.action.setObjectName("fillGapAction")
        self.action.triggered.connect(self.open)

    def open(self) -> Any:
        window = self.window
        view = window.current_calendar()
        if view is None:
            return None
        index = view.currentIndex()
        gaps = [f for f in (index.data(FLAGS_ROLE) or []) if f.kind == "gap"] if index.isValid() else []
        if not gaps:
            window.statusBar().showMessage(QCoreApplication.translate("FillGap", "This day has no cadence gap to fill."), 5000)
            return None
        day = gaps[0].day
        source = window.source
        nearby = source.range(day - timedelta(days=14), day + timedelta(days=15)).chips
        seen, proposals = set(), []
        for flag in gaps:
            for chip in gap_proposals(flag.network_id, day, source.backlog(), nearby):
                if chip.key not in seen:
                    seen.add(chip.key)
                    proposals.append(chip)
        dialog = FillGapDialog(flags_text(gaps, source.networks), day, proposals, window)
        chips = {c.key: c for c in proposals}
        dialog.accepted.connect(lambda: self._fill(chips.get(dialog.chosen_key() or ""), day))
        return window.items._open_dialog(dialog)

    def _fill(self, chip: Chip | None, day: date) -> None:
        if chip is not None:
            self.window.items._push(lambda: actions.move_command(self.window.ctx, chip, day))
