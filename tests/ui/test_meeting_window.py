"""A meeting from the main window: who is in the room, decisions logged with author and time,
the approver chosen in the approval panel, minutes kept in the plan and saved as PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QInputDialog

from cmplanner.domain.enums import PostStatus, Role
from cmplanner.domain.meeting import DecisionKind

S = PostStatus


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_meeting_logs_decisions_and_keeps_its_minutes(window, tmp_path, monkeypatch):
    store = window.ctx.store
    people = store.people.all()
    from cmplanner.domain import workflow
    cm = next(p for p in people if p.has(Role.COMMUNITY_MANAGER))
    window.ctx.set_current_person(cm.id)
    waiting = next(p for p in store.posts.all() if p.status is S.TO_VALIDATE)
    boss = next(p for p in people if workflow.may_approve(waiting, p, store.crisis_circuit()))
    window.meeting_start_action.trigger()
    dialog = window.meeting_dialog
    dialog.start()  # nobody ticked: refused
    assert dialog.error.text() and store.active_meeting() is None
    dialog.title.setText("Comité éditorial de mars")
    dialog.attendees.set_checked(boss.id)
    dialog.attendees.set_checked(cm.id)
    dialog.start()
    meeting = store.active_meeting()
    assert meeting is not None and set(meeting.attendee_ids) == {boss.id, cm.id}
    assert window.meeting_status.isVisible()

    # An approval in the post editor: the approver is chosen among those present.
    from cmplanner.ui.editors.post_editor import PostEditorDialog
    editor = window.items.edit_post(waiting) or window.findChild(PostEditorDialog)
    panel = editor.workflow_panel
    assert panel.decider.isVisibleTo(editor)
    assert {panel.decider.itemData(i) for i in range(panel.decider.count())} == {boss.id, cm.id}
    panel.decider.setCurrentIndex(panel.decider.findData(boss.id))
    from cmplanner.domain.enums import Decision
    assert not workflow.may_approve(waiting, cm, store.crisis_circuit())  # the user could not
    assert editor.decide(Decision.APPROVE)
    editor.close()
    # A move with the keyboard, and a free-text note.
    draft = next(p for p in store.posts.all() if p.status is S.DRAFT and p.planned_at)
    from cmplanner.services import posts as cases
    window.ctx.push(cases.move_post(store, draft, draft.planned_at + timedelta(days=1)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Budget salon validé <oui>", True)))
    window.meeting_note_action.trigger()
    meeting = store.active_meeting()
    kinds = [(d.kind, d.text, d.author_id) for d in meeting.decisions]
    assert (DecisionKind.APPROVAL, waiting.title, boss.id) in kinds
    assert any(k is DecisionKind.MOVE and t == draft.title for k, t, _ in kinds)
    assert any(k is DecisionKind.NOTE and t == "Budget salon validé <oui>" for k, t, _ in kinds)
    # Undo is not a decision: the log keeps what happened.
    count = len(meeting.decisions)
    window.ctx.undo_stack.undo()
    assert len(store.active_meeting().decisions) == count

    window.meeting_start_action.trigger()  # now "End the meeting…"
    end = window.meeting_dialog
    assert "Comité éditorial de mars" in end.preview.toPlainText()
    target = tmp_path / "cr.pdf"
    assert end.end(str(target))
    assert store.active_meeting() is None
    [kept] = store.meetings.all()
    assert kept.ended_at is not None and "Budget salon validé &lt;oui&gt;" in kept.minutes_html
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Compte rendu" in text and boss.name in text and waiting.title.split()[0] in text
    assert "@" not in text
    # The minutes stay in the plan: Edit ▸ Meeting minutes… shows and saves them again.
    window.meeting_minutes_action.trigger()
    kept_dialog = window.minutes_dialog
    assert "Comité éditorial de mars" in kept_dialog.list.item(0).text()
    assert "Budget salon validé <oui>" in kept_dialog.preview.toPlainText()
    again = tmp_path / "cr.html"
    assert kept_dialog.save(str(again))
    assert again.read_text(encoding="utf-8") == kept.minutes_html
    kept_dialog.reject()
