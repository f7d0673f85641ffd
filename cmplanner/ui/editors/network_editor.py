"""The network editor: kind, name, handle, cadence target (read by the domain) and whether the
network is still in use."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit

from cmplanner.domain.cadence import parse_cadence
from cmplanner.domain.entities import Network
from cmplanner.domain.enums import NetworkKind
from cmplanner.domain.errors import DomainError

from ..labels import label
from ..messages import describe
from .common import EnumCombo, quoted
from .entity_editor import EntityEditorDialog


class NetworkEditorDialog(EntityEditorDialog):
    copyable = False  # one real account
    repository = "networks"

    def blank(self) -> Network:
        return Network(NetworkKind.LINKEDIN)

    def build(self, form: QFormLayout) -> None:
        self.kind = EnumCombo(NetworkKind, label, self)
        self.kind.setObjectName("networkKind")
        self.name = QLineEdit(self)
        self.name.setObjectName("networkName")
        self.handle = QLineEdit(self)
        self.handle.setPlaceholderText(self.tr("@account or page"))
        self.cadence = QLineEdit(self)
        self.cadence.setObjectName("networkCadence")
        self.cadence.setPlaceholderText(self.tr("e.g. 3 per week, 1 par jour"))
        self.cadence_note = QLabel(self)
        self.cadence_note.setObjectName("cadenceNote")
        self.cadence_note.setWordWrap(True)
        self.cadence.textChanged.connect(self._explain_cadence)
        self.active = QCheckBox(self.tr("We publish on this network"), self)
        self.active.setObjectName("networkActive")
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Handle:"), self.handle)
        form.addRow(self.tr("&Cadence target:"), self.cadence)
        form.addRow("", self.cadence_note)
        form.addRow("", self.active)

    def load(self, item: Network) -> None:
        self.kind.set_value(item.kind)
        self.name.setText(item.name)
        self.handle.setText(item.handle)
        self.cadence.setText(item.cadence)
        self.active.setChecked(item.active)
        self._explain_cadence(item.cadence)

    def _explain_cadence(self, text: str) -> None:
        try:
            cadence = parse_cadence(text)
        except DomainError as exc:
            self.cadence_note.setText(describe(exc))
            return
        if cadence is None:
            self.cadence_note.setText(self.tr("No target."))
        else:
            week = cadence.per_day * 7
            if abs(week - round(week)) < 0.05:
                self.cadence_note.setText(self.tr("About %n post(s) a week.", "", round(week)))
            else:
                self.cadence_note.setText(self.tr("About {week} posts a week.").format(
                    week=QLocale().toString(week, "f", 1)))

    def collect(self) -> Network:
        return replace(self.item, kind=self.kind.value(), name=self.name.text().strip(),
                       handle=self.handle.text().strip(), cadence=self.cadence.text().strip(),
                       active=self.active.isChecked())

    def window_title(self, creating: bool) -> str:
        return self.tr("New network") if creating else self.tr("Network {name}").format(name=quoted(self.item.label))

    def undo_text(self, item: Network, creating: bool) -> str:
        return (self.tr("Create network {name}") if creating else self.tr("Edit network {name}")).format(name=quoted(item.label))
