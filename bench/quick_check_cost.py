"""What the integrity checks cost at opening, on a plan far bigger than a real one.

``python bench/quick_check_cost.py [POSTS]`` builds the demo plan plus POSTS posts (20,000 by
default, about ten years of a busy community manager) in a temporary folder and times
``PRAGMA quick_check`` (run at every opening by storage/database.py), ``integrity_check``, a
backup with the online backup API, and the whole PlanStore.open.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmplanner.domain.entities import Post
from cmplanner.services.demo import build_demo_plan
from cmplanner.storage.backups import take_backup
from cmplanner.storage.store import PlanStore


def timed(label: str, action, repeat: int = 5) -> None:
    best = min(_once(action) for _ in range(repeat))
    print(f"{label:<28} {best * 1000:8.1f} ms (best of {repeat})")


def _once(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    posts = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "big.cmplan"
        store = PlanStore.open(plan)
        build_demo_plan(store)
        with store.transaction():
            for i in range(posts):
                store.posts.save(Post(f"Post {i} " + "x" * rng.randint(40, 400),
                                      text="Lorem ipsum dolor sit amet. " * rng.randint(3, 40)))
        store.close()
        print(f"plan: {posts} extra posts, {plan.stat().st_size / 1e6:.1f} MB")

        def pragma(name: str):
            conn = sqlite3.connect(f"{plan.as_uri()}?mode=ro&immutable=1", uri=True)
            assert conn.execute(f"PRAGMA {name}").fetchone()[0] == "ok"
            conn.close()

        timed("PRAGMA quick_check", lambda: pragma("quick_check"))
        timed("PRAGMA integrity_check", lambda: pragma("integrity_check"))
        timed("PlanStore.open + close", lambda: PlanStore.open(plan).close())
        timed("backup (online API)", lambda: take_backup(plan, keep=2), repeat=3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
