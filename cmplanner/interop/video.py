"""Reading videos from the field: their shape and length, and a poster frame for thumbnails.

PyAV (FFmpeg's libraries, shipped inside its wheels on every platform, so nothing else needs to
be installed and nothing goes online) reads the container's header and decodes one frame. A
phone video filmed upright is stored sideways with a rotation in its header: the facts given
here are those of the video as players show it. Imported lazily: the window starts without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

POSTER_AT = 1.0  # seconds: the first frame is often black (a fade-in, a hand over the lens)


@dataclass(frozen=True)
class VideoFacts:
    width: int  # as shown (a quarter-turned phone video is taller than wide)
    height: int
    duration_ms: int  # 0 when the container does not say
    rotation: int  # degrees the stored frames are turned to be shown (0, 90, 180, 270)


@dataclass(frozen=True)
class Poster:
    """One frame as 8-bit RGB rows, scaled and turned as players show it."""

    width: int
    height: int
    rgb: bytes  # width * 3 bytes per row
    rotation: int  # clockwise quarter turns still to apply, in degrees


def _open(path: Path) -> Any:
    import av

    try:
        return av.open(str(path))
    except (av.FFmpegError, OSError) as exc:
        raise ValueError(f"{path.name}: not a video this application can read ({exc})") from exc


def _rotation(frame: Any) -> int:
    """Degrees to turn ``frame`` clockwise to show it (FFmpeg gives the display matrix's
    counter-clockwise angle)."""
    return int(round(-float(getattr(frame, "rotation", 0) or 0))) % 360


def _first_frame(container: Any, at: float = 0.0) -> Any:
    """The first frame at or after ``at`` seconds (the last one read if the video is shorter)."""
    stream = container.streams.video[0]
    stream.thread_type = "AUTO"
    if at > 0 and stream.time_base:
        try:
            container.seek(int(at / stream.time_base), stream=stream, backward=True)
        except Exception:  # a container that cannot seek: read from the start
            container.seek(0)
    found = None
    for found in container.decode(stream):
        if found.time is None or found.time >= at:
            return found
    return found


def _duration_ms(container: Any) -> int:
    stream = container.streams.video[0]
    if stream.duration and stream.time_base:
        return int(round(float(stream.duration * stream.time_base) * 1000))
    if container.duration:
        return int(container.duration // 1000)  # microseconds
    return 0


def read_video(path: Path) -> VideoFacts:
    """The shape and length of the video at ``path``; ValueError when it holds no video."""
    container = _open(path)
    try:
        if not container.streams.video:
            raise ValueError(f"{path.name}: no picture in this file")
        stream = container.streams.video[0]
        frame = _first_frame(container)
        width, height = stream.width, stream.height
        rotation = _rotation(frame) if frame is not None else 0
        if frame is not None:
            width, height = frame.width, frame.height
        if rotation in (90, 270):
            width, height = height, width
        return VideoFacts(width, height, _duration_ms(container), rotation)
    finally:
        container.close()


def poster_frame(path: Path, longest: int) -> Poster:
    """A frame about a second in (the middle of a shorter clip), its longest side at most
    ``longest`` pixels."""
    container = _open(path)
    try:
        if not container.streams.video:
            raise ValueError(f"{path.name}: no picture in this file")
        duration = _duration_ms(container) / 1000
        frame = _first_frame(container, min(POSTER_AT, duration / 2) if duration else 0.0)
        if frame is None:
            raise ValueError(f"{path.name}: no frame could be decoded")
        scale = min(1.0, longest / max(frame.width, frame.height))
        width = max(2, int(frame.width * scale)) // 2 * 2
        height = max(2, int(frame.height * scale)) // 2 * 2
        rgb = frame.reformat(width=width, height=height, format="rgb24")
        plane = rgb.planes[0]
        rows = bytes(plane)
        if plane.line_size != width * 3:  # rows padded for alignment: keep the pixels only
            rows = b"".join(rows[y * plane.line_size:y * plane.line_size + width * 3]
                            for y in range(height))
        return Poster(width, height, rows, _rotation(frame))
    finally:
        container.close()
