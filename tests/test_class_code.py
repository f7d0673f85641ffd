"""The dataclasses' compiled methods kept between starts (cmplanner/files/class_code.py): a
second start compiles none of them, the classes behave the same, a damaged file is a cache that
is empty."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cmplanner.files.class_code import FILE_NAME

START = """
import json, sys
from pathlib import Path
from cmplanner.files import class_code
cache = class_code.install(Path(sys.argv[1]))
from dataclasses import FrozenInstanceError, replace
from cmplanner.domain.entities import Post, Series
from cmplanner.domain.recurrence import Occurrence
post = Post(title="Portrait", network_ids=[1])
same = replace(post, uid=post.uid)
try:
    Occurrence(1, 1, None, None).index = 2
    frozen = False
except FrozenInstanceError:
    frozen = True
print(json.dumps({"compiled": cache.compiled, "found": len(cache.codes), "equal": same == post,
                  "repr": repr(post).startswith("Post(title='Portrait'"), "frozen": frozen,
                  "saved": class_code.save()}))
"""


def start(folder: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", START, str(folder)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


def test_a_second_start_compiles_no_dataclass_method(tmp_path):
    first = start(tmp_path)
    assert first["compiled"] > 50 and first["saved"]
    assert (tmp_path / FILE_NAME).is_file()
    second = start(tmp_path)
    assert second["compiled"] == 0 and not second["saved"]
    assert second["found"] == first["compiled"]
    for run in (first, second):
        assert run["equal"] and run["repr"] and run["frozen"]


def test_a_damaged_cache_is_a_cache_that_is_empty(tmp_path):
    for damage in (b"", b"\x00garbage", b"\xe3" * 64):
        (tmp_path / FILE_NAME).write_bytes(damage)
        run = start(tmp_path)
        assert run["compiled"] > 50 and run["saved"] and run["equal"] and run["frozen"]
    assert start(tmp_path)["compiled"] == 0  # written again, whole


def test_an_unwritable_folder_loses_only_the_head_start(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    run = start(blocked)
    assert run["compiled"] > 50 and not run["saved"] and run["equal"]
