"""View ▸ Legend of the marks: the chip marks of the user guide's legend (help_guide.legend_rows,
built from marks.py, the icons the chips paint) and the marks a day or a chip's frame shows:
the pillar bar, the dashed occurrence, the cadence gap and overload corners (the delegate's own
colours), each with its meaning."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QImage, QPainter, QPen, QPolygonF, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .chip_delegate import GAP_COLOUR, OVERLOAD_COLOUR
from .help_guide import ICON_SIZE, legend_rows as chip_mark_rows
from .marks import icon_image

SIZE = ICON_SIZE * 2  # drawn at twice the size, shown scaled: sharp on high-density screens


def _drawn(paint: Callable[[QPainter], None]) -> QImage:
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(painter)
    painter.end()
    return image


def _pillar_bar(painter: QPainter) -> None:
    painter.fillRect(QRectF(SIZE * 0.35, 2, SIZE * 0.2, SIZE - 4), QColor("#2f8f83"))


def _dashed(painter: QPainter) -> None:
    painter.setPen(QPen(QColor("#555555"), 3, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(QRectF(4, 8, SIZE - 8, SIZE - 16), 4, 4)


def _corner(overload: bool) -> Callable[[QPainter], None]:
    def paint(painter: QPainter) -> None:
        colour = QColor(OVERLOAD_COLOUR if overload else GAP_COLOUR)
        painter.fillRect(QRectF(2, 2, SIZE - 4, SIZE - 4), QColor(colour.red(), colour.green(), colour.blue(), 50))
        painter.setPen(QPen(colour.darker(130), 3))
        painter.setBrush(colour if overload else Qt.BrushStyle.NoBrush)
        painter.drawPolygon(QPolygonF([QPointF(SIZE * 0.45, 3), QPointF(SIZE - 3, 3), QPointF(SIZE - 3, SIZE * 0.55)]))
    return paint


def _day_off(painter: QPainter) -> None:
    painter.fillRect(QRectF(2, 2, SIZE - 4, SIZE - 4), QColor("#dcdcdc"))
    painter.setPen(QPen(QColor("#777777"), 2))
    for y in (SIZE * 0.3, SIZE * 0.5):
        painter.drawLine(QPointF(SIZE * 0.2, y), QPointF(SIZE * 0.8, y))


def day_mark_rows() -> list[tuple[str, QImage, str]]:
    """(name, image, meaning) of the marks drawn by the delegate rather than taken from icons."""
    return [
        ("day:pillar", _drawn(_pillar_bar), QCoreApplication.translate(
            "Legend", "The coloured bar on the left: the post's pillar")),
        ("day:dashed", _drawn(_dashed), QCoreApplication.translate(
            "Legend", "Dashed border, italic title: an occurrence of a series, not written yet")),
        ("day:gap", _drawn(_corner(False)), QCoreApplication.translate(
            "Legend", "Shaded day, outlined corner: a cadence gap (the target expects a post)")),
        ("day:overload", _drawn(_corner(True)), QCoreApplication.translate(
            "Legend", "Shaded day, filled corner: more posts than the cadence allows")),
        ("day:off", _drawn(_day_off), QCoreApplication.translate(
            "Legend", "Grey day with a name: a weekend, public holiday or closure day (Edit ▸ "
                      "Closure days…); the cadence expects no post on it")),
    ]


def legend_document() -> QTextDocument:
    document = QTextDocument()
    rows: list[tuple[str, str]] = []
    for name, image, meaning in day_mark_rows():  # first: the day's shading and the chip's frame
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                             image.scaled(ICON_SIZE, ICON_SIZE, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        rows.append((name, meaning))
    for name, meaning in chip_mark_rows():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"mark:{name}"),
                             icon_image(name, SIZE).scaled(ICON_SIZE, ICON_SIZE))
        rows.append((f"mark:{name}", meaning))
    cells = "".join(f'<tr><td><img src="{src}" width="{ICON_SIZE}" height="{ICON_SIZE}"></td>'
                    f"<td>&nbsp;{escape(meaning)}</td></tr>" for src, meaning in rows)
    document.setHtml(f'<table cellspacing="2">{cells}</table>')
    return document


class LegendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendDialog")
        self.setWindowTitle(QCoreApplication.translate("Legend", "Legend of the marks"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("legendText")
        self.document = legend_document()
        self.document.setParent(self.browser)
        self.browser.setDocument(self.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 46)

    def text(self) -> str:
        return self.document.toPlainText()


def install_legend(window: Any) -> QAction:
    action = QAction(QCoreApplication.translate("Legend", "&Legend of the marks"), window)
    action.setObjectName("legendAction")
    action.triggered.connect(lambda: window.items._open_dialog(LegendDialog(window)))
    view_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.menu() is not None and window.menus.high_contrast in a.menu().actions())
    view_menu.addSeparator()
    view_menu.addAction(action)
    return action
