"""Edit ▸ Network limits…: the limits the post editor checks, per network, as shipped with the
application (with the day they were checked) and as this plan overrides them (a Mastodon
server's own limit, X Premium...). Only the differences are stored in the plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QWidget

from cmplanner.domain.network_limits import load_rules, needs_checking, shipped_rules
from cmplanner.services.changes import Change
from cmplanner.services.media import save_network_rules

from ..editors.common import EditorDialog, format_date
from ..editors.conflicts import ConflictResolving
from ..editors.variant_checks import checked_on_text
from ..messages import describe

Rules = dict[str, dict[str, Any]]
FIELDS = ("max_chars", "max_bytes", "max_hashtags", "fold", "max_title_chars")


class NetworkLimitsDialog(ConflictResolving, EditorDialog):
    conflict_kind = "network_rules"
    conflict_attributes = ("loaded", "loaded")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("networkLimitsDialog")
        self.setWindowTitle(self.tr("Network limits"))
        self.loaded = ctx.store.network_rules()  # the plan's overrides as the dialog read them
        hint = QLabel(self.tr("Limits checked by the post editor. Change a figure for this plan "
                              "(e.g. your Mastodon server's own limit); empty the cell to go "
                              "back to the application's figure."), self)
        hint.setWordWrap(True)
        headers = [self.tr("Network"), self.tr("Characters"), self.tr("Bytes"),
                   self.tr("Hashtags"), self.tr("Fold"), self.tr("Title"), self.tr("Checked on")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("networkLimits")
        self.table.setHorizontalHeaderLabels(headers)
        self.error = self.error_label
        self.body.addWidget(hint)
        self.body.addWidget(self.table, 1)
        self._load(self.loaded)
        self.resize(760, 420)

    def _load(self, overrides: Rules) -> None:
        self._fill(overrides)

    def _fill(self, overrides: Rules) -> None:
        rules = load_rules(overrides)
        self.keys = list(shipped_rules())
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            shown = next(r for k, r in rules.items() if k.value == key)
            name = QTableWidgetItem(shown.label)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            for column, field in enumerate(FIELDS, start=1):
                value = getattr(shown, field)
                self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
            checked = QTableWidgetItem(format_date(shown.verified_on))
            checked.setFlags(checked.flags() & ~Qt.ItemFlag.ItemIsEditable)
            checked.setToolTip(checked_on_text(shown))
            if needs_checking(shown.verified_on, self.ctx.today()):
                checked.setForeground(QColor("#c77700"))
                checked.setText(self.tr("{date} — to check again").format(
                    date=format_date(shown.verified_on) or "?"))
            self.table.setItem(row, len(FIELDS) + 1, checked)
        self.table.resizeColumnsToContents()

    def overrides(self) -> Rules:
        """The figures that differ from the shipped file (a cell that is not a number is kept
        as typed, so the use case refuses it with a clear message)."""
        shipped = shipped_rules()
        found: Rules = {}
        for row, key in enumerate(self.keys):
            for column, field in enumerate(FIELDS, start=1):
                text = self.table.item(row, column).text().strip()
                if not text:
                    continue
                value: object = int(text) if text.isdigit() else text
                if value != shipped[key].get(field):
                    found.setdefault(key, {})[field] = value
        return found

    def collect(self) -> Rules:
        return self.overrides()

    def write(self) -> tuple[Change, str] | None:
        after = self.overrides()
        if after == self.loaded:
            return None
        change = save_network_rules(self.store, after, self.loaded)
        return change, describe(change.text)
