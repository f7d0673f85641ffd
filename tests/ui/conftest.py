"""The main window on the demo plan, on the demo plan's today, shown offscreen."""

from __future__ import annotations

import pytest

from tests.windows import shown_window


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """The interface in English, as a user who picks English sees it: the sources, with their
    plural forms from cmplanner_en.qm ("1 post", "2 posts"). The French tests put it back."""
    from cmplanner.ui.i18n import install_translators

    assert install_translators(qapp, "en"), "the English plural catalogue did not load"


@pytest.fixture
def french(qapp):
    """The interface in French for the test, in English again after it."""
    from PySide6.QtCore import QCoreApplication

    from cmplanner.ui.i18n import install_translators

    translators = install_translators(qapp, "fr")
    assert translators, "the French catalogue did not load"
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.fixture
def window(qtbot, demo_store):
    with shown_window(qtbot, demo_store) as win:
        yield win
