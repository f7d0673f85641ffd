"""The post editor's live counters: per network, how much of its limit the text uses (orange
near it, red over it), where the fold falls, and the reminders. The counting is the domain's
(network_limits); this only shows it, with the day the figures were checked beside it (the
tooltip) and a flag when that day is over a year old."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from cmplanner.domain.entities import MediaItem, Network
from cmplanner.domain.network_limits import (
    NetworkRules, check_media, check_text, counter, fold_index, needs_checking,
)

from ..messages import describe
from .common import format_date

COLOURS = {"ok": "#2e7d32", "near": "#c77700", "over": "#c62828"}


class VariantCounter(QLabel):
    """"123 / 280" for one network, coloured by how close the text is to the limit."""

    def __init__(self, network: Network, rules: NetworkRules, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"counter_{network.id}")
        self.setWordWrap(True)
        self.network, self.rules = network, rules
        self.level = "ok"
        self._shown: tuple | None = None
        self.stale = needs_checking(rules.verified_on, today or date.today())
        self.setToolTip(checked_on_text(rules))

    def show_text(self, text: str, title: str = "", media: list[MediaItem] | None = None) -> None:
        key = (text, title, tuple(id(m) for m in media or ()))
        if key == self._shown:
            return  # another network's variant changed: this counter stays as it is
        self._shown = key
        count = counter(text, self.rules)
        self.level = count.level
        parts = [self.tr("%n character(s)", "", count.used) if count.limit is None
                 else self.tr("{used} / {limit}").format(used=count.used, limit=count.limit)]
        if count.bytes_limit:
            parts.append(self.tr("{used} / {limit} bytes").format(used=count.bytes_used,
                                                                limit=count.bytes_limit))
        if count.over_by:
            parts.append(self.tr("%n too many", "", count.over_by))
        if fold_index(text, self.rules) is not None:
            parts.append(self.tr("“… more” after %n character(s)", "", self.rules.fold or 0))
        findings = check_text(text, self.rules, self.network.label, title)
        findings += check_media(media or [], self.rules, self.network.label)
        notes = [("⛔ " if f.hard else "⚠ ") + describe(f.message) for f in findings
                 if f.rule != "length"]
        if self.stale:
            notes.append("🕓 " + self.tr("These limits were checked over a year ago: compare them "
                                        "with the network's own pages (Edit ▸ Network limits)."))
        colour = COLOURS[self.level]
        head = " · ".join(parts)
        body = "".join(f"<br>{n}" for n in notes)
        self.setText(f'<span style="color:{colour}; font-weight:bold">{head}</span>'
                     f'<span style="color:#555">{body}</span>')


def checked_on_text(rules: NetworkRules) -> str:
    """When ``rules``' figures were checked against the network's own pages, text and media,
    and on which pages (a level can be partly checked: its own date stays until all are)."""
    translate = QCoreApplication.translate
    if rules.verified_on:
        text = translate("VariantCounter", "Limits of {network} checked on {date}").format(
            network=rules.label, date=format_date(rules.verified_on))
    else:
        text = translate("VariantCounter", "Limits of {network} not checked yet").format(
            network=rules.label)
    if rules.media.verified_on:
        media = translate("VariantCounter", "media limits checked on {date}").format(
            date=format_date(rules.media.verified_on))
    else:
        media = translate("VariantCounter", "media limits from schedulers' guidelines, not "
                          "checked on the network's pages yet")
    lines = [text, media]
    for source in rules.sources + rules.media.sources:
        lines.append(translate("VariantCounter", "%n figure(s) checked on {date}: {url}", "",
                               len(source.limits)).format(date=format_date(source.verified_on),
                                                          url=source.url))
    return "\n".join(lines)
