"""French plan content for generated plans: titles, bodies and notes of realistic lengths.

A LinkedIn post runs from a few lines to about 1,300 characters, a title from 30 to 90; accents,
typographic apostrophes, non-breaking spaces before « : ! ? » and emoji are all on purpose, so
exports and views meet what a French plan really holds.
"""

from __future__ import annotations

import random

SUBJECTS = [
    "Coulisses de l'atelier", "Portrait d'équipe", "Offre d'emploi", "Nouvelle collection",
    "Retour en images", "Le saviez-vous ?", "Conseil d'entretien", "Témoignage client",
    "Chiffres clés", "Engagement RSE", "Partenariat local", "Salon professionnel",
    "Journée portes ouvertes", "Alternance", "Savoir-faire", "Avant/après",
    "Éco-conception", "Réemploi", "Innovation", "Anniversaire",
]
TOPICS = [
    "le chêne massif de nos forêts d'Anjou", "nos ébénistes et leurs gestes précis",
    "la marqueterie à l'ancienne", "une table en noyer réalisée en 60 heures",
    "les finitions à l'huile naturelle", "nos apprentis de l'école Boulle",
    "la collecte de meubles usagés à Cholet", "le showroom rénové de Saumur",
    "la rentrée de nos 12 alternant·e·s", "le vernis à l'eau, sans solvant",
    "notre scierie partenaire de Baugé-en-Anjou", "l'atelier de tapisserie",
    "la réparation à vie de nos meubles", "la fête de l'été à l'atelier",
    "le bilan carbone de nos livraisons", "les coulisses d'un chantier d'hôtel à Nantes",
    "le design de la chaise « Loire »", "une commode Louis XV restaurée",
]
SENTENCES = [
    "Derrière chaque pièce, il y a des heures de travail et beaucoup de passion.",
    "Nos artisans partagent avec vous un geste qu'ils répètent depuis vingt-cinq ans.",
    "Merci à toutes celles et ceux qui sont venus nous rendre visite ce week-end !",
    "Le bois que nous travaillons vient de forêts gérées durablement, à moins de 150 km.",
    "Vous êtes nombreux à nous demander comment entretenir un plateau en chêne : voici nos conseils.",
    "Rejoignez une équipe où l'on prend le temps de bien faire les choses.",
    "Cette année, nous avons réduit de 18 % les émissions liées à nos livraisons.",
    "Élodie, référente web du site de Cholet, nous raconte son quotidien.",
    "Un grand bravo à Inès pour son prix au concours régional des métiers d'art 🏆",
    "Rendez-vous jeudi à 18 h pour une démonstration en direct depuis l'atelier.",
    "Nos showrooms d'Angers et de Saumur sont ouverts le dimanche en décembre.",
    "Qu'est-ce qui fait la solidité d'un assemblage à tenon et mortaise ?",
    "La réponse en images, et en 30 secondes chrono ⏱️",
    "Partagez-nous vos photos : nous republierons les plus belles.",
    "Ce projet n'aurait pas vu le jour sans nos partenaires de la CCI Maine-et-Loire.",
    "Chaque chute de bois trouve une seconde vie : jouets, petits objets, bois de chauffage.",
    "Nous recrutons un·e ébéniste en CDI à Cholet : candidatures ouvertes jusqu'au 30 !",
    "Découvrez le making-of de notre nouvelle collection, de l'esquisse au vernis.",
    "Un meuble Morel, c'est aussi un service après-vente qui répond en 48 h.",
    "Les élèves de 3e du collège Jean-Vilar ont découvert nos métiers pendant une journée.",
]
EMOJI = ["🌳", "🪵", "🔨", "✨", "🎉", "👏", "💡", "📸", "🎥", "♻️", "🇫🇷", "🤝", "❤️", "👉", "📍", "🗓️"]
HASHTAGS = ["#SavoirFaire", "#MadeInFrance", "#Ébénisterie", "#Anjou", "#Recrutement",
            "#Alternance", "#RSE", "#BoisLocal", "#Artisanat", "#Design", "#Réemploi"]
FIRST_NAMES = ["Camille", "Élodie", "Thomas", "Nadia", "Lucas", "Manon", "Hugo", "Inès",
               "Marc", "Aïcha", "Léo", "Zoé", "Théo", "Chloé", "Jérôme", "Maëlle", "François",
               "Gaëlle", "Noé", "Anaïs", "Benoît", "Hélène", "Loïc", "Océane", "Sébastien"]
LAST_NAMES = ["Lefèvre", "Morel", "Bernard", "Garnier", "Martin", "Petit", "Haddad", "Robin",
              "Girard", "Fontaine", "Rousseau", "Chevalier", "Müller", "Lemaître", "Benoît",
              "Nguyen", "Da Silva", "Perrin", "Boucher", "Dupré"]
MEDIA = ["", "", "2 photos de l'atelier", "Vidéo verticale 30 s", "Visuel Canva 1080×1080",
         "Carrousel de 5 images", "Photo du portrait en plan américain"]
PUBLIC_NOTES = ["", "", "Identifier le compte de la CCI.", "Penser au lien vers le site carrière.",
                "Mentionner @ESAT-Cholet.", "Ajouter le lien d'inscription."]
PRIVATE_NOTES = ["", "", "", "Attention : ne pas citer le client avant signature.",
                 "Validation orale de Sophie, à confirmer par écrit.",
                 "Client mécontent depuis 3 semaines ; voir le SAV avant de répondre."]
EVENT_TITLES = ["Portes ouvertes de l'atelier", "Midi numérique", "Atelier découverte de la marqueterie",
                "Salon de l'habitat", "Trophées de l'entreprise responsable", "Visite de l'école du bois",
                "Conférence « Bois & climat »", "Apéro des partenaires", "Forum de l'alternance",
                "Journée européenne des métiers d'art"]
CITIES = ["Angers", "Cholet", "Saumur", "Nantes", "Laval", "Le Mans", "Tours", "Rennes"]
SERIES_NAMES = ["Portrait du lundi", "Tuto du jeudi", "La Lettre des Ateliers", "Vendredi bois",
                "Question du mercredi", "Chantier du mois", "Coup de cœur du showroom",
                "Les mots de l'ébéniste", "Revue de presse", "Focus alternance"]


def title(rng: random.Random) -> str:
    """A title of 30 to 90 characters."""
    text = f"{rng.choice(SUBJECTS)} : {rng.choice(TOPICS)}"
    if rng.random() < 0.35:
        text += f" {rng.choice(EMOJI)}"
    return text[:90]


def body(rng: random.Random, short: bool = False) -> str:
    """A post body: 1 to 3 sentences (short), else 2 to 9 sentences with emoji and hashtags."""
    count = rng.randint(1, 3) if short else rng.randint(2, 9)
    parts = [rng.choice(SENTENCES) for _ in range(count)]
    if rng.random() < 0.6:
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(EMOJI))
    text = " ".join(parts)
    if not short and rng.random() < 0.7:
        text += "\n\n" + " ".join(rng.sample(HASHTAGS, rng.randint(2, 5)))
    return text


def person_name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def email(name: str, number: int) -> str:
    ascii_name = name.lower().translate(str.maketrans("éèêëàâäïîôöüûùçñ", "eeeeaaaiioouuucn"))
    return f"{ascii_name.replace(' ', '.')}.{number}@ateliers-morel.fr"
