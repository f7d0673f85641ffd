"""Files shipped with the application: icons (SVG sources and the app icon's PNG sizes) and the
user guide. Found through importlib.resources, so a source checkout, an installed wheel and the
PyInstaller bundle all read them from the same place inside the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("icons", "app", "cmplanner.svg")``."""
    return Path(str(files(__name__).joinpath(*parts)))


def read_bytes(*parts: str) -> bytes:
    return files(__name__).joinpath(*parts).read_bytes()
