"""Team plans: publish a local plan to an empty team database, save a team plan as a file.

Both are one copy of every table, row for row with their ids (links stay links, uids and
revisions stay, so calendars that subscribed to the plan see the same items), written in one
transaction on the target and checked table by table before it commits: a copy that does not
hold exactly what the source holds is rolled back and reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cmplanner.domain.errors import DomainError, Message
from cmplanner.storage import copying
from cmplanner.storage.store import PlanStore

Progress = Callable[[int, int], bool]  # (rows copied, rows in all) -> go on?


class CopyCancelled(DomainError):
    """The copy was cancelled; the target was left as it was."""


@dataclass(frozen=True)
class CopyReport:
    counts: dict[str, int]  # rows per table, equal in source and target

    @property
    def posts(self) -> int:
        return self.counts.get("posts", 0)


def target_is_empty(target: PlanStore) -> bool:
    return not copying.holds_a_plan(target.engine)


def copy_plan(source: PlanStore, target: PlanStore, progress: Progress | None = None) -> CopyReport:
    """Copy everything ``source`` holds into ``target``, which must hold no plan yet."""
    if target.read_only:
        raise DomainError("The plan to copy into is open read-only.")
    try:
        counts = copying.copy_tables(source.engine, target.engine, progress)
    except copying.NotEmpty:
        raise DomainError("“{target}” already holds a plan: a plan is copied into an empty one "
                          "only.", target=target.location) from None
    except copying.Cancelled:
        raise CopyCancelled(Message("The copy was cancelled; “{target}” was left as it was.",
                                    target=target.location)) from None
    except copying.Mismatch as exc:
        raise DomainError("The copy into “{target}” does not hold what the plan holds "
                          "({tables}); nothing was kept.", target=target.location,
                          tables=str(exc)) from None
    _copy_media(source, target)
    target.notify_all_changed()
    return CopyReport(counts)


def _copy_media(source: PlanStore, target: PlanStore) -> None:
    """The contents of the copied library and consent forms, into the target's media (a team
    plan's database, the folder beside a plan file); a content the source lost stays missing."""
    mine, theirs = source.media_files, target.media_files
    if mine is None or theirs is None:
        return
    wanted = {(m.sha256, m.filename) for m in target.media.all()}
    wanted |= {(c.form_sha256, c.form_filename) for c in target.consents.all() if c.form_sha256}
    for sha256, filename in sorted(wanted):
        theirs.put_from(mine, sha256, filename)


def publish_to_team(source: PlanStore, url: str, password: str | None = None,
                    progress: Progress | None = None) -> CopyReport:
    """Publish my plan to the team: copy the local plan ``source`` into the empty team database
    at ``url`` (created as a plan when it holds nothing)."""
    target = PlanStore.open(url, create=True, password=password)
    try:
        return copy_plan(source, target, progress)
    finally:
        target.close()


def save_as_file(source: PlanStore, path: Path, progress: Progress | None = None) -> CopyReport:
    """Save a plan (a team plan, typically) as a local .cmplan file, which must not exist yet
    (or be empty). A copy that fails leaves no file behind."""
    path = Path(path)
    if path.exists() and path.stat().st_size:
        raise DomainError("“{name}” already exists; a copy goes into a new file.", name=path.name)
    created = not path.exists()
    target = PlanStore.open(path, create=True)
    try:
        report = copy_plan(source, target, progress)
    except BaseException:
        target.close()
        if created:
            for leftover in (path, path.with_name(path.name + "-wal"),
                             path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
        raise
    target.close()
    return report


FEEDS_LEASE = "feeds"
FEEDS_LEASE_SECONDS = 15 * 60  # renewed at each publication; free a quarter of an hour after


def _holder(store: PlanStore) -> str:
    return f"{store.client}|{store.author}"


def take_feeds_lease(store: PlanStore, seconds: int = FEEDS_LEASE_SECONDS) -> str | None:
    """Whether this client may publish the shared feeds now: None when it may (the lease is taken
    or renewed), else the name of the colleague whose cmplanner publishes them. A plan file has
    one writer, so it always may."""
    if not store.is_team:
        return None
    from cmplanner.storage import leases

    mine, holder = leases.take(store, FEEDS_LEASE, _holder(store), seconds)
    return None if mine else (holder.partition("|")[2] or "?")


def release_feeds_lease(store: PlanStore) -> None:
    if store.is_team and not store.offline:
        from cmplanner.storage import leases

        leases.release(store, FEEDS_LEASE, _holder(store))
