"""Editors of networks, the editorial line, the charter and the exceptional circuit."""

from __future__ import annotations

from cmplanner.domain.enums import PostKind
from cmplanner.ui.editors.network_editor import NetworkEditorDialog
from cmplanner.ui.editors.people_editors import SiteEditorDialog
from cmplanner.ui.editors.plan_rules_editors import CharterDialog, CrisisCircuitDialog, EditorialLineDialog


def test_network_cadence_is_read_by_the_domain(qtbot, ctx, demo_store):
    network = demo_store.networks.all()[0]
    dialog = NetworkEditorDialog(ctx, network)
    qtbot.addWidget(dialog)
    assert dialog.cadence_note.text() == "About 3 posts a week."
    dialog.cadence.setText("souvent")
    assert "not understood" in dialog.cadence_note.text()
    assert not dialog.save() and "not understood" in dialog.error_label.text()
    assert demo_store.networks.get(network.id) == network
    dialog.cadence.setText("2 par jour")
    dialog.active.setChecked(False)
    assert dialog.save()
    stored = demo_store.networks.get(network.id)
    assert (stored.cadence, stored.active) == ("2 par jour", False)
    assert ctx.undo_stack.undoText() == "Edit network “LinkedIn”"


def test_editorial_line_edit_and_undo(qtbot, ctx, demo_store):
    before = demo_store.editorial_line()
    dialog = EditorialLineDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.version.setText("2026.3")
    assert dialog.save()
    assert demo_store.editorial_line().version == "2026.3"
    assert ctx.undo_stack.undoText() == "Edit the editorial line"
    ctx.undo_stack.undo()
    assert demo_store.editorial_line() == before


def test_charter_covers_what_is_ticked(qtbot, ctx, demo_store):
    dialog = CharterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kinds.set_checked(PostKind.SERIES, False)
    assert dialog.save()
    assert PostKind.SERIES not in demo_store.charter().covered_kinds
    ctx.undo_stack.undo()
    assert PostKind.SERIES in demo_store.charter().covered_kinds


def test_circuit_refuses_more_approvals_than_approvers(qtbot, ctx, demo_store):
    dialog = CrisisCircuitDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.required.setValue(3)
    assert not dialog.save() and "more approvals than it has approvers" in dialog.error_label.text()
    assert demo_store.crisis_circuit().required_approvals == 2 and ctx.undo_stack.count() == 0
    julien = next(p for p in demo_store.people.all() if p.name.startswith("Julien"))
    dialog.approvers.set_checked(julien.id)
    assert dialog.save()
    circuit = demo_store.crisis_circuit()
    assert circuit.required_approvals == 3 and circuit.approver_ids[-1] == julien.id
    assert ctx.undo_stack.undoText() == "Edit the exceptional circuit"


def test_new_site_needs_a_name(qtbot, ctx, demo_store):
    dialog = SiteEditorDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert not dialog.save() and "needs a name" in dialog.error_label.text()
    dialog.name.setText("Entrepôt de Trélazé")
    assert dialog.save() and ctx.undo_stack.undoText() == "Create site “Entrepôt de Trélazé”"
