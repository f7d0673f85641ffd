"""Cadence flags in the interface's language: why a day is shaded (tooltips, the fill dialog)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cmplanner.domain.cadence import DayFlag
from cmplanner.domain.entities import Network

from .editors.common import quoted


def flag_text(flag: DayFlag, network_label: str) -> str:
    if flag.kind == "overload":
        text = QCoreApplication.translate("Cadence", "{network}: %n posts this day, more than {limit} for the target {target}", "", flag.posts)
        return text.format(network=network_label, limit=flag.limit, target=quoted(flag.cadence))
    text = QCoreApplication.translate("Cadence", "{network}: no post for %n working day(s) in a row, against the target {target}", "", flag.run)
    return text.format(network=network_label, target=quoted(flag.cadence))


def flags_text(flags: list[DayFlag], networks: dict[int, Network]) -> str:
    lines = []
    for flag in flags:
        network = networks.get(flag.network_id)
        lines.append(flag_text(flag, network.label if network is not None else "?"))
    return "\n".join(lines)
