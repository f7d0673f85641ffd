"""One writer per plan: a QLockFile beside the plan (``plan.cmplan.lock``).

The window that holds the lock writes; a second cmplanner opening the same plan is told who holds
it (process, computer, program, read from the lock file) and may open it read-only. A lock left by
a crashed cmplanner on this computer is stale (its process is gone) and QLockFile takes it over.
The stale time is 0: a lock held by a living process is never broken because of its age (a
planner stays open for days). A lock written on another computer (a plan on a shared folder)
cannot be checked and is honoured. SQLite's own locking still protects each transaction; this
lock keeps two undo histories from writing over each other.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile


class LockState(enum.Enum):
    ACQUIRED = "acquired"
    HELD = "held"  # by another process: see PlanLock.holder()
    NO_PERMISSION = "no-permission"  # the plan's folder is read-only
    FAILED = "failed"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    hostname: str
    app_name: str

    def describe(self) -> str:
        return QCoreApplication.translate(
            "PlanLock", "{app} (process {pid} on the computer “{host}”)").format(
            app=self.app_name or "cmplanner", pid=self.pid, host=self.hostname or "?")


def lock_path(plan: Path) -> Path:
    return Path(plan).with_name(Path(plan).name + ".lock")


class PlanLock:
    def __init__(self, plan: Path) -> None:
        self.plan = Path(plan).resolve()  # a link to the plan shares the plan's lock
        self.path = lock_path(self.plan)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockState:
        """Try once, without waiting (a stale lock is removed and taken over)."""
        if self._lock.tryLock(0):
            return LockState.ACQUIRED
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            return LockState.HELD
        if error == QLockFile.LockError.PermissionError:
            return LockState.NO_PERMISSION
        return LockState.FAILED

    def holder(self) -> LockHolder | None:
        """Who holds the lock, as written in the lock file (None when it cannot be read)."""
        info = self._lock.getLockInfo()
        if not info or len(info) != 3:
            return None
        pid, hostname, app_name = info
        return LockHolder(int(pid), hostname, app_name) if pid else None

    @property
    def locked(self) -> bool:
        return self._lock.isLocked()

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
