"""The management review pack: one document for a month or a quarter, in French or English, as
HTML (self-contained, charts embedded as data: PNG) or PDF (Qt's own PDF writer, offline).

Figures come from ``services.review`` (the dashboard shows the same); words from
``review_strings``. No private notes and no e-mail addresses: the context below only ever holds
titles, names, dates and counts.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from cmplanner.domain.enums import Decision
from cmplanner.domain.period import Period
from cmplanner.domain.timezones import to_local
from cmplanner.services.review import ReviewFigures, review_figures
from cmplanner.storage.store import PlanStore

from . import review_charts, review_strings
from cmplanner.files.atomic import atomic_write_bytes, atomic_write_text, refuse_plan_target
from .pdf import html_to_pdf
from .templating import render

Progress = Callable[[int, int], bool]  # (done, total) -> go on?


@dataclass(frozen=True)
class Pack:
    html: str
    images: dict[str, bytes]  # chart name -> PNG
    figures: ReviewFigures


@dataclass(frozen=True)
class PackInput:
    """Everything the pack shows, read from the plan (on the window's thread); rendering it
    touches no database, so it may run in a worker."""

    figures: ReviewFigures
    plan_name: str
    zone_name: str
    language: str
    crises: list
    now: datetime


def read_pack_input(store: PlanStore, period: Period, language: str, today: date,
                    now: datetime | None = None) -> PackInput:
    lang = language if language in review_strings.LANGUAGES else "fr"
    return PackInput(review_figures(store, period, today, now=now), store.settings().name,
                     store.zone_name, lang, _crises(store, period),
                     now or datetime.now().astimezone())


def build_pack(store: PlanStore, period: Period, language: str, today: date,
               now: datetime | None = None, inline_images: bool = True,
               progress: Progress | None = None) -> Pack:
    return render_pack(read_pack_input(store, period, language, today, now), inline_images,
                       progress)


def render_pack(source: PackInput, inline_images: bool = True,
                progress: Progress | None = None) -> Pack:
    lang = source.language
    t = review_strings.words(lang)
    zone_name = source.zone_name
    figures = source.figures
    period = figures.period
    names = ("cadence", "pillars", "coverage", "funnel", "workload", "results_network")
    images: dict[str, bytes] = {}
    for i, name in enumerate(names):
        if progress and not progress(i, len(names) + 1):
            raise InterruptedError
        images[name] = review_charts.png(name, figures, t)

    def image(name: str) -> str:
        if inline_images:
            return "data:image/png;base64," + base64.b64encode(images[name]).decode("ascii")
        return f"{name}.png"

    def d(value: date) -> str:
        return review_strings.format_date(value, lang)

    def dt(value: datetime) -> str:
        return review_strings.format_datetime(to_local(value, zone_name), lang)

    people = figures.people
    line = figures.line_version
    if line and line.validated_by_id and line.validated_on:
        line_text = t["line_validated"].format(version=line.version,
                                               name=people.get(line.validated_by_id, "?"),
                                               date=d(line.validated_on))
    else:
        line_text = t["line_unvalidated"].format(version=line.version if line else "1")
    history = [{"version": v.version, "by": people.get(v.validated_by_id, "—") if v.validated_by_id else "—",
                "on": d(v.validated_on) if v.validated_on else "—",
                "replaced": dt(v.replaced_at) if v.replaced_at else "—"} for v in figures.line_history]
    published: dict[str, int] = {}
    for row in figures.network_weeks:
        published[row.name] = published.get(row.name, 0) + row.published
    cadence = [{"name": name, "planned": planned,
                "expected": "—" if expected is None else f"{expected:.0f}",
                "published": published.get(name, 0)}
               for name, planned, expected in figures.cadence_kept()]
    share = review_strings.percent(figures.coverage.share, lang)
    approvals = [{"post": a.post_title, "person": a.person, "when": dt(a.decided_at),
                  "round": a.round, "decision": t[a.decision.value]} for a in figures.approvals]
    refused = sum(1 for a in figures.approvals if a.decision is Decision.REJECT)
    over = [f"{people.get(w.person_id, '?')} ({w.week.isocalendar()[1]:02d}: {w.hours:.0f} h / {w.capacity_hours:.0f} h)"
            for w in figures.workload if w.over_capacity]
    crises = [{"reason": c.reason, "start": dt(c.started_at),
               "end": dt(c.ended_at) if c.ended_at else t["ongoing"], "held": c.held,
               "note": c.note}
              for c in source.crises]
    context = dict(
        lang=lang, t=t, f=figures, plan=source.plan_name, period=period.label,
        start=d(period.start), last=d(date.fromordinal(period.end.toordinal() - 1)),
        generated=dt(source.now), image=image,
        pct=lambda v: review_strings.percent(v, lang),
        coverage=share, line_text=line_text, history=history,
        shares_problem=str(figures.shares_problem or ""),
        cadence=cadence,
        coverage_text=t["coverage_text"].format(covered=figures.coverage.covered,
                                                total=figures.coverage.total, share=share),
        approvals=approvals,
        refusals_text=t["refusals"].format(approved=len(approvals) - refused, refused=refused),
        crises=crises,
        crisis_posts=[{"title": p.title, "when": dt(p.planned_at) if p.planned_at else "—",
                       "status": review_strings.status_word(p.status, lang)}
                      for p in figures.crisis_posts],
        events=[{"title": e.title, "when": dt(e.start), "where": e.location}
                for e in figures.events_held],
        over=t["over"].format(weeks=", ".join(over)) if over else "",
    )
    html = render("review_pack.html.j2", **context)
    if progress:
        progress(len(names), len(names) + 1)
    return Pack(html, images, figures)


def _crises(store: PlanStore, period: Period) -> list:
    """The crisis log of the period: crises under way in it, or holding posts planned in it."""
    start, end = period.bounds(store.zone_name)
    return [c for c in store.crises.all()
            if (c.started_at < end and (c.ended_at is None or c.ended_at >= start))
            or (c.window_start < end and c.window_end > start)]


def write_pack(store: PlanStore, period: Period, language: str, path: Path | str, today: date,
               now: datetime | None = None, progress: Progress | None = None) -> Pack:
    """Write the pack to ``path``: PDF when it ends in .pdf, HTML otherwise."""
    return write_pack_file(read_pack_input(store, period, language, today, now), path, progress)


def write_pack_file(source: PackInput, path: Path | str, progress: Progress | None = None) -> Pack:
    """Render ``source`` and write it (no database: a worker thread may do this)."""
    path = Path(path)
    pdf = path.suffix.lower() == ".pdf"
    refuse_plan_target(path)  # before the rendering, not only at the write
    pack = render_pack(source, inline_images=not pdf, progress=progress)
    if pdf:
        atomic_write_bytes(path, html_to_pdf(pack.html, pack.images))
    else:
        atomic_write_text(path, pack.html)
    return pack
