"""The tooltip of a chip: the full post, minus private notes and e-mail addresses in meeting mode."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from cmplanner.services.calendar_range import Chip

from .calendar_source import CalendarSource
from .labels import label, status_label

MAX_TEXT = 700


def _tr(text: str) -> str:
    return QCoreApplication.translate("tooltips", text)


def chip_tooltip(source: CalendarSource, chip: Chip, meeting_mode: bool) -> str:
    locale = QLocale()
    lines = [f"<b>{escape(chip.title)}</b>"]
    if chip.local is not None:
        when = locale.toString(chip.local.date(), "dddd d MMMM yyyy") + " " + \
            locale.toString(chip.local.time(), "HH:mm")
        lines.append(escape(when))
    else:
        lines.append(escape(_tr("Undated")))
    status = status_label(chip.status) if chip.status else _tr("Series occurrence (not written yet)")
    separator = " : " if locale.language() == QLocale.Language.French else ": "
    lines.append(f"{escape(_tr('Status'))}{separator}{escape(status)}")
    networks = ", ".join(source.networks[n].label for n in chip.network_ids if n in source.networks)
    pillar = source.pillars.get(chip.pillar_id) if chip.pillar_id else None
    owner = source.people.get(chip.owner_id) if chip.owner_id else None
    facts = [(_tr("Networks"), networks), (_tr("Pillar"), pillar.name if pillar else "")]
    if owner is not None:
        who = owner.name if meeting_mode or not owner.email else f"{owner.name} <{owner.email}>"
        facts.append((_tr("Owner"), who))
    series = source.series.get(chip.series_id) if chip.series_id else None
    if series is not None:
        facts.append((_tr("Series"), series.name + (" " + _tr("(moved)") if chip.moved else "")))
    event = source.events.get(chip.event_id) if chip.event_id else None
    if event is not None:
        facts.append((_tr("Event"), event.title))
    post = source.post(chip.post_id) if chip.post_id is not None else None
    if post is not None:
        facts.append((_tr("Kind"), label(post.kind)))
        if post.media_needed:
            facts.append((_tr("Media needed"), post.media_needed))
        if post.content_due:
            facts.append((_tr("Content due"), locale.toString(post.content_due, QLocale.FormatType.ShortFormat)))
    if chip.sensitive:
        facts.append((_tr("Sensitive"), _tr("exceptional validation circuit")))
    lines += [f"{escape(name)}{separator}{escape(value)}" for name, value in facts if value]
    if post is not None:
        if post.text:
            text = post.text if len(post.text) <= MAX_TEXT else post.text[:MAX_TEXT] + "…"
            lines.append("<hr>" + escape(text).replace("\n", "<br>"))
        if post.public_notes:
            lines.append(f"<i>{escape(_tr('Notes'))}</i>{separator}{escape(post.public_notes)}")
        if post.private_notes and not meeting_mode:
            lines.append(f"<i>{escape(_tr('Private notes'))}</i>{separator}{escape(post.private_notes)}")
    return "<qt>" + "<br>".join(lines) + "</qt>"
