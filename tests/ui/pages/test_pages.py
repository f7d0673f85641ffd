"""The pages over the demo plan: their models, their buttons, meeting mode, refusals, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cmplanner.domain.entities import Audience
from cmplanner.ui.editors.event_editor import EventEditorDialog
from cmplanner.ui.editors.line_editors import AudienceEditorDialog, PillarEditorDialog
from cmplanner.ui.editors.people_editors import PersonEditorDialog
from cmplanner.ui.editors.post_editor import PostEditorDialog
from cmplanner.ui.editors.request_editor import RequestEditorDialog
from cmplanner.ui.pages.editorial_line_page import EditorialLinePage
from cmplanner.ui.pages.events_page import EventsPage
from cmplanner.ui.pages.people_page import PeoplePage
from cmplanner.ui.pages.requests_page import RequestsPage


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def cells(model, column):
    return [model.index(r, column).data() for r in range(model.rowCount())]


def make(qtbot, page_type, ctx):
    page = page_type(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_page_models_pass_the_model_tester(qtbot, qtmodeltester, ctx):
    events = make(qtbot, EventsPage, ctx)
    events.events.select_row(0)
    line = make(qtbot, EditorialLinePage, ctx)
    people = make(qtbot, PeoplePage, ctx)
    requests = make(qtbot, RequestsPage, ctx)
    for model in (events.model, events.posts_model, line.pillar_model, line.audience_model,
                  line.network_model, people.people_model, people.site_model, requests.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_events_page_lists_upcoming_events_with_their_posts(qtbot, ctx, dialogs):
    page = make(qtbot, EventsPage, ctx)
    titles = cells(page.model, 1)
    assert titles == ["Midi numérique : bien utiliser LinkedIn", "Portes ouvertes de l'atelier de Cholet",
                      "Trophées de l'entreprise responsable des Pays de la Loire"]
    assert page.model.index(1, 4).data() == "5 posts — 0 scheduled or published"
    page.events.select_row(1)
    assert cells(page.posts_model, 1)[0] == "Annonce : Portes ouvertes de l'atelier de Cholet"
    click(qtbot, page.events.edit_button)
    assert isinstance(dialogs.opened[-1], EventEditorDialog)
    click(qtbot, page.events.add_button)
    assert dialogs.opened[-1].event.id is None
    page.posts_view.doubleClicked.emit(page.posts_model.index(0, 0))
    assert isinstance(dialogs.opened[-1], PostEditorDialog)


def test_deleting_an_event_takes_its_posts_and_undo_brings_all_back(qtbot, ctx, demo_store):
    page = make(qtbot, EventsPage, ctx)
    page.events.select_row(1)
    event = page.events.current().event
    posts = demo_store.posts.for_event(event.id)
    click(qtbot, page.events.delete_button)
    assert demo_store.events.get(event.id) is None
    assert demo_store.posts.for_event(event.id) == []
    assert page.model.rowCount() == 2
    assert ctx.undo_stack.undoText() == \
        "Delete event “Portes ouvertes de l'atelier de Cholet” and its promotion posts"
    ctx.undo_stack.undo()
    assert demo_store.events.get(event.id).title == event.title
    assert [p.id for p in demo_store.posts.for_event(event.id)] == [p.id for p in posts]
    assert page.model.rowCount() == 3


def test_editorial_line_page_shows_cadence_charter_and_approvers(qtbot, ctx):
    page = make(qtbot, EditorialLinePage, ctx)
    by_network = {page.network_model.index(r, 0).data(): r for r in range(page.network_model.rowCount())}
    linkedin = by_network["LinkedIn"]
    assert page.network_model.index(linkedin, 3).data() == "3 par semaine"
    assert page.network_model.index(linkedin, 5).data() == "12"
    assert page.network_model.index(linkedin, 6).data() in ("Under target", "On track", "Over target")
    assert "Savoir-faire" in page.charter_cover.text()
    assert page.approvers_text.text() == "Named approvers: Philippe Morel, Sophie Bernard."
    assert page.circuit_text.text() == "2 approvals required."
    assert "2026.2" in page.line_info.text() and "Philippe Morel" in page.line_info.text()


def test_pillar_in_use_is_not_deleted_but_a_new_audience_is(qtbot, ctx, demo_store, dialogs):
    page = make(qtbot, EditorialLinePage, ctx)
    page.pillars.select_row(0)
    click(qtbot, page.pillars.delete_button)
    assert page.message.isVisible() and "is still used by" in page.message.text()
    assert len(demo_store.pillars.all()) == 5 and ctx.undo_stack.count() == 0

    def fill(dialog):
        assert isinstance(dialog, AudienceEditorDialog)
        qtbot.keyClicks(dialog.name, "Journalistes")
        return dialog.save()

    dialogs.answer = fill
    click(qtbot, page.audiences.add_button)
    assert "Journalistes" in cells(page.audience_model, 0)
    assert ctx.undo_stack.undoText() == "Create audience “Journalistes”"
    page.audiences.select_where(lambda a: a.name == "Journalistes")
    click(qtbot, page.audiences.delete_button)
    assert "Journalistes" not in cells(page.audience_model, 0)
    assert ctx.undo_stack.undoText() == "Delete audience “Journalistes”"
    ctx.undo_stack.undo()
    assert "Journalistes" in cells(page.audience_model, 0)


def test_people_page_hides_emails_in_meeting_mode(qtbot, ctx, demo_store):
    page = make(qtbot, PeoplePage, ctx)
    emails = cells(page.people_model, 3)
    assert all("@" in e for e in emails)
    assert not page.people.view.isColumnHidden(3)
    ctx.set_meeting_mode(True)
    assert cells(page.people_model, 3) == [""] * len(emails)
    assert page.people.view.isColumnHidden(3)
    every_cell = [page.people_model.index(r, c).data(role) for r in range(page.people_model.rowCount())
                  for c in range(page.people_model.columnCount())
                  for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
    assert not any("@" in str(v) for v in every_cell if v)
    ctx.set_meeting_mode(False)
    assert cells(page.people_model, 3) == emails


def test_person_editor_hides_email_in_meeting_mode_and_keeps_it(qtbot, ctx, demo_store):
    person = demo_store.people.all()[0]
    ctx.set_meeting_mode(True)
    dialog = PersonEditorDialog(ctx, person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.email.isVisible()
    assert dialog.save() and demo_store.people.get(person.id).email == person.email


def test_requests_page_marks_overdue_requests(qtbot, ctx, dialogs):
    page = make(qtbot, RequestsPage, ctx)
    dues = cells(page.model, 2)
    overdue = [d for d in dues if d.endswith("overdue")]
    assert len(overdue) == 2 and dues[:2] == overdue  # overdue first
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.summary.text() == "2 requests overdue"
    click(qtbot, page.hide_closed)
    assert page.model.rowCount() == 4
    page.requests.select_row(0)
    click(qtbot, page.requests.edit_button)
    assert isinstance(dialogs.opened[-1], RequestEditorDialog)


def test_request_edit_links_a_post_and_marks_it_done(qtbot, ctx, demo_store):
    request = next(r for r in demo_store.requests.all() if r.topic.startswith("Nouvelle machine"))
    post = demo_store.posts.all()[0]
    dialog = RequestEditorDialog(ctx, request)
    qtbot.addWidget(dialog)
    dialog.post.set_current_id(post.id)
    dialog.status.setCurrentIndex(3)  # done
    assert dialog.save()
    stored = demo_store.requests.get(request.id)
    assert (stored.post_id, stored.status.value) == (post.id, "done")
    assert ctx.undo_stack.undoText() == "Edit request “Nouvelle machine à commande numérique”"


def test_pillar_colour_is_checked_by_the_domain(qtbot, ctx, demo_store):
    pillar = demo_store.pillars.all()[0]
    dialog = PillarEditorDialog(ctx, pillar)
    qtbot.addWidget(dialog)
    dialog.colour.setText("#12")
    assert not dialog.save() and "#RRGGBB" in dialog.error_label.text()
    dialog.colour.setText("#123456")
    assert dialog.save() and demo_store.pillars.get(pillar.id).colour == "#123456"
    assert ctx.undo_stack.undoText() == f"Edit pillar “{pillar.name}”"


def test_pages_follow_store_changes(qtbot, ctx, demo_store):
    page = make(qtbot, EditorialLinePage, ctx)
    count = page.audience_model.rowCount()
    demo_store.audiences.save(Audience("Élus"))
    assert page.audience_model.rowCount() == count + 1


def test_all_day_event_shows_no_time(ctx):
    from cmplanner.ui.pages.events_page import EventsPage

    page = EventsPage(ctx)
    model = page.model
    dates = {model.index(r, 1).data(): model.index(r, 0).data() for r in range(model.rowCount())}
    awards = next(v for k, v in dates.items() if k.startswith("Trophées"))
    assert ":" not in awards and "2026" in awards
    page.deleteLater()
