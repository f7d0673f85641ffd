"""Backups of a plan file, taken with SQLite's online backup API.

Where: a ``backups`` folder beside the plan (``Documents/plan.cmplan`` ->
``Documents/backups/plan_20261125-081700Z_auto.cmplan``). Beside the plan rather than in the
user data folder because the backups then follow the plan when it is moved or copied to another
disk, a user finds them next to the file they know, and two plans never mix their backups (names
start with the plan's name). The default plan already lives in the user data folder, so its
backups do too.

How: ``sqlite3.Connection.backup`` copies every page in one step inside one read transaction, so a
backup is a consistent snapshot even while the application keeps writing (WAL lets the writer go
on). The copy is written to a temporary file and renamed (files.atomic), converted to a single
self-contained file (journal_mode=DELETE), so a half-written backup never exists.

When: at most once a day when a plan is opened and from a timer while it stays open
(``backup_if_due``), before a restore (kind "before-restore", which makes the restore undoable)
and before a schema upgrade ("before-upgrade"). Each kind keeps its last N copies. A backup with
the same bytes as the previous one of its kind replaces it (the backup API copies the same content
to the same bytes), so a plan left open and unchanged for a fortnight does not push its older,
different states out of the rotation.
"""

from __future__ import annotations

import errno
import filecmp
import glob
import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cmplanner.domain.errors import Message
from cmplanner.files.atomic import (
    PLAN_SIDE_SUFFIXES, PLAN_SUFFIX, WriteFailed, atomic_replace, refuse_plan_target, write_failed,
)

from .copying import Cancelled
from .database import PRAGMAS, SCHEMA_VERSION, inspect_file
from .file_check import read_only_uri, side_file
from .errors import PlanFileError
from .media_files import copy_media, media_folder

if TYPE_CHECKING:
    from .store import PlanStore

FOLDER = "backups"
DEFAULT_KEEP = 10
AUTO, BEFORE_RESTORE, BEFORE_UPGRADE = "auto", "before-restore", "before-upgrade"
KINDS = (AUTO, BEFORE_RESTORE, BEFORE_UPGRADE)
SUFFIX = PLAN_SUFFIX
PREVIEW_TABLES = ("posts", "series", "events", "people")
_STAMP = "%Y%m%d-%H%M%S"
PAGES_PER_STEP = 256  # pages copied per step of a copy that shows progress (1 MB of 4 KB pages)
Progress = Callable[[int, int], None]


@dataclass(frozen=True, order=True)
class Backup:
    taken_at: datetime  # aware, UTC, read from the name
    number: int  # 0, or 2, 3... for several backups in the same second
    path: Path = field(compare=False)
    kind: str = field(compare=False)


@dataclass(frozen=True)
class Preview:
    """What a backup holds, read without modifying it; ``problem`` says why it cannot be used."""

    backup: Backup
    counts: dict[str, int | None]
    schema_version: int = 0
    problem: str | None = None


def backup_folder(plan: Path) -> Path:
    return Path(plan).parent / FOLDER


def _name_pattern(plan: Path) -> re.Pattern[str]:
    return re.compile(re.escape(Path(plan).stem) + r"_(\d{8}-\d{6})Z(?:-(\d+))?_("
                      + "|".join(re.escape(k) for k in KINDS) + ")" + re.escape(SUFFIX) + "$")


def list_backups(plan: Path, kind: str | None = None) -> list[Backup]:
    """The backups of ``plan``, newest first (of one ``kind`` if given)."""
    folder = backup_folder(plan)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(plan)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and (kind is None or match[3] == kind):
            taken = datetime.strptime(match[1], _STAMP).replace(tzinfo=timezone.utc)
            found.append(Backup(taken, int(match[2] or 0), path, match[3]))
    return sorted(found, reverse=True)


def latest_backup(plan: Path, kind: str | None = None) -> Backup | None:
    found = list_backups(plan, kind)
    return found[0] if found else None


def _sqlite_failure(target: Path, exc: sqlite3.Error) -> WriteFailed:
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or "disk is full" in str(exc):
        return WriteFailed(errno.ENOSPC, "Cannot write {target}: {reason}.", target=str(target),
                           reason=Message("the disk is full"))
    return WriteFailed(errno.EIO, "Cannot write {target}: {reason}.", target=str(target),
                       reason=str(exc))


def _open_target(path: Path) -> sqlite3.Connection:
    """The connection the backup API writes into (tests wrap it to simulate a full disk)."""
    return sqlite3.connect(path)


def _backup_into(source: Path, temp: Path, target: Path, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
    """Fill the empty file ``temp`` with a snapshot of ``source`` (errors name ``target``).
    With ``progress`` or ``cancelled``, the pages are copied a step at a time (SQLite starts
    again when another connection writes meanwhile, so the copy stays one snapshot);
    ``cancelled()`` true stops with ``Cancelled``."""
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = _open_target(temp)
        try:
            if progress is None and cancelled is None:
                src.backup(dst)
            else:
                def step(_status: int, remaining: int, total: int) -> None:
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    if progress is not None:
                        progress(total - remaining, total)
                src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dst.close()
    except BaseException as exc:
        for suffix in ("-wal", "-shm", "-journal"):
            side_file(temp, suffix).unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise _sqlite_failure(target, exc) from exc
        raise
    finally:
        src.close()


def copy_database(source: Path, target: Path, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> None:
    """Copy the plan ``source`` to ``target`` (replaced atomically) with the online backup API:
    a consistent snapshot even while another connection writes ``source``. Cancelled: the
    target is left as it was."""
    source, target = Path(source), Path(target)
    with atomic_replace(target) as temp:
        _backup_into(source, temp, target, progress, cancelled)


def _remove_leftovers(folder: Path, plan: Path) -> None:
    """Temporary files of backups interrupted by a crash (only the plan's lock holder writes
    backups, so none is in progress)."""
    for path in folder.glob(f".{glob.escape(plan.stem)}_{'[0-9]' * 8}-*.tmp*"):
        path.unlink(missing_ok=True)


def rotate(plan: Path, kind: str, keep: int) -> list[Path]:
    """Delete the oldest backups of ``kind`` beyond the ``keep`` newest; the deleted paths."""
    removed = []
    for backup in list_backups(plan, kind)[max(keep, 1):]:
        try:
            backup.path.unlink()
            removed.append(backup.path)
        except OSError:
            pass  # a backup that cannot be deleted is kept; the next rotation tries again
    return removed


def take_backup(plan: Path, kind: str = AUTO, keep: int = DEFAULT_KEEP,
                now: datetime | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> Backup:
    """Back ``plan`` up now into its backups folder, then keep the ``keep`` newest of ``kind``.
    Raises WriteFailed (folder read-only, disk full) leaving the plan and older backups as
    they were; Cancelled (``cancelled()`` turned true) leaves no file."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    plan = Path(plan)
    taken = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)
    folder = backup_folder(plan)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise write_failed(folder, exc) from exc
    _remove_leftovers(folder, plan)
    previous = latest_backup(plan, kind)
    number = 0
    while True:
        suffix = f"-{number}" if number else ""
        path = folder / f"{plan.stem}_{taken.strftime(_STAMP)}Z{suffix}_{kind}{SUFFIX}"
        if not path.exists():
            break
        number = number + 2 if number == 0 else number + 1
    copy_database(plan, path, progress, cancelled)
    copy_media(plan, media_folder(folder / plan.name))  # shared by every backup: files never change
    if previous is not None and filecmp.cmp(previous.path, path, shallow=False):
        previous.path.unlink(missing_ok=True)  # same content: keep the newer date only
    rotate(plan, kind, keep)
    return Backup(taken, number, path, kind)


def backup_if_due(plan: Path, keep: int = DEFAULT_KEEP, now: datetime | None = None,
                  zone: tzinfo | None = None) -> Backup | None:
    """Take the automatic backup of the day unless one was already taken today (in ``zone``,
    the computer's time zone by default); the backup taken, or None."""
    now = now or datetime.now(timezone.utc)
    latest = latest_backup(plan, AUTO)
    if latest is not None and latest.taken_at.astimezone(zone).date() >= now.astimezone(zone).date():
        return None
    return take_backup(plan, AUTO, keep, now)


def preview(backup: Backup) -> Preview:
    """Counts of posts, series, events and people in ``backup``, read without modifying it."""
    counts: dict[str, int | None] = dict.fromkeys(PREVIEW_TABLES)
    try:
        state = inspect_file(backup.path)
    except PlanFileError as exc:
        return Preview(backup, counts, problem=str(exc))
    if not state.has_tables:
        return Preview(backup, counts, problem=f"{backup.path.name} holds no plan.")
    conn = sqlite3.connect(read_only_uri(backup.path), uri=True)
    try:
        for table in PREVIEW_TABLES:
            try:
                counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            except sqlite3.OperationalError:
                counts[table] = None  # an older plan format without this table
    finally:
        conn.close()
    return Preview(backup, counts, state.user_version)


def _own_files(plan: Path) -> set[Path]:
    return {plan.resolve()} | {side_file(plan, s).resolve() for s in PLAN_SIDE_SUFFIXES}


def check_export_target(target: Path | str, plan: Path | str | None) -> None:
    """Refuse to write an export over the open plan or one of its side files (whatever their
    names), a plan or a backup (files.atomic.refuse_plan_target): checked before a long export
    starts. WriteFailed names why."""
    target = Path(target)
    if plan is not None and target.resolve() in _own_files(Path(plan)):
        raise WriteFailed(errno.EEXIST, "Cannot write {target}: it is the open plan itself or one "
                                        "of its files; choose another name.", target=str(target))
    refuse_plan_target(target)


def save_copy(plan: Path, target: Path, progress: Progress | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
    """File > Save a copy: a consistent, self-contained copy of ``plan`` at ``target``.
    Cancelled (``cancelled()`` turned true while the plan is copied) leaves ``target`` as it
    was; the media files follow once the plan's copy is whole."""
    plan, target = Path(plan), Path(target)
    if target.resolve() in _own_files(plan):
        raise WriteFailed(errno.EEXIST, "Cannot write {target}: it is the open plan itself; "
                                        "choose another name.", target=str(target))
    copy_database(plan, target, progress, cancelled)
    copy_media(plan, media_folder(target))


def _check_restorable(backup: Path) -> None:
    state = inspect_file(backup)  # refuses damaged, foreign and newer files
    if not state.has_tables:
        raise PlanFileError(f"{backup.name} holds no plan.", str(backup))


def _load(backup: Path) -> sqlite3.Connection:
    """``backup`` read whole into memory: the pre-restore copy and its rotation may then delete
    or replace files in the backups folder, even this one, without harm."""
    memory = sqlite3.connect(":memory:")
    src = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        src.backup(memory)
    finally:
        src.close()
    return memory


def _write_into(plan: Path, source: sqlite3.Connection) -> None:
    """Copy ``source`` into the existing ``plan`` with the backup API: one write transaction in
    the plan's WAL, so a failure leaves the plan as it was."""
    dst = sqlite3.connect(plan)
    try:
        for pragma in PRAGMAS:
            dst.execute(pragma)
        source.backup(dst)
    except sqlite3.Error as exc:
        raise _sqlite_failure(plan, exc) from exc
    finally:
        dst.close()
    if inspect_file(plan, check=False).user_version < SCHEMA_VERSION:
        from .migrate import upgrade

        upgrade(plan)


def restore(store: PlanStore, backup: Path, keep: int = DEFAULT_KEEP,
            now: datetime | None = None, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> Backup:
    """Replace the content of the open ``store`` by ``backup``. The current content is backed up
    first (kind "before-restore"); restoring that copy undoes the restore. Returns that copy.
    No item's revision (iCalendar SEQUENCE) goes below what it had reached: colleagues'
    calendars take the restored content as an update. Every listener hears that everything
    changed. ``cancelled()`` is heard while that first copy is taken (Cancelled: the plan and
    its backups are as they were); the replacement itself is one step."""
    backup = Path(backup)
    if store.read_only:
        raise PermissionError("This plan is open read-only.")
    if store.in_transaction:
        raise RuntimeError("A restore cannot run inside a transaction.")
    _check_restorable(backup)
    source = _load(backup)
    try:
        assert store.path is not None
        before = take_backup(store.path, BEFORE_RESTORE, keep, now, progress, cancelled)
        marks = store.sequence_marks()
        # media files the backup refers to come back from the backups' media folder
        _restore_media(backup, store.path)
        store.engine.dispose()  # no pooled connection keeps pages of the old content
        try:
            _write_into(store.path, source)
            store.keep_sequences_above(marks)
        finally:
            store.notify_all_changed()
    finally:
        source.close()
    return before


def _restore_media(backup: Path, plan: Path) -> None:
    """Put back the media files the plan lacks from the backups' shared media folder (files are
    only ever added, so the files of the current content stay too)."""
    copy_media(backup.parent / plan.name, media_folder(plan))


def replace_damaged(plan: Path, backup: Path, now: datetime | None = None) -> Path:
    """Put ``backup`` in place of a plan file that cannot be opened. The refused file (and any WAL
    beside it, which belongs to it) is kept under a new name, returned; nothing is deleted."""
    plan, backup = Path(plan), Path(backup)
    _check_restorable(backup)
    stamp = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).strftime(_STAMP)
    aside = plan.with_name(f"{plan.name}.refused-{stamp}Z")
    moved = [(plan, aside)] + [(side_file(plan, s), side_file(aside, s))
                               for s in ("-wal", "-shm", "-journal") if side_file(plan, s).exists()]
    # The backup is copied first; the refused file is moved aside just before the rename that
    # puts the copy in its place, so a crash never leaves the plan's name empty for long.
    with atomic_replace(plan) as temp:
        _backup_into(backup, temp, plan)
        done = []
        try:
            for old, new in moved:
                old.rename(new)
                done.append((old, new))
        except OSError:
            for old, new in reversed(done):
                new.rename(old)
            raise
    return aside
