"""A writer killed with SIGKILL at random moments loses no acknowledged edit.

tests/crash_child.py forks one writer per round; the writer announces each edit ("try ...")
and acknowledges it once the store has committed ("ack ..."). After each kill this test opens a
copy of the plan and its WAL as the application would (the next writer opens the original, and
so recovers from the crash itself, and may be killed while doing so) and checks: ``PRAGMA integrity_check`` is ok, and the posts are
exactly the acknowledged state, or that state plus the single edit in flight when the kill came
(committed but not yet acknowledged). A pair of posts written in one transaction is there whole
or not at all. Seeded: the same edits every run; the kill moments vary with the machine.
"""

from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cmplanner.storage.store import PlanStore

ROUNDS = 60
SEED = 20261125
CHILD = Path(__file__).resolve().parents[1] / "crash_child.py"


class Writer:
    """The crash_child.py process and a thread that queues its output lines."""

    def __init__(self, plan: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(plan), str(SEED)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True, bufsize=1, cwd=CHILD.parents[1])
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        assert self.next_line(30) == "ready"

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("<eof>")

    def next_line(self, timeout: float) -> str:
        try:
            return self.lines.get(timeout=timeout)
        except queue.Empty:
            pytest.fail("the writer process stopped answering")

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        self.process.stdout.close()


def posts_in(plan: Path, scratch: Path) -> dict[int, str]:
    """Check a copy of the plan and of its WAL as the killed writer left them (the original keeps
    its WAL, so the next writer starts by recovering from this crash): open it as the
    application does (the WAL is replayed), check it, read the posts."""
    copy = scratch / plan.name
    for suffix in ("", "-wal"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
        if Path(f"{plan}{suffix}").exists():
            shutil.copyfile(f"{plan}{suffix}", f"{copy}{suffix}")
    Path(f"{copy}-shm").unlink(missing_ok=True)  # rebuilt from the WAL, as after a reboot
    store = PlanStore.open(copy, create=False)
    store.close()
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return dict(conn.execute("SELECT id, title FROM posts"))
    finally:
        conn.close()


def apply(state: dict[int, str], words: list[str]) -> dict[int, str]:
    """``state`` after the acknowledged edit ``words`` (an "ack ..." line without "ack")."""
    new = dict(state)
    op, args = words[0], words[1:]
    if op == "create":
        new[int(args[0])] = args[1]
    elif op == "rename":
        new[int(args[0])] = args[1]
    elif op == "delete":
        new.pop(int(args[0]), None)
    elif op == "pair":
        new[int(args[0])], new[int(args[1])] = args[2], args[3]
    return new


def in_flight_done(expected: dict[int, str], found: dict[int, str], words: list[str]) -> bool:
    """Whether ``found`` is ``expected`` with the unacknowledged edit ``words`` committed."""
    op, args = words[0], words[1:]
    if op == "rename":
        return found == apply(expected, ["rename", *args])
    if op == "delete":
        return found == apply(expected, ["delete", *args])
    extra = {k: v for k, v in found.items() if k not in expected}
    common = {k: v for k, v in found.items() if k in expected}
    if common != expected:
        return False
    return sorted(extra.values()) == sorted(args)  # create: one title; pair: both titles


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_edit(tmp_path):
    plan = tmp_path / "crash.cmplan"
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    PlanStore.open(plan).close()
    rng = random.Random(SEED)
    writer = Writer(plan)
    expected: dict[int, str] = {}
    acknowledged = in_flight_committed = killed_while_opening = hot_wal_starts = 0
    started = time.monotonic()
    try:
        for round_no in range(ROUNDS):
            wal = Path(f"{plan}-wal")
            hot_wal_starts += wal.exists() and wal.stat().st_size > 0
            writer.process.stdin.write(f"go {round_no}\n")
            line = writer.next_line(10)
            assert line.startswith("pid "), line
            pid = int(line.split()[1])
            # One round in eight dies while opening the plan; the others while or just after
            # writing their n-th edit (counted, not timed: a loaded machine slows the writer, not
            # the number of edits each round checks).
            kill_at_try = 0 if rng.random() < 0.125 else rng.randint(1, 6)
            tries = 0
            pending: list[str] | None = None
            acks_this_round = 0
            killed = False
            if kill_at_try == 0:
                os.kill(pid, signal.SIGKILL)
                killed = True
            while True:
                line = writer.next_line(30)
                words = line.split()
                if words[0] == "try":
                    pending = words[1:]
                    tries += 1
                    if not killed and tries >= kill_at_try:
                        time.sleep(rng.uniform(0, 0.004))  # during the edit, or just after it
                        os.kill(pid, signal.SIGKILL)
                        killed = True
                elif words[0] == "ack":
                    expected = apply(expected, words[1:])
                    pending = None
                    acknowledged += 1
                    acks_this_round += 1
                elif words[0] == "reaped":
                    status = int(words[2])
                    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                        f"round {round_no}: the writer ended by itself (status {status}); "
                        "see its error above")
                    break
                else:
                    pytest.fail(f"unexpected line from the writer: {line!r}")
            if acks_this_round == 0 and pending is None:
                killed_while_opening += 1
            found = posts_in(plan, scratch)
            if found != expected:
                assert pending is not None and in_flight_done(expected, found, pending), (
                    f"round {round_no}: acknowledged state lost; in flight: {pending}")
                in_flight_committed += 1
            expected = found
    finally:
        writer.close()
    elapsed = time.monotonic() - started
    print(f"\n{ROUNDS} SIGKILL rounds, {acknowledged} acknowledged edits checked, "
          f"{in_flight_committed} unacknowledged edits found committed, "
          f"{killed_while_opening} kills before the first edit, {hot_wal_starts} writers "
          f"starting on a crashed writer's WAL, {elapsed:.1f} s")
    assert acknowledged > ROUNDS  # the kills did not all land before any edit
    assert hot_wal_starts > ROUNDS // 2  # recovery itself was exercised, and killed
