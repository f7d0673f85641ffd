"""Short marks the chips draw: network initials in brand colours, status colours and symbols.

One home for these so the delegate, the legend and the board agree. Brand colours are fills with
white letters on them (legible in light and dark palettes); text colours elsewhere come from the
palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from cmplanner.domain.entities import Network
from cmplanner.domain.enums import NetworkKind, PostStatus

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

# Status colours (fills of the small status dot) and a symbol for colour-blind readers.
STATUS_MARKS: dict[PostStatus | None, tuple[str, str]] = {
    None: ("○", "#9a9a9a"),  # a series occurrence not written yet
    PostStatus.IDEA: ("·", "#b0b0b0"),
    PostStatus.DRAFT: ("✎", "#8c8c8c"),
    PostStatus.TO_VALIDATE: ("?", "#e08a00"),
    PostStatus.APPROVED: ("✓", "#2e9d4a"),
    PostStatus.SCHEDULED: ("◷", "#2f6fd0"),
    PostStatus.PUBLISHED: ("●", "#1f7a36"),
    PostStatus.CANCELLED: ("✕", "#c0392b"),
    PostStatus.ON_HOLD: ("‖", "#8e44ad"),
}

SERIES_MARK = "↻"
EVENT_MARK = "★"
SENSITIVE_MARK = "!"


def network_mark(network: Network | None) -> tuple[str, QColor]:
    if network is None:
        return "?", QColor("#666666")
    text, colour = NETWORK_MARKS.get(network.kind, NETWORK_MARKS[NetworkKind.OTHER])
    return text, QColor(colour)


def status_mark(status: PostStatus | None) -> tuple[str, QColor]:
    text, colour = STATUS_MARKS[status]
    return text, QColor(colour)


def readable_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (for text drawn on a colour)."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor(0, 0, 0) if luminance > 0.55 else QColor(255, 255, 255)
