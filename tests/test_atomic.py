"""Atomic writes: all or nothing, the previous file intact on failure."""

from __future__ import annotations

import errno
import os

import pytest

from cmplanner.files import atomic
from cmplanner.files.atomic import WriteFailed, atomic_open, atomic_write_bytes, atomic_write_text


def test_writes_and_replaces(tmp_path):
    target = tmp_path / "feed.ics"
    atomic_write_text(target, "one\n", newline="\r\n")
    assert target.read_bytes() == b"one\r\n"
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["feed.ics"]


def test_disk_full_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "feed.ics"
    target.write_bytes(b"previous")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(WriteFailed, match="disk is full"):
        atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["feed.ics"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(WriteFailed, match="read-only"):
            atomic_write_bytes(folder / "x", b"x")
    finally:
        folder.chmod(0o700)


def test_read_only_folder_as_root_is_simulated(tmp_path, monkeypatch):
    def denied(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)
    with pytest.raises(WriteFailed, match="read-only"):
        atomic_write_bytes(tmp_path / "x", b"x")


def test_missing_folder(tmp_path):
    with pytest.raises(WriteFailed, match="does not exist"):
        atomic_write_bytes(tmp_path / "nope" / "x", b"x")


def test_streaming_writes_replace_only_when_complete(tmp_path):
    from cmplanner.files.atomic import atomic_open

    target = tmp_path / "backlog.csv"
    target.write_bytes(b"previous")
    with pytest.raises(RuntimeError):
        with atomic_open(target) as out:
            out.write(b"half of the rows")
            raise RuntimeError("the export failed midway")
    assert target.read_bytes() == b"previous"
    with atomic_open(target) as out:
        for i in range(3):
            out.write(f"row {i}\n".encode())
    assert target.read_bytes() == b"row 0\nrow 1\nrow 2\n"
    assert [p.name for p in tmp_path.iterdir()] == ["backlog.csv"]


def test_disk_full_while_streaming_keeps_the_previous_file(tmp_path):
    from cmplanner.files.atomic import atomic_open

    target = tmp_path / "feed.ics"
    target.write_bytes(b"previous")
    with pytest.raises(WriteFailed, match="disk is full"):
        with atomic_open(target) as out:
            out.write(b"BEGIN:VCALENDAR")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["feed.ics"]


def test_replace_gives_a_temporary_path_beside_the_target(tmp_path):
    from cmplanner.files.atomic import atomic_replace

    target = tmp_path / "copy.cmplan"
    target.write_bytes(b"previous")
    with atomic_replace(target) as temp:
        assert temp.parent == tmp_path and temp.exists() and temp != target
        temp.write_bytes(b"new")
        assert target.read_bytes() == b"previous"
    assert target.read_bytes() == b"new"
    with pytest.raises(WriteFailed, match="read-only"):
        with atomic_replace(target) as temp:
            temp.write_bytes(b"newer")
            raise PermissionError(errno.EACCES, "Permission denied")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.cmplan"]


def test_a_write_failed_raised_inside_is_not_wrapped_twice(tmp_path):
    from cmplanner.files.atomic import atomic_open

    with pytest.raises(WriteFailed) as raised:
        with atomic_open(tmp_path / "x") as out:
            out.write(b"x")
            raise WriteFailed(errno.ENOSPC, "Cannot write y: the disk is full.")
    assert str(raised.value.strerror) == "Cannot write y: the disk is full."


@pytest.mark.parametrize("name", ["plan.cmplan", "Plan.CMPLAN", "plan.cmplan-wal", "plan.cmplan-shm",
                                  "plan.cmplan-journal", "plan.cmplan.lock"])
def test_a_document_never_takes_a_plan_name(tmp_path, name):
    with pytest.raises(WriteFailed, match="name is for plans"):
        atomic_write_text(tmp_path / name, "<html>")
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("header", [b"SQLite format 3\x00" + b"\x10" * 84, b"\x37\x7f\x06\x82" + b"\x00" * 28])
def test_a_document_never_replaces_a_database_or_its_log(tmp_path, header):
    target = tmp_path / "report.html"  # a plan (or its log) renamed by hand
    target.write_bytes(header)
    with pytest.raises(WriteFailed, match="holds a plan"):
        with atomic_open(target) as out:
            out.write(b"<html>")
    assert target.read_bytes() == header
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left
