"""``cmplanner --self-test``: a quick check that an installed copy (or the bundle) works.

It writes the demo plan to a temporary folder (migrations run), opens it offscreen in the main
window with the French catalogues, walks the views and pages, opens the user guide, writes each
export (iCalendar in both profiles, Outlook CSV, team backlog in HTML, CSV and XLSX) and reads them
back. Nothing touches the user's plans or settings. Exit status 0 when all went well; otherwise a
message naming the failed step and status 1.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path


def run_self_test(language: str = "fr") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    step = "start"
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory(prefix="cmplanner-self-test-") as folder:
            tmp = Path(folder)
            step = "settings"
            from PySide6.QtCore import QSettings

            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
            for line in _checks(tmp, language):
                step = line
                print(f"ok  {line}", flush=True)
    except Exception as exc:  # noqa: BLE001 (every failure is reported, with its step)
        traceback.print_exc()
        print(f"cmplanner self-test FAILED after “{step}”: {exc}", file=sys.stderr)
        return 1
    print(f"cmplanner self-test passed in {time.monotonic() - started:.1f} s")
    return 0


def _checks(tmp: Path, language: str):
    from PySide6.QtWidgets import QApplication

    from cmplanner.services.demo import build_demo_plan
    from cmplanner.storage.store import PlanStore

    from .app import build_main_window, start_application
    from .i18n import install_translators

    app = start_application()
    translators = install_translators(app, language)
    if len(translators) < (1 if language == "en" else 2):
        raise RuntimeError("translations missing (Qt's and cmplanner's catalogues; in English, "
                           "cmplanner's plural forms)")
    yield f"translations loaded ({len(translators)} catalogue{'' if len(translators) == 1 else 's'})"
    if app.windowIcon().isNull():
        raise RuntimeError("application icon missing")
    yield "application icon"

    plan = tmp / "demo.cmplan"
    store = PlanStore.open(plan, create=True)
    build_demo_plan(store)
    counts = store.counts()
    if not counts["posts"]:
        raise RuntimeError("the demo plan holds no post")
    yield f"demo plan written ({counts['posts']} posts, {counts['series']} series, {counts['events']} events)"

    window = build_main_window(store)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    for key in list(window.pages.entries):
        window.show_view(key)
        QApplication.processEvents()
        if window.grab().isNull():
            raise RuntimeError(f"view {key} did not paint")
    yield f"views walked ({', '.join(window.pages.entries)})"

    from .help_guide import GuideDialog, legend_rows

    guide = GuideDialog(window)
    guide.show()
    QApplication.processEvents()
    if "Thunderbird" not in guide.browser.toPlainText():
        raise RuntimeError("user guide empty")
    guide.close()
    yield f"user guide ({len(legend_rows())} marks in the legend)"

    yield from _exports(store, tmp / "exports")
    yield _video(tmp / "clip.mp4")
    window.close()
    QApplication.processEvents()
    window.deleteLater()
    QApplication.processEvents()
    store.close()
    del translators


def _video(path: Path) -> str:
    """FFmpeg's libraries (inside PyAV) are present: a short clip is written, then read the way an
    import reads it (shape, length, poster frame)."""
    import av

    from cmplanner.interop.video import poster_frame, read_video

    with av.open(str(path), "w") as out:
        stream = out.add_stream("mpeg4", rate=10)
        stream.width, stream.height, stream.pix_fmt = 64, 36, "yuv420p"
        for _ in range(10):
            for packet in stream.encode(av.VideoFrame(64, 36, "yuv420p")):
                out.mux(packet)
        for packet in stream.encode():
            out.mux(packet)
    facts = read_video(path)
    poster = poster_frame(path, 32)
    if (facts.width, facts.height, facts.duration_ms, poster.width) != (64, 36, 1000, 32):
        raise RuntimeError(f"the test video reads as {facts} with a {poster.width} px poster")
    return f"videos read (FFmpeg {av.library_versions['libavformat'][0]} through PyAV {av.__version__})"


def _exports(store, out: Path):
    from icalendar import Calendar
    from openpyxl import load_workbook

    from cmplanner.interop.backlog_export import export_backlog
    from cmplanner.interop.ics_export import write_ics
    from cmplanner.interop.ics_options import ExportOptions, Profile
    from cmplanner.interop.outlook_csv import write_csv

    out.mkdir()
    for profile in (Profile.OUTLOOK, Profile.STANDARD):
        path = out / f"plan-{profile.value}.ics"
        summary = write_ics(store, path, ExportOptions(profile=profile))
        events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        if not events or len(events) != summary.vevents:
            raise RuntimeError(f"{path.name}: {len(events)} events read back, {summary.vevents} written")
        yield f"iCalendar export, {profile.value} profile ({len(events)} events)"
    rows = write_csv(store, out / "plan-outlook.csv", ExportOptions())
    if not rows:
        raise RuntimeError("Outlook CSV is empty")
    yield f"Outlook CSV ({rows} rows)"
    for fmt in ("html", "csv", "xlsx"):
        path = out / f"backlog.{fmt}"
        size = export_backlog(store, path, fmt)
        if fmt == "html" and b"<script" not in path.read_bytes():
            raise RuntimeError("backlog page without its script")
        if fmt == "xlsx":
            load_workbook(path, read_only=True).close()
        yield f"team backlog {fmt.upper()} ({size:,} bytes)"
