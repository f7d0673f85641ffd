"""The sidebar: free-text search and check lists of networks, pillars, statuses, people, series
and events. Nothing checked in a group means "any" for that group."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from cmplanner.domain.enums import PostStatus
from cmplanner.domain.filters import ItemFilter

from .calendar_source import CalendarSource
from .labels import status_label
from .marks import network_mark

GROUPS = ("networks", "pillars", "statuses", "people", "series", "events")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    return QIcon(pixmap)


class FilterPanel(QWidget):
    filter_changed = Signal(object)  # ItemFilter

    def __init__(self, source: CalendarSource, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.source = source
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search titles and texts"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("filterTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(150)
        self._text_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._text_timer.start())
        self.search.returnPressed.connect(self._emit)
        self.tree.itemChanged.connect(lambda _item, _col: self._emit())
        self.tree.itemExpanded.connect(self._on_expanded)
        self.clear_button.clicked.connect(self.clear)
        source.lookups_changed.connect(self.rebuild)
        self.rebuild()

    def _group_titles(self) -> dict[str, str]:
        return {"networks": self.tr("Networks"), "pillars": self.tr("Pillars"),
                "statuses": self.tr("Statuses"), "people": self.tr("People"),
                "series": self.tr("Recurring series"), "events": self.tr("Events")}

    def _entries(self, group: str) -> list[tuple[object, str, QIcon | None]]:
        source = self.source
        if group == "networks":
            entries = []
            for network in source.networks.values():
                _text, colour = network_mark(network)
                entries.append((network.id, network.label, _swatch(colour)))
            return entries
        if group == "pillars":
            return [(p.id, p.name, _swatch(QColor(p.colour))) for p in source.pillars.values()]
        if group == "statuses":
            return [(s, status_label(s), None) for s in PostStatus]
        if group == "people":
            return [(p.id, p.name, None) for p in sorted(source.people.values(), key=lambda p: p.name)]
        if group == "series":
            return [(s.id, s.name, None) for s in source.series.values()]
        return [(e.id, e.title, None) for e in sorted(source.events.values(), key=lambda e: e.start)]

    def rebuild(self) -> None:
        """Fill the lists again, keeping what was checked and what was expanded. A folded group
        with nothing checked (people, series, events at start: hundreds of entries on a large
        plan) is filled when first unfolded."""
        checked = self.checked()
        expanded = {g for g, item in self._groups.items() if item.isExpanded()}
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        self._groups = {}
        self._unfilled: set[str] = set()
        for group, title in self._group_titles().items():
            top = QTreeWidgetItem(self.tree, [title])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self._groups[group] = top
            unfold = group in expanded or group in ("networks", "pillars", "statuses")
            if unfold or checked.get(group):
                self._fill(group, checked.get(group, set()))
            else:
                top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                self._unfilled.add(group)
            top.setExpanded(unfold)
        del blocker

    def _fill(self, group: str, checked: set) -> None:
        top = self._groups[group]
        self._unfilled.discard(group)
        top.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless)
        with QSignalBlocker(self.tree):
            for value, text, icon in self._entries(group):
                item = QTreeWidgetItem(top, [text])
                item.setData(0, VALUE_ROLE, value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(0, Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
                if icon is not None:
                    item.setIcon(0, icon)

    def _on_expanded(self, item: QTreeWidgetItem) -> None:
        group = next((g for g, top in self._groups.items() if top is item), None)
        if group in self._unfilled:
            self._fill(group, set())

    def checked(self) -> dict[str, set]:
        result: dict[str, set] = {}
        for group, top in self._groups.items():
            result[group] = {top.child(i).data(0, VALUE_ROLE) for i in range(top.childCount())
                             if top.child(i).checkState(0) == Qt.CheckState.Checked}
        return result

    def set_checked(self, group: str, values: set) -> None:
        if group in self._unfilled:
            self._fill(group, set())
        top = self._groups[group]
        with QSignalBlocker(self.tree):
            for i in range(top.childCount()):
                child = top.child(i)
                child.setCheckState(0, Qt.CheckState.Checked if child.data(0, VALUE_ROLE) in values
                                    else Qt.CheckState.Unchecked)
        self._emit()

    def current_filter(self) -> ItemFilter:
        checked = self.checked()
        return ItemFilter(
            network_ids=frozenset(checked.get("networks", ())), pillar_ids=frozenset(checked.get("pillars", ())),
            statuses=frozenset(checked.get("statuses", ())), owner_ids=frozenset(checked.get("people", ())),
            series_ids=frozenset(checked.get("series", ())), event_ids=frozenset(checked.get("events", ())),
            text=self.search.text())

    def clear(self) -> None:
        with QSignalBlocker(self.tree), QSignalBlocker(self.search):
            self.search.clear()
            for top in self._groups.values():
                for i in range(top.childCount()):
                    top.child(i).setCheckState(0, Qt.CheckState.Unchecked)
        self._emit()

    def _emit(self) -> None:
        self._text_timer.stop()
        self.filter_changed.emit(self.current_filter())
