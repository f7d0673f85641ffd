"""Refusals of the domain and problems of the importer read in the interface's language."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from zoneinfo import ZoneInfo

from cmplanner.domain.entities import Post
from cmplanner.domain.enums import PostStatus
from cmplanner.domain.errors import Message, TransitionRefused
from cmplanner.domain.rrule_form import from_rrule
from cmplanner.interop.ics_import import preview_import
from cmplanner.interop.ics_read import IcsFileError, decode
from cmplanner.ui.editors.post_editor import PostEditorDialog
from cmplanner.ui.messages import describe

PARIS = ZoneInfo("Europe/Paris")
S = PostStatus



def _refusal(demo_store, person, target: PostStatus) -> TransitionRefused:
    from cmplanner.domain import workflow

    post = Post("Chevillage", status=S.DRAFT)
    with pytest.raises(TransitionRefused) as caught:
        workflow.transition(post, target, person, demo_store.charter(), demo_store.crisis_circuit(),
                            datetime(2026, 3, 16, 9, tzinfo=PARIS))
    return caught.value


def test_english_text_and_labels_without_translators(qapp, demo_store, person):
    refused = _refusal(demo_store, person("Camille"), S.PUBLISHED)
    assert str(refused) == "A post cannot go from “draft” to “published”."  # logs, CLI
    assert refused.message.params == {"source": S.DRAFT, "target": S.PUBLISHED}
    assert describe(refused) == "A post cannot go from “Draft” to “Published”."


def test_refused_step_in_the_post_editor_reads_french(qtbot, french, ctx, demo_store, person):
    ctx.set_current_person(person("Camille").id)
    post = demo_store.posts.save(Post("Chevillage", status=S.DRAFT))
    dialog = PostEditorDialog(ctx, post)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.take_step(S.PUBLISHED)  # not an edge of the workflow
    assert dialog.error_label.text() == \
        "Une publication ne peut pas passer de « Brouillon » à « Publié »."
    assert demo_store.posts.get(post.id).status is S.DRAFT


def test_refusal_naming_a_person_reads_french(french, demo_store, person):
    julien = person("Julien")  # an approver, not the community manager
    refused = _refusal(demo_store, julien, S.TO_VALIDATE)
    assert describe(refused) == ("Seul le community manager ou le propriétaire de la publication "
                                 f"peut le faire, pas {julien.name}.")


def test_nested_message_is_translated_too(french):
    with pytest.raises(Exception) as caught:
        from_rrule("FREQ=WEEKLY;INTERVAL=two", "Europe/Paris")
    assert describe(caught.value) == "L'intervalle « TWO » n'est pas un nombre entier."


def test_import_problem_reads_french_with_its_line(french, demo_store):
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBAD NAME:x\r\nEND:VCALENDAR\r\n"
    with pytest.raises(IcsFileError) as caught:
        preview_import(demo_store, data)
    assert caught.value.line == 3
    assert str(caught.value) == "Line 3: Invalid property name “BAD NAME”."
    assert describe(caught.value) == "Ligne 3 : Nom de propriété « BAD NAME » invalide."


def test_dates_and_sizes_follow_the_french_locale(french):
    with pytest.raises(IcsFileError) as caught:
        decode(b"x" * (2 * 1048576), limit=1048576)
    assert describe(caught.value).startswith("Le fichier fait 2,0 Mo ; ")
    repeated = IcsFileError(
        "The event “{title}” repeats more than {count} times between {first} and {last} (an "
        "endless or too frequent rule): import a shorter period.", 12, title="Salon", count=2000,
        first=date(2000, 1, 1), last=date(2036, 1, 1))
    assert "2000-01-01" in str(repeated)
    assert describe(repeated).startswith(
        "Ligne 12 : L'événement « Salon » se répète plus de 2000 fois entre le 01/01/2000 et le "
        "01/01/2036")


def test_import_reasons_and_plain_text(french):
    assert describe(Message("cancelled in the source calendar")) == "annulé dans l'agenda d'origine"
    assert describe("déjà traduit") == "déjà traduit"  # text the interface translated itself
    assert describe(OSError("disk")) == "disk"


def test_a_file_that_cannot_be_written_reads_french(french, tmp_path):
    import errno

    from cmplanner.files.atomic import write_failed

    failed = write_failed(tmp_path / "plan.ics", OSError(errno.ENOSPC, "No space left on device"))
    assert failed.strerror == f"Cannot write {tmp_path / 'plan.ics'}: the disk is full."
    assert describe(failed) == f"Impossible d'écrire {tmp_path / 'plan.ics'} : le disque est plein."


def test_import_preview_and_refusal_read_french(qtbot, french, ctx, demo_store, tmp_path,
                                                 monkeypatch):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from cmplanner.interop.ics_export import export_bytes
    from cmplanner.interop.ics_import import ImportOptions
    from cmplanner.ui.dialogs import ics_actions
    from cmplanner.ui.dialogs.ics_import_dialog import IcsImportDialog
    from cmplanner.ui.dialogs.preview_table_model import PreviewTableModel

    preview = preview_import(demo_store, export_bytes(demo_store),
                             ImportOptions(today=date(2026, 3, 16)))
    dialog = IcsImportDialog(preview, "Europe/Paris", "plan.ics")
    qtbot.addWidget(dialog)
    reasons = {dialog.model.index(row, PreviewTableModel.REASON).data()
               for row in range(dialog.model.rowCount())}
    assert reasons == {"sans changement"}

    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBAD NAME:x\r\nEND:VCALENDAR\r\n")
    window = QMainWindow()
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert not ics_actions.import_ics(window, ctx, str(bad))
    assert "bad.ics : Ligne 3 : Nom de propriété « BAD NAME » invalide." in shown[0]
