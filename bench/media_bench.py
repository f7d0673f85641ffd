"""Network counters while typing, and importing many large photos.

- Typing in a 2,000-character variant: each keystroke recounts every network's counter the way
  the post editor does (VariantCounter.show_text for the nine networks of the rules file).
- Switching months in the main window of the 50k plan where every post has a cover photo.
- Importing 200 photos of 5 MB each (real JPEG headers padded to 5 MB, so every file differs),
  through the same path as File ▸ Import media (prepare_media off the window's thread, then
  add_media), in a child process whose peak resident memory (VmHWM) is read at the end.

    .venv/bin/python -m bench.media_bench [PLAN]     # the figures, printed (covers need PLAN)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

TEXT = ("Portes ouvertes à l'atelier de Lyon 👨‍👩‍👧‍👦🇫🇷 : venez découvrir la marqueterie, "
        "日本語の説明もあります, inscription sur https://ateliers-morel.fr/portes-ouvertes "
        "#SemaineQVT #Artisanat @camille@mastodon.social ")


def measure_typing(repeats: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps widgets alive)
    from cmplanner.domain.entities import Network
    from cmplanner.domain.network_limits import load_rules
    from cmplanner.ui.editors.variant_checks import VariantCounter

    rules = load_rules()
    counters = [VariantCounter(Network(kind, kind.value, id=i), r)
                for i, (kind, r) in enumerate(rules.items())]
    base = (TEXT * 20)[:1990]
    samples = []
    for _ in range(repeats):
        for extra in "abcdefghij":  # ten keystrokes at the end of a 2,000-character text
            text = base + extra
            began = time.perf_counter()
            for counter in counters:
                counter.show_text(text)
            samples.append(time.perf_counter() - began)
            base = base[1:] + extra
    return {"name": f"typing in a 2,000-char variant, {len(counters)} network counters",
            "samples": samples, "target": "≤ 16 ms", "floor_samples": None}


def measure_editor_typing(repeats: int) -> dict:
    """A keystroke in the post editor's X variant of a 2,000-character post on nine networks:
    every counter, the reminders and the workflow buttons (which steps a broken limit blocks)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from cmplanner.domain.entities import Network, Person, Post
    from cmplanner.domain.enums import NetworkKind, PostStatus, Role
    from cmplanner.domain.network_limits import load_rules
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.context import AppContext
    from cmplanner.ui.editors.post_editor import PostEditorDialog

    samples = []
    with tempfile.TemporaryDirectory(prefix="cmplanner-editor-") as folder:
        store = PlanStore.open(Path(folder) / "plan.cmplan")
        networks = [store.networks.save(Network(kind, kind.value)) for kind in load_rules()]
        store.people.save(Person("Camille", roles={Role.COMMUNITY_MANAGER}))
        text = (TEXT * 20)[:2000]
        post = store.posts.save(Post("Bench", text=text, network_ids=[n.id for n in networks],
                                     status=PostStatus.DRAFT))
        ctx = AppContext(store)
        dialog = PostEditorDialog(ctx, post)
        x_box = dialog.variant_boxes[next(n.id for n in networks if n.kind is NetworkKind.X)]
        x_box.setPlainText(text)
        pauses = []
        for _ in range(repeats):
            for key in "abcdefghij":
                began = time.perf_counter()
                x_box.insertPlainText(key)  # what a keystroke does: textChanged and its slots
                samples.append(time.perf_counter() - began)
            began = time.perf_counter()
            dialog._refresh_workflow()  # when typing pauses: which steps a broken limit blocks
            pauses.append(time.perf_counter() - began)
        dialog.close()
        ctx.close()
        store.close()
        del app
    return [{"name": "keystroke in the post editor, 2,000 chars, 9 networks (live counters)",
             "samples": samples, "target": "≤ 16 ms", "floor_samples": None},
            {"name": "workflow buttons rechecked when typing pauses (every limit, every network)",
             "samples": pauses, "target": "≤ 16 ms", "floor_samples": None}]


def _child(folder: str, count: int, megabytes: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QColor, QImage

    app = QCoreApplication([])  # noqa: F841
    from cmplanner.services import media as uc
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.media_images import probe

    root = Path(folder)
    image = QImage(1080, 1350, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    header = root / "seed.jpg"
    image.save(str(header), "JPEG")
    seed = header.read_bytes()
    paths = []
    for i in range(count):
        path = root / f"photo{i:03d}.jpg"
        with open(path, "wb") as out:
            out.write(seed)
            chunk = os.urandom(1 << 20)
            for j in range(megabytes):
                out.write(i.to_bytes(4, "big") + j.to_bytes(4, "big") + chunk[8:])
        paths.append(path)
    store = PlanStore.open(root / "plan.cmplan")
    began = time.perf_counter()
    ready, refused = uc.prepare_media(store.media_files, paths, probe)
    change = uc.add_media(store, ready)
    spent = time.perf_counter() - began
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
    print(json.dumps({"seconds": spent, "peak_kb": peak, "added": len(change.writes),
                      "refused": len(refused)}))


def measure_import(count: int = 200, megabytes: int = 5) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="cmplanner-media-") as folder:
        out = subprocess.run([sys.executable, "-m", "bench.media_bench", "--child", folder,
                              str(count), str(megabytes)], capture_output=True, text=True,
                             check=True, cwd=Path(__file__).resolve().parents[1])
        result = json.loads(out.stdout.strip().splitlines()[-1])
    name = f"import {count} photos × {megabytes} MB ({result['added']} added)"
    return [{"name": name + ": time", "samples": [result["seconds"]], "target": "",
             "floor_samples": None},
            {"name": name + ": peak memory", "samples": [result["peak_kb"] / 1024],
             "unit": "MB", "target": "≤ 300 MB", "floor_samples": None}]


def measure(plan_path: Path, repeats: int) -> list[dict]:
    return [measure_typing(max(repeats, 3)), *measure_editor_typing(max(repeats, 3)),
            measure_month_covers(plan_path, max(repeats, 10) * 4),
            *measure_import()]


def measure_month_covers(plan_path: Path, repeats: int) -> dict:
    """Month switches in the main window of a copy of ``plan_path`` where every post has a
    cover photo: the month model's data and a full repaint of the month view, thumbnails
    coming from the cache (made once, off the window's thread, before the samples)."""
    import shutil

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from cmplanner.domain.entities import MediaItem
    from cmplanner.storage.media_files import thumb_file
    from cmplanner.storage.store import PlanStore
    from cmplanner.ui.app import build_main_window

    from .calendar_bench import plan_label

    with tempfile.TemporaryDirectory(prefix="cmplanner-covers-") as folder:
        plan = Path(shutil.copyfile(plan_path, Path(folder) / "plan.cmplan"))
        store = PlanStore.open(plan, create=False)
        items = [store.media.save(MediaItem(f"{i:064x}", f"p{i}.jpg", width=1080, height=1350))
                 for i in range(1, 41)]
        for item in items:
            image = QImage(320, 400, QImage.Format.Format_RGB32)
            image.fill(QColor.fromHsv(item.id * 9 % 360, 120, 200))
            path = thumb_file(plan, item.sha256)
            path.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(path), "JPEG", 82)
        with store.session() as session, session.begin():
            session.connection().exec_driver_sql(
                "UPDATE posts SET media_ids = CAST(1 + id % 40 AS TEXT)")
        window = build_main_window(store, today=lambda: date(2025, 1, 15))
        window.resize(1440, 900)
        window.show()
        for _ in range(13):  # a year of months: every cover thumbnail is cached and scaled once
            window.step_period(1)
            window.month_view.viewport().repaint()
            window.media_actions.thumbnails.wait()
            app.processEvents()
        def switches(count: int) -> list[float]:
            found = []
            for n in range(count):
                began = time.perf_counter()
                window.step_period(1 if n % 2 == 0 else -1)
                window.month_view.viewport().repaint()
                found.append(time.perf_counter() - began)
            return found

        cover, window.ctx.cover = window.ctx.cover, None
        floor = switches(repeats)  # the same switches and repaints without any cover
        window.ctx.cover = cover
        samples = switches(repeats)
        window.close()
        store.close()
    return {"name": f"switch month + full repaint, a cover on every chip, {plan_label(plan_path)}",
            "samples": samples, "target": "≤ 1.3× floor", "floor_samples": floor,
            "note": "floor: the same switches and repaints without covers"}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        from .report import format_table

        plan = Path(sys.argv[1]) if len(sys.argv) > 1 else None
        rows = [measure_typing(10), *measure_editor_typing(10)]
        if plan is not None:
            rows.append(measure_month_covers(plan, 40))
        print(format_table(rows + measure_import()))
