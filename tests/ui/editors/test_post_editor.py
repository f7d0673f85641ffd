"""The post editor driven by clicks: fields, the workflow, refusals, undo."""

from __future__ import annotations

from dataclasses import replace

from datetime import datetime

from PySide6.QtCore import Qt
from zoneinfo import ZoneInfo

from cmplanner.domain import workflow
from cmplanner.domain.entities import Post
from cmplanner.domain.enums import Decision, PostKind, PostStatus
from cmplanner.ui.editors.post_editor import PostEditorDialog, new_post

S = PostStatus
PARIS = ZoneInfo("Europe/Paris")


def click(qtbot, button):
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_editor(qtbot, ctx, post):
    dialog = PostEditorDialog(ctx, post)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def step(dialog, target):
    return dialog.workflow_panel.step_buttons[target]


def test_walk_a_new_idea_to_published_by_clicking(qtbot, ctx, demo_store, person):
    ctx.set_current_person(person("Camille").id)
    pillar = next(p for p in demo_store.pillars.all() if p.name == "Vie de l'entreprise")  # not in the charter
    dialog = open_editor(qtbot, ctx, new_post())
    assert dialog.windowTitle() == "New post"
    qtbot.keyClicks(dialog.title, "Portrait du lundi")
    dialog.pillar.set_current_id(pillar.id)
    dialog.networks.set_checked(demo_store.networks.all()[0].id)
    assert not step(dialog, S.SCHEDULED).isVisible()  # no step from an idea to scheduled

    click(qtbot, step(dialog, S.DRAFT))
    post = demo_store.posts.get(dialog.post.id)
    assert (post.title, post.status, post.pillar_id) == ("Portrait du lundi", S.DRAFT, pillar.id)
    assert ctx.undo_stack.undoText() == "Move post “Portrait du lundi” to draft"

    click(qtbot, step(dialog, S.TO_VALIDATE))
    assert demo_store.posts.get(post.id).status is S.TO_VALIDATE
    assert not dialog.workflow_panel.approve_button.isVisible()  # the community manager is no approver
    assert "Julien Garnier" in dialog.workflow_panel.waiting_label.text()

    ctx.set_current_person(person("Julien").id)
    assert dialog.workflow_panel.approve_button.isVisible()
    qtbot.keyClicks(dialog.workflow_panel.comment, "Parfait")
    click(qtbot, dialog.workflow_panel.approve_button)
    stored = demo_store.posts.get(post.id)
    assert stored.status is S.APPROVED
    assert [(a.person_id, a.comment) for a in stored.approvals] == [(person("Julien").id, "Parfait")]
    assert dialog.approvals.topLevelItemCount() == 1
    assert ctx.undo_stack.undoText() == "Approve post “Portrait du lundi”"

    ctx.set_current_person(person("Camille").id)
    assert not step(dialog, S.SCHEDULED).isEnabled()  # no date yet: shown, disabled, says why
    assert "publication date" in step(dialog, S.SCHEDULED).toolTip()
    dialog.planned.none.setChecked(False)
    dialog.planned.edit.setDateTime(dialog.planned.edit.dateTime().addDays(3))
    click(qtbot, step(dialog, S.SCHEDULED))
    assert demo_store.posts.get(post.id).status is S.SCHEDULED
    assert demo_store.posts.get(post.id).planned_at is not None
    # Planned in three days: "mark as published" waits for that moment, and says so.
    assert not step(dialog, S.PUBLISHED).isEnabled()
    assert "cannot be marked as published before then" in step(dialog, S.PUBLISHED).toolTip()
    dialog.planned.edit.setDateTime(dialog.planned.edit.dateTime().addDays(-30))
    click(qtbot, step(dialog, S.PUBLISHED))
    assert demo_store.posts.get(post.id).status is S.PUBLISHED
    assert dialog.workflow_panel.status_label.text() == "Status: <b>Published</b>"

    for _ in range(6):
        ctx.undo_stack.undo()
    assert demo_store.posts.get(post.id) is None


def test_sensitive_post_cannot_be_scheduled_from_draft(qtbot, ctx, demo_store, person):
    ctx.set_current_person(person("Camille").id)
    craft = next(p for p in demo_store.pillars.all() if p.name == "Savoir-faire")
    linkedin = demo_store.networks.all()[0]
    post = demo_store.posts.save(Post("Chevillage", network_ids=[linkedin.id], pillar_id=craft.id,
                                      status=S.DRAFT, planned_at=datetime(2026, 4, 2, 9, tzinfo=PARIS)))
    dialog = open_editor(qtbot, ctx, post)
    assert step(dialog, S.SCHEDULED).isEnabled()  # covered by the charter
    click(qtbot, dialog.sensitive)
    assert not step(dialog, S.SCHEDULED).isEnabled() and step(dialog, S.SCHEDULED).toolTip()
    assert "must be validated" in dialog.workflow_panel.waiting_label.text()
    depth = ctx.undo_stack.count()
    assert not dialog.take_step(S.SCHEDULED)  # a stale button: the domain still refuses
    assert "not covered by the charter" in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert demo_store.posts.get(post.id).status is S.DRAFT
    assert not demo_store.posts.get(post.id).sensitive
    assert ctx.undo_stack.count() == depth


def test_non_approver_sees_no_approve_button(qtbot, ctx, demo_store, person):
    waiting = demo_store.posts.save(Post("Bilan du trimestre", status=S.TO_VALIDATE, validation_round=1,
                                         owner_id=person("Camille").id))
    ctx.set_current_person(person("Élodie").id)
    dialog = open_editor(qtbot, ctx, waiting)
    panel = dialog.workflow_panel
    assert not panel.approve_button.isVisible() and not panel.reject_button.isVisible()
    assert [t for t, b in panel.step_buttons.items() if b.isEnabled() and b.isVisible()] == []
    ctx.set_current_person(person("Julien").id)
    assert panel.approve_button.isVisible()
    qtbot.keyClicks(panel.comment, "Trop long")
    click(qtbot, panel.reject_button)
    stored = demo_store.posts.get(waiting.id)
    assert stored.status is S.DRAFT and stored.approvals[-1].comment == "Trop long"
    assert ctx.undo_stack.undoText() == f"Reject post “{waiting.title}”"


def test_crisis_circuit_needs_its_two_named_approvers(qtbot, ctx, demo_store, person):
    crisis = next(p for p in demo_store.posts.all() if p.kind is PostKind.NEGATIVE_REVIEW_REPLY)
    ctx.set_current_person(person("Julien").id)  # an approver, but not named in the circuit
    dialog = open_editor(qtbot, ctx, crisis)
    panel = dialog.workflow_panel
    assert not panel.approve_button.isVisible()
    assert "Philippe Morel" in panel.waiting_label.text() and "1 of 2" in panel.waiting_label.text()
    assert not dialog.decide(Decision.APPROVE)
    assert "named approver" in dialog.error_label.text()
    assert demo_store.posts.get(crisis.id).status is S.TO_VALIDATE
    ctx.set_current_person(person("Philippe").id)
    click(qtbot, panel.approve_button)
    stored = demo_store.posts.get(crisis.id)
    assert stored.status is S.APPROVED and len(stored.approvals) == 2


def test_ok_saves_the_fields_as_one_readable_step(qtbot, ctx, demo_store):
    post = next(p for p in demo_store.posts.all() if p.title.startswith("Offre d'emploi"))
    post = demo_store.posts.save(replace(post, status=S.DRAFT))
    dialog = open_editor(qtbot, ctx, post)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Offre d'emploi : vernisseur H/F")
    dialog.reach.setValue(1200)
    first_network = post.network_ids[0]
    dialog.variant_boxes[first_network].setPlainText("Version courte")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.error_label.text() == "" and dialog.result() == dialog.DialogCode.Accepted and dialog.saved
    stored = demo_store.posts.get(post.id)
    assert (stored.title, stored.reach, stored.variants) == \
        ("Offre d'emploi : vernisseur H/F", 1200, {first_network: "Version courte"})
    assert ctx.undo_stack.undoText() == "Edit post “Offre d'emploi : vernisseur H/F”"
    ctx.undo_stack.undo()
    assert demo_store.posts.get(post.id).title == post.title


def test_unchanged_post_pushes_nothing_and_new_post_needs_a_title(qtbot, ctx, demo_store):
    post = demo_store.posts.all()[0]
    dialog = open_editor(qtbot, ctx, post)
    assert dialog.save() and ctx.undo_stack.count() == 0
    count = demo_store.posts.count()
    empty = open_editor(qtbot, ctx, new_post())
    click(qtbot, empty.buttons.button(empty.buttons.StandardButton.Ok))
    assert empty.isVisible() and "needs a title" in empty.error_label.text()
    assert demo_store.posts.count() == count and ctx.undo_stack.count() == 0


def test_refused_edit_writes_nothing(qtbot, ctx, demo_store):
    post = next(p for p in demo_store.posts.all() if p.planned_at and p.status is S.DRAFT)
    dialog = open_editor(qtbot, ctx, post)
    dialog.content_due.none.setChecked(False)
    dialog.content_due.edit.setDate(dialog.planned.edit.date().addDays(5))
    assert not dialog.save()
    assert "deadline falls after" in dialog.error_label.text()
    assert demo_store.posts.get(post.id) == post and ctx.undo_stack.count() == 0


def test_private_notes_hidden_in_meeting_mode(qtbot, ctx, demo_store):
    post = next(p for p in demo_store.posts.all() if p.private_notes)
    dialog = open_editor(qtbot, ctx, post)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.private_notes.isVisible()
    ctx.set_meeting_mode(True)
    assert not dialog.private_notes.isVisible() and not dialog.private_notes_label.isVisible()
    later = open_editor(qtbot, ctx, post)
    later.tabs.setCurrentIndex(1)
    assert not later.private_notes.isVisible()
    assert later.save() and demo_store.posts.get(post.id).private_notes == post.private_notes


def test_links_to_series_and_events_are_shown(qtbot, ctx, demo_store):
    portrait = next(p for p in demo_store.posts.all() if p.series_id)
    assert "Portrait du lundi" in open_editor(qtbot, ctx, portrait).link_label.text()
    promo = next(p for p in demo_store.posts.all() if p.event_id)
    assert "Promotion of the event" in open_editor(qtbot, ctx, promo).link_label.text()


def test_sensitive_post_waits_for_both_named_approvers(qtbot, ctx, demo_store, person):
    ctx.set_current_person(person("Camille").id)
    post = demo_store.posts.save(Post("Réponse à un troll", kind=PostKind.TROLL_REPLY, status=S.DRAFT,
                                      planned_at=datetime(2026, 4, 2, 9, tzinfo=PARIS),
                                      owner_id=person("Camille").id))
    dialog = open_editor(qtbot, ctx, post)
    assert not step(dialog, S.SCHEDULED).isEnabled() and step(dialog, S.SCHEDULED).toolTip()
    click(qtbot, step(dialog, S.TO_VALIDATE))
    ctx.set_current_person(person("Philippe").id)
    click(qtbot, dialog.workflow_panel.approve_button)
    assert demo_store.posts.get(post.id).status is S.TO_VALIDATE
    assert "1 of 2" in dialog.workflow_panel.waiting_label.text()
    assert not dialog.workflow_panel.approve_button.isVisible()  # Philippe has decided
    ctx.set_current_person(person("Sophie").id)
    click(qtbot, dialog.workflow_panel.approve_button)
    assert demo_store.posts.get(post.id).status is S.APPROVED
    ctx.set_current_person(person("Camille").id)
    click(qtbot, step(dialog, S.SCHEDULED))
    assert demo_store.posts.get(post.id).status is S.SCHEDULED
    assert dialog.approvals.topLevelItemCount() == 2


def test_published_post_keeps_its_words_but_records_results(qtbot, ctx, demo_store):
    post = next(p for p in demo_store.posts.all() if p.status is S.PUBLISHED)
    dialog = open_editor(qtbot, ctx, post)
    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Reworded")
    assert "cannot be moved or reworded" in dialog.workflow_panel.effect_label.text()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert "cannot be moved or reworded" in dialog.error_label.text()
    assert demo_store.posts.get(post.id).title == post.title
    dialog.title.setText(post.title)
    dialog.reach.setValue(4321)
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert demo_store.posts.get(post.id).reach == 4321


def test_editing_an_approved_post_warns_then_asks_a_new_round(qtbot, ctx, demo_store, person):
    approved = next(p for p in demo_store.posts.all()
                    if p.status is S.APPROVED and workflow.current_approvals(p))
    dialog = open_editor(qtbot, ctx, approved)
    qtbot.keyClicks(dialog.title, " (v2)")
    assert "back to validation" in dialog.workflow_panel.effect_label.text()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    stored = demo_store.posts.get(approved.id)
    assert stored.status is S.TO_VALIDATE and stored.validation_round == approved.validation_round + 1
