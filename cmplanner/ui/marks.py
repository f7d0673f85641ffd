"""The marks the chips draw: network icons, status icons, series, event and sensitive marks.

One home for these so the delegate, the board, the filter panel and the guide's legend agree.
Each mark has an original SVG icon in cmplanner/resources/icons (a brand colour with a white
pictogram for networks, a coloured disc with a symbol for statuses, so colour is never the only
cue) and a text symbol kept for plain-text places (tooltips, exports). Icons are rendered once
per pixel size and cached: painting a month of chips only copies pixmaps.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from cmplanner.domain.entities import Network
from cmplanner.domain.enums import NetworkKind, PostStatus
from cmplanner.resources import read_bytes

NETWORK_MARKS: dict[NetworkKind, tuple[str, str]] = {
    NetworkKind.FACEBOOK: ("f", "#1877f2"),
    NetworkKind.LINKEDIN: ("in", "#0a66c2"),
    NetworkKind.INSTAGRAM: ("ig", "#c13584"),
    NetworkKind.X: ("X", "#3a3a3a"),
    NetworkKind.YOUTUBE: ("yt", "#d00000"),
    NetworkKind.TIKTOK: ("tt", "#202020"),
    NetworkKind.SNAPCHAT: ("sc", "#b8a000"),
    NetworkKind.PINTEREST: ("p", "#bd081c"),
    NetworkKind.THREADS: ("th", "#3a3a3a"),
    NetworkKind.MASTODON: ("m", "#6364ff"),
    NetworkKind.BLUESKY: ("bs", "#0a7aff"),
    NetworkKind.NEWSLETTER: ("nl", "#7a5c00"),
    NetworkKind.WEBSITE: ("w", "#2f6f3e"),
    NetworkKind.OTHER: ("•", "#666666"),
}

# Status colours (the icon's disc) and a symbol for plain text; None is a series occurrence not
# written yet.
STATUS_MARKS: dict[PostStatus | None, tuple[str, str]] = {
    None: ("○", "#9a9a9a"),
    PostStatus.IDEA: ("·", "#b0b0b0"),
    PostStatus.DRAFT: ("✎", "#8c8c8c"),
    PostStatus.TO_VALIDATE: ("?", "#e08a00"),
    PostStatus.APPROVED: ("✓", "#2e9d4a"),
    PostStatus.SCHEDULED: ("◷", "#2f6fd0"),
    PostStatus.PUBLISHED: ("●", "#1f7a36"),
    PostStatus.CANCELLED: ("✕", "#c0392b"),
    PostStatus.ON_HOLD: ("‖", "#b9770e"),
}

SERIES_MARK = "↻"
EVENT_MARK = "★"
SENSITIVE_MARK = "!"


@dataclass(frozen=True)
class Mark:
    """One entry of the legend: its icon file (under resources/icons) and what it means."""
    icon: str
    meaning: str  # translated with context "marks"


# The chip marks other than networks and statuses, in the order the chip paints them.
OTHER_MARKS: tuple[Mark, ...] = (
    Mark("marks/series.svg", QT_TRANSLATE_NOOP("marks", "Part of a recurring series")),
    Mark("marks/event.svg", QT_TRANSLATE_NOOP("marks", "Promotes an event (also the mark of event bars)")),
    Mark("marks/sensitive.svg", QT_TRANSLATE_NOOP("marks", "Sensitive post (crisis circuit)")),
)
OCCURRENCE_MEANING = QT_TRANSLATE_NOOP("marks", "A series occurrence not written yet (dashed chip)")


def network_icon_name(kind: NetworkKind | None) -> str:
    return f"networks/{kind.value}.svg" if kind is not None else "networks/unknown.svg"


def status_icon_name(status: PostStatus | None) -> str:
    return f"status/{status.value}.svg" if status is not None else "status/occurrence.svg"


def mark_meaning(text: str) -> str:
    return QCoreApplication.translate("marks", text)


_PIXMAPS: dict[tuple[str, int, int], QPixmap] = {}


def icon_image(name: str, size: int) -> QImage:
    """The icon ``name`` (path under resources/icons) rendered as a ``size``×``size`` image."""
    renderer = QSvgRenderer(read_bytes("icons", *name.split("/")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def icon_pixmap(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """Cached pixmap of the icon at ``size`` logical pixels for a device pixel ``ratio``."""
    pixels = max(1, round(size * ratio))
    key = (name, size, pixels)
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        pixmap = QPixmap.fromImage(icon_image(name, pixels))
        pixmap.setDevicePixelRatio(pixels / size if size else 1.0)
        _PIXMAPS[key] = pixmap
    return pixmap


class _MarkEngine(QIconEngine):
    """A mark drawn at the size it is shown at, when first shown (``icon_pixmap`` keeps it):
    the filter list's twenty marks no longer render three sizes each before the first paint."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = icon_pixmap(self.name, max(1, min(size.width(), size.height())))
        if mode == QIcon.Mode.Disabled:
            from PySide6.QtWidgets import QApplication, QStyleOption

            return QApplication.style().generatedIconPixmap(mode, pixmap, QStyleOption())
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return _MarkEngine(self.name)


def mark_icon(name: str) -> QIcon:
    return QIcon(_MarkEngine(name))


def app_icon() -> QIcon:
    """The application's icon in all its PNG sizes (window, task bar, about box)."""
    from cmplanner.resources import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", "app", f"cmplanner-{size}.png")))
    return icon


def network_mark(network: Network | None) -> tuple[str, QColor]:
    if network is None:
        return "?", QColor("#666666")
    text, colour = NETWORK_MARKS.get(network.kind, NETWORK_MARKS[NetworkKind.OTHER])
    return text, QColor(colour)


def network_pixmap(network: Network | None, size: int, ratio: float = 1.0) -> QPixmap:
    return icon_pixmap(network_icon_name(network.kind if network else None), size, ratio)


def status_mark(status: PostStatus | None) -> tuple[str, QColor]:
    text, colour = STATUS_MARKS[status]
    return text, QColor(colour)


def status_pixmap(status: PostStatus | None, size: int, ratio: float = 1.0) -> QPixmap:
    return icon_pixmap(status_icon_name(status), size, ratio)


def readable_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (for text drawn on a colour)."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor(0, 0, 0) if luminance > 0.55 else QColor(255, 255, 255)
