"""Reading videos from the field: shape as players show it, length, and a poster frame."""

from __future__ import annotations

import pytest

from cmplanner.interop.video import poster_frame, read_video
from tests.video_files import write_video


@pytest.mark.parametrize(("rotation", "shown"), [(0, (64, 36, 0)), (-90, (36, 64, 90)),
                                                 (90, (36, 64, 270)), (180, (64, 36, 180))])
def test_shape_and_length_as_players_show_them(tmp_path, rotation, shown):
    facts = read_video(write_video(tmp_path / "v.mp4", 64, 36, 3, rotation=rotation))
    assert (facts.width, facts.height, facts.rotation) == shown
    assert facts.duration_ms == 3000


def test_poster_frame_is_about_a_second_in_and_scaled(tmp_path):
    clip = write_video(tmp_path / "v.mp4", 640, 360, 3)
    poster = poster_frame(clip, 320)
    assert (poster.width, poster.height) == (320, 180)
    assert len(poster.rgb) == 320 * 180 * 3
    middle = (90 * 320 + 160) * 3
    red, green, _blue = poster.rgb[middle:middle + 3]
    assert green > 150 and red < 100  # the first half second is red: this frame is later


def test_a_file_that_is_not_a_video_is_refused_with_its_name(tmp_path):
    fake = tmp_path / "notes.mp4"
    fake.write_text("not a video")
    with pytest.raises(ValueError, match="notes.mp4"):
        read_video(fake)
    with pytest.raises(ValueError, match="notes.mp4"):
        poster_frame(fake, 100)
