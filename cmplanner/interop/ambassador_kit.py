"""The ambassador kit as a self-contained HTML page and as plain text ready to paste into an
e-mail, in the plan's language (Jinja2 template, autoescape on)."""

from __future__ import annotations

from pathlib import Path

from cmplanner.domain.timezones import to_local
from cmplanner.services.ambassador import Kit

from . import review_strings
from cmplanner.files.atomic import atomic_write_text, refuse_plan_target
from .templating import render

WORDS = {
    "fr": {"title": "Kit ambassadeurs",
           "intro": ("Semaine {week}\u00a0: une publication à relayer. Merci de la partager avec vos mots\u00a0; voici une proposition.",
                     "Semaine {week}\u00a0: {count} publications à relayer. Merci de les partager avec vos mots\u00a0; voici une proposition."),
           "wording": "Texte proposé\u00a0:", "link": "Lien\u00a0:", "link_later": "Le lien sera disponible à la publication.",
           "nothing": "Rien à relayer cette semaine.", "thanks": "Merci pour votre relais\u00a0!"},
    "en": {"title": "Ambassador kit",
           "intro": ("Week {week}: one post to share. Please share it in your own words; here is a suggestion.",
                     "Week {week}: {count} posts to share. Please share them in your own words; here is a suggestion."),
           "wording": "Suggested wording:", "link": "Link:", "link_later": "The link will be available once published.",
           "nothing": "Nothing to share this week.", "thanks": "Thank you for sharing!"},
}


def _context(kit: Kit) -> dict:
    lang = kit.language if kit.language in WORDS else "fr"
    t = WORDS[lang]
    networks = [{"name": n.name, "handle": n.handle,
                 "posts": [{"title": i.title, "pillar": i.pillar, "wording": i.wording,
                            "link": i.link if i.link.lower().startswith(("http://", "https://")) else "",
                            "when": review_strings.format_datetime(to_local(i.when, kit.zone_name), lang)}
                           for i in n.items]} for n in kit.networks]
    return {"lang": lang, "t": t, "plan": kit.plan, "week": kit.period.label, "networks": networks,
            "intro": t["intro"][kit.count != 1].format(week=kit.period.label, count=kit.count)}


def kit_html(kit: Kit) -> str:
    return render("ambassador_kit.html.j2", **_context(kit))


def kit_text(kit: Kit) -> str:
    c = _context(kit)
    t = c["t"]
    lines = [f"{t['title']} — {kit.plan}", "", c["intro"], ""]
    for network in c["networks"]:
        head = network["name"] + (f" ({network['handle']})" if network["handle"] else "")
        lines += [head, "=" * len(head), ""]
        for item in network["posts"]:
            lines += [f"* {item['title']} — {item['when']}", f"  {t['wording']}"]
            lines += [f"    {line}" for line in item["wording"].splitlines() or [""]]
            lines += [f"  {t['link']} {item['link']}" if item["link"] else f"  {t['link_later']}", ""]
    if not c["networks"]:
        lines += [t["nothing"], ""]
    lines.append(t["thanks"])
    return "\n".join(lines) + "\n"


def write_kit(kit: Kit, path: Path | str) -> list[Path]:
    """``.txt``: the plain text; anything else: the HTML page and the text beside it."""
    path = Path(path)
    if path.suffix.lower() == ".txt":
        atomic_write_text(path, kit_text(kit))
        return [path]
    text_path = path.with_suffix(".txt")
    refuse_plan_target(text_path)  # the page is not written when its text could not be
    atomic_write_text(path, kit_html(kit))
    atomic_write_text(text_path, kit_text(kit))
    return [path, text_path]
