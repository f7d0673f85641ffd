"""Editors of the editorial line: pillars (with their colour and target share) and audiences."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
)

from cmplanner.domain.entities import Audience, Pillar
from cmplanner.domain.entity_checks import validate_audience
from cmplanner.domain.validation import validate_pillar

from .common import quoted
from .entity_editor import EntityEditorDialog


def _text_box(parent, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class PillarEditorDialog(EntityEditorDialog):
    repository = "pillars"

    def blank(self) -> Pillar:
        return Pillar("")

    def build(self, form: QFormLayout) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("pillarName")
        self.colour = QLineEdit(self)
        self.colour.setObjectName("pillarColour")
        self.colour.setInputMask("\\#HHHHHH")
        self.colour_button = QPushButton(self.tr("C&hoose…"), self)
        self.colour_button.clicked.connect(self.choose_colour)
        self.colour.textChanged.connect(self._show_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour, 1)
        colour_row.addWidget(self.colour_button)
        self.description = _text_box(self)
        self.share = QSpinBox(self)
        self.share.setObjectName("pillarShare")
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Colour:"), colour_row)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Target share of posts:"), self.share)

    def load(self, item: Pillar) -> None:
        self.name.setText(item.name)
        self.colour.setText(item.colour)
        self.description.setPlainText(item.description)
        self.share.setValue(item.target_share)

    def _show_colour(self, text: str) -> None:
        colour = QColor(text)
        side = self.fontMetrics().height()
        swatch = QPixmap(side, side)
        swatch.fill(colour if colour.isValid() and len(text) == 7 else QColor(0, 0, 0, 0))
        self.colour_button.setIcon(QIcon(swatch))

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour.text()), self, self.tr("Colour of the pillar"))
        if chosen.isValid():
            self.colour.setText(chosen.name())

    def collect(self) -> Pillar:
        return replace(self.item, name=self.name.text().strip(), colour=self.colour.text().strip(),
                       description=self.description.toPlainText().strip(), target_share=self.share.value())

    def window_title(self, creating: bool) -> str:
        return self.tr("New pillar") if creating else self.tr("Pillar {name}").format(name=quoted(self.item.name))

    def undo_text(self, item: Pillar, creating: bool) -> str:
        return (self.tr("Create pillar {name}") if creating else self.tr("Edit pillar {name}")).format(name=quoted(item.name))


class AudienceEditorDialog(EntityEditorDialog):
    repository = "audiences"

    def blank(self) -> Audience:
        return Audience("")

    def build(self, form: QFormLayout) -> None:
        self.name = QLineEdit(self)
        self.name.setObjectName("audienceName")
        self.description = _text_box(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Description:"), self.description)

    def load(self, item: Audience) -> None:
        self.name.setText(item.name)
        self.description.setPlainText(item.description)

    def collect(self) -> Audience:
        return replace(self.item, name=self.name.text().strip(), description=self.description.toPlainText().strip())

    def window_title(self, creating: bool) -> str:
        return self.tr("New audience") if creating else self.tr("Audience {name}").format(name=quoted(self.item.name))

    def undo_text(self, item: Audience, creating: bool) -> str:
        return (self.tr("Create audience {name}") if creating else self.tr("Edit audience {name}")).format(name=quoted(item.name))
