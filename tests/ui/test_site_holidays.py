"""Holidays per site: a site's country and region set in its editor (People and sites page)
decide which public holidays the calendar shows and the cadence skips."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from cmplanner.domain.closures import Closures
from cmplanner.domain.entities import Site
from cmplanner.ui.pages import common
from cmplanner.ui.editors.people_editors import SiteEditorDialog


def test_a_moselle_site_adds_its_holidays_to_the_calendar(window, qtbot, monkeypatch):
    store = window.store
    store.save_closures(Closures())  # the demo's end-of-year closure would name these days too
    model = window.month_model
    model.set_month(2026, 12)
    assert model.day_info(date(2026, 12, 25)).holiday == "Christmas Day"  # the interface is English
    assert model.day_info(date(2026, 12, 26)).holiday is None
    opened = []

    def answer(dialog):  # the site editor, as the People and sites page opens it
        opened.append(dialog)
        dialog.country.setCurrentIndex(dialog.country.findData("FR"))
        dialog.subdivision.setCurrentIndex(dialog.subdivision.findData("57"))
        assert dialog.subdivision.currentText() == "Moselle (Alsace-Moselle)"
        dialog.save_and_close()
        return dialog.saved

    monkeypatch.setattr(common, "open_dialog", answer)
    window.show_view("people")
    page = window.stack.currentWidget()
    page.sites.select_row(0)
    site = page.sites.current()
    qtbot.mouseClick(page.sites.edit_button, Qt.MouseButton.LeftButton)
    assert isinstance(opened[-1], SiteEditorDialog)
    assert store.sites.get(site.id).subdivision == "57"
    window.show_view("month")
    model.set_month(2026, 12)
    assert model.day_info(date(2026, 12, 26)).holiday == "Saint Stephen's Day"
    window.ctx.undo_stack.undo()
    assert model.day_info(date(2026, 12, 26)).holiday is None


def test_people_filter_shows_the_holidays_of_their_sites(window):
    store = window.store
    geneva = store.sites.save(Site("Agence de Genève", country="CH", subdivision="GE"))
    person = store.people.all()[0]
    from dataclasses import replace

    store.people.save(replace(person, site_id=geneva.id))
    window.filter_panel.set_checked("people", {person.id})
    model = window.month_model
    model.set_month(2026, 8)
    assert model.day_info(date(2026, 8, 1)).holiday  # Swiss national day
    assert model.day_info(date(2026, 8, 15)).holiday is None  # Assumption is not a Geneva holiday
    window.filter_panel.set_checked("people", set())
    assert model.day_info(date(2026, 8, 15)).holiday
