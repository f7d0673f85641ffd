"""Chip titles wrap at spaces, break a too-long word with a hyphen, and elide the last line."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from cmplanner.ui.chip_delegate import wrap_text


def metrics(qapp) -> QFontMetrics:
    return QFontMetrics(QFont("DejaVu Sans", 10))


def test_wraps_at_spaces(qapp):
    m = metrics(qapp)
    width = m.horizontalAdvance("Portes ouvertes") + 2
    lines = wrap_text("Portes ouvertes de l'atelier", m, width, 3)
    assert lines[0] == "Portes ouvertes" and all(m.horizontalAdvance(x) <= width for x in lines)


def test_a_very_long_word_is_hyphenated_not_cut_silently(qapp):
    m = metrics(qapp)
    word = "anticonstitutionnellement"
    width = m.horizontalAdvance(word[:10]) + 1
    lines = wrap_text(word, m, width, 4)
    joined = "".join(x.rstrip("-") for x in lines[:-1])
    assert lines[0].endswith("-") and word.startswith(joined)
    assert all(m.horizontalAdvance(x) <= width for x in lines)


def test_short_words_are_never_broken_mid_word(qapp):
    m = metrics(qapp)
    width = m.horizontalAdvance("Sondag") + 1  # "Sondage" and "participation" do not fit
    lines = wrap_text("Sondage participation des lecteurs", m, width, 4)
    assert not any(line.endswith("-") for line in lines)
    assert lines[0].startswith("Sond") and lines[0].endswith("…")
    assert all(m.horizontalAdvance(x) <= width for x in lines)


def test_last_line_is_elided(qapp):
    m = metrics(qapp)
    width = m.horizontalAdvance("Retour en") + 2
    lines = wrap_text("Retour en images sur notre participation au salon", m, width, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
