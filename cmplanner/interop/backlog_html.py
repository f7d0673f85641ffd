"""The team backlog as ONE self-contained HTML file.

Everything is inline (CSS, JavaScript, data); the page makes no network request of any kind, so
it works from a USB key or an e-mail attachment, and its Content-Security-Policy forbids any. The
data travels as JSON in a ``<script type="application/json">`` block and the script renders it with
``textContent``: a hostile title shows as text. The page itself is the Jinja2 template
``templates/backlog_page.html.j2`` (autoescape on); only the inline CSS, the script and the JSON
block (made safe for a script element by ``json_for_script``) go in as markup.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from pathlib import Path

from cmplanner.services.backlog import BacklogSnapshot, Entry

from . import backlog_strings as words
from .templating import Markup, render

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str]:
    script = (HERE / "backlog_page.js").read_text(encoding="utf-8")
    style = (HERE / "backlog_page.css").read_text(encoding="utf-8")
    return script, style


def json_for_script(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or ``]]>`` can form."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _entry(entry: Entry, language: str) -> dict:
    data: dict = {
        "k": entry.key, "t": entry.title, "s": entry.status,
        "d": entry.start.date().isoformat() if entry.start else None,
        "h": words.time_label(entry.start),
        "when": words.datetime_label(language, entry.start), "n": list(entry.network_ids),
        "p": entry.pillar_id, "o": entry.owner_id, "u": list(entry.people_ids),
    }
    optional = {"v": entry.virtual, "ser": entry.series_name, "m": entry.media_needed,
                "nt": entry.public_notes, "w": list(entry.waiting_for_ids),
                "ws": words.datetime_label(language, entry.waiting_since),
                "ag": entry.approvals_given, "an": entry.approvals_needed,
                "due": words.date_label(language, entry.content_due), "c": entry.cover}
    data.update({k: v for k, v in optional.items() if v})
    return data


def page_data(snapshot: BacklogSnapshot, covers: dict[str, bytes] | None = None) -> dict:
    """The JSON the page renders (also handy to test what leaves the machine). ``covers``:
    thumbnails by content hash, embedded as data: URIs so the page stays one offline file."""
    lang = words.language_of(snapshot.language)
    role_names = {p.id: ", ".join(words.value_label(lang, r) for r in p.roles)
                  for p in snapshot.people}
    statuses = [s for s in words.POST_STATUS_ORDER
                if any(e.status == s for e in (*snapshot.calendar, *snapshot.backlog))
                or any(e.status == s for ev in snapshot.events for e in ev.promotion)]
    return {
        "lang": lang, "t": words.text(lang), "v": words.VALUES[lang],
        "people": [[p.id, p.name, role_names[p.id]] for p in snapshot.people],
        "networks": [[n.id, n.name] for n in snapshot.networks],
        "pillars": [[p.id, p.name, p.colour] for p in snapshot.pillars],
        "statuses": statuses,
        "days": [[d.isoformat(), words.day_label(lang, d), d.weekday() >= 5]
                 for d in snapshot.days],
        "cal": [_entry(e, lang) for e in snapshot.calendar],
        "backlog": [_entry(e, lang) for e in snapshot.backlog],
        "requests": [{"id": r.id, "t": r.topic, "s": r.status, "due": words.date_label(lang, r.due),
                      "late": r.overdue, "by": r.requester_id, "to": r.assignee_id,
                      "media": r.media_offered, "details": r.details}
                     for r in snapshot.requests],
        "events": [{"id": e.id, "t": e.title, "kind": e.kind,
                    "when": _event_when(lang, e.start, e.end, e.all_day),
                    "where": ", ".join(x for x in dict.fromkeys((e.location, e.site)) if x),
                    "desc": e.description, "org": list(e.organiser_ids),
                    "promo": [_entry(p, lang) for p in e.promotion]}
                   for e in snapshot.events],
        "img": {sha: "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")
                for sha, data in (covers or {}).items()},
        "duties": [{"who": d.person_id, "role": d.role, "sec": d.section, "ref": d.ref,
                    "t": d.title, "when": words.date_label(lang, d.when), "s": d.status}
                   for d in snapshot.duties],
    }


def _event_when(lang: str, start, end, all_day: bool) -> str:
    t = words.text(lang)
    if all_day:
        last = (end.date() - start.date()).days > 1
        first = words.date_label(lang, start.date())
        if last:
            return f"{first} – {words.date_label(lang, end.date())} ({t['all_day']})"
        return f"{first} ({t['all_day']})"
    if start.date() == end.date():
        return f"{words.datetime_label(lang, start)} – {words.time_label(end)}"
    return f"{words.datetime_label(lang, start)} – {words.datetime_label(lang, end)}"


def render_html(snapshot: BacklogSnapshot, covers: dict[str, bytes] | None = None) -> str:
    lang = words.language_of(snapshot.language)
    t = words.text(lang)
    script, style = _assets()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = ("default-src 'none'; style-src 'unsafe-inline'; "
           f"script-src 'sha256-{digest}'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    generated = t["generated"].format(
        when=words.datetime_label(lang, snapshot.generated_at) + f" ({snapshot.timezone})",
        plan=snapshot.plan_name)
    if snapshot.plan_file:
        generated += f" — {t['file'].format(file=snapshot.plan_file)}"
    window = t["window"].format(start=words.date_label(lang, snapshot.start),
                                end=words.date_label(lang, snapshot.days[-1]),
                                weeks=snapshot.weeks)
    sections = [("calendar", "calendar"), ("backlog", "backlog"), ("requests", "requests"),
                ("events", "events"), ("duties", "duties")]
    crisis = ""
    if snapshot.crisis_reason:
        crisis = t["crisis"].format(when=words.datetime_label(lang, snapshot.crisis_since),
                                    reason=snapshot.crisis_reason)
    return render("backlog_page.html.j2", lang=lang, t=t, csp=csp, style=Markup(style),
                  script=Markup(script), plan_name=snapshot.plan_name, window=window,
                  generated=generated, crisis=crisis, sections=sections,
                  filters=("person", "network", "pillar", "status"),
                  data=Markup(json_for_script(page_data(snapshot, covers))))
