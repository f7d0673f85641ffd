"""The tooltip of a chip: the full post, minus private notes and e-mail addresses in meeting mode."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from cmplanner.domain.days_off import DayOff, days_off
from cmplanner.services.calendar_range import Chip

from .calendar_source import CalendarSource
from .days_off_words import MARK, language, occurrence_warning
from .labels import label, status_label

MAX_TEXT = 700


def _day_off(source: CalendarSource, owner_id: int | None, day: date) -> DayOff | None:
    """Whether a series occurrence's day is off for the series' site (its owner's), read on
    hover (the month's data path does not compute it)."""
    owner = source.people.get(owner_id) if owner_id is not None else None
    site = owner.site_id if owner is not None else None
    return days_off(day, day + timedelta(days=1), source.site_regions, source.closures,
                    () if site is None else (site,), language()).on(day)


def chip_tooltip(source: CalendarSource, chip: Chip, meeting_mode: bool) -> str:
    from html import escape  # with the first tooltip: its entity table is not for the start

    locale = QLocale()
    separator = " : " if locale.language() == QLocale.Language.French else ": "
    lines = [f"<b>{escape(chip.title)}</b>"]
    if chip.local is not None:
        lines.append(escape(locale.toString(chip.local.date(), "dddd d MMMM yyyy") + " "
                            + locale.toString(chip.local.time(), "HH:mm")))
    else:
        lines.append(escape(QCoreApplication.translate("tooltips", "Undated")))
    status = status_label(chip.status) if chip.status else \
        QCoreApplication.translate("tooltips", "Series occurrence (not written yet)")
    facts = [(QCoreApplication.translate("tooltips", "Status"), status)]
    networks = ", ".join(source.networks[n].label for n in chip.network_ids if n in source.networks)
    facts.append((QCoreApplication.translate("tooltips", "Networks"), networks))
    pillar = source.pillars.get(chip.pillar_id) if chip.pillar_id else None
    facts.append((QCoreApplication.translate("tooltips", "Pillar"), pillar.name if pillar else ""))
    owner = source.people.get(chip.owner_id) if chip.owner_id else None
    if owner is not None:
        who = owner.name if meeting_mode or not owner.email else f"{owner.name} <{owner.email}>"
        facts.append((QCoreApplication.translate("tooltips", "Owner"), who))
    series = source.series.get(chip.series_id) if chip.series_id else None
    if series is not None:
        moved = " " + QCoreApplication.translate("tooltips", "(moved)") if chip.moved else ""
        facts.append((QCoreApplication.translate("tooltips", "Series"), series.name + moved))
    event = source.events.get(chip.event_id) if chip.event_id else None
    if event is not None:
        facts.append((QCoreApplication.translate("tooltips", "Event"), event.title))
    post = source.post(chip.post_id) if chip.post_id is not None else None
    if post is not None:
        facts.append((QCoreApplication.translate("tooltips", "Kind"), label(post.kind)))
        facts.append((QCoreApplication.translate("tooltips", "Media needed"), post.media_needed))
        if post.content_due:
            facts.append((QCoreApplication.translate("tooltips", "Content due"),
                          locale.toString(post.content_due, QLocale.FormatType.ShortFormat)))
    if post is not None and post.updated_by:  # a team plan names who changed it last
        facts.append((QCoreApplication.translate("tooltips", "Changed by"), post.updated_by))
    if chip.sensitive:
        facts.append((QCoreApplication.translate("tooltips", "Sensitive"),
                      QCoreApplication.translate("tooltips", "exceptional validation circuit")))
    lines += [f"{escape(name)}{separator}{escape(value)}" for name, value in facts if value]
    if series is not None and chip.local is not None:
        off = _day_off(source, series.owner_id, chip.local.date())
        if off is not None:
            lines.append(f"<span style='color:#b00020'>{MARK} {escape(occurrence_warning(off))}</span>")
    if post is not None:
        if post.text:
            text = post.text if len(post.text) <= MAX_TEXT else post.text[:MAX_TEXT] + "…"
            lines.append("<hr>" + escape(text).replace("\n", "<br>"))
        if post.public_notes:
            notes = QCoreApplication.translate("tooltips", "Notes")
            lines.append(f"<i>{escape(notes)}</i>{separator}{escape(post.public_notes)}")
        if post.private_notes and not meeting_mode:
            private = QCoreApplication.translate("tooltips", "Private notes")
            lines.append(f"<i>{escape(private)}</i>{separator}{escape(post.private_notes)}")
    return "<qt>" + "<br>".join(lines) + "</qt>"
