"""The demo plan a first-time user sees: Ateliers Morel, a regional furniture maker.

Dates are laid out around ``today`` (a month back, two months ahead), so the calendar always
looks alive. Text is French: the users are French companies.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from cmplanner.domain.entities import (
    Approval, Audience, Charter, ContentRequest, CrisisCircuit, EditorialLine, Event, Network,
    Person, Pillar, PlanSettings, Post, Series, Site,
)
from cmplanner.domain.enums import (
    Decision, EventKind, NetworkKind, PostKind, PostStatus, RequestStatus, Role,
)
from cmplanner.domain.promotion import default_plan
from cmplanner.domain.recurrence import move, occurrences, skip
from cmplanner.domain.timezones import local_datetime
from cmplanner.storage.store import PlanStore

from .events import save_event

ZONE = "Europe/Paris"

IDEAS = [
    ("Coulisses : le choix du chêne chez nos fournisseurs", "Suivre un arrivage de bois de la scierie à l'atelier."),
    ("Avant/après : restauration d'un buffet des années 50", "Photos de Thomas, atelier de Saumur."),
    ("Quiz : reconnaissez-vous ces essences de bois ?", "Format carrousel, 5 essences."),
    ("Témoignage d'une apprentie ébéniste", "À croiser avec la campagne alternance."),
    ("Nos chutes de bois deviennent des jouets 🎁", "Partenariat avec l'ESAT de Cholet."),
    ("Time-lapse : une table en 60 secondes", "Vidéo verticale pour Instagram."),
]

POSTS = [
    ("Notre atelier de Cholet fête ses 40 ans 🎉", "Quarante ans de savoir-faire et 62 artisans. Merci à toutes et à tous !"),
    ("Offre d'emploi : ébéniste H/F à Cholet", "Rejoignez une équipe passionnée. CDI, atelier de Cholet."),
    ("Les gestes de l'ébéniste : le chevillage", "Un geste ancestral, expliqué par Marc, 25 ans de métier."),
    ("Nouvelle collection « Loire » : le bois local à l'honneur", "Chêne et noyer des forêts de l'Anjou."),
    ("Nos artisans formés aux finitions écologiques", "Vernis à l'eau, huiles naturelles : on vous explique."),
    ("Retour en images sur notre participation au salon de l'habitat", "Merci pour vos visites !"),
    ("Bilan carbone 2025 : ce qui a changé", "Moins 18 % d'émissions sur nos livraisons."),
    ("Atelier ouvert aux scolaires de Saumur", "Trois classes de 3e ont découvert nos métiers."),
    ("Le saviez-vous ? Un meuble Morel se répare à vie", "Notre service après-vente en chiffres."),
    ("Bienvenue à nos 6 nouveaux alternants", "Ils ont fait leur rentrée à Angers et Cholet."),
    ("Collecte de meubles usagés : bilan du trimestre", "2,3 tonnes remises en circuit."),
    ("Rencontre avec Inès, designer de la collection Loire", "Ses inspirations, ses croquis."),
    ("Nos showrooms ouverts le dimanche en décembre", "Angers et Saumur, de 10 h à 18 h."),
    ("Conseil d'entretien : nourrir un plateau en chêne", "Trois gestes simples."),
    ("Partenariat avec le lycée professionnel du bois", "Stages et plateaux techniques partagés."),
    ("Chiffres clés 2025 de la coopérative de bois local", "Infographie."),
]


def build_demo_plan(store: PlanStore, today: date | None = None, seed: int = 7) -> None:
    """Fill an empty ``store`` with the demo plan, in one transaction."""
    today = today or date.today()
    rng = random.Random(seed)
    with store.transaction():
        _fill(store, today, rng)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return local_datetime(day, time(hour, minute), ZONE)


def _fill(store: PlanStore, today: date, rng: random.Random) -> None:
    store.save_settings(PlanSettings("Ateliers Morel — plan éditorial", ZONE, "fr", 30))

    angers = store.sites.save(Site("Siège et showroom d'Angers", "12 rue des Ponts-de-Cé, 49000 Angers"))
    cholet = store.sites.save(Site("Atelier de Cholet", "ZA de la Bergerie, 49300 Cholet"))
    saumur = store.sites.save(Site("Showroom de Saumur", "3 quai Mayaud, 49400 Saumur"))

    def person(name: str, email: str, roles: set[Role], site: Site | None = None) -> Person:
        return store.people.save(Person(name, email, roles, site.id if site else None))

    camille = person("Camille Lefèvre", "camille.lefevre@ateliers-morel.fr", {Role.COMMUNITY_MANAGER}, angers)
    philippe = person("Philippe Morel", "philippe.morel@ateliers-morel.fr", {Role.MANAGEMENT}, angers)
    sophie = person("Sophie Bernard", "sophie.bernard@ateliers-morel.fr", {Role.MANAGEMENT, Role.APPROVER}, angers)
    julien = person("Julien Garnier", "julien.garnier@ateliers-morel.fr", {Role.APPROVER}, angers)
    elodie = person("Élodie Martin", "elodie.martin@ateliers-morel.fr", {Role.WEB_REFERENT}, cholet)
    thomas = person("Thomas Petit", "thomas.petit@ateliers-morel.fr", {Role.WEB_REFERENT}, saumur)
    nadia = person("Nadia Haddad", "nadia.haddad@ateliers-morel.fr", {Role.WEB_REFERENT, Role.AMBASSADOR}, angers)
    lucas = person("Lucas Robin", "lucas.robin@ateliers-morel.fr", {Role.AMBASSADOR}, cholet)
    manon = person("Manon Girard", "manon.girard@ateliers-morel.fr", {Role.AMBASSADOR}, saumur)
    person("Hugo Fontaine", "hugo.fontaine@ateliers-morel.fr", {Role.EMPLOYEE}, cholet)

    store.save_editorial_line(EditorialLine(
        "Faire connaître le savoir-faire des Ateliers Morel, attirer des talents vers nos métiers "
        "du bois et montrer notre engagement pour l'Anjou.\n"
        "Ton : chaleureux, concret, fier sans être vantard. Tutoiement interdit, emojis avec modération.",
        "2026.2", philippe.id, today - timedelta(days=45)))

    craft = store.pillars.save(Pillar("Savoir-faire", "#b5651d", "Gestes, métiers, matières.", 30))
    people_p = store.pillars.save(Pillar("Nos équipes", "#2e86ab", "Portraits, recrutement, alternance.", 25))
    csr = store.pillars.save(Pillar("Engagement local & RSE", "#3c9d5d", "Bois local, réemploi, écoles.", 20))
    product = store.pillars.save(Pillar("Collections", "#8e44ad", "Nouveautés, conseils d'entretien.", 15))
    news = store.pillars.save(Pillar("Vie de l'entreprise", "#d35400", "Événements, chiffres, presse.", 10))
    pillars = [craft, people_p, csr, product, news]

    audiences = [
        store.audiences.save(Audience("Candidats et étudiants", "Ébénistes, alternants, écoles du bois.")),
        store.audiences.save(Audience("Clients particuliers", "Amateurs de mobilier durable.")),
        store.audiences.save(Audience("Prescripteurs", "Architectes d'intérieur, décorateurs.")),
        store.audiences.save(Audience("Acteurs locaux", "Élus, presse régionale, partenaires.")),
    ]

    linkedin = store.networks.save(Network(NetworkKind.LINKEDIN, "LinkedIn", "ateliers-morel", "3 par semaine"))
    instagram = store.networks.save(Network(NetworkKind.INSTAGRAM, "Instagram", "@ateliersmorel", "4 par semaine"))
    facebook = store.networks.save(Network(NetworkKind.FACEBOOK, "Facebook", "AteliersMorel", "1 par jour"))
    newsletter = store.networks.save(Network(NetworkKind.NEWSLETTER, "Lettre mensuelle", "", "1 par mois"))
    networks = [linkedin, instagram, facebook]
    # Answering comments and messages takes time every week, whatever is published.
    from cmplanner.domain.workload import WorkloadSettings

    store.save_workload_settings(WorkloadSettings(
        moderation_minutes={facebook.id: 90, instagram.id: 60, linkedin.id: 45}))  # type: ignore[dict-item]

    store.save_charter(Charter(
        "La charte couvre les publications courantes des piliers Savoir-faire, Nos équipes, "
        "Collections et Engagement local : elles sont programmées sans validation. Toute prise de "
        "parole sur un sujet sensible (crise, avis négatif, polémique) passe par le circuit exceptionnel.",
        {craft.id, people_p.id, product.id, csr.id}))  # type: ignore[arg-type]
    # Sensitive posts: two approvals within 48 hours, else Julien Garnier decides.
    store.save_crisis_circuit(CrisisCircuit([philippe.id, sophie.id], 2, 48, julien.id))  # type: ignore[list-item]
    # The end-of-year break, and the Cholet workshop's yearly stock-take six weeks ahead.
    from cmplanner.domain.closures import Closure, Closures

    stock_take = today + timedelta(days=(2 - today.weekday()) % 7 + 42)
    store.save_closures(Closures((
        Closure(date(today.year, 12, 24), date(today.year + 1, 1, 2), "Fermeture annuelle"),
        Closure(stock_take, stock_take, "Inventaire de l'atelier", cholet.id))))

    # --- series -----------------------------------------------------------------------------
    monday = today - timedelta(days=today.weekday() + 28)
    portrait = store.series.save(Series(
        "Portrait du lundi", "FREQ=WEEKLY;BYDAY=MO", _at(monday, 9), ZONE, people_p.id,
        [linkedin.id], "Portrait du lundi",  # type: ignore[list-item]
        "Chaque lundi, un ou une collègue raconte son métier.", camille.id))
    first_day = today.replace(day=1) - timedelta(days=1)
    store.series.save(Series(
        "La Lettre des Ateliers", "FREQ=MONTHLY;BYDAY=1TU", _at(first_day.replace(day=1), 10), ZONE,
        news.id, [newsletter.id], "La Lettre des Ateliers n°{n}", "", camille.id))  # type: ignore[list-item]
    thursday = today - timedelta(days=(today.weekday() - 3) % 7 + 28)
    tuto = store.series.save(Series(
        "Tuto du jeudi", "FREQ=WEEKLY;BYDAY=TH;COUNT=20", _at(thursday, 12, 30), ZONE, product.id,
        [instagram.id, facebook.id], "Tuto du jeudi",  # type: ignore[list-item]
        "Un conseil d'entretien en 30 secondes.", camille.id))
    window_start, window_end = _at(today - timedelta(days=35), 0), _at(today + timedelta(days=70), 0)
    tuto_occ = occurrences(tuto, window_start, window_end)
    if len(tuto_occ) > 8:  # a bank holiday week skipped, one occurrence moved to Friday
        tuto = skip(tuto, tuto_occ[6].original_start)
        tuto = move(tuto, tuto_occ[8].original_start, tuto_occ[8].original_start + timedelta(days=1))
        tuto = store.series.save(tuto)
    portrait_occ = occurrences(portrait, window_start, window_end)
    colleagues = ["Marc, ébéniste", "Aïcha, vernisseuse", "Léo, apprenti", "Inès, designer"]
    for occ, colleague in zip(portrait_occ[:4], colleagues):
        status = PostStatus.PUBLISHED if occ.start.date() < today else PostStatus.SCHEDULED
        store.posts.save(Post(
            f"Portrait du lundi : {colleague}",
            "Découvrez le parcours d'un·e collègue de l'atelier.", [linkedin.id], people_p.id,  # type: ignore[list-item]
            audiences[0].id, status, PostKind.SERIES, occ.start, owner_id=camille.id,
            series_id=portrait.id, occurrence_start=occ.original_start,
            published_at=occ.start if status is PostStatus.PUBLISHED else None,
            reach=rng.randint(800, 4000) if status is PostStatus.PUBLISHED else None,
            reactions=rng.randint(20, 180) if status is PostStatus.PUBLISHED else None))

    # --- events with their promotion plans -------------------------------------------------
    open_day = today + timedelta(days=24)
    save_event(store, None, Event(
        "Portes ouvertes de l'atelier de Cholet", EventKind.COMPANY_VISIT,
        _at(open_day, 10), _at(open_day, 17), False,
        "Visites guidées toutes les heures, démonstrations de chevillage et de marqueterie.",
        cholet.id, "ZA de la Bergerie, Cholet", [elodie.id, camille.id],  # type: ignore[list-item]
        default_plan([facebook.id, instagram.id])))  # type: ignore[list-item]
    lunch = today + timedelta(days=10)
    save_event(store, None, Event(
        "Midi numérique : bien utiliser LinkedIn", EventKind.DIGITAL_LUNCH,
        _at(lunch, 12, 15), _at(lunch, 13, 45), False,
        "Session de 45 minutes pour les collaborateurs : profil, partage, bonnes pratiques.",
        angers.id, "Salle Loire, siège d'Angers", [camille.id, nadia.id],  # type: ignore[list-item]
        default_plan([linkedin.id])[2:]))  # type: ignore[list-item]
    awards = today + timedelta(days=52)
    save_event(store, None, Event(
        "Trophées de l'entreprise responsable des Pays de la Loire", EventKind.AWARD_CEREMONY,
        _at(awards, 0), _at(awards + timedelta(days=1), 0), True,
        "Les Ateliers Morel sont finalistes dans la catégorie « Économie circulaire ».",
        None, "Cité des Congrès, Nantes", [philippe.id],  # type: ignore[list-item]
        default_plan([linkedin.id, facebook.id])))  # type: ignore[list-item]

    # --- posts in every status ---------------------------------------------------------------
    people = [camille, nadia, elodie, thomas]
    for number, (offset, (title, text)) in enumerate(zip(range(-30, 62, 6), POSTS)):
        day = today + timedelta(days=offset)
        network = networks[number % 3]
        pillar = pillars[number % 5]
        planned = _at(day, rng.choice([9, 11, 12, 17, 18]), rng.choice([0, 30]))
        if offset < 0:
            status = PostStatus.PUBLISHED
        elif offset < 14:
            status = PostStatus.SCHEDULED
        elif offset < 30:
            status = (PostStatus.APPROVED, PostStatus.TO_VALIDATE, PostStatus.SCHEDULED)[number % 3]
        else:
            status = PostStatus.DRAFT
        post = Post(title, text, [network.id], pillar.id, rng.choice(audiences).id, status,  # type: ignore[list-item]
                    planned_at=planned, content_due=day - timedelta(days=3),
                    owner_id=rng.choice(people).id,
                    media_needed=rng.choice(["", "2 photos de l'atelier", "Vidéo verticale 30 s", "Visuel Canva"]),
                    public_notes=rng.choice(["", "Identifier le compte de la CCI.", "Penser au lien vers le site carrière."]),
                    private_notes=rng.choice(["", "Attention : ne pas citer le client avant signature."]))
        if status is PostStatus.PUBLISHED:
            post = replace(post, published_at=planned, published_url=f"https://www.linkedin.com/feed/update/{rng.randint(10**9, 10**10)}",
                           reach=rng.randint(500, 6000), reactions=rng.randint(10, 300),
                           comments=rng.randint(0, 40), shares=rng.randint(0, 30))
        if status in (PostStatus.TO_VALIDATE, PostStatus.APPROVED):
            post = replace(post, pillar_id=news.id, validation_round=1)
        if status is PostStatus.APPROVED:
            post = replace(post, approvals=[Approval(julien.id, _at(today, 8, 40), Decision.APPROVE, "OK pour moi.", 1)])  # type: ignore[arg-type]
        store.posts.save(post)

    # A sensitive reply waiting for the exceptional circuit, one approval already given.
    store.posts.save(Post(
        "Réponse à l'avis négatif sur le délai de livraison", "Bonjour, nous sommes sincèrement désolés…",
        [facebook.id], news.id, audiences[1].id, PostStatus.TO_VALIDATE, PostKind.NEGATIVE_REVIEW_REPLY,  # type: ignore[list-item]
        _at(today + timedelta(days=1), 11), owner_id=camille.id, sensitive=True, validation_round=1,
        submitted_at=_at(today - timedelta(days=3), 16),
        private_notes="Client mécontent depuis 3 semaines ; voir le SAV avant de répondre.",
        approvals=[Approval(sophie.id, _at(today, 9, 15), Decision.APPROVE, "Ton juste.", 1)]))  # type: ignore[arg-type]
    store.posts.save(Post(
        "Annonce du nouveau site de Saumur", "Reportée à la demande de la direction.", [linkedin.id],  # type: ignore[list-item]
        news.id, audiences[3].id, PostStatus.CANCELLED, planned_at=_at(today + timedelta(days=5), 10),
        owner_id=camille.id))
    for title, text in IDEAS:
        store.posts.save(Post(title, text, [rng.choice(networks).id], rng.choice(pillars).id,  # type: ignore[list-item]
                              status=rng.choice([PostStatus.IDEA, PostStatus.IDEA, PostStatus.DRAFT]),
                              owner_id=rng.choice([camille, lucas, manon, thomas]).id))

    # --- content requests from the field ------------------------------------------------------
    for requester, topic, offered, due, request_status in (
        (elodie, "Départ en retraite de Gérard après 38 ans à l'atelier", "Photos du pot de départ", 5, RequestStatus.OPEN),
        (thomas, "Vitrine de Noël du showroom de Saumur", "Vidéo de l'installation", -2, RequestStatus.IN_PROGRESS),
        (nadia, "Résultats du challenge vélo-boulot", "Classement + 3 photos", 12, RequestStatus.ACCEPTED),
        (elodie, "Nouvelle machine à commande numérique", "", -6, RequestStatus.OPEN),
        (thomas, "Article de Ouest-France sur la restauration", "Lien de l'article", -20, RequestStatus.DONE),
    ):
        store.requests.save(ContentRequest(
            topic, requester.id, camille.id, "Demande remontée par le référent web du site.",
            offered, "", today + timedelta(days=due), request_status, today - timedelta(days=30)))

    _fill_regular_posts(store, today, [linkedin, instagram, facebook], pillars, audiences,
                        [camille, nadia, elodie, thomas])


# Everyday posts between the highlights, so each network comes close to its cadence target.
EVERYDAY = [
    ("Sous le rabot : la fabrication d'un tiroir à queue d'aronde", "Vidéo de 45 secondes tournée à Cholet."),
    ("Journée de plantation avec l'ONF : 300 chênes pour l'Anjou 🌳", "Merci aux 40 volontaires de l'entreprise."),
    ("Nos conseils pour choisir une table à rallonges", "Dimensions, essences, finitions."),
    ("Ils recrutent avec nous : forum de l'alternance d'Angers", "Stand B12, samedi de 9 h à 13 h."),
    ("Visite du lycée Chevrollier dans notre atelier", "Vingt élèves de BTS ont découvert la commande numérique."),
    ("La seconde vie d'un meuble Morel : témoignage de Claire", "Un buffet de 1987 restauré pour sa fille."),
    ("Coulisses du showroom de Saumur ✨", "Mise en place de la nouvelle vitrine."),
    ("Prix régional de l'apprentissage : Léo finaliste", "Bravo à notre apprenti ébéniste !"),
    ("Nouveau : la livraison à vélo à Angers 🚲", "Pour les petits meubles, dans un rayon de 8 km."),
    ("D'où vient notre chêne ?", "Carte des scieries partenaires, toutes à moins de 150 km."),
    ("Question du mois : huile ou vernis ?", "La réponse de Marc en vidéo."),
    ("Soirée prescripteurs à Nantes : merci !", "Retour sur la rencontre avec les architectes d'intérieur."),
    ("412 meubles réparés cette année", "Le bilan de l'atelier après-vente."),
    ("Bienvenue à Karim dans l'équipe design", "Une nouvelle recrue pour la collection 2027."),
    ("Avant / après : une commode Louis-Philippe", "Trois semaines de restauration en 4 photos."),
    ("Le geste du jour : l'affûtage du ciseau à bois", "Un réel de 20 secondes."),
    ("Nos chutes de chêne deviennent des planches à découper", "Disponibles dans nos deux showrooms."),
    ("Sondage : quelle finition préférez-vous ?", "Naturelle, cérusée ou teintée ?"),
]


def _fill_regular_posts(store: PlanStore, today: date, networks: list[Network],
                        pillars: list[Pillar], audiences: list[Audience], people: list[Person]) -> None:
    """About one everyday post every other day over the three months, on a seed of their own so
    the highlights above stay as they are."""
    rng = random.Random(11)
    for number, offset in enumerate(range(-31, 60, 2)):
        day = today + timedelta(days=offset)
        if day.weekday() == 6:  # no post on Sundays
            continue
        title, text = EVERYDAY[number % len(EVERYDAY)]
        network = networks[(number + 1) % len(networks)]
        if offset < 0:
            status = PostStatus.PUBLISHED
        elif offset < 21:
            status = PostStatus.SCHEDULED
        else:
            status = (PostStatus.DRAFT, PostStatus.SCHEDULED)[number % 2]
        planned = _at(day, rng.choice([14, 17, 18]), 30)  # afternoons: mornings hold the highlights
        post = Post(title, text, [network.id], pillars[number % 4].id,  # type: ignore[list-item]
                    rng.choice(audiences).id, status, planned_at=planned,
                    content_due=day - timedelta(days=2), owner_id=rng.choice(people).id)
        if status is PostStatus.PUBLISHED:
            post = replace(post, published_at=planned,
                           published_url=f"https://www.{network.kind.value}.com/ateliersmorel/{rng.randint(10**8, 10**9)}",
                           reach=rng.randint(300, 3000),
                           reactions=rng.randint(5, 120), comments=rng.randint(0, 15),
                           shares=rng.randint(0, 12))
        store.posts.save(post)
