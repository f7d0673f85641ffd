"""Small real videos for tests, written with PyAV (the same library the application reads with)."""

from __future__ import annotations

from pathlib import Path


def write_video(path: Path, width: int, height: int, seconds: float, rotation: int = 0,
                fps: int = 10) -> Path:
    """An H.264 MP4 of ``width`` × ``height`` stored pixels, ``seconds`` long, whose frames are
    red for the first half second and green after; ``rotation`` goes in its header the way
    phones write it (the display matrix)."""
    import av
    import numpy as np

    with av.open(str(path), "w") as out:
        stream = out.add_stream("libx264", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        if rotation:
            stream.set_display_rotation(rotation)
        for index in range(int(seconds * fps)):
            pixels = np.zeros((height, width, 3), np.uint8)
            pixels[:, :, 0 if index < fps // 2 else 1] = 220
            pixels[: height // 4, : width // 4] = 255  # a white corner: shows how it is turned
            frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    return path
