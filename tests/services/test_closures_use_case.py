"""Closure days stored through their use case: one undoable change, refused when wrong."""

from __future__ import annotations

from datetime import date

import pytest

from cmplanner.domain.closures import Closure, Closures
from cmplanner.domain.entities import Site
from cmplanner.domain.errors import Conflict, InvalidDates
from cmplanner.services.changes import revert
from cmplanner.services.closures import save_closures

END_OF_YEAR = Closure(date(2026, 12, 24), date(2027, 1, 2), "Fermeture annuelle")


def test_closures_are_stored_and_undone(store):
    site = store.sites.save(Site("Usine de Lyon"))
    edited = Closures((END_OF_YEAR, Closure(date(2026, 8, 10), date(2026, 8, 14), "Lyon", site.id)))
    change = save_closures(store, store.closures(), edited)
    assert store.closures() == edited
    assert str(change.text) == "Change the closure days"
    revert(store, change)
    assert store.closures() == Closures()


def test_a_wrong_closure_is_refused_and_nothing_is_stored(store):
    before = store.closures()
    with pytest.raises(InvalidDates):
        save_closures(store, before, Closures((Closure(date(2027, 1, 2), date(2026, 12, 24)),)))
    with pytest.raises(InvalidDates):
        save_closures(store, before, Closures((Closure(date(2026, 5, 1), date(2026, 5, 1), site_id=999),)))
    assert store.closures() == before


def test_a_stale_edit_is_a_conflict(store):
    loaded = store.closures()
    save_closures(store, loaded, Closures((END_OF_YEAR,)))
    with pytest.raises(Conflict):
        save_closures(store, loaded, Closures())
    assert store.closures() == Closures((END_OF_YEAR,))


def test_the_command_line_adds_lists_and_refuses_impossible_dates(tmp_path, capsys):
    from cmplanner.cli import main
    from cmplanner.storage.store import PlanStore

    path = tmp_path / "plan.cmplan"
    PlanStore.open(path).close()
    assert main(["closures", "--plan", str(path), "--add", "24/12/2026", "2027-01-02",
                 "--name", "Fermeture annuelle"]) == 0
    assert "1. 2026-12-24 to 2027-01-02 (10 day(s), whole company): Fermeture annuelle" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="does not exist in the calendar"):
        main(["closures", "--plan", str(path), "--add", "31/02/2027", "2027-03-02"])
    with pytest.raises(SystemExit, match="before it starts"):
        main(["closures", "--plan", str(path), "--add", "2027-03-05", "2027-03-02"])
    assert main(["closures", "--plan", str(path), "--remove", "1"]) == 0
    store = PlanStore.open(path, read_only=True)
    assert store.closures() == Closures()
    store.close()
