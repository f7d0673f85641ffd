"""Qt for Python's look at each module imported after it gives the same answers, read quicker."""

from __future__ import annotations

import sys

from cmplanner.ui import pyside_imports


def test_the_quicker_check_answers_as_qt_for_python_does(qapp):
    import cmplanner.ui.main_window  # noqa: F401 (the window's modules, and what they import)

    assert pyside_imports.install()
    feature = sys.modules["__feature__"]
    quicker = feature._mod_uses_pyside
    assert getattr(quicker, "quicker", False)
    upstream = quicker.__closure__[0].cell_contents  # the check it stands in for
    modules = [m for m in list(sys.modules.values()) if isinstance(getattr(m, "__file__", None), str)]
    answers = [(m.__name__, quicker(m), upstream(m)) for m in modules]
    assert len(answers) > 300
    assert [a for a in answers if a[1] != a[2]] == []
    assert sum(1 for _name, uses, _ in answers if uses) > 30  # the window's modules say "PySide6"
    assert ("cmplanner.domain.recurrence", False, False) in answers


def test_installing_twice_wraps_once(qapp):
    assert pyside_imports.install() and pyside_imports.install()
    check = sys.modules["__feature__"]._mod_uses_pyside
    assert not getattr(check.__closure__[0].cell_contents, "quicker", False)
