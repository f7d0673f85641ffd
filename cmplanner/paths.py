"""Where plans live by default (the platform's user data folder)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "cmplanner"


def data_folder() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_plan_path() -> Path:
    """The user's own plan when no other was chosen (the guided set-up writes it there)."""
    return data_folder() / "plan.cmplan"


def demo_plan_path() -> Path:
    """The demo plan's own file: exploring the demo never touches the user's plan."""
    return data_folder() / "demo.cmplan"
