"""One writer per plan: a second process is told who holds the plan and may read it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from cmplanner.storage.store import PlanStore
from cmplanner.ui.app import open_plan_safely
from cmplanner.ui.dialogs.interaction import Choice, holder_text
from cmplanner.files.plan_lock import LockState, PlanLock, lock_path

ROOT = Path(__file__).resolve().parents[2]
HOLDER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from cmplanner.files.plan_lock import PlanLock\n"
    "lock = PlanLock(Path(sys.argv[1]))\n"
    "print(lock.acquire().value, flush=True)\n"
    "sys.stdin.readline()\n"
    "lock.release()\n"
)


class Scripted:
    """Answers the opening questions from a script and records what was asked."""

    def __init__(self, **answers) -> None:
        self.answers = answers
        self.asked: list[tuple] = []

    def plan_locked(self, plan, holder):
        self.asked.append(("locked", plan, holder))
        return self.answers["locked"]

    def plan_read_only(self, plan, reason):
        self.asked.append(("read-only", plan, reason))
        return self.answers["read_only"]

    def plan_refused(self, plan, reason, backup):
        self.asked.append(("refused", plan, reason, backup))
        return self.answers["refused"]

    def choose_plan(self):
        self.asked.append(("choose",))
        return self.answers.get("other")


@pytest.fixture
def holder_process(plan_path):
    PlanStore.open(plan_path).close()
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(plan_path)], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == LockState.ACQUIRED.value
    yield process
    if process.poll() is None:
        process.stdin.write("\n")
        process.stdin.flush()
        process.wait(timeout=10)
    process.stdin.close()
    process.stdout.close()


def test_second_process_is_told_who_holds_the_plan_and_reads_it(qapp, plan_path, holder_process):
    lock = PlanLock(plan_path)
    assert lock.acquire() == LockState.HELD
    holder = lock.holder()
    assert holder.pid == holder_process.pid
    assert holder.hostname == QSysInfo.machineHostName()
    assert holder.app_name == "cmplanner"  # not "python3.11"
    assert str(holder_process.pid) in holder_text(holder) and "cmplanner" in holder_text(holder)

    interaction = Scripted(locked=Choice.READ_ONLY)
    opened = open_plan_safely(plan_path, False, interaction)
    assert interaction.asked[0][0] == "locked" and interaction.asked[0][2].pid == holder_process.pid
    assert opened.store.read_only and opened.lock is None
    with pytest.raises(PermissionError):
        opened.store.save_settings(opened.store.settings())
    opened.close()


def test_quitting_when_the_plan_is_held_opens_nothing(qapp, plan_path, holder_process):
    assert open_plan_safely(plan_path, False, Scripted(locked=Choice.QUIT)) is None


def test_the_plan_is_free_again_when_the_holder_closes(qapp, plan_path, holder_process):
    holder_process.stdin.write("\n")
    holder_process.stdin.flush()
    holder_process.wait(timeout=10)
    assert not lock_path(plan_path).exists()
    lock = PlanLock(plan_path)
    assert lock.acquire() == LockState.ACQUIRED
    lock.release()


def test_a_lock_left_by_a_crash_is_taken_over(qapp, plan_path, holder_process):
    os.kill(holder_process.pid, signal.SIGKILL)
    holder_process.wait(timeout=10)
    assert lock_path(plan_path).exists()  # the crash left it
    interaction = Scripted()
    opened = open_plan_safely(plan_path, False, interaction)
    assert interaction.asked == []
    assert not opened.store.read_only and opened.lock.locked
    assert PlanLock(plan_path).holder().pid == os.getpid()
    opened.close()
    assert not lock_path(plan_path).exists()


def test_a_lock_file_with_a_dead_pid_is_stale(qapp, plan_path):
    """A lock file as an earlier cmplanner (QLockFile) wrote it, for a process that is gone."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(plan_path).write_text(
        f"{dead.pid}\npython3\n{QSysInfo.machineHostName()}\n\n")
    lock = PlanLock(plan_path)
    assert lock.acquire() == LockState.ACQUIRED
    assert lock.holder().pid == os.getpid()
    lock.release()


def test_a_command_line_verb_refuses_a_plan_held_by_a_window(qapp, plan_path, holder_process):
    from cmplanner.cli import open_store_or_exit

    before = plan_path.read_bytes()
    with pytest.raises(SystemExit, match=f"process {holder_process.pid}"):
        open_store_or_exit(plan_path)
    assert plan_path.read_bytes() == before
    store = open_store_or_exit(plan_path, read_only=True)
    assert store.read_only
    store.close()


def test_verbs_run_one_after_another_in_one_process(plan_path):
    from cmplanner.cli import open_store_or_exit

    open_store_or_exit(plan_path, create=True).close()
    open_store_or_exit(plan_path).close()


def test_a_verb_releases_the_lock_when_it_closes_the_plan(plan_path):
    from cmplanner.cli import open_store_or_exit

    store = open_store_or_exit(plan_path, create=True)
    assert lock_path(plan_path).exists()
    store.close()
    assert not lock_path(plan_path).exists()
