"""User settings declared once, typed, with their defaults, over QSettings.

    settings = UiSettings()
    settings.zoom          # 100
    settings.zoom = 130    # stored at once

Window geometry and state are kept apart from preferences (``window/...`` keys).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type

    def read(self, store: QSettings) -> T:
        raw = store.value(self.key, None)
        if raw is None:
            return self.default
        try:
            if self.kind is bool:
                if isinstance(raw, str):
                    return raw.lower() in ("1", "true", "yes")  # type: ignore[return-value]
                return bool(raw)  # type: ignore[return-value]
            if self.kind is QByteArray:
                return raw if isinstance(raw, QByteArray) else self.default
            return self.kind(raw)
        except (TypeError, ValueError):
            return self.default


class _Declared:
    """A class attribute that reads and writes its Setting through the owner's QSettings."""

    def __init__(self, setting: Setting) -> None:
        self.setting = setting

    def __get__(self, owner: Any, _type=None):
        if owner is None:
            return self.setting
        return self.setting.read(owner.qsettings)

    def __set__(self, owner: Any, value) -> None:
        owner.qsettings.setValue(self.setting.key, value)


VIEWS = ("month", "week", "agenda", "backlog", "board")
LANGUAGES = ("system", "fr", "en")
ZOOM_STEPS = (70, 80, 90, 100, 115, 130, 150, 175, 200, 250, 300)
MEETING_ZOOM = 150


class UiSettings:
    geometry = _Declared(Setting("window/geometry", QByteArray(), QByteArray))
    window_state = _Declared(Setting("window/state", QByteArray(), QByteArray))
    last_view = _Declared(Setting("ui/last_view", "month", str))
    zoom = _Declared(Setting("ui/zoom", 100, int))
    high_contrast = _Declared(Setting("ui/high_contrast", False, bool))
    board_weeks = _Declared(Setting("ui/board_weeks", 2, int))
    language = _Declared(Setting("ui/language", "system", str))  # "system", "fr" or "en"
    last_plan = _Declared(Setting("plan/last_path", "", str))

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings()

    def language_override(self) -> str | None:
        """The language chosen in preferences, or None to follow the system."""
        value = self.language
        return value if value in ("fr", "en") else None


def next_zoom(current: int, direction: int) -> int:
    """The next zoom step up (direction 1) or down (-1) from ``current``."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > current), ZOOM_STEPS[-1])
    return next((z for z in reversed(ZOOM_STEPS) if z < current), ZOOM_STEPS[0])
