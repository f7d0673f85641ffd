"""The plan's closure days: one line per closure (first day, last day, name, the whole company or
one site). Saved as one undoable change; the rules (an end before its start, a closure longer
than a year) are the domain's, their refusal shown under the table."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from cmplanner.domain.closures import Closure, Closures
from cmplanner.services import closures as use_cases
from cmplanner.services.changes import Change

from .common import EditorDialog, pydate, qdate, remove_selected_rows, rows_table

FIRST, LAST, NAME, SITE = range(4)


class ClosuresDialog(EditorDialog):
    def __init__(self, ctx: Any, parent: QWidget | None = None, day: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("closuresDialog")
        self.setWindowTitle(self.tr("Closure days"))
        self.day = day or ctx.today()  # a new closure starts on the selected day
        self.loaded = ctx.store.closures()
        self.sites = [(s.id, s.name) for s in ctx.store.sites.all()]
        intro = QLabel(self.tr("Days when the company or one of its sites is closed: the calendar "
                               "shades them like public holidays and the cadence expects no post "
                               "on them."), self)
        intro.setWordWrap(True)
        self.table = rows_table(self, "closuresTable", [self.tr("From"), self.tr("To (included)"), self.tr("Name"),
                                                        self.tr("Applies to")], (NAME,))
        for closure in self.loaded.items:
            self._add_row(closure)
        self.add_button = QPushButton(self.tr("&Add a closure"), self)
        self.add_button.setObjectName("addClosure")
        self.add_button.clicked.connect(self.add_closure)
        self.remove_button = QPushButton(self.tr("&Remove the selected closure"), self)
        self.remove_button.setObjectName("removeClosure")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.body.addWidget(intro)
        self.body.addWidget(self.table, 1)
        self.body.addLayout(buttons)
        self.resize_in_lines(140, 22)

    def _add_row(self, closure: Closure) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in ((FIRST, closure.first), (LAST, closure.last)):
            edit = QDateEdit(qdate(value), self.table)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy" if QLocale().language() == QLocale.Language.French else "yyyy-MM-dd")
            self.table.setCellWidget(row, column, edit)
        name = QLineEdit(closure.label, self.table)
        name.setPlaceholderText(self.tr("e.g. End-of-year closure"))
        self.table.setCellWidget(row, NAME, name)
        site = QComboBox(self.table)
        site.addItem(self.tr("The whole company"), None)
        for site_id, site_name in self.sites:
            site.addItem(self.tr("Site: {name}").format(name=site_name), site_id)
        site.setCurrentIndex(max(0, site.findData(closure.site_id)))
        self.table.setCellWidget(row, SITE, site)
        self.table.resizeColumnToContents(FIRST)
        self.table.resizeColumnToContents(LAST)
        self.table.setColumnWidth(SITE, max(self.table.columnWidth(SITE), site.sizeHint().width()))
        return row

    def add_closure(self) -> None:
        row = self._add_row(Closure(self.day, self.day))
        self.table.selectRow(row)
        name = self.table.cellWidget(row, NAME)
        name.setFocus()

    def remove_selected(self) -> None:
        remove_selected_rows(self.table)

    def collect(self) -> Closures:
        items = []
        cell = self.table.cellWidget
        for row in range(self.table.rowCount()):
            first, last = (pydate(cast(QDateEdit, cell(row, c)).date()) for c in (FIRST, LAST))
            items.append(Closure(first, last, cast(QLineEdit, cell(row, NAME)).text().strip(),
                                 cast(QComboBox, cell(row, SITE)).currentData()))
        return Closures(tuple(items))

    def write(self) -> tuple[Change, str] | None:
        edited = self.collect()
        if edited == self.loaded:
            return None
        return use_cases.save_closures(self.store, self.loaded, edited), self.tr("Change the closure days")
