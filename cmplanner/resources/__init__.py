"""Files shipped with the application: icons (SVG sources and the app icon's PNG sizes) and the
user guide. Read from the same place inside the package in a source checkout, an installed wheel
and the PyInstaller bundle (``_root``)."""

from __future__ import annotations

from functools import cache
from importlib.abc import Traversable
from importlib.resources import files
from pathlib import Path


@cache
def _root() -> Traversable:
    """The package's files, found once: the window's first paint reads some twenty icons. On
    disk (a checkout, a wheel, the bundle) they are beside this module; importlib.resources,
    which finds them anywhere, costs the start some milliseconds of imports."""
    here = Path(__file__).parent
    return here if (here / "icons").is_dir() else files(__name__)


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("icons", "app", "cmplanner.svg")``."""
    return Path(str(_root().joinpath(*parts)))


def read_bytes(*parts: str) -> bytes:
    return _root().joinpath(*parts).read_bytes()
