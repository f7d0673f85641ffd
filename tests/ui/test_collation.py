"""Names sort the way the interface's language does: "Élodie" before "Thomas"."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QLocale

from cmplanner.ui.collation import by_name


def test_accented_names_sort_with_their_letter(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        people = [SimpleNamespace(name=n) for n in ("Thomas", "Élodie", "emma", "Atelier 10", "Atelier 2")]
        assert [p.name for p in by_name(people)] == ["Atelier 2", "Atelier 10", "Élodie", "emma", "Thomas"]
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_people_page_and_filter_sort_like_the_language(window):
    window.show_view("people")
    page = window.stack.currentWidget()
    names = [page.people_model.index(r, 0).data() for r in range(page.people_model.rowCount())]
    assert names == [p.name for p in by_name(window.store.people.all())]
    assert len(names) > 3
