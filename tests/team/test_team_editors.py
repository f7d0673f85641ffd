"""Two clients on one team plan, in every editor that saves something a colleague may change:
the open editor says so when Camille's change arrives, the save is refused and the conflict
dialog offers keep theirs / overwrite with mine / copy mine as new (not for plan-wide records nor
for a person, a site or a network), and undo never overwrites Camille's newer change.

Each editor is opened from the main window as a user does (the page's button or action); the
page's modal ``exec`` is replaced by ``show`` so the test can drive the editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from cmplanner.ui.dialogs.conflict_dialog import ConflictDialog
from cmplanner.ui.pages import common

pytestmark = pytest.mark.postgresql


@pytest.fixture
def opened(monkeypatch):
    """The editors the pages open, shown instead of run modally."""
    found: list = []

    def show(dialog):
        found.append(dialog)
        dialog.show()
        return False

    monkeypatch.setattr(common, "open_dialog", show)
    return found


def first(items, **wanted):
    return next(i for i in items if all(getattr(i, k) == v for k, v in wanted.items()))


@dataclass
class Case:
    """How to open one editor from the window, what Camille changes, what I type."""

    kind: str
    open: Callable[[Any, Any, list], Any]  # (window, item, opened) -> the editor
    item: Callable[[Any], Any]  # the edited item, read from a store (None: a plan-wide record)
    theirs: Callable[[Any, Any], None]  # Camille's change, written with her store
    mine: Callable[[Any], None]  # what I type in the editor
    check_theirs: Callable[[Any], bool]  # her change is in the stored item
    check_mine: Callable[[Any], bool]  # my change is in the stored item
    read: Callable[[Any, Any], Any]  # the stored item now, from a store
    copyable: bool = True


def _by_id(repository):
    return lambda store, item: getattr(store, repository).get(item.id)


def _entity_case(kind, page, actions, editor_attr, name_attr, make_theirs, copyable=True,
                 pick=lambda s: None):
    return Case(
        kind,
        open=lambda w, item, found: (getattr(w.pages.page(page), actions).edit(item), found[-1])[1],
        item=pick,
        theirs=lambda store, item: getattr(store, kind).save(make_theirs(getattr(store, kind).get(item.id))),
        mine=lambda dialog: getattr(dialog, editor_attr).setText("Écrit par moi"),
        check_theirs=lambda stored: _theirs_marker(stored),
        check_mine=lambda stored: getattr(stored, name_attr) == "Écrit par moi",
        read=_by_id(kind), copyable=copyable)


def _theirs_marker(stored) -> bool:
    return any("Camille" in str(getattr(stored, f, "")) for f in
               ("description", "details", "address", "email", "handle", "text_template", "location"))


def _click(window, page, button):
    window.pages.page(page).findChild(QPushButton, button).click()


CASES = [
    Case("series",
         open=lambda w, item, found: (w.pages.page("series").edit_series(SimpleNamespace(series=item)), found[-1])[1],
         item=lambda s: s.series.all()[0],
         theirs=lambda store, item: store.series.save(replace(store.series.get(item.id), text_template="Texte de Camille")),
         mine=lambda d: d.name.setText("Écrit par moi"),
         check_theirs=_theirs_marker, check_mine=lambda s: s.name == "Écrit par moi",
         read=_by_id("series")),
    Case("events",
         open=lambda w, item, found: w.event_actions.open_event(item.id),
         item=lambda s: s.events.all()[0],
         theirs=lambda store, item: store.events.save(replace(store.events.get(item.id), location="Salle de Camille")),
         mine=lambda d: d.title.setText("Écrit par moi"),
         check_theirs=_theirs_marker, check_mine=lambda s: s.title == "Écrit par moi",
         read=_by_id("events")),
    _entity_case("pillars", "line", "pillar_actions", "name", "name",
                 lambda p: replace(p, description="Vu par Camille"), pick=lambda s: s.pillars.all()[0]),
    _entity_case("audiences", "line", "audience_actions", "name", "name",
                 lambda a: replace(a, description="Vu par Camille"), pick=lambda s: s.audiences.all()[0]),
    _entity_case("networks", "line", "network_actions", "name", "name",
                 lambda n: replace(n, handle="@Camille"), copyable=False,
                 pick=lambda s: s.networks.all()[0]),
    _entity_case("people", "people", "people_actions", "name", "name",
                 lambda p: replace(p, email="Camille@example.org"), copyable=False,
                 pick=lambda s: s.people.all()[0]),
    _entity_case("sites", "people", "site_actions", "name", "name",
                 lambda p: replace(p, address="Rue de Camille"), copyable=False,
                 pick=lambda s: s.sites.all()[0]),
    _entity_case("requests", "requests", "actions", "topic", "topic",
                 lambda r: replace(r, details="Précisé par Camille"),
                 pick=lambda s: s.requests.all()[0]),
    Case("line",
         open=lambda w, item, found: (_click(w, "line", "editLine"), found[-1])[1],
         item=lambda s: None,
         theirs=lambda store, item: store.save_editorial_line(replace(store.editorial_line(), version="Camille 2")),
         mine=lambda d: d.objectives.setPlainText("Écrit par moi"),
         check_theirs=lambda line: line.version == "Camille 2",
         check_mine=lambda line: line.objectives == "Écrit par moi",
         read=lambda store, item: store.editorial_line(), copyable=False),
    Case("charter",
         open=lambda w, item, found: (_click(w, "line", "editCharter"), found[-1])[1],
         item=lambda s: None,
         theirs=lambda store, item: store.save_charter(replace(store.charter(), covered_pillar_ids=set())),
         mine=lambda d: d.text.setPlainText("Écrit par moi"),
         check_theirs=lambda charter: charter.covered_pillar_ids == set(),
         check_mine=lambda charter: charter.text == "Écrit par moi",
         read=lambda store, item: store.charter(), copyable=False),
    Case("circuit",
         open=lambda w, item, found: (_click(w, "line", "editCircuit"), found[-1])[1],
         item=lambda s: None,
         theirs=lambda store, item: store.save_crisis_circuit(replace(store.crisis_circuit(), deadline_hours=77)),
         mine=lambda d: d.required.setValue(1),
         check_theirs=lambda circuit: circuit.deadline_hours == 77,
         check_mine=lambda circuit: circuit.required_approvals == 1,
         read=lambda store, item: store.crisis_circuit(), copyable=False),
    Case("workload",
         open=lambda w, item, found: (_click(w, "line", "editWorkload"), found[-1])[1],
         item=lambda s: None,
         theirs=lambda store, item: store.save_workload_settings(
             replace(store.workload_settings(), capacity_minutes={999: 60})),
         mine=lambda d: d.post_table.cellWidget(0, 1).setValue(47),
         check_theirs=lambda w: w.capacity_minutes.get(999) == 60,
         check_mine=lambda w: 47 in w.post_minutes.values(),
         read=lambda store, item: store.workload_settings(), copyable=False),
    Case("network_rules",
         open=lambda w, item, found: _shown(w.media_actions.edit_limits(run=False)),
         item=lambda s: None,
         theirs=lambda store, item: store.save_network_rules(
             {**store.network_rules(), "x": {"max_chars": 25000}}),
         mine=lambda d: d.table.item(d.keys.index("mastodon"), 1).setText("11000"),
         check_theirs=lambda rules: rules.get("x") == {"max_chars": 25000},
         check_mine=lambda rules: rules.get("mastodon") == {"max_chars": 11000},
         read=lambda store, item: store.network_rules(), copyable=False),
]
IDS = [case.kind for case in CASES]


def _shown(dialog):
    dialog.show()
    return dialog


def stale_editor(qtbot, window, colleague, opened, case):
    """The editor open on the item, Camille's change arrived (the editor says so), mine typed,
    OK refused: the conflict dialog is open."""
    item = case.item(window.store)
    window.show_view("line" if case.kind in ("line", "charter", "circuit", "workload", "network_rules") else
                     {"series": "series", "events": "month", "pillars": "line", "audiences": "line",
                      "networks": "line", "people": "people", "sites": "people",
                      "requests": "requests"}[case.kind])
    editor = case.open(window, item, opened)
    assert editor.isVisible()
    case.theirs(colleague, item)
    error = editor.findChild(QLabel, "errorLabel")
    qtbot.waitUntil(lambda: "Camille changed" in error.text(), timeout=1500)
    assert "meanwhile" in error.text()
    case.mine(editor)
    editor.buttons.accepted.emit()  # OK
    assert editor.isVisible()  # refused: nothing of mine written, my fields kept
    assert isinstance(editor.conflict_dialog, ConflictDialog)
    stored = case.read(colleague, item)
    assert case.check_theirs(stored) and not case.check_mine(stored)
    return item, editor, editor.conflict_dialog


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_overwrite_with_mine_keeps_what_i_did_not_touch_of_theirs(qtbot, window, colleague,
                                                                    opened, case):
    item, editor, conflict = stale_editor(qtbot, window, colleague, opened, case)
    assert "Camille" in conflict.message.text()
    qtbot.mouseClick(conflict.see_button, Qt.MouseButton.LeftButton)
    assert conflict.table.rowCount() >= 1
    assert conflict.copy_button.isEnabled() == case.copyable
    assert conflict.copy_note.isVisible() != case.copyable  # says why no copy
    qtbot.mouseClick(conflict.mine_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = case.read(colleague, item)
    assert case.check_mine(stored) and case.check_theirs(stored)


@pytest.mark.parametrize("case", [c for c in CASES if c.kind in ("series", "pillars", "requests")],
                         ids=lambda c: c.kind)
def test_copy_mine_as_new_keeps_theirs(qtbot, window, colleague, opened, case):
    before = len(getattr(colleague, case.kind).all())
    item, editor, conflict = stale_editor(qtbot, window, colleague, opened, case)
    qtbot.mouseClick(conflict.copy_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    items = getattr(colleague, case.kind).all()
    assert len(items) == before + 1
    stored = case.read(colleague, item)
    assert case.check_theirs(stored) and not case.check_mine(stored)
    copy = next(i for i in items if case.check_mine(i))
    assert copy.id != item.id


@pytest.mark.parametrize("case", [c for c in CASES if c.kind in ("events", "charter")],
                         ids=lambda c: c.kind)
def test_keep_theirs_writes_nothing_of_mine(qtbot, window, colleague, opened, case):
    item, editor, conflict = stale_editor(qtbot, window, colleague, opened, case)
    qtbot.mouseClick(conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    stored = case.read(colleague, item)
    assert case.check_theirs(stored) and not case.check_mine(stored)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_undo_never_overwrites_a_colleagues_newer_change(qtbot, window, colleague, opened, case):
    item = case.item(window.store)
    editor = case.open(window, item, opened)
    case.mine(editor)
    editor.buttons.accepted.emit()
    assert not editor.isVisible()
    assert case.check_mine(case.read(colleague, item))
    case.theirs(colleague, item)  # Camille changes it after my save
    refusals: list[str] = []
    window.ctx.refused.connect(refusals.append)
    window.ctx.undo_stack.undo()
    assert refusals  # told why
    stored = case.read(colleague, item)
    assert case.check_theirs(stored) and case.check_mine(stored)  # nothing overwritten
