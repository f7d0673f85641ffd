"""The post editor's live counters: per network, how much of its limit the text uses (orange
near it, red over it), where the fold falls, and the reminders. The counting is the domain's
(network_limits); this only shows it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from cmplanner.domain.entities import MediaItem, Network
from cmplanner.domain.network_limits import (
    NetworkRules, check_media, check_text, counter, fold_index,
)

from ..messages import describe

COLOURS = {"ok": "#2e7d32", "near": "#c77700", "over": "#c62828"}


class VariantCounter(QLabel):
    """"123 / 280" for one network, coloured by how close the text is to the limit."""

    def __init__(self, network: Network, rules: NetworkRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"counter_{network.id}")
        self.setWordWrap(True)
        self.network, self.rules = network, rules
        self.level = "ok"
        self._shown: tuple | None = None

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
        colour = COLOURS[self.level]
        head = " · ".join(parts)
        body = "".join(f"<br>{n}" for n in notes)
        self.setText(f'<span style="color:{colour}; font-weight:bold">{head}</span>'
                     f'<span style="color:#555">{body}</span>')
        verified = self.rules.verified_on.isoformat() if self.rules.verified_on else "?"
        self.setToolTip(self.tr("Limits of {network} checked on {date}").format(
            network=self.rules.label, date=verified))
