"""The writer that tests/storage/test_crash.py kills with SIGKILL.

Run as ``python tests/crash_child.py PLAN SEED``. To keep fifty rounds fast, this process imports
cmplanner once, then forks one writer per round when it reads ``go ROUND`` on stdin. The writer
prints ``pid N``, then for each edit ``try OP...`` before it and ``ack OP...`` once the store
returned (the commit is done), until the parent kills it. This process then prints ``reaped N``
and waits for the next round. Operations:

- ``create TITLE`` -> ``ack create ID TITLE``
- ``rename ID TITLE`` -> ``ack rename ID TITLE``
- ``delete ID`` -> ``ack delete ID``
- ``pair TITLE_A TITLE_B`` (two posts in one transaction) -> ``ack pair ID_A ID_B TITLE_A TITLE_B``
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from cmplanner.domain.entities import Post
from cmplanner.storage.store import PlanStore
from cmplanner.storage.tables import PostRow


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_until_killed(plan: Path, seed: int, round_no: int) -> None:
    rng = random.Random(seed * 1000 + round_no)
    store = PlanStore.open(plan, create=False)
    with store.session() as session:
        ids = list(session.scalars(select(PostRow.id)))
    n = 0
    while True:
        n += 1
        title = f"r{round_no}-{n}"
        roll = rng.random()
        if roll < 0.45 or len(ids) < 5:
            say(f"try create {title}")
            post = store.posts.save(Post(title))
            ids.append(post.id)
            say(f"ack create {post.id} {title}")
        elif roll < 0.65:
            target = rng.choice(ids)
            say(f"try rename {target} {title}")
            current = store.posts.get(target)
            store.posts.save(Post(title, id=target, revision=current.revision, uid=current.uid))
            say(f"ack rename {target} {title}")
        elif roll < 0.85:
            target = ids.pop(rng.randrange(len(ids)))
            say(f"try delete {target}")
            store.posts.delete(target)
            say(f"ack delete {target}")
        else:
            a, b = f"{title}a", f"{title}b"
            say(f"try pair {a} {b}")
            with store.transaction():
                first = store.posts.save(Post(a))
                second = store.posts.save(Post(b))
            ids += [first.id, second.id]
            say(f"ack pair {first.id} {second.id} {a} {b}")


def serve(plan: Path, seed: int) -> None:
    say("ready")
    for line in sys.stdin:
        round_no = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                say(f"pid {os.getpid()}")
                write_until_killed(plan, seed, round_no)
            finally:
                os._exit(1)  # only reached if the writer failed: the parent sees no kill
        _, status = os.waitpid(pid, 0)
        say(f"reaped {pid} {status}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]), int(sys.argv[2]))
