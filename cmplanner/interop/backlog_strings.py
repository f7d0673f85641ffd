"""Words of the team backlog exports, in the plan's language.

The backlog is plan content read outside the app (a browser, a spreadsheet), so its wording comes
from this small table keyed by the plan's language rather than from Qt's translations. Dates are
formatted here too, without the system locale, so an export reads the same on every machine.
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("fr", "en")

TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "crisis": "Crise en cours depuis le {when}\u00a0: {reason}. Les publications programmées de la période sont suspendues\u00a0; toute nouvelle publication passe par le circuit exceptionnel.",
        "title": "Planning de l'équipe", "generated": "Généré le {when} depuis le plan « {plan} »",
        "file": "fichier {file}", "window": "Du {start} au {end} ({weeks} semaines)",
        "filters": "Filtres", "person": "Personne", "network": "Réseau", "pillar": "Pilier",
        "status": "Statut", "search": "Rechercher", "all": "Tous", "everyone": "Tout le monde",
        "reset": "Effacer les filtres", "shown": "{shown} sur {total}",
        "filters_note": "Un filtre qui ne concerne pas une section la laisse entière.",
        "noscript": "Activez JavaScript pour afficher le planning et ses filtres.",
        "calendar": "Calendrier par réseau", "backlog": "À faire : idées, brouillons, validations",
        "requests": "Demandes de contenu", "events": "Événements à venir et leur promotion",
        "duties": "Qui fait quoi", "day": "Jour", "no_network": "Sans réseau",
        "nothing": "Rien à afficher.", "date": "Date", "time": "Heure", "post": "Publication",
        "networks": "Réseaux", "owner": "Responsable", "waiting_for": "En attente de",
        "since": "Depuis", "approvals": "Validations", "due": "Échéance",
        "content_due": "Contenu attendu", "undated": "Sans date", "topic": "Sujet",
        "requester": "Demandé par", "assignee": "Confié à", "overdue": "En retard",
        "media_offered": "Médias proposés", "details": "Détails", "event": "Événement",
        "kind": "Type", "where": "Lieu", "organisers": "Organisateurs",
        "promotion": "Publications de promotion", "role": "Rôle", "what": "Quoi",
        "section": "Section", "about": "Concerne", "series": "Série", "media_needed": "Médias à prévoir",
        "notes": "Notes", "text": "Texte", "start": "Début", "end": "Fin", "all_day": "toute la journée",
        "print": "Imprimer", "people": "Personnes", "colon": " : ",
        "sheet_calendar": "Calendrier", "sheet_backlog": "À faire", "sheet_requests": "Demandes",
        "sheet_events": "Événements", "sheet_duties": "Qui fait quoi", "yes": "oui", "more": "Afficher les {n} autres",
    },
    "en": {
        "crisis": "Crisis since {when}: {reason}. Scheduled posts of the period are on hold; every new post goes through the exceptional circuit.",
        "title": "Team plan", "generated": "Generated on {when} from the plan “{plan}”",
        "file": "file {file}", "window": "From {start} to {end} ({weeks} weeks)",
        "filters": "Filters", "person": "Person", "network": "Network", "pillar": "Pillar",
        "status": "Status", "search": "Search", "all": "All", "everyone": "Everyone",
        "reset": "Clear filters", "shown": "{shown} of {total}",
        "filters_note": "A filter that does not concern a section leaves it whole.",
        "noscript": "Turn JavaScript on to see the plan and its filters.",
        "calendar": "Calendar by network", "backlog": "To do: ideas, drafts, validations",
        "requests": "Content requests", "events": "Upcoming events and their promotion",
        "duties": "Who does what", "day": "Day", "no_network": "No network",
        "nothing": "Nothing to show.", "date": "Date", "time": "Time", "post": "Post",
        "networks": "Networks", "owner": "Owner", "waiting_for": "Waiting for",
        "since": "Since", "approvals": "Approvals", "due": "Due",
        "content_due": "Content due", "undated": "Undated", "topic": "Topic",
        "requester": "Requested by", "assignee": "Assigned to", "overdue": "Overdue",
        "media_offered": "Media offered", "details": "Details", "event": "Event",
        "kind": "Kind", "where": "Where", "organisers": "Organisers",
        "promotion": "Promotion posts", "role": "Role", "what": "What",
        "section": "Section", "about": "About", "series": "Series", "media_needed": "Media needed",
        "notes": "Notes", "text": "Text", "start": "Start", "end": "End", "all_day": "all day",
        "print": "Print", "people": "People", "colon": ": ",
        "sheet_calendar": "Calendar", "sheet_backlog": "To do", "sheet_requests": "Requests",
        "sheet_events": "Events", "sheet_duties": "Who does what", "yes": "yes", "more": "Show the {n} others",
    },
}

VALUES: dict[str, dict[str, str]] = {
    "fr": {
        # post statuses, and a series occurrence no post replaces yet
        "idea": "Idée", "draft": "Brouillon", "to_validate": "À valider", "approved": "Validé",
        "scheduled": "Programmé", "published": "Publié", "cancelled": "Annulé",
        "occurrence": "Occurrence de série",
        # request statuses
        "open": "Ouverte", "accepted": "Acceptée", "in_progress": "En cours", "done": "Faite",
        "declined": "Refusée",
        # event kinds
        "meetup": "Rencontre", "workshop": "Atelier", "seminar": "Séminaire",
        "company_visit": "Visite d'entreprise", "award_ceremony": "Remise de prix",
        "digital_lunch": "Midi numérique", "trade_show": "Salon", "other": "Autre",
        # roles in the plan and parts in a task
        "community_manager": "Community manager", "management": "Direction",
        "web_referent": "Référent web", "ambassador": "Ambassadeur", "approver": "Validation",
        "employee": "Collaborateur", "owner": "Responsable", "requester": "Demandeur",
        "assignee": "Chargé de la demande", "organiser": "Organisation",
        # sections of who does what
        "post": "Publication", "request": "Demande", "event": "Événement",
    },
    "en": {
        "idea": "Idea", "draft": "Draft", "to_validate": "To validate", "approved": "Approved",
        "scheduled": "Scheduled", "published": "Published", "cancelled": "Cancelled",
        "occurrence": "Series occurrence",
        "open": "Open", "accepted": "Accepted", "in_progress": "In progress", "done": "Done",
        "declined": "Declined",
        "meetup": "Meetup", "workshop": "Workshop", "seminar": "Seminar",
        "company_visit": "Company visit", "award_ceremony": "Award ceremony",
        "digital_lunch": "Digital-skills lunch", "trade_show": "Trade show", "other": "Other",
        "community_manager": "Community manager", "management": "Management",
        "web_referent": "Web referent", "ambassador": "Ambassador", "approver": "Approver",
        "employee": "Employee", "owner": "Owner", "requester": "Requester",
        "assignee": "Assignee", "organiser": "Organiser",
        "post": "Post", "request": "Request", "event": "Event",
    },
}

POST_STATUS_ORDER = ("idea", "draft", "to_validate", "approved", "scheduled", "published",
                     "occurrence")

_DAYS = {"fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
         "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
_MONTHS = {"fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                  "oct.", "nov.", "déc."),
           "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")}


def language_of(language: str) -> str:
    return language if language in LANGUAGES else "en"


def text(language: str) -> dict[str, str]:
    return TEXT[language_of(language)]


def value_label(language: str, value: str) -> str:
    return VALUES[language_of(language)].get(value, value)


def day_label(language: str, day: date) -> str:
    """"lun. 16 mars" / "Mon 16 Mar"."""
    lang = language_of(language)
    return f"{_DAYS[lang][day.weekday()]} {day.day} {_MONTHS[lang][day.month - 1]}"


def date_label(language: str, day: date | None) -> str:
    if day is None:
        return ""
    return f"{day:%d/%m/%Y}" if language_of(language) == "fr" else f"{day.day} {_MONTHS['en'][day.month - 1]} {day.year}"


def time_label(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment:%H:%M}"


def datetime_label(language: str, moment: datetime | None) -> str:
    if moment is None:
        return ""
    joiner = " à " if language_of(language) == "fr" else " at "
    return date_label(language, moment.date()) + joiner + time_label(moment)
