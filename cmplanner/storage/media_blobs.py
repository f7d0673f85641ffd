"""A team plan's media contents, in its database.

The database is the one thing the computers of a team surely share (a shared folder may be
mapped differently on each one, or not at all from home), so a team plan keeps the contents of
its photos, videos and signed forms there, named by their SHA-256 like the files beside a plan
file: ``media_parts`` holds them a megabyte per row, ``media_contents`` is written last (a
content listed there is whole). A content is uploaded once whoever imports it, and read once per
computer into a local cache folder (the platform's cache directory, one folder per server and
database), where thumbnails are cached too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from platformdirs import user_cache_path
from sqlalchemy import Engine, delete, func, insert, select

from cmplanner.files.atomic import atomic_open, write_failed

from .media_files import CHUNK, MediaFiles, file_hash, relative_path
from .schema import media_contents, media_parts


def cache_folder(url: str) -> Path:
    """This computer's cache of the team plan at ``url`` (the address without password)."""
    from .server import shown

    key = hashlib.sha256(shown(url).encode("utf-8")).hexdigest()[:16]
    return user_cache_path("cmplanner", appauthor=False) / "team-media" / key


class DatabaseMedia(MediaFiles):
    def __init__(self, engine: Engine, cache: Path) -> None:
        super().__init__(cache)
        self.engine = engine

    def stored(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(media_contents.c.sha256)
                                .where(media_contents.c.sha256 == sha256)).first() is not None

    def has(self, sha256: str, filename: str) -> bool:
        return super().has(sha256, filename) or self.stored(sha256)

    def put(self, source: Path) -> tuple[str, int]:
        """Upload ``source`` unless the plan holds its content already (a part at a time, in one
        transaction), and keep it in the local cache."""
        sha256, size = file_hash(source)
        if not self.stored(sha256):
            parts = 0
            with self.engine.begin() as conn, open(source, "rb") as data:
                conn.execute(delete(media_parts).where(media_parts.c.sha256 == sha256))
                while chunk := data.read(CHUNK):
                    conn.execute(insert(media_parts).values(sha256=sha256, part=parts, data=chunk))
                    parts += 1
                conn.execute(insert(media_contents).values(sha256=sha256, size=size, parts=parts))
        try:
            self._keep(source, sha256, size)
        except OSError:
            pass  # a cache: read back from the server when needed
        return sha256, size

    def path(self, sha256: str, filename: str) -> Path:
        """The content in the local cache, read from the server the first time."""
        local = self.root / relative_path(sha256, filename)
        if local.is_file():
            return local
        with self.engine.connect() as conn:
            size = conn.execute(select(media_contents.c.size)
                                .where(media_contents.c.sha256 == sha256)).scalar()
            if size is None:
                return local  # not in the plan: a missing file, as beside a plan file
            try:
                local.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise write_failed(local.parent, exc) from exc
            rows = conn.execution_options(yield_per=1).execute(
                select(media_parts.c.data).where(media_parts.c.sha256 == sha256)
                .order_by(media_parts.c.part))
            with atomic_open(local) as out:
                for (chunk,) in rows:
                    out.write(chunk)
        return local


def stored_contents(engine: Engine) -> int:
    """How many contents a team plan holds (for checks and tests)."""
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(media_contents)).scalar() or 0)
