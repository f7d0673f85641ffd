"""The main window on the demo plan, on the demo plan's today, shown offscreen."""

from __future__ import annotations

import pytest

from tests.windows import shown_window


@pytest.fixture
def window(qtbot, demo_store):
    with shown_window(qtbot, demo_store) as win:
        yield win
