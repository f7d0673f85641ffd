"""Media library, image-rights consents and network limits: the use cases.

Files are stored where the plan keeps its media (``store.media_files``: beside a plan file, in a
team plan's database) before their facts are written; every
write goes through ``changes.commit`` and returns an undoable ``Change``. Consents never leave the
plan: no exporter reads ``store.consents``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cmplanner.domain.entities import Consent, MediaItem, Post
from cmplanner.domain.enums import MediaKind, PostStatus
from cmplanner.domain.errors import DomainError, Message
from cmplanner.storage.media_files import MediaFiles
from cmplanner.storage.store import PlanStore

from .changes import Change, commit, remove, save

if TYPE_CHECKING:
    from cmplanner.domain.readiness import Readiness

# The readiness rules and the network limits are imported by the use cases that apply them: the
# window's start, which reads this module for its media files, applies none of them.

# What a file is, as shown: (kind, width, height, length in ms; 0 for photos). The window passes
# one built on Qt's image reader and interop.video; it raises ValueError for a file that is
# neither a photo nor a video.
Probe = Callable[[Path], tuple[MediaKind, int, int, int]]

VIDEO_SUFFIXES = frozenset({".mp4", ".mov", ".m4v", ".webm", ".avi", ".mkv"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".tif", ".tiff",
                            ".bmp"})


def is_media_file(path: Path) -> bool:
    return path.suffix.lower() in VIDEO_SUFFIXES | IMAGE_SUFFIXES


def plan_readiness(store: PlanStore) -> Readiness:
    """What the workflow checks beyond the post itself, read from the plan."""
    from cmplanner.domain.network_limits import load_rules
    from cmplanner.domain.readiness import Readiness

    return Readiness(
        networks={n.id: n for n in store.networks.all() if n.id is not None},
        rules=load_rules(store.network_rules()),
        media={m.id: m for m in store.media.all() if m.id is not None},
        consents={c.id: c for c in store.consents.all() if c.id is not None},
        names={p.id: p.name for p in store.people.all() if p.id is not None},
        zone_name=store.zone_name)


# --- importing ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Prepared:
    """A file copied beside the plan, ready to enter the library."""

    path: Path
    sha256: str
    size: int
    kind: MediaKind
    width: int
    height: int
    duration_ms: int = 0


@dataclass(frozen=True)
class ImportResult:
    change: Change
    refused: list[tuple[Path, str]]  # files left out, with the reason


def prepare_media(media: MediaFiles, paths: Sequence[Path], probe: Probe,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None
                  ) -> tuple[list[Prepared], list[tuple[Path, str]]]:
    """Store ``paths`` in the plan's ``media`` (the slow part, safe off the window's thread: it
    touches files, or a team plan's media tables on a connection of its own). Files are read a megabyte at a time, so memory stays flat whatever their
    number or size. Returns what was copied and the files refused with the reason; an empty
    list when ``cancelled`` said so (files already copied stay unused in the folder)."""
    ready: list[Prepared] = []
    refused: list[tuple[Path, str]] = []
    for done, path in enumerate(paths, start=1):
        if cancelled is not None and cancelled():
            return [], refused
        try:
            kind, width, height, duration_ms = probe(path)
            sha256, size = media.put(path)
        except (OSError, ValueError) as exc:
            refused.append((path, str(exc)))
        else:
            ready.append(Prepared(path, sha256, size, kind, width, height, duration_ms))
        if progress is not None:
            progress(done, len(paths))
    return ready, refused


def add_media(store: PlanStore, ready: Sequence[Prepared], **fields: Any) -> Change:
    """Add files ``prepare_media`` copied to the library, in one undo step; a content already
    in the library is not added twice. ``fields`` (tags, pillar_id, site_id, sender_id,
    request_id, credit) apply to every item."""
    known = {m.sha256 for m in store.media.all()}
    now = datetime.now(timezone.utc)
    items = []
    for file in ready:
        if file.sha256 not in known:
            known.add(file.sha256)
            items.append(MediaItem(file.sha256, file.path.name, file.kind, file.width,
                                   file.height, file.size, duration_ms=file.duration_ms,
                                   imported_at=now, **fields))
    return commit(store, Message("Import %n media file(s)", count=len(items)),
                  [save("media", None, item) for item in items])


def import_media(store: PlanStore, paths: Sequence[Path], probe: Probe,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, **fields: Any) -> ImportResult:
    """``prepare_media`` then ``add_media`` (the command line and tests; the window runs the
    first part off its thread)."""
    if store.media_files is None:
        raise DomainError("Save the plan in a file before importing media.")
    ready, refused = prepare_media(store.media_files, paths, probe, progress, cancelled)
    return ImportResult(add_media(store, ready, **fields), refused)


def update_media(store: PlanStore, current: MediaItem | None, target: MediaItem) -> Change:
    """Save ``target`` over ``current`` (None: ``target`` is stored again as a new item, e.g. mine
    after a colleague removed it from the library)."""
    return commit(store, Message("Edit media {name}", name=target.filename),
                  [save("media", current, target)])


def delete_media(store: PlanStore, item: MediaItem) -> Change:
    """Remove ``item`` from the library and from the posts it is attached to (its file stays
    beside the plan, so an undo finds it)."""
    intents = [save("posts", p, replace(p, media_ids=[i for i in p.media_ids if i != item.id]))
               for p in store.posts.all() if item.id in p.media_ids]
    return commit(store, Message("Delete media {name}", name=item.filename),
                  [*intents, remove("media", item)])


def attach_media(store: PlanStore, post: Post, media_ids: Sequence[int]) -> Change:
    """Set the media of ``post`` (in order; the first is the cover)."""
    return commit(store, Message("Media of post {title}", title=post.title),
                  [save("posts", post, replace(post, media_ids=list(dict.fromkeys(media_ids))))])


def media_usage(store: PlanStore) -> dict[int, list[Post]]:
    """For each media item, the posts it is attached to (empty: not yet used)."""
    used: dict[int, list[Post]] = {m.id: [] for m in store.media.all() if m.id is not None}
    for post in store.posts.all():
        for media_id in post.media_ids:
            if media_id in used:
                used[media_id].append(post)
    return used


# --- consents -----------------------------------------------------------------------------------

def _named(store: PlanStore, consent: Consent) -> Consent:
    """``consent`` with its person's name as People has it today."""
    person = store.people.get(consent.person_id) if consent.person_id is not None else None
    return replace(consent, person_name=person.name) if person is not None else consent


def plan_consents(store: PlanStore) -> list[Consent]:
    """The register: every consent, named as People names the person today."""
    return [_named(store, c) for c in store.consents.all()]


def save_consent(store: PlanStore, current: Consent | None, target: Consent,
                 form: Path | None = None) -> Change:
    """Create or edit a consent of one of the plan's People; ``form`` (the signed form) is
    stored with the plan's media."""
    if target.person_id is None or store.people.get(target.person_id) is None:
        raise DomainError("A consent needs the person shown: choose them from People.")
    target = _named(store, target)
    if form is not None:
        if store.media_files is None:
            raise DomainError("Save the plan in a file before attaching a form.")
        sha256, _size = store.media_files.put(form)
        target = replace(target, form_sha256=sha256, form_filename=form.name)
    text = (Message("Edit consent of {person}", person=target.person_name) if current
            else Message("Add consent of {person}", person=target.person_name))
    return commit(store, text, [save("consents", current, target)])


def withdraw_consent(store: PlanStore, consent: Consent, on: date) -> Change:
    return commit(store, Message("Withdraw consent of {person}", person=consent.person_name),
                  [save("consents", consent, replace(consent, withdrawn_on=on))])


def consent_worklist(store: PlanStore, consent: Consent) -> list[Post]:
    """The scheduled or published posts showing the person of ``consent``."""
    if consent.person_id is None:
        return []
    from cmplanner.domain import readiness as rules

    media = {m.id: m for m in store.media.all() if m.id is not None}
    return rules.posts_showing(consent.person_id, store.posts.with_status(
        PostStatus.SCHEDULED, PostStatus.PUBLISHED), media)


def worklists(store: PlanStore, today: date) -> dict[int, list[Post]]:
    """For each person with no valid consent today, by their latest consent, the posts still
    using their photos."""
    from cmplanner.domain import readiness as rules

    found: dict[int, list[Post]] = {}
    for consent in rules.ended_consents(plan_consents(store), today):
        if consent.id is not None:
            posts = consent_worklist(store, consent)
            if posts:
                found[consent.id] = posts
    return found


def _showing(store: PlanStore, consent: Consent) -> set[int]:
    """The media showing the person of ``consent``."""
    return {m.id for m in store.media.all()
            if m.id is not None and consent.person_id in m.person_ids}


def replace_media(store: PlanStore, post: Post, consent: Consent, new_media_id: int) -> Change:
    """Worklist's "replace": the photos showing that person give way to ``new_media_id``."""
    showing = _showing(store, consent)
    kept = [new_media_id if media_id in showing else media_id for media_id in post.media_ids]
    return commit(store, Message("Replace a photo of {person} in {title}",
                                 person=consent.person_name, title=post.title),
                  [save("posts", post, replace(post, media_ids=list(dict.fromkeys(kept))))])


def withdraw_post(store: PlanStore, post: Post, consent: Consent) -> Change:
    """Worklist's "withdraw": the photos showing that person leave the post, and a scheduled
    post goes back to draft so it does not go out (a published one must still be taken down on
    the network, which the worklist says)."""
    showing = _showing(store, consent)
    target = replace(post, media_ids=[i for i in post.media_ids if i not in showing])
    if post.status is PostStatus.SCHEDULED:
        target = replace(target, status=PostStatus.DRAFT)
    return commit(store, Message("Withdraw {title} (image rights of {person})",
                                 person=consent.person_name, title=post.title),
                  [save("posts", post, target)])


# --- network limits -----------------------------------------------------------------------------

def save_network_rules(store: PlanStore, overrides: dict[str, dict[str, Any]],
                       loaded: dict[str, dict[str, Any]] | None = None) -> Change:
    """The plan's network limits become ``overrides``; with ``loaded`` (what the editor read),
    refused with ``Conflict`` when someone changed them since."""
    from cmplanner.domain.network_limits import check_overrides

    check_overrides(overrides)
    current = store.network_rules() if loaded is None else loaded
    return commit(store, Message("Edit network limits"),
                  [save("network_rules", current, overrides)])
