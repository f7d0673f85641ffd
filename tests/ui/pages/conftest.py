"""Pages on the demo plan, on the demo plan's today, with editors run by the test."""

from __future__ import annotations

import pytest

from cmplanner.ui.context import AppContext
from cmplanner.ui.pages import common
from tests.conftest import DEMO_TODAY


@pytest.fixture
def ctx(qapp, demo_store):
    context = AppContext(demo_store)
    context.today = lambda: DEMO_TODAY
    yield context
    context.close()


@pytest.fixture
def dialogs(monkeypatch):
    """Editors the pages open, recorded; each is handed to ``dialogs.answer`` instead of exec()."""

    class Recorder:
        opened: list = []
        answer = staticmethod(lambda dialog: False)

    recorder = Recorder()
    recorder.opened = []

    def fake_open(dialog):
        recorder.opened.append(dialog)
        result = recorder.answer(dialog)
        dialog.deleteLater()
        return result

    monkeypatch.setattr(common, "open_dialog", fake_open)
    return recorder
