"""Help ▸ User guide (F1): the offline guide shipped in cmplanner/resources/help, in the
interface's language, with the legend of the chip marks built from ui/marks.py (the marks the
chips paint, so the legend cannot drift from them)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from cmplanner.domain.enums import NetworkKind, PostStatus
from cmplanner.resources import read_bytes

from .labels import label
from .marks import (
    OCCURRENCE_MEANING, OTHER_MARKS, icon_image, mark_meaning, network_icon_name, status_icon_name,
)

ICON_SIZE = 20


def guide_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def legend_rows() -> list[tuple[str, str]]:
    """(icon name, meaning) of every mark a chip may show, in the order of the legend."""
    rows = [(network_icon_name(kind), label(kind)) for kind in NetworkKind]
    rows += [(status_icon_name(status), label(status)) for status in PostStatus]
    rows.append((status_icon_name(None), mark_meaning(OCCURRENCE_MEANING)))
    rows += [(mark.icon, mark_meaning(mark.meaning)) for mark in OTHER_MARKS]
    return rows


def legend_html() -> str:
    cells = "".join(f'<tr><td><img src="mark:{name}" width="{ICON_SIZE}" height="{ICON_SIZE}"></td>'
                    f"<td>&nbsp;{escape(meaning)}</td></tr>" for name, meaning in legend_rows())
    return f'<table cellspacing="2">{cells}</table>'


def guide_document(language: str | None = None) -> QTextDocument:
    """The guide as a document whose legend images are already loaded."""
    language = language or guide_language()
    html = read_bytes("help", f"guide_{language}.html").decode("utf-8")
    document = QTextDocument()
    for name, _meaning in legend_rows():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"mark:{name}"),
                             icon_image(name, ICON_SIZE * 2).scaled(ICON_SIZE, ICON_SIZE))
    document.setHtml(html.replace("<!--MARKS-->", legend_html()))
    return document


class GuideDialog(QDialog):
    def __init__(self, parent=None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("cmplanner user guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.document = guide_document(language)
        self.document.setParent(self.browser)
        self.browser.setDocument(self.document)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(720, 640)


def show_guide(window) -> GuideDialog:
    """Open the guide beside the window (non-modal; F1 again brings it forward)."""
    dialog = getattr(window, "_guide_dialog", None)
    if dialog is None:
        dialog = GuideDialog(window)
        window._guide_dialog = dialog
    dialog.show()
    dialog.activateWindow()
    return dialog
