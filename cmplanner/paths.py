"""Where plans live by default (the platform's user data folder)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "cmplanner"


def default_plan_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "plan.cmplan"
