"""One writer per plan: a lock file beside the plan (``plan.cmplan.lock``).

The process that holds the lock writes; a second cmplanner opening the same plan is told who
holds it (program, user, computer and process, read from the lock file) and may open it
read-only. A lock left by a crashed cmplanner on this computer is stale (its process is gone) and
is taken over. A lock held by a living process is never broken because of its age (a planner
stays open for days). A lock written on another computer (a plan on a shared folder) cannot be
checked and is honoured. SQLite's own locking still protects each transaction; this lock keeps
two undo histories from writing over each other.

Plain Python (no Qt), so the command line and the window share it. The file is created with
``O_CREAT | O_EXCL`` (atomic on local file systems), and holds one line:
``pid<TAB>hostname<TAB>program<TAB>user``.
"""

from __future__ import annotations

import enum
import errno
import getpass
import os
import socket
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "cmplanner"


class LockState(enum.Enum):
    ACQUIRED = "acquired"
    HELD = "held"  # by another process: see PlanLock.holder()
    NO_PERMISSION = "no-permission"  # the plan's folder is read-only
    FAILED = "failed"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app_name: str = APP_NAME
    user: str = ""

    def describe(self) -> str:
        """In English, for the command line (the window says it in its own language)."""
        who = f"{self.user} on " if self.user else ""
        return f"{self.app_name} ({who}the computer “{self.hostname or '?'}”, process {self.pid})"


def lock_path(plan: Path) -> Path:
    return Path(plan).with_name(Path(plan).name + ".lock")


def this_computer() -> str:
    return socket.gethostname()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    except OSError:
        return False
    return True


def read_holder(path: Path) -> LockHolder | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if "\t" not in text and "\n" in text.strip():
        # A lock written by an earlier cmplanner (Qt's QLockFile): pid, program, computer.
        lines = text.split("\n")
        parts = [lines[0], lines[2] if len(lines) > 2 else "", "", ""]
    else:
        parts = text.rstrip("\n").split("\t")
    try:
        pid = int(parts[0])
    except (ValueError, IndexError):
        return None
    if pid <= 0:
        return None
    field = [*parts, "", "", ""]
    return LockHolder(pid, field[1], field[2] or APP_NAME, field[3])


class PlanLock:
    def __init__(self, plan: Path) -> None:
        self.plan = Path(plan).resolve()  # a link to the plan shares the plan's lock
        self.path = lock_path(self.plan)
        self._held = False

    def acquire(self) -> LockState:
        """Try once, without waiting (a stale lock of this computer is taken over)."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(self.path)
                if holder is not None and holder.pid == os.getpid() and self._held:
                    return LockState.ACQUIRED
                if holder is None or (holder.hostname == this_computer() and not _alive(holder.pid)):
                    try:  # stale (or unreadable, half written by a crash): take it over
                        self.path.unlink()
                    except FileNotFoundError:
                        pass
                    except OSError as exc:
                        return LockState.NO_PERMISSION if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) else LockState.FAILED
                    continue
                return LockState.HELD
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    return LockState.NO_PERMISSION
                return LockState.FAILED
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()}\t{this_computer()}\t{APP_NAME}\t{_user()}\n")
                handle.flush()
                os.fsync(handle.fileno())
            self._held = True
            return LockState.ACQUIRED
        return LockState.FAILED

    def holder(self) -> LockHolder | None:
        """Who holds the lock, as written in the lock file (None when it cannot be read)."""
        return read_holder(self.path)

    @property
    def locked(self) -> bool:
        return self._held

    def release(self) -> None:
        if not self._held:
            return
        holder = read_holder(self.path)
        if holder is not None and holder.pid == os.getpid():
            try:
                self.path.unlink()
            except OSError:
                pass
        self._held = False
