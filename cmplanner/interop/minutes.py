"""Meeting minutes: who was in the room and every decision, with author and time, as HTML
(Jinja2, autoescape on) or PDF (Qt's writer). No private notes, no e-mail addresses."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cmplanner.domain.meeting import DecisionKind, Meeting
from cmplanner.domain.timezones import to_local
from cmplanner.storage.store import PlanStore

from . import review_strings
from cmplanner.files.atomic import atomic_write_bytes, atomic_write_text, refuse_plan_target
from .pdf import html_to_pdf
from .templating import render

WORDS = {
    "fr": {"minutes": "Compte rendu", "present": "Présents\u00a0:", "decisions": "Décisions",
           "time": "Heure", "kind": "Décision", "about": "Objet", "by": "Par",
           "detail": "Précision", "no_decision": "Aucune décision enregistrée.",
           DecisionKind.APPROVAL: "validation", DecisionKind.REFUSAL: "refus",
           DecisionKind.MOVE: "déplacement", DecisionKind.CANCELLATION: "annulation",
           DecisionKind.IDEA: "nouvelle idée", DecisionKind.NOTE: "note",
           "until": "jusqu'à", "ongoing": "en cours"},
    "en": {"minutes": "Minutes", "present": "Present:", "decisions": "Decisions",
           "time": "Time", "kind": "Decision", "about": "About", "by": "By",
           "detail": "Detail", "no_decision": "No decision recorded.",
           DecisionKind.APPROVAL: "approval", DecisionKind.REFUSAL: "refusal",
           DecisionKind.MOVE: "move", DecisionKind.CANCELLATION: "cancellation",
           DecisionKind.IDEA: "new idea", DecisionKind.NOTE: "note",
           "until": "until", "ongoing": "ongoing"},
}


def render_minutes(store: PlanStore, meeting: Meeting, language: str,
                   ended_at: datetime | None = None) -> str:
    lang = language if language in WORDS else "fr"
    w = WORDS[lang]
    zone = store.zone_name
    people = {p.id: p.name for p in store.people.all()}

    def dt(value: datetime) -> str:
        return review_strings.format_datetime(to_local(value, zone), lang)

    end = ended_at or meeting.ended_at
    when = f"{dt(meeting.started_at)} {w['until']} {dt(end)}" if end else f"{dt(meeting.started_at)} ({w['ongoing']})"
    decisions = []
    for d in meeting.decisions:
        detail = d.detail
        if d.kind is DecisionKind.MOVE and detail:
            detail = dt(datetime.fromisoformat(detail))
        decisions.append({"time": to_local(d.at, zone).strftime("%H:%M"), "kind": w[d.kind],
                          "text": d.text, "author": people.get(d.author_id, "—"),
                          "detail": detail})
    return render("minutes.html.j2", lang=lang, t={k: v for k, v in w.items() if isinstance(k, str)},
                  title=meeting.title or w["minutes"], plan=store.settings().name, when=when,
                  attendees=", ".join(people.get(i, "?") for i in meeting.attendee_ids),
                  decisions=decisions)


def write_minutes(html: str, path: Path | str) -> None:
    path = Path(path)
    refuse_plan_target(path)  # before the PDF is made, not only at the write
    if path.suffix.lower() == ".pdf":
        atomic_write_bytes(path, html_to_pdf(html, {}))
    else:
        atomic_write_text(path, html)
