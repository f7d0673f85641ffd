"""Media files beside the plan, named by their content.

``Documents/plan.cmplan`` keeps its photos and videos in ``Documents/plan.media/``, each under
``<first two hex digits>/<sha256><extension>``: a file imported twice is stored once, a stored
file never changes (so backups and copies share or copy it without checking), and nothing large
sits inside SQLite. Thumbnails are a cache in ``plan.media/thumbs/`` that can always be rebuilt.
Signed consent forms are stored the same way (they never leave the plan's folders).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from cmplanner.files.atomic import atomic_open, write_failed

CHUNK = 1 << 20  # files are hashed and copied a megabyte at a time: memory stays flat


def media_folder(plan: Path) -> Path:
    plan = Path(plan)
    return plan.with_name(plan.stem + ".media")


def thumbs_folder(plan: Path) -> Path:
    return media_folder(plan) / "thumbs"


THUMB_SIZE = 320  # pixels, longest side of a cached thumbnail


def thumb_file(plan: Path, sha256: str) -> Path:
    """Where the thumbnail of a content is cached (a JPEG the window makes, exports embed)."""
    return thumbs_folder(plan) / f"{sha256}_{THUMB_SIZE}.jpg"


def _extension(filename: str) -> str:
    ext = Path(filename).suffix.lower()
    return ext if ext.isascii() and len(ext) <= 6 else ""


def relative_path(sha256: str, filename: str) -> Path:
    return Path(sha256[:2]) / (sha256 + _extension(filename))


def stored_path(plan: Path, sha256: str, filename: str) -> Path:
    return media_folder(plan) / relative_path(sha256, filename)


def file_hash(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def store_file(plan: Path, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the plan's media folder (once per content); its hash and size."""
    return MediaFiles(media_folder(plan)).put(source)


class MediaFiles:
    """Where a plan's media contents are read and written: for a plan file, the folder beside
    it (``PLAN.media``). A team plan's contents live in its database (storage/media_blobs.py,
    the same interface over a local cache folder). The services and the window reach media
    through ``PlanStore.media_files`` only."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str, filename: str) -> Path:
        """A local file holding the content (fetched first when it lives elsewhere); it may be
        missing when the content was lost."""
        return self.root / relative_path(sha256, filename)

    def thumb(self, sha256: str) -> Path:
        """Where the thumbnail of a content is cached (made by the window, embedded by exports)."""
        return self.root / "thumbs" / f"{sha256}_{THUMB_SIZE}.jpg"

    def has(self, sha256: str, filename: str) -> bool:
        return (self.root / relative_path(sha256, filename)).is_file()

    def put(self, source: Path) -> tuple[str, int]:
        """Store ``source`` (once per content); its hash and size."""
        sha256, size = file_hash(source)
        self._keep(source, sha256, size)
        return sha256, size

    def _keep(self, source: Path, sha256: str, size: int) -> Path:
        target = self.root / relative_path(sha256, source.name)
        if target.exists() and target.stat().st_size == size:
            return target
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_failed(target.parent, exc) from exc
        _stream(source, target)
        return target

    def put_from(self, other: MediaFiles, sha256: str, filename: str) -> bool:
        """Copy a content of another plan's media here (a plan copied to or from a team plan);
        False when ``other`` does not have it."""
        if self.has(sha256, filename):
            return True
        if not other.has(sha256, filename):
            return False
        self.put(other.path(sha256, filename))
        return True


def _stream(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` a megabyte at a time, through the atomic writer."""
    with open(source, "rb") as src, atomic_open(target) as out:
        while chunk := src.read(CHUNK):
            out.write(chunk)


def copy_media(plan: Path, target_folder: Path, wanted: Iterable[Path] | None = None) -> int:
    """Copy the plan's media files (all, or the relative paths ``wanted``) that ``target_folder``
    lacks; thumbnails are left out (a cache). Returns how many files were copied."""
    source = media_folder(plan)
    if not source.is_dir():
        return 0
    if wanted is None:
        wanted = [p.relative_to(source) for p in source.glob("??/*") if p.is_file()]
    copied = 0
    for relative in wanted:
        origin, copy = source / relative, target_folder / relative
        if not origin.is_file() or (copy.exists() and copy.stat().st_size == origin.stat().st_size):
            continue
        try:
            copy.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_failed(copy.parent, exc) from exc
        try:
            os.link(origin, copy)  # stored files never change: a hard link is a safe copy
        except OSError:
            _stream(origin, copy)
        copied += 1
    return copied
