"""A Qt for Python release known to crash the window is refused at start, in the user's language."""

from __future__ import annotations

import PySide6

from cmplanner.__main__ import main, qt_refusal


def test_broken_pyside_is_refused_with_a_clear_message():
    assert "6.12.0" in qt_refusal("6.12.0", "en_GB.UTF-8")
    assert "ne peut pas démarrer" in qt_refusal("6.12.0", "fr_FR.UTF-8")
    assert qt_refusal("6.11.3", "fr") is None


def test_start_stops_before_any_window_on_a_broken_pyside(monkeypatch, capsys):
    monkeypatch.setattr(PySide6, "__version__", "6.12.0")
    assert main(["--lang", "fr"]) == 1
    assert "PySide6 6.12.0" in capsys.readouterr().err
