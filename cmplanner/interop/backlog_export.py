"""Export the team backlog of a plan to a file: HTML page, CSV or XLSX, written atomically."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cmplanner.domain.errors import DomainError
from cmplanner.services.backlog import DEFAULT_WEEKS, build_snapshot
from cmplanner.storage.backups import check_export_target
from cmplanner.storage.store import PlanStore

from cmplanner.files.atomic import atomic_write_bytes

FORMATS = ("html", "csv", "xlsx")


def format_for(path: Path | str, requested: str | None = None) -> str:
    """The requested format, else the one the file name's suffix names, else HTML."""
    if requested:
        if requested not in FORMATS:
            raise DomainError("Unknown backlog format “{format}”: use html, csv or xlsx.",
                              format=requested)
        return requested
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"htm": "html"}.get(suffix, suffix) if suffix in (*FORMATS, "htm") else "html"


def render_backlog(store: PlanStore, fmt: str, weeks: int = DEFAULT_WEEKS,
                   semicolon: bool = False, now: datetime | None = None) -> bytes:
    snapshot = build_snapshot(store, weeks, now)
    if fmt == "html":
        from .backlog_html import render_html

        return render_html(snapshot, cover_images(store, snapshot)).encode("utf-8")
    if fmt == "csv":
        from .backlog_sheet import render_csv

        return render_csv(snapshot, semicolon)
    if fmt == "xlsx":
        from .backlog_sheet import render_xlsx

        return render_xlsx(snapshot)
    raise DomainError("Unknown backlog format “{format}”: use html, csv or xlsx.", format=fmt)


def cover_images(store: PlanStore, snapshot) -> dict[str, bytes]:
    """The cached thumbnails (JPEG) of the entries' cover photos, by content hash; a photo
    whose thumbnail was never made is left out (its entry shows no image)."""
    media = store.media_files
    if media is None:
        return {}
    wanted = {e.cover for e in (*snapshot.calendar, *snapshot.backlog) if e.cover}
    found = {}
    for sha256 in sorted(wanted):
        path = media.thumb(sha256)
        if path.is_file():
            found[sha256] = path.read_bytes()
    return found


def export_backlog(store: PlanStore, path: Path | str, fmt: str | None = None,
                   weeks: int = DEFAULT_WEEKS, semicolon: bool = False,
                   now: datetime | None = None, cancelled=None) -> int:
    """Write the backlog to ``path``; returns the file's size in bytes. WriteFailed names a
    file that could not be written (the previous file, if any, is left intact)."""
    check_export_target(path, getattr(store, "path", None))  # never over a plan
    data = render_backlog(store, format_for(path, fmt), weeks, semicolon, now)
    if cancelled is not None and cancelled():
        return 0  # cancelled before anything was written
    atomic_write_bytes(path, data)
    return len(data)
