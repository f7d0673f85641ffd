"""Words of the review documents and charts (the management review pack, meeting minutes, the
ambassador kit), in the plan's language: like the team backlog, they are read outside the app,
so their wording comes from this table rather than from Qt's translations."""

from __future__ import annotations

from cmplanner.domain.enums import PostStatus

LANGUAGES = ("fr", "en")

_FR = {
    "title": "Revue de direction", "period": "Période", "generated": "généré le",
    "summary": "En bref", "coverage": "Couverture par la charte", "waiting": "En attente de validation",
    "crisis_posts": "Publications sensibles", "events_held": "Événements tenus",
    "line": "Ligne éditoriale", "version": "Version", "validated_by": "Validée par",
    "validated_on": "le", "replaced_on": "Remplacée le",
    "line_validated": "Version {version}, validée par {name} le {date}.",
    "line_unvalidated": "Version {version}, pas encore validée.",
    "cadence_kept": "Cadence tenue", "network": "Réseau", "expected": "Attendues",
    "pillar_balance": "Équilibre des piliers", "pillar": "Pilier", "posts": "Publications",
    "coverage_text": "{covered} publications sur {total} couvertes par la charte ({share})\u00a0; cible\u00a0: 95\u00a0%.",
    "approvals": "Validations", "post": "Publication", "who": "Qui", "when": "Quand",
    "round": "Tour", "decision": "Décision", "approve": "validée", "reject": "refusée",
    "refusals": "{approved} validations, {refused} refus.",
    "none": "Rien sur la période.", "crisis": "Crises et publications sensibles",
    "reason": "Motif", "start": "Début", "end": "Fin", "held": "Publications suspendues",
    "date": "Date", "status": "Statut", "event": "Événement", "where": "Lieu",
    "requests": "Demandes du terrain", "referent": "Référent", "workload": "Charge de travail",
    "over": "Semaines au-delà de la capacité\u00a0: {weeks}.", "results": "Résultats",
    "ongoing": "en cours", "how": "Déroulement",
    "cadence_legend": "prévues/publiées, rouge\u00a0: sous la cadence, vert\u00a0: au-dessus",
    "busiest": "les {n} plus chargés", "planned": "Prévues", "published": "Publiées", "cadence": "Cadence visée", "week": "Semaine",
    "actual": "Réel", "target": "Cible", "hours": "Heures", "received": "Reçues",
    "answered": "Traitées", "overdue": "En retard", "reach": "Portée", "reactions": "Réactions",
    "comments": "Commentaires", "shares": "Partages",
    "chart_cadence": "Publications prévues et publiées par réseau et semaine",
    "chart_pillars": "Répartition par pilier et cible de la ligne éditoriale",
    "chart_audiences": "Répartition par cible",
    "chart_funnel": "Où en sont les publications", "chart_coverage": "Couverture par la charte",
    "chart_workload": "Charge estimée par personne et semaine",
    "chart_requests": "Demandes du terrain par référent",
    "chart_results_network": "Résultats par réseau", "chart_results_pillar": "Résultats par pilier",
    "waiting_line": "{n} en attente de validation, la plus ancienne depuis {days} j",
    "coverage_line": "{covered} sur {total}\u00a0: {share}",
    "status_idea": "Idée", "status_draft": "Brouillon", "status_to_validate": "À valider",
    "status_approved": "Validée", "status_scheduled": "Programmée", "status_published": "Publiée",
    "status_cancelled": "Annulée", "status_on_hold": "Suspendue",
}
_EN = {
    "title": "Management review", "period": "Period", "generated": "generated on",
    "summary": "At a glance", "coverage": "Charter coverage", "waiting": "Waiting for validation",
    "crisis_posts": "Sensitive posts", "events_held": "Events held",
    "line": "Editorial line", "version": "Version", "validated_by": "Validated by",
    "validated_on": "on", "replaced_on": "Replaced on",
    "line_validated": "Version {version}, validated by {name} on {date}.",
    "line_unvalidated": "Version {version}, not validated yet.",
    "cadence_kept": "Cadence kept", "network": "Network", "expected": "Expected",
    "pillar_balance": "Pillar balance", "pillar": "Pillar", "posts": "Posts",
    "coverage_text": "{covered} posts of {total} covered by the charter ({share}); target: 95 %.",
    "approvals": "Approvals", "post": "Post", "who": "Who", "when": "When",
    "round": "Round", "decision": "Decision", "approve": "approved", "reject": "refused",
    "refusals": "{approved} approvals, {refused} refusals.",
    "none": "Nothing in the period.", "crisis": "Crises and sensitive posts",
    "reason": "Reason", "start": "Start", "end": "End", "held": "Posts held",
    "date": "Date", "status": "Status", "event": "Event", "where": "Where",
    "requests": "Requests from the field", "referent": "Referent", "workload": "Workload",
    "over": "Weeks over capacity: {weeks}.", "results": "Results",
    "ongoing": "ongoing", "how": "How it went",
    "cadence_legend": "planned/published, red: under the cadence, green: above",
    "busiest": "the {n} busiest", "planned": "Planned", "published": "Published", "cadence": "Cadence target", "week": "Week",
    "actual": "Actual", "target": "Target", "hours": "Hours", "received": "Received",
    "answered": "Answered", "overdue": "Overdue", "reach": "Reach", "reactions": "Reactions",
    "comments": "Comments", "shares": "Shares",
    "chart_cadence": "Posts planned and published per network and week",
    "chart_pillars": "Pillar mix against the editorial line's targets",
    "chart_audiences": "Audience mix",
    "chart_funnel": "Where the posts stand", "chart_coverage": "Charter coverage",
    "chart_workload": "Estimated workload per person and week",
    "chart_requests": "Requests from the field per referent",
    "chart_results_network": "Results per network", "chart_results_pillar": "Results per pillar",
    "waiting_line": "{n} waiting for validation, the oldest for {days} d",
    "coverage_line": "{covered} of {total}: {share}",
    "status_idea": "Idea", "status_draft": "Draft", "status_to_validate": "To validate",
    "status_approved": "Approved", "status_scheduled": "Scheduled", "status_published": "Published",
    "status_cancelled": "Cancelled", "status_on_hold": "On hold",
}
TEXT = {"fr": _FR, "en": _EN}


def words(language: str) -> dict[str, str]:
    return TEXT.get(language, _FR)


def status_word(status: PostStatus, language: str) -> str:
    return words(language).get("status_" + status.value, status.value)


def format_date(value, language: str) -> str:
    return value.strftime("%d/%m/%Y" if language == "fr" else "%Y-%m-%d")


def format_datetime(value, language: str) -> str:
    return value.strftime("%d/%m/%Y %H:%M" if language == "fr" else "%Y-%m-%d %H:%M")


def percent(value: float | None, language: str) -> str:
    if value is None:
        return "—"
    return f"{100 * value:.0f}\u00a0%" if language == "fr" else f"{100 * value:.0f} %"
