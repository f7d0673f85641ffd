"""Starting a plan of one's own: the answers of the guided set-up written as a new plan.

The welcome screen and File ▸ New plan… ask the questions (ui/new_plan_wizard.py); this module
checks the answers with the domain's rules and writes the whole plan in one transaction, so a
refused answer leaves no half-made file behind.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cmplanner.domain.cadence import parse_cadence
from cmplanner.domain.entities import Network, Person, Pillar, PlanSettings
from cmplanner.domain.entity_checks import validate_person
from cmplanner.domain.enums import NetworkKind, Role
from cmplanner.domain.errors import DomainError
from cmplanner.domain.validation import validate_pillar, validate_settings
from cmplanner.storage.store import PlanStore

# Pillar colours given in order when the set-up does not choose them (distinct, readable).
PILLAR_COLOURS = ("#b5651d", "#2e86ab", "#3c9d5d", "#8e44ad", "#d35400", "#c0392b", "#16a085",
                  "#7f8c8d")


@dataclass(frozen=True)
class NetworkAnswer:
    kind: NetworkKind
    cadence: str = ""  # "3 per week", "1 par jour"... (domain/cadence.py)
    name: str = ""  # empty: the network's own name
    handle: str = ""


@dataclass(frozen=True)
class PillarAnswer:
    name: str
    target_share: int = 0  # percent of posts
    colour: str = ""  # empty: the next colour of PILLAR_COLOURS


@dataclass(frozen=True)
class PersonAnswer:
    name: str
    email: str = ""
    role: Role = Role.EMPLOYEE


@dataclass(frozen=True)
class NewPlanAnswers:
    """What the guided set-up asks: company and plan, time zone, networks with their cadence,
    pillars with their target share, me (the community manager) and my team."""
    company: str
    plan_name: str = ""  # empty: "<company> — editorial plan" in the plan's language
    timezone: str = "Europe/Paris"
    language: str = "fr"
    networks: tuple[NetworkAnswer, ...] = ()
    pillars: tuple[PillarAnswer, ...] = ()
    me: PersonAnswer | None = None
    team: tuple[PersonAnswer, ...] = field(default_factory=tuple)

    def settings(self) -> PlanSettings:
        name = self.plan_name.strip()
        if not name and self.company.strip():
            name = (f"{self.company.strip()} — plan éditorial" if self.language == "fr"
                    else f"{self.company.strip()} — editorial plan")
        return PlanSettings(name, self.timezone, self.language)


def check_answers(answers: NewPlanAnswers) -> None:
    """Raise DomainError naming the first answer that cannot make a plan."""
    if not answers.company.strip():
        raise DomainError("The plan needs a company name.")
    validate_settings(answers.settings())
    for network in answers.networks:
        parse_cadence(network.cadence)
    kinds = [n.kind for n in answers.networks if n.kind is not NetworkKind.OTHER]
    if len(kinds) != len(set(kinds)):
        raise DomainError("A network is chosen twice.")
    for pillar in _pillars(answers):
        validate_pillar(pillar)
    total = sum(p.target_share for p in answers.pillars)
    if total > 100:
        raise DomainError("The pillars' target shares add up to {total} %: at most 100.", total=total)
    names = [p.name.strip().casefold() for p in answers.pillars]
    if len(names) != len(set(names)):
        raise DomainError("Two pillars have the same name.")
    for person in _people(answers):
        validate_person(person)


def plan_is_empty(store: PlanStore) -> bool:
    """True when ``store`` holds no post, series, event, person or request yet."""
    return not any(store.counts().values())


def write_new_plan(store: PlanStore, answers: NewPlanAnswers) -> None:
    """Write the answers into the empty plan ``store``, in one transaction."""
    check_answers(answers)
    if not plan_is_empty(store):
        raise DomainError("This plan already holds items: a new plan goes into a new file.")
    with store.transaction():
        store.save_settings(answers.settings())
        for network in answers.networks:
            store.networks.save(Network(network.kind, network.name.strip(), network.handle.strip(),
                                        network.cadence.strip()))
        for pillar in _pillars(answers):
            store.pillars.save(pillar)
        for person in _people(answers):
            store.people.save(person)


def create_plan_file(path: Path, answers: NewPlanAnswers) -> Path:
    """A new plan file at ``path`` holding the answers; an existing plan is never overwritten."""
    check_answers(answers)
    if path.exists() and path.stat().st_size:
        raise DomainError("“{name}” already exists: a new plan goes into a new file.", name=path.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    store = PlanStore.open(path, create=True)
    try:
        write_new_plan(store, answers)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    store.close()
    return path


def suggested_plan_path(folder: Path, company: str) -> Path:
    """A file name in ``folder`` from the company's name, never one that exists already."""
    stem = "".join(c if c.isalnum() else "-" for c in company.strip().lower()).strip("-")
    stem = "-".join(part for part in stem.split("-") if part) or "plan"
    candidate, n = folder / f"{stem}.cmplan", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}.cmplan", n + 1
    return candidate


def _pillars(answers: NewPlanAnswers) -> list[Pillar]:
    return [Pillar(p.name.strip(), p.colour or PILLAR_COLOURS[i % len(PILLAR_COLOURS)], "",
                   p.target_share) for i, p in enumerate(answers.pillars)]


def _people(answers: NewPlanAnswers) -> list[Person]:
    people = []
    if answers.me is not None and answers.me.name.strip():
        people.append(Person(answers.me.name.strip(), answers.me.email.strip(), {Role.COMMUNITY_MANAGER}))
    people += [Person(p.name.strip(), p.email.strip(), {p.role}) for p in answers.team if p.name.strip()]
    return people
