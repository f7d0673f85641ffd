"""How cmplanner's own fields are written into (and read back from) SUMMARY and DESCRIPTION.

SUMMARY is the network prefix and the title ("[LinkedIn] Title"); DESCRIPTION is the text, then a
marker line, then the plan's notes (pillar, status, owner, approvals) in the plan's language. Our
own import takes the text back before the last marker. Private notes are never written.
"""

from __future__ import annotations

from cmplanner.domain.enums import Decision, EventKind, PostStatus

MARKER = "\n\n———\n"

LABELS = {
    "fr": {"pillar": "Pilier", "status": "Statut", "owner": "Responsable",
           "approvals": "Validations", "kind": "Type", "series": "Série",
           "approve": "validé", "reject": "refusé", "on": "le"},
    "en": {"pillar": "Pillar", "status": "Status", "owner": "Owner",
           "approvals": "Approvals", "kind": "Type", "series": "Series",
           "approve": "approved", "reject": "rejected", "on": "on"},
}

STATUS_WORDS = {
    "fr": {PostStatus.IDEA: "idée", PostStatus.DRAFT: "brouillon",
           PostStatus.TO_VALIDATE: "à valider", PostStatus.APPROVED: "validé",
           PostStatus.SCHEDULED: "programmé", PostStatus.PUBLISHED: "publié",
           PostStatus.CANCELLED: "annulé", PostStatus.ON_HOLD: "suspendu (crise)"},
    "en": {PostStatus.IDEA: "idea", PostStatus.DRAFT: "draft",
           PostStatus.TO_VALIDATE: "to validate", PostStatus.APPROVED: "approved",
           PostStatus.SCHEDULED: "scheduled", PostStatus.PUBLISHED: "published",
           PostStatus.CANCELLED: "cancelled", PostStatus.ON_HOLD: "on hold (crisis)"},
}


_CONTROL = {c: None for c in range(32) if c not in (9, 10)}
_CONTROL[127] = None


def clean(text: str) -> str:
    """Text as iCalendar may carry it: line ends as LF (written as \\n), no control characters.

    ``icalendar`` reads a literal backslash + capital N in a value as a line end when it writes
    it, so that rare pair is turned into a line end here too (export then import stays stable).
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)
    # After the control characters are gone: "\\<US>N" would otherwise become "\\N" again.
    return text.replace("\\N", "\n")


KIND_WORDS = {
    "fr": {EventKind.MEETUP: "Rencontre", EventKind.WORKSHOP: "Atelier",
           EventKind.SEMINAR: "Séminaire", EventKind.COMPANY_VISIT: "Visite d'entreprise",
           EventKind.AWARD_CEREMONY: "Remise de prix", EventKind.DIGITAL_LUNCH: "Midi numérique",
           EventKind.TRADE_SHOW: "Salon", EventKind.OTHER: "Autre"},
    "en": {EventKind.MEETUP: "Meetup", EventKind.WORKSHOP: "Workshop",
           EventKind.SEMINAR: "Seminar", EventKind.COMPANY_VISIT: "Company visit",
           EventKind.AWARD_CEREMONY: "Award ceremony", EventKind.DIGITAL_LUNCH: "Digital-skills lunch",
           EventKind.TRADE_SHOW: "Trade show", EventKind.OTHER: "Other"},
}


def kind_word(kind: EventKind, language: str) -> str:
    return KIND_WORDS.get(language, KIND_WORDS["en"])[kind]


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def status_word(status: PostStatus, language: str) -> str:
    return STATUS_WORDS.get(language, STATUS_WORDS["en"])[status]


def decision_word(decision: Decision, language: str) -> str:
    return labels(language)["approve" if decision is Decision.APPROVE else "reject"]


def prefix(network_names: list[str]) -> str:
    return f"[{', '.join(network_names)}] " if network_names else ""


def summary(network_names: list[str], title: str) -> str:
    return prefix(network_names) + clean(title)


def title_from_summary(value: str, network_names: list[str]) -> str:
    head = prefix(network_names)
    return value[len(head):] if head and value.startswith(head) else value


def description(text: str, notes: list[str]) -> str:
    notes = [clean(n) for n in notes if n]
    if not notes:
        return clean(text)
    if not clean(text):  # no blank lines above the notes when there is no text
        return MARKER.lstrip("\n") + "\n".join(notes)
    return clean(text) + MARKER + "\n".join(notes)


def text_from_description(value: str) -> str:
    """The text part of one of our descriptions (everything before the last marker)."""
    if MARKER in value:
        return value.rsplit(MARKER, 1)[0]
    if value.startswith(MARKER.lstrip("\n")):
        return ""
    return value
