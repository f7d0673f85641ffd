"""Media library and image-rights consent use cases, on a real plan file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from cmplanner.domain import workflow
from cmplanner.domain.entities import Charter, Consent, CrisisCircuit, Network, Person, Post
from cmplanner.domain.enums import MediaKind, NetworkKind, PostStatus, Role
from cmplanner.domain.errors import DomainError, TransitionRefused
from cmplanner.services import media as uc
from cmplanner.services.changes import commit, revert, save
from cmplanner.services.references import InUse, delete_reference, save_reference
from cmplanner.domain.errors import Message
from cmplanner.storage.backups import save_copy, take_backup
from cmplanner.storage.media_files import media_folder, stored_path

T = Message("test")
WHEN = datetime(2026, 12, 10, 8, tzinfo=timezone.utc)


def probe(path: Path):
    if path.suffix == ".txt":
        raise ValueError("not a photo or a video")
    return MediaKind.IMAGE, 1080, 1350, 0


def photos(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"photo{i}.jpg"
        path.write_bytes(b"JPEG" + bytes([i]) * 1000)
        paths.append(path)
    return paths


def test_import_copies_by_content_once_and_is_one_undo_step(store, tmp_path):
    files = photos(tmp_path / "field", 3)
    files.append(files[0].with_name("copie.jpg"))
    files[-1].write_bytes(files[0].read_bytes())  # same content, another name
    bad = tmp_path / "field" / "notes.txt"
    bad.write_text("x")
    seen = []
    result = uc.import_media(store, [*files, bad], probe, progress=lambda d, t: seen.append(d),
                             tags=["atelier"])
    assert seen == [1, 2, 3, 4, 5]
    assert [r[0].name for r in result.refused] == ["notes.txt"]
    items = store.media.all()
    assert [m.filename for m in items] == ["photo0.jpg", "photo1.jpg", "photo2.jpg"]
    assert items[0].tags == ["atelier"] and items[0].ratio == pytest.approx(0.8)
    for item in items:
        assert stored_path(store.path, item.sha256, item.filename).read_bytes() == \
            (tmp_path / "field" / item.filename).read_bytes()
    revert(store, result.change)
    assert store.media.all() == []


def test_cancelled_import_adds_nothing(store, tmp_path):
    result = uc.import_media(store, photos(tmp_path / "f", 2), probe, cancelled=lambda: True)
    assert not result.change and store.media.all() == []


def test_backups_and_copies_carry_the_media(store, tmp_path):
    uc.import_media(store, photos(tmp_path / "f", 2), probe)
    item = store.media.all()[0]
    backup = take_backup(store.path)
    relative = stored_path(store.path, item.sha256, item.filename).relative_to(
        media_folder(store.path))
    assert (media_folder(backup.path.parent / store.path.name) / relative).exists()
    copy = tmp_path / "copie.cmplan"
    save_copy(store.path, copy)
    assert (media_folder(copy) / relative).exists()


def setup_plan(store, tmp_path):
    x = store.networks.save(Network(NetworkKind.X, "X"))
    cm = store.people.save(Person("Camille", roles={Role.COMMUNITY_MANAGER}))
    uc.import_media(store, photos(tmp_path / "f", 2), probe)
    lea_photo, other = store.media.all()
    lea = save_reference(store, "people", None, Person("Léa Martin")).created("people")[0]
    consent = uc.save_consent(store, None, Consent("", person_id=lea.id, signed_on=date(2026, 1, 5),
                                                   social=True)).created("consents")[0]
    uc.update_media(store, lea_photo, replace(lea_photo, person_ids=[lea.id],
                                              alt_text="Léa à l'atelier"))
    posts = [commit(store, T, [save("posts", None, Post(
        title, text="Bonjour", network_ids=[x.id], status=status, planned_at=WHEN,
        media_ids=ids))]).created("posts")[0]
        for title, status, ids in (("Programmé", PostStatus.SCHEDULED, [lea_photo.id]),
                                   ("Publié", PostStatus.PUBLISHED, [other.id, lea_photo.id]),
                                   ("Brouillon", PostStatus.DRAFT, [lea_photo.id]),
                                   ("Sans Léa", PostStatus.SCHEDULED, [other.id]))]
    return cm, consent, posts, other


def test_withdrawn_consent_lists_the_posts_and_each_is_handled_in_one_step(store, tmp_path):
    cm, consent, posts, other = setup_plan(store, tmp_path)
    assert uc.worklists(store, date(2026, 12, 1)) == {}
    uc.withdraw_consent(store, store.consents.get(consent.id), date(2026, 12, 1))
    consent = store.consents.get(consent.id)
    found = uc.worklists(store, date(2026, 12, 1))
    assert [p.title for p in found[consent.id]] == ["Programmé", "Publié"]
    scheduled, published = found[consent.id]
    uc.withdraw_post(store, scheduled, consent)
    after = store.posts.get(scheduled.id)
    assert after.status is PostStatus.DRAFT and after.media_ids == []
    uc.replace_media(store, published, consent, other.id)
    assert store.posts.get(published.id).media_ids == [other.id]
    assert uc.worklists(store, date(2026, 12, 1)) == {}
    # the draft showing her cannot be scheduled any more
    draft = store.posts.get(posts[2].id)
    readiness = uc.plan_readiness(store)
    with pytest.raises(TransitionRefused, match="withdrew their consent"):
        workflow.transition(replace(draft, status=PostStatus.APPROVED), PostStatus.SCHEDULED, cm,
                            Charter(), CrisisCircuit(), WHEN, readiness=readiness)

# Media files live beside a plan file; a team plan asks to be saved as a file first (tested in
# tests/team).
pytestmark = pytest.mark.sqlite_only


def test_media_usage_and_delete(store, tmp_path):
    _cm, _consent, posts, other = setup_plan(store, tmp_path)
    usage = uc.media_usage(store)
    assert [p.title for p in usage[other.id]] == ["Publié", "Sans Léa"]
    change = uc.delete_media(store, store.media.get(other.id))
    assert store.posts.get(posts[3].id).media_ids == []
    revert(store, change)
    assert store.posts.get(posts[3].id).media_ids == [other.id]


def test_network_rules_are_saved_in_the_plan_and_checked(store):
    change = uc.save_network_rules(store, {"mastodon": {"max_chars": 1000}})
    assert uc.plan_readiness(store).rules[NetworkKind.MASTODON].max_chars == 1000
    revert(store, change)
    assert store.network_rules() == {}
    with pytest.raises(DomainError):
        uc.save_network_rules(store, {"mastodon": {"max_chars": -1}})


def test_a_consent_form_is_stored_beside_the_plan(store, tmp_path):
    form = tmp_path / "formulaire.pdf"
    form.write_bytes(b"%PDF-1.4 signed")
    lea = store.people.save(Person("Léa"))
    consent = uc.save_consent(store, None, Consent("", person_id=lea.id),
                              form=form).created("consents")[0]
    assert stored_path(store.path, consent.form_sha256, "x.pdf").read_bytes() == form.read_bytes()


def test_a_consent_names_a_person_of_the_plan_and_follows_their_name(store, tmp_path):
    with pytest.raises(DomainError, match="choose them from People"):
        uc.save_consent(store, None, Consent("Quelqu'un", signed_on=date(2026, 1, 5)))
    _cm, consent, _posts, _other = setup_plan(store, tmp_path)
    assert consent.person_name == "Léa Martin"
    lea = store.people.get(consent.person_id)
    save_reference(store, "people", lea, replace(lea, name="Léa Martin-Durand"))
    assert [c.person_name for c in uc.plan_consents(store)] == ["Léa Martin-Durand"]
    # her photos and her consent keep her in People: deleting her is refused, not blanked
    with pytest.raises(InUse) as refused:
        delete_reference(store, "people", store.people.get(lea.id))
    assert refused.value.usage.media == 2


def test_a_duration_ends_the_consent_and_fills_the_worklist(store, tmp_path):
    _cm, consent, _posts, _other = setup_plan(store, tmp_path)
    stored = store.consents.get(consent.id)
    uc.save_consent(store, stored, replace(stored, duration_months=12))  # to 4 January 2027
    assert uc.worklists(store, date(2027, 1, 4)) == {}
    assert [p.title for p in uc.worklists(store, date(2027, 1, 5))[consent.id]] == [
        "Programmé", "Publié"]
    with pytest.raises(DomainError, match="at least one month"):
        uc.save_consent(store, store.consents.get(consent.id),
                        replace(store.consents.get(consent.id), duration_months=0))
