<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>ApprovalsList</name>
    <message>
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Tour</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
  </context>
  <context>
    <name>AudienceEditorDialog</name>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>Audience {name}</source>
      <translation>Cible {name}</translation>
    </message>
    <message>
      <source>Create audience {name}</source>
      <translation>Créer la cible {name}</translation>
    </message>
    <message>
      <source>Edit audience {name}</source>
      <translation>Modifier la cible {name}</translation>
    </message>
    <message>
      <source>New audience</source>
      <translation>Nouvelle cible</translation>
    </message>
  </context>
  <context>
    <name>BacklogExportDialog</name>
    <message>
      <source> weeks</source>
      <translation> semaines</translation>
    </message>
    <message>
      <source>&amp;Calendar:</source>
      <translation>&amp;Calendrier :</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format :</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>CSV (UTF-8)</source>
      <translation>CSV (UTF-8)</translation>
    </message>
    <message>
      <source>CSV file (*.csv)</source>
      <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Excel workbook (XLSX)</source>
      <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
      <source>Export team backlog</source>
      <translation>Exporter le planning de l'équipe</translation>
    </message>
    <message>
      <source>F&amp;ile:</source>
      <translation>F&amp;ichier :</translation>
    </message>
    <message>
      <source>One file for colleagues who do not have cmplanner: the coming weeks, the to-do list, content requests, events and who does what. Private notes are never exported.</source>
      <translation>Un fichier pour les collègues qui n'ont pas cmplanner : les semaines à venir, ce qui reste à faire, les demandes de contenu, les événements et qui fait quoi. Les notes privées ne sont jamais exportées.</translation>
    </message>
    <message>
      <source>Open the file after export</source>
      <translation>Ouvrir le fichier après l'export</translation>
    </message>
    <message>
      <source>Separate columns with semicolons (French Excel)</source>
      <translation>Séparer les colonnes par des points-virgules (Excel français)</translation>
    </message>
    <message>
      <source>The team backlog was not exported.
{reason}</source>
      <translation>Le planning de l'équipe n'a pas été exporté.
{reason}</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Page web (*.html)</translation>
    </message>
    <message>
      <source>Web page (HTML, works offline)</source>
      <translation>Page web (HTML, fonctionne hors ligne)</translation>
    </message>
    <message>
      <source>team-backlog</source>
      <translation>planning-equipe</translation>
    </message>
    <message>
      <source>{path} is a folder: choose a file name.</source>
      <translation>{path} est un dossier : choisissez un nom de fichier.</translation>
    </message>
  </context>
  <context>
    <name>BackupTableModel</name>
    <message>
      <source>Automatic</source>
      <translation>Automatique</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>Avant une restauration</translation>
    </message>
    <message>
      <source>Before an upgrade</source>
      <translation>Avant une mise à jour</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Endommagée</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>Publications</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
  </context>
  <context>
    <name>BoardWorkload</name>
    <message>
      <source>Estimated hours for the weeks on the board (posts, series, event preparation, moderation) against weekly capacity; ⚠ marks a week over capacity. Editorial line ▸ Coverage, mix and workload gives every week and person.</source>
      <translation>Heures estimées pour les semaines du tableau (publications, séries, préparation des événements, modération) face à la capacité hebdomadaire ; ⚠ signale une semaine au-delà de la capacité. Ligne éditoriale ▸ Couverture, équilibre et charge donne chaque semaine et chaque personne.</translation>
    </message>
    <message>
      <source>Estimated workload: {list}</source>
      <translation>Charge estimée : {list}</translation>
    </message>
    <message>
      <source>{name}, week {week}: {reason}</source>
      <translation>{name}, semaine {week} : {reason}</translation>
    </message>
    <message>
      <source>{name} {hours} h of {capacity} h</source>
      <translation>{name} {hours} h sur {capacity} h</translation>
    </message>
    <message>
      <source>Days off take their share of the capacity:</source>
      <translation>Les jours chômés réduisent la capacité :</translation>
    </message>
  </context>
  <context>
    <name>CalendarSource</name>
    <message>
      <source>Closed</source>
      <translation>Fermé</translation>
    </message>
  </context>
  <context>
    <name>ChartCanvas</name>
    <message>
      <source>&amp;Copy chart</source>
      <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
      <source>&amp;Save chart as PNG…</source>
      <translation>&amp;Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>Images PNG (*.png)</translation>
    </message>
    <message>
      <source>Save chart</source>
      <translation>Enregistrer le graphique</translation>
    </message>
  </context>
  <context>
    <name>CharterDialog</name>
    <message>
      <source>&amp;Text of the charter:</source>
      <translation>&amp;Texte de la charte :</translation>
    </message>
    <message>
      <source>Charter</source>
      <translation>Charte</translation>
    </message>
    <message>
      <source>Covered &amp;kinds:</source>
      <translation>T&amp;ypes couverts :</translation>
    </message>
    <message>
      <source>Covered &amp;networks:</source>
      <translation>&amp;Réseaux couverts :</translation>
    </message>
    <message>
      <source>Covered &amp;pillars:</source>
      <translation>&amp;Piliers couverts :</translation>
    </message>
    <message>
      <source>Edit the charter</source>
      <translation>Modifier la charte</translation>
    </message>
    <message>
      <source>Posts of the ticked pillars, networks and kinds may be scheduled without validation. No pillar or network ticked means any. Sensitive posts always go through the exceptional circuit.</source>
      <translation>Les publications des piliers, réseaux et types cochés peuvent être programmées sans validation. Sans pilier ou réseau coché, tous sont couverts. Les publications sensibles passent toujours par le circuit exceptionnel.</translation>
    </message>
  </context>
  <context>
    <name>ChipDelegate</name>
    <message numerus="yes">
      <source>+%n more</source>
      <translation>
        <numerusform>+%n autre</numerusform>
        <numerusform>+%n autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChipTableModel</name>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Series occurrence</source>
      <translation>Occurrence de série</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
  </context>
  <context>
    <name>ClosureActions</name>
    <message>
      <source>&amp;Closure days…</source>
      <translation>&amp;Jours de fermeture…</translation>
    </message>
    <message>
      <source>Days when the company or a site is closed: shaded like holidays, no post expected</source>
      <translation>Jours où l’entreprise ou un site est fermé : grisés comme les jours fériés, aucune publication attendue</translation>
    </message>
  </context>
  <context>
    <name>ClosuresDialog</name>
    <message>
      <source>Closure days</source>
      <translation>Jours de fermeture</translation>
    </message>
    <message>
      <source>Days when the company or one of its sites is closed: the calendar shades them like public holidays and the cadence expects no post on them.</source>
      <translation>Jours où l’entreprise ou l’un de ses sites est fermé : le calendrier les grise comme les jours fériés et la cadence n’y attend aucune publication.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>To (included)</source>
      <translation>Au (inclus)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Applies to</source>
      <translation>Concerne</translation>
    </message>
    <message>
      <source>&amp;Add a closure</source>
      <translation>&amp;Ajouter une fermeture</translation>
    </message>
    <message>
      <source>&amp;Remove the selected closure</source>
      <translation>&amp;Retirer la fermeture choisie</translation>
    </message>
    <message>
      <source>e.g. End-of-year closure</source>
      <translation>p. ex. Fermeture de fin d’année</translation>
    </message>
    <message>
      <source>The whole company</source>
      <translation>Toute l’entreprise</translation>
    </message>
    <message>
      <source>Site: {name}</source>
      <translation>Site : {name}</translation>
    </message>
    <message>
      <source>Change the closure days</source>
      <translation>Modifier les jours de fermeture</translation>
    </message>
  </context>
  <context>
    <name>CompanyPage</name>
    <message>
      <source>&amp;Company:</source>
      <translation>&amp;Entreprise :</translation>
    </message>
    <message>
      <source>&amp;Plan name:</source>
      <translation>Nom du &amp;plan :</translation>
    </message>
    <message>
      <source>&amp;Time zone:</source>
      <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
      <source>Company — editorial plan</source>
      <translation>Entreprise — plan éditorial</translation>
    </message>
    <message>
      <source>Posts keep their local time in this zone across summer and winter time.</source>
      <translation>Les publications gardent leur heure locale dans ce fuseau, à l'heure d'été comme à l'heure d'hiver.</translation>
    </message>
    <message>
      <source>The name shown in the window's title and on every export.</source>
      <translation>Le nom affiché dans le titre de la fenêtre et sur chaque export.</translation>
    </message>
    <message>
      <source>Your company</source>
      <translation>Votre entreprise</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <source>&amp;Copy mine as a new item</source>
      <translation>&amp;Copier la mienne comme nouvel élément</translation>
    </message>
    <message>
      <source>&amp;Keep theirs</source>
      <translation>&amp;Garder leur version</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>Couleur</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Précisions</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Objectives and tone</source>
      <translation>Objectifs et ton</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Target share</source>
      <translation>Part visée</translation>
    </message>
    <message>
      <source>Handle</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Cadence target</source>
      <translation>Rythme visé</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Covered pillars</source>
      <translation>Piliers couverts</translation>
    </message>
    <message>
      <source>Covered networks</source>
      <translation>Réseaux couverts</translation>
    </message>
    <message>
      <source>Covered kinds</source>
      <translation>Types couverts</translation>
    </message>
    <message>
      <source>Approvers</source>
      <translation>Valideurs</translation>
    </message>
    <message>
      <source>Approvals required</source>
      <translation>Validations requises</translation>
    </message>
    <message>
      <source>Deadline to decide</source>
      <translation>Délai pour décider</translation>
    </message>
    <message>
      <source>Substitute</source>
      <translation>Suppléant</translation>
    </message>
    <message>
      <source>Validated by</source>
      <translation>Validé par</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>Validé le</translation>
    </message>
    <message>
      <source>Minutes per post</source>
      <translation>Minutes par publication</translation>
    </message>
    <message>
      <source>Weekly capacity</source>
      <translation>Capacité hebdomadaire</translation>
    </message>
    <message>
      <source>Moderation per week</source>
      <translation>Modération par semaine</translation>
    </message>
    <message>
      <source>Preparation of events</source>
      <translation>Préparation des événements</translation>
    </message>
    <message>
      <source>Extra minutes per kind of post</source>
      <translation>Minutes en plus par type de publication</translation>
    </message>
    <message>
      <source>Alt text</source>
      <translation>Texte alternatif</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Crédit</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Mots-clés</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <source>Sent by</source>
      <translation>Envoyé par</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <source>People shown</source>
      <translation>Personnes visibles</translation>
    </message>
    <message>
      <source>&amp;Overwrite with mine</source>
      <translation>&amp;Remplacer par la mienne</translation>
    </message>
    <message>
      <source>&amp;Save mine again</source>
      <translation>&amp;Enregistrer la mienne à nouveau</translation>
    </message>
    <message>
      <source>&amp;See what changed</source>
      <translation>&amp;Voir ce qui a changé</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Validations</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Public</translation>
    </message>
    <message>
      <source>Changed meanwhile</source>
      <translation>Modifié entre-temps</translation>
    </message>
    <message>
      <source>Content due</source>
      <translation>Contenu attendu le</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Media needed</source>
      <translation>Médias nécessaires</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Private notes</source>
      <translation>Notes privées</translation>
    </message>
    <message>
      <source>Public notes</source>
      <translation>Notes publiques</translation>
    </message>
    <message>
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <source>Someone else</source>
      <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>Le leur</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Variants</source>
      <translation>Variantes</translation>
    </message>
    <message>
      <source>Yours</source>
      <translation>Le vôtre</translation>
    </message>
    <message>
      <source>{who} changed “{title}” while you were editing it. Your text is still in the editor: choose what to keep.</source>
      <translation>{who} a modifié « {title} » pendant que vous le modifiiez. Votre texte est toujours dans l’éditeur : choisissez ce que vous gardez.</translation>
    </message>
    <message>
      <source>“{title}” was deleted while you were editing it. Your text is still in the editor.</source>
      <translation>« {title} » a été supprimé pendant que vous le modifiiez. Votre texte est toujours dans l’éditeur.</translation>
    </message>
  </context>
  <context>
    <name>ConflictResolving</name>
    <message>
      <source>There is one of these for the whole plan: it cannot be copied as a new item.</source>
      <translation>Il n’y en a qu’un pour tout le plan : il ne peut pas être copié comme un nouvel élément.</translation>
    </message>
    <message>
      <source>This stands for one real person, place or network: it is not copied as a new item.</source>
      <translation>Cet élément représente une personne, un lieu ou un réseau bien réels : il n’est pas copié comme un nouvel élément.</translation>
    </message>
  </context>
  <context>
    <name>ConsentPage</name>
    <message>
      <source>&amp;Left the company on:</source>
      <translation>&amp;Départ de l’entreprise le :</translation>
    </message>
    <message>
      <source>&amp;New consent</source>
      <translation>&amp;Nouveau consentement</translation>
    </message>
    <message>
      <source>&amp;Person shown:</source>
      <translation>&amp;Personne représentée :</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>&amp;Signed on:</source>
      <translation>&amp;Signé le :</translation>
    </message>
    <message>
      <source>&amp;Withdrawn on:</source>
      <translation>&amp;Retiré le :</translation>
    </message>
    <message>
      <source>Attach the signed &amp;form…</source>
      <translation>Joindre le &amp;formulaire signé…</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consentement</translation>
    </message>
    <message>
      <source>From the duration</source>
      <translation>D’après la durée</translation>
    </message>
    <message>
      <source>&amp;Duration from signature:</source>
      <translation>&amp;Durée à compter de la signature :</translation>
    </message>
    <message>
      <source>&amp;Expires on (if the form gives a date):</source>
      <translation>&amp;Expire le (si le formulaire donne une date) :</translation>
    </message>
    <message>
      <source>Valid until:</source>
      <translation>Valable jusqu’au :</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Expiré</translation>
    </message>
    <message>
      <source>Internal uses (intranet, screens)</source>
      <translation>Usages internes (intranet, écrans)</translation>
    </message>
    <message>
      <source>Left the company</source>
      <translation>A quitté l’entreprise</translation>
    </message>
    <message>
      <source>Not signed</source>
      <translation>Non signé</translation>
    </message>
    <message>
      <source>Not withdrawn</source>
      <translation>Non retiré</translation>
    </message>
    <message>
      <source>Only these networks (none ticked: all):</source>
      <translation>Seulement ces réseaux (aucun coché : tous) :</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Photo to use instead:</source>
      <translation>Photo à utiliser à la place :</translation>
    </message>
    <message>
      <source>Post to handle</source>
      <translation>Publication à traiter</translation>
    </message>
    <message>
      <source>Replace the photo</source>
      <translation>Remplacer la photo</translation>
    </message>
    <message>
      <source>Replace the photo…</source>
      <translation>Remplacer la photo…</translation>
    </message>
    <message>
      <source>Signed consent form</source>
      <translation>Formulaire de consentement signé</translation>
    </message>
    <message>
      <source>Signed form:</source>
      <translation>Formulaire signé :</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Signé le</translation>
    </message>
    <message>
      <source>Social networks</source>
      <translation>Réseaux sociaux</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Still in the company</source>
      <translation>Toujours dans l’entreprise</translation>
    </message>
    <message>
      <source>{date} (from the duration)</source>
      <translation>{date} (d’après la durée)</translation>
    </message>
    <message>
      <source>The library has no other photo to use.</source>
      <translation>La médiathèque n’a pas d’autre photo à utiliser.</translation>
    </message>
    <message>
      <source>To handle: posts showing a person whose consent ended</source>
      <translation>À traiter : publications montrant une personne dont le consentement a pris fin</translation>
    </message>
    <message>
      <source>Uses allowed</source>
      <translation>Usages autorisés</translation>
    </message>
    <message>
      <source>Uses:</source>
      <translation>Usages :</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Valable</translation>
    </message>
    <message>
      <source>Valid until</source>
      <translation>Valable jusqu’au</translation>
    </message>
    <message>
      <source>Withdraw</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retiré</translation>
    </message>
    <message>
      <source>Withdrawn &amp;today</source>
      <translation>Retiré &amp;aujourd’hui</translation>
    </message>
    <message>
      <source>all social networks</source>
      <translation>tous les réseaux sociaux</translation>
    </message>
    <message>
      <source>internal</source>
      <translation>interne</translation>
    </message>
    <message>
      <source>no end</source>
      <translation>sans fin</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message numerus="yes">
      <source>{person}: %n post(s)</source>
      <translation>
        <numerusform>{person} : %n publication</numerusform>
        <numerusform>{person} : %n publications</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CrisisActions</name>
    <message>
      <source>&amp;Crisis mode…</source>
      <translation>Mode &amp;crise…</translation>
    </message>
    <message numerus="yes">
      <source>Crisis since {when}: {reason}. %n post(s) on hold; new posts go through the exceptional circuit. Edit ▸ End the crisis… ends it.</source>
      <translation>
        <numerusform>Crise depuis le {when} : {reason}. %n publication suspendue ; les nouvelles publications passent par le circuit exceptionnel. Édition ▸ Terminer la crise… y met fin.</numerusform>
        <numerusform>Crise depuis le {when} : {reason}. %n publications suspendues ; les nouvelles publications passent par le circuit exceptionnel. Édition ▸ Terminer la crise… y met fin.</numerusform>
      </translation>
    </message>
    <message>
      <source>End the &amp;crisis…</source>
      <translation>Terminer la &amp;crise…</translation>
    </message>
  </context>
  <context>
    <name>CrisisCircuitDialog</name>
    <message>
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <source>&amp;Deadline to decide:</source>
      <translation>&amp;Délai pour décider :</translation>
    </message>
    <message>
      <source>&amp;Substitute once overdue:</source>
      <translation>&amp;Suppléant en cas de retard :</translation>
    </message>
    <message>
      <source>Approvals &amp;required:</source>
      <translation>Validations &amp;requises :</translation>
    </message>
    <message>
      <source>Edit the exceptional circuit</source>
      <translation>Modifier le circuit exceptionnel</translation>
    </message>
    <message>
      <source>Exceptional validation circuit</source>
      <translation>Circuit de validation exceptionnel</translation>
    </message>
    <message>
      <source>Named &amp;approvers:</source>
      <translation>&amp;Valideurs désignés :</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Sensitive posts (crisis, replies to negative reviews or trolls) need these approvals before they can be scheduled. A request still waiting after the deadline is overdue and can be escalated to the substitute.</source>
      <translation>Les publications sensibles (crise, réponses à un avis négatif ou à un troll) doivent recevoir ces validations avant d'être programmées. Une demande toujours en attente après le délai est en retard et peut être confiée au suppléant.</translation>
    </message>
    <message>
      <source>no deadline</source>
      <translation>sans délai</translation>
    </message>
  </context>
  <context>
    <name>DashboardPage</name>
    <message>
      <source>&amp;Network:</source>
      <translation>&amp;Réseau :</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>&amp;Période :</translation>
    </message>
    <message>
      <source>A month (2026-12), a quarter (2026-Q4) or a week (2026-W50)</source>
      <translation>Un mois (2026-12), un trimestre (2026-Q4) ou une semaine (2026-W50)</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>Réel</translation>
    </message>
    <message>
      <source>All networks</source>
      <translation>Tous les réseaux</translation>
    </message>
    <message>
      <source>All pillars</source>
      <translation>Tous les piliers</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Traitées</translation>
    </message>
    <message>
      <source>Audience mix</source>
      <translation>Répartition par cible</translation>
    </message>
    <message>
      <source>Cadence target</source>
      <translation>Rythme visé</translation>
    </message>
    <message>
      <source>Charter coverage</source>
      <translation>Couverture par la charte</translation>
    </message>
    <message>
      <source>Comments</source>
      <translation>Commentaires</translation>
    </message>
    <message>
      <source>Estimated workload per person and week</source>
      <translation>Charge estimée par personne et semaine</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Heures</translation>
    </message>
    <message>
      <source>Last month ({period})</source>
      <translation>Le mois dernier ({period})</translation>
    </message>
    <message>
      <source>Last quarter ({period})</source>
      <translation>Le trimestre dernier ({period})</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>P&amp;illar:</source>
      <translation>P&amp;ilier :</translation>
    </message>
    <message>
      <source>Pillar mix against the editorial line's targets</source>
      <translation>Répartition par pilier et cible de la ligne éditoriale</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévues</translation>
    </message>
    <message>
      <source>Posts planned and published per network and week</source>
      <translation>Publications prévues et publiées par réseau et semaine</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publiées</translation>
    </message>
    <message>
      <source>Reach</source>
      <translation>Portée</translation>
    </message>
    <message>
      <source>Reactions</source>
      <translation>Réactions</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçues</translation>
    </message>
    <message>
      <source>Requests from the field per referent</source>
      <translation>Demandes du terrain par référent</translation>
    </message>
    <message>
      <source>Results per network</source>
      <translation>Résultats par réseau</translation>
    </message>
    <message>
      <source>Results per pillar</source>
      <translation>Résultats par pilier</translation>
    </message>
    <message>
      <source>Shares</source>
      <translation>Partages</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>This month ({period})</source>
      <translation>Ce mois-ci ({period})</translation>
    </message>
    <message>
      <source>This quarter ({period})</source>
      <translation>Ce trimestre ({period})</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <source>Where the posts stand</source>
      <translation>Où en sont les publications</translation>
    </message>
    <message>
      <source>planned/published, red: under the cadence, green: above</source>
      <translation>prévues/publiées, rouge : sous la cadence, vert : au-dessus</translation>
    </message>
    <message>
      <source>the {n} busiest</source>
      <translation>les {n} plus chargés</translation>
    </message>
    <message>
      <source>{covered} of {total}: {share}</source>
      <translation>{covered} sur {total} : {share}</translation>
    </message>
    <message>
      <source>{n} waiting for validation, the oldest for {days} d</source>
      <translation>{n} en attente de validation, la plus ancienne depuis {days} j</translation>
    </message>
    <message>
      <source>{period}: {planned} planned, {published} published; charter coverage {coverage} (target 95 %); {waiting} waiting for validation.</source>
      <translation>{period} : {planned} prévues, {published} publiées ; couverture par la charte {coverage} (cible 95 %) ; {waiting} en attente de validation.</translation>
    </message>
  </context>
  <context>
    <name>DayGridModel</name>
    <message>
      <source>W%1</source>
      <translation>S%1</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n élément</numerusform>
        <numerusform>%n éléments</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DaysOff</name>
    <message>
      <source>public holiday ({name})</source>
      <translation>jour férié ({name})</translation>
    </message>
    <message>
      <source>closure day ({name})</source>
      <translation>jour de fermeture ({name})</translation>
    </message>
    <message>
      <source>closure day</source>
      <translation>jour de fermeture</translation>
    </message>
    <message>
      <source>Falls on a day off: {reason}. Move or skip it if nobody publishes that day.</source>
      <translation>Tombe un jour chômé : {reason}. Déplacez-la ou sautez-la si personne ne publie ce jour-là.</translation>
    </message>
    <message numerus="yes">
      <source>%n public holiday(s)</source>
      <translation>
        <numerusform>%n jour férié</numerusform>
        <numerusform>%n jours fériés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n closure day(s)</source>
      <translation>
        <numerusform>%n jour de fermeture</numerusform>
        <numerusform>%n jours de fermeture</numerusform>
      </translation>
    </message>
    <message>
      <source>{capacity} h instead of {usual} h: {days}</source>
      <translation>{capacity} h au lieu de {usual} h : {days}</translation>
    </message>
  </context>
  <context>
    <name>DurationEdit</name>
    <message numerus="yes">
      <source>year(s)</source>
      <translation>
        <numerusform>an</numerusform>
        <numerusform>ans</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>month(s)</source>
      <translation>
        <numerusform>mois</numerusform>
        <numerusform>mois</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EditorDialog</name>
    <message>
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : rien ne peut être modifié.</translation>
    </message>
  </context>
  <context>
    <name>EditorialLineDialog</name>
    <message>
      <source>&amp;Objectives and tone:</source>
      <translation>&amp;Objectifs et ton :</translation>
    </message>
    <message>
      <source>&amp;Version:</source>
      <translation>&amp;Version :</translation>
    </message>
    <message>
      <source>Edit the editorial line</source>
      <translation>Modifier la ligne éditoriale</translation>
    </message>
    <message>
      <source>Editorial line</source>
      <translation>Ligne éditoriale</translation>
    </message>
    <message>
      <source>Not validated yet</source>
      <translation>Pas encore validée</translation>
    </message>
    <message>
      <source>Validated &amp;by:</source>
      <translation>Validée &amp;par :</translation>
    </message>
    <message>
      <source>Validated &amp;on:</source>
      <translation>Validée &amp;le :</translation>
    </message>
  </context>
  <context>
    <name>EditorialLinePage</name>
    <message numerus="yes">
      <source>%n approval(s) required.</source>
      <translation>
        <numerusform>%n validation requise.</numerusform>
        <numerusform>%n validations requises.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;New audience…</source>
      <translation>&amp;Nouvelle cible…</translation>
    </message>
    <message>
      <source>&amp;New network…</source>
      <translation>&amp;Nouveau réseau…</translation>
    </message>
    <message>
      <source>&amp;New pillar…</source>
      <translation>&amp;Nouveau pilier…</translation>
    </message>
    <message>
      <source>Audiences</source>
      <translation>Cibles</translation>
    </message>
    <message>
      <source>Charter and validation</source>
      <translation>Charte et validation</translation>
    </message>
    <message>
      <source>Charter: published without validation</source>
      <translation>Charte : publication sans validation</translation>
    </message>
    <message>
      <source>Coverage, mix and workload</source>
      <translation>Couverture, équilibre et charge</translation>
    </message>
    <message>
      <source>Covers pillars: {pillars}. Networks: {networks}. Kinds: {kinds}.</source>
      <translation>Piliers couverts : {pillars}. Réseaux : {networks}. Types : {kinds}.</translation>
    </message>
    <message>
      <source>Delete audience {name}</source>
      <translation>Supprimer la cible {name}</translation>
    </message>
    <message>
      <source>Delete network {name}</source>
      <translation>Supprimer le réseau {name}</translation>
    </message>
    <message>
      <source>Delete pillar {name}</source>
      <translation>Supprimer le pilier {name}</translation>
    </message>
    <message>
      <source>Edit the &amp;charter…</source>
      <translation>Modifier la &amp;charte…</translation>
    </message>
    <message>
      <source>Edit the &amp;exceptional circuit…</source>
      <translation>Modifier le circuit &amp;exceptionnel…</translation>
    </message>
    <message>
      <source>Edit the editorial &amp;line…</source>
      <translation>Modifier la &amp;ligne éditoriale…</translation>
    </message>
    <message>
      <source>Exceptional circuit: sensitive posts</source>
      <translation>Circuit exceptionnel : publications sensibles</translation>
    </message>
    <message>
      <source>Named approvers: {names}.</source>
      <translation>Valideurs désignés : {names}.</translation>
    </message>
    <message>
      <source>Networks and cadence</source>
      <translation>Réseaux et rythme</translation>
    </message>
    <message>
      <source>No charter written yet.</source>
      <translation>Aucune charte rédigée pour l'instant.</translation>
    </message>
    <message>
      <source>No objectives written yet.</source>
      <translation>Aucun objectif rédigé pour l'instant.</translation>
    </message>
    <message>
      <source>Objectives</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Pillars</source>
      <translation>Piliers</translation>
    </message>
    <message>
      <source>Posts and series occurrences planned in the next four weeks, against each network's cadence target.</source>
      <translation>Publications et occurrences de séries prévues dans les quatre prochaines semaines, comparées au rythme visé de chaque réseau.</translation>
    </message>
    <message>
      <source>Closure &amp;days…</source>
      <translation>Jours de &amp;fermeture…</translation>
    </message>
    <message>
      <source>Days when the company or a site is closed: the cadence expects no post on them</source>
      <translation>Jours où l’entreprise ou un site est fermé : la cadence n’y attend aucune publication</translation>
    </message>
    <message>
      <source>Version {version}, not validated yet.</source>
      <translation>Version {version}, pas encore validée.</translation>
    </message>
    <message>
      <source>Version {version}, validated by {name} on {date}.</source>
      <translation>Version {version}, validée par {name} le {date}.</translation>
    </message>
    <message>
      <source>any</source>
      <translation>tous</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>personne pour l'instant</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
  </context>
  <context>
    <name>EditorialModels</name>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Cadence target</source>
      <translation>Rythme visé</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Attendu</translation>
    </message>
    <message>
      <source>Handle</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>No target</source>
      <translation>Aucun rythme visé</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Dans le rythme</translation>
    </message>
    <message>
      <source>Over target</source>
      <translation>Au-dessus</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Planned (4 weeks)</source>
      <translation>Prévu (4 semaines)</translation>
    </message>
    <message>
      <source>Target not understood</source>
      <translation>Rythme visé non reconnu</translation>
    </message>
    <message>
      <source>Target share</source>
      <translation>Part visée</translation>
    </message>
    <message>
      <source>Under target</source>
      <translation>En dessous</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
  </context>
  <context>
    <name>EndCrisisDialog</name>
    <message>
      <source>&amp;End the crisis</source>
      <translation>&amp;Terminer la crise</translation>
    </message>
    <message numerus="yes">
      <source>Crisis since {when}: {reason}. Ending it puts back the %n post(s) still on hold.</source>
      <translation>
        <numerusform>Crise depuis le {when} : {reason}. Y mettre fin rétablit la publication encore suspendue.</numerusform>
        <numerusform>Crise depuis le {when} : {reason}. Y mettre fin rétablit les %n publications encore suspendues.</numerusform>
      </translation>
    </message>
    <message>
      <source>End the crisis</source>
      <translation>Terminer la crise</translation>
    </message>
    <message>
      <source>How it went (kept in the crisis log of the review pack)</source>
      <translation>Comment elle s'est déroulée (gardé dans le journal des crises de la revue de direction)</translation>
    </message>
  </context>
  <context>
    <name>EndDialog</name>
    <message>
      <source>End series {name}</source>
      <translation>Terminer la série {name}</translation>
    </message>
    <message>
      <source>Last day with an occurrence:</source>
      <translation>Dernier jour avec une occurrence :</translation>
    </message>
  </context>
  <context>
    <name>EndMeetingDialog</name>
    <message>
      <source>&amp;End and save the minutes…</source>
      <translation>&amp;Terminer et enregistrer le compte rendu…</translation>
    </message>
    <message>
      <source>End the meeting</source>
      <translation>Terminer la réunion</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Web page (*.html)</source>
      <translation>PDF (*.pdf);;Page web (*.html)</translation>
    </message>
    <message>
      <source>Save the minutes</source>
      <translation>Enregistrer le compte rendu</translation>
    </message>
  </context>
  <context>
    <name>EventEditorDialog</name>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>T&amp;ype :</translation>
    </message>
    <message>
      <source>&amp;Organisers:</source>
      <translation>&amp;Organisateurs :</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <source>&amp;Site:</source>
      <translation>&amp;Site :</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <source>All day</source>
      <translation>Toute la journée</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <source>Create event {title} with its promotion posts</source>
      <translation>Créer l'événement {title} et ses publications de promotion</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Edit event {title}</source>
      <translation>Modifier l'événement {title}</translation>
    </message>
    <message>
      <source>Event {title}</source>
      <translation>Événement {title}</translation>
    </message>
    <message>
      <source>From / to:</source>
      <translation>Du / au :</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <source>No site of ours</source>
      <translation>Hors de nos sites</translation>
    </message>
    <message>
      <source>Promotion plan</source>
      <translation>Plan de promotion</translation>
    </message>
    <message>
      <source>Promotion posts</source>
      <translation>Publications de promotion</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>moves</source>
      <translation>déplacée</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nouvelle</translation>
    </message>
    <message>
      <source>stays ({status})</source>
      <translation>reste en place ({status})</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>inchangée</translation>
    </message>
  </context>
  <context>
    <name>EventModels</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Promotion</source>
      <translation>Promotion</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>{ready} scheduled or published</source>
      <translation>programmées ou publiées : {ready}</translation>
    </message>
    <message numerus="yes">
      <source>%n post(s)</source>
      <translation>
        <numerusform>%n publication</numerusform>
        <numerusform>%n publications</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <source>&amp;New event…</source>
      <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
      <source>Delete event {title} and its promotion posts</source>
      <translation>Supprimer l'événement {title} et ses publications de promotion</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Promotion posts of the selected event</source>
      <translation>Publications de promotion de l'événement sélectionné</translation>
    </message>
    <message>
      <source>Show past events</source>
      <translation>Afficher les événements passés</translation>
    </message>
    <message>
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : rien ne peut être modifié.</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message numerus="yes">
      <source> and %n person(s).</source>
      <translation>
        <numerusform> et %n personne.</numerusform>
        <numerusform> et %n personnes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, %n pillar(s)</source>
      <translation>
        <numerusform>, %n pilier</numerusform>
        <numerusform>, %n piliers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%1&lt;/b&gt; in the %2 time zone, with %n network(s)</source>
      <translation>
        <numerusform>&lt;b&gt;%1&lt;/b&gt; dans le fuseau %2, avec %n réseau</numerusform>
        <numerusform>&lt;b&gt;%1&lt;/b&gt; dans le fuseau %2, avec %n réseaux</numerusform>
      </translation>
    </message>
    <message>
      <source>New plan</source>
      <translation>Nouveau plan</translation>
    </message>
    <message>
      <source>One file holds the whole plan. Automatic backups go beside it.</source>
      <translation>Un seul fichier contient tout le plan. Les sauvegardes automatiques se rangent à côté.</translation>
    </message>
    <message>
      <source>Plan file</source>
      <translation>Fichier du plan</translation>
    </message>
    <message>
      <source>Plan file:</source>
      <translation>Fichier du plan :</translation>
    </message>
    <message>
      <source>Where to keep the plan</source>
      <translation>Où garder le plan</translation>
    </message>
  </context>
  <context>
    <name>FillGap</name>
    <message>
      <source>&amp;Fill this gap…</source>
      <translation>&amp;Combler ce creux…</translation>
    </message>
    <message>
      <source>&amp;Move to this day</source>
      <translation>&amp;Placer ce jour-là</translation>
    </message>
    <message>
      <source>Fill this gap</source>
      <translation>Combler ce creux</translation>
    </message>
    <message>
      <source>Nothing in the backlog or the series fits this day.</source>
      <translation>Rien dans la réserve d'idées ni dans les séries ne convient à ce jour.</translation>
    </message>
    <message>
      <source>Proposals for {day}:</source>
      <translation>Propositions pour le {day} :</translation>
    </message>
    <message>
      <source>This day has no cadence gap to fill.</source>
      <translation>Ce jour n'a pas de creux de rythme à combler.</translation>
    </message>
    <message>
      <source>{title} — idea from the backlog</source>
      <translation>{title} — idée de la réserve</translation>
    </message>
    <message>
      <source>{title} — series occurrence of {day}, not written yet</source>
      <translation>{title} — occurrence de série du {day}, pas encore rédigée</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>Pillars</source>
      <translation>Piliers</translation>
    </message>
    <message>
      <source>Recurring series</source>
      <translation>Séries récurrentes</translation>
    </message>
    <message>
      <source>Search titles and texts</source>
      <translation>Rechercher dans les titres et les textes</translation>
    </message>
    <message>
      <source>Statuses</source>
      <translation>Statuts</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>cmplanner user guide</source>
      <translation>Guide d'utilisation de cmplanner</translation>
    </message>
  </context>
  <context>
    <name>IcsExportDialog</name>
    <message>
      <source> min before</source>
      <translation> min avant</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>&amp;For</source>
      <translation>&amp;Pour</translation>
    </message>
    <message>
      <source>&amp;Reminder</source>
      <translation>&amp;Rappel</translation>
    </message>
    <message>
      <source>&amp;Which</source>
      <translation>&amp;Lesquels</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Export for Outlook (CSV)</source>
      <translation>Exporter pour Outlook (CSV)</translation>
    </message>
    <message>
      <source>Export to iCalendar</source>
      <translation>Exporter vers iCalendar</translation>
    </message>
    <message>
      <source>IRL events only</source>
      <translation>Événements IRL seulement</translation>
    </message>
    <message>
      <source>Include ideas</source>
      <translation>Inclure les idées</translation>
    </message>
    <message>
      <source>Include sensitive (crisis) posts</source>
      <translation>Inclure les publications sensibles (crise)</translation>
    </message>
    <message>
      <source>No reminder</source>
      <translation>Pas de rappel</translation>
    </message>
    <message>
      <source>One network</source>
      <translation>Un réseau</translation>
    </message>
    <message>
      <source>One pillar</source>
      <translation>Un pilier</translation>
    </message>
    <message>
      <source>One series</source>
      <translation>Une série</translation>
    </message>
    <message>
      <source>Only between</source>
      <translation>Seulement entre</translation>
    </message>
    <message>
      <source>Outlook (rules Outlook can hold)</source>
      <translation>Outlook (règles qu'Outlook sait gérer)</translation>
    </message>
    <message>
      <source>Standard (Thunderbird, Google)</source>
      <translation>Standard (Thunderbird, Google)</translation>
    </message>
    <message>
      <source>Statuses</source>
      <translation>Statuts</translation>
    </message>
    <message>
      <source>The current filter</source>
      <translation>Le filtre en cours</translation>
    </message>
    <message>
      <source>Whole plan</source>
      <translation>Tout le plan</translation>
    </message>
  </context>
  <context>
    <name>IcsImportDialog</name>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Import iCalendar file</source>
      <translation>Importer un fichier iCalendar</translation>
    </message>
    <message>
      <source>Nothing is written before you click Import. The whole import can then be undone in one step (Edit &gt; Undo).</source>
      <translation>Rien n'est écrit avant que vous cliquiez sur Importer. L'import entier peut ensuite être annulé en une seule fois (Édition &gt; Annuler).</translation>
    </message>
    <message>
      <source>{file} (written by {source}): {create} to create, {update} to update, {remove} to remove, {skip} to skip.</source>
      <translation>{file} (écrit par {source}) : {create} à créer, {update} à mettre à jour, {remove} à retirer, {skip} ignoré(s).</translation>
    </message>
  </context>
  <context>
    <name>Interaction</name>
    <message>
      <source>A backup from {date} exists. Restoring it keeps the refused file beside the plan under another name.</source>
      <translation>Une sauvegarde du {date} existe. La restaurer conserve le fichier refusé à côté du plan, sous un autre nom.</translation>
    </message>
    <message>
      <source>Cannot open the plan</source>
      <translation>Impossible d'ouvrir le plan</translation>
    </message>
    <message>
      <source>Details: {details}</source>
      <translation>Détails : {details}</translation>
    </message>
    <message>
      <source>It is not a cmplanner plan.</source>
      <translation>Ce n'est pas un plan cmplanner.</translation>
    </message>
    <message>
      <source>It is the database of another application, not a plan.</source>
      <translation>C'est la base de données d'une autre application, pas un plan.</translation>
    </message>
    <message>
      <source>It was written by a newer version of cmplanner: update cmplanner to open it.</source>
      <translation>Il a été enregistré par une version plus récente de cmplanner : mettez cmplanner à jour pour l'ouvrir.</translation>
    </message>
    <message>
      <source>Only one window can change a plan. You can open it read-only to consult it, or close the other window first.</source>
      <translation>Une seule fenêtre peut modifier un plan. Vous pouvez l'ouvrir en lecture seule pour le consulter, ou fermer d'abord l'autre fenêtre.</translation>
    </message>
    <message>
      <source>Open a plan</source>
      <translation>Ouvrir un plan</translation>
    </message>
    <message>
      <source>Open another plan…</source>
      <translation>Ouvrir un autre plan…</translation>
    </message>
    <message>
      <source>Open read-only</source>
      <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
      <source>Plan already open</source>
      <translation>Plan déjà ouvert</translation>
    </message>
    <message>
      <source>Plan cannot be changed</source>
      <translation>Plan non modifiable</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Restore the latest backup</source>
      <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
      <source>Save a copy of the plan</source>
      <translation>Enregistrer une copie du plan</translation>
    </message>
    <message>
      <source>The disk is full: the change was not saved.</source>
      <translation>Le disque est plein : la modification n'a pas été enregistrée.</translation>
    </message>
    <message>
      <source>The file is damaged (truncated or overwritten).</source>
      <translation>Le fichier est endommagé (tronqué ou écrasé).</translation>
    </message>
    <message>
      <source>The file or its folder is read-only.</source>
      <translation>Le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
      <source>another program</source>
      <translation>un autre programme</translation>
    </message>
    <message>
      <source>{app} of {user} on the computer “{host}” (process {pid})</source>
      <translation>{app} de {user} sur l’ordinateur « {host} » (processus {pid})</translation>
    </message>
    <message>
      <source>{app} on the computer “{host}” (process {pid})</source>
      <translation>{app} sur l’ordinateur « {host} » (processus {pid})</translation>
    </message>
    <message>
      <source>“{name}” cannot be changed here.</source>
      <translation>« {name} » ne peut pas être modifié ici.</translation>
    </message>
    <message>
      <source>“{name}” cannot be opened. It has not been changed.</source>
      <translation>« {name} » ne peut pas être ouvert. Il n'a pas été modifié.</translation>
    </message>
    <message>
      <source>“{name}” is already open in {who}.</source>
      <translation>« {name} » est déjà ouvert dans {who}.</translation>
    </message>
  </context>
  <context>
    <name>KitActions</name>
    <message>
      <source>&amp;Ambassador kit…</source>
      <translation>Kit &amp;ambassadeurs…</translation>
    </message>
  </context>
  <context>
    <name>KitDialog</name>
    <message>
      <source>&amp;File (.html, the .txt beside it):</source>
      <translation>&amp;Fichier (.html, le .txt à côté) :</translation>
    </message>
    <message>
      <source>&amp;Week (like 2026-W50):</source>
      <translation>&amp;Semaine (comme 2026-W50) :</translation>
    </message>
    <message>
      <source>Ambassador kit</source>
      <translation>Kit ambassadeurs</translation>
    </message>
    <message>
      <source>Choose a week, like 2026-W50.</source>
      <translation>Choisissez une semaine, comme 2026-W50.</translation>
    </message>
    <message>
      <source>Web page (*.html);;Text (*.txt)</source>
      <translation>Page web (*.html);;Texte (*.txt)</translation>
    </message>
  </context>
  <context>
    <name>Launcher</name>
    <message>
      <source>Plan opened</source>
      <translation>Plan ouvert</translation>
    </message>
  </context>
  <context>
    <name>Legend</name>
    <message>
      <source>&amp;Legend of the marks</source>
      <translation>&amp;Légende des repères</translation>
    </message>
    <message>
      <source>Dashed border, italic title: an occurrence of a series, not written yet</source>
      <translation>Bordure en tirets, titre en italique : une occurrence de série pas encore rédigée</translation>
    </message>
    <message>
      <source>Grey day with a name: a weekend, public holiday or closure day (Edit ▸ Closure days…); the cadence expects no post on it</source>
      <translation>Jour grisé et nommé : week-end, jour férié ou jour de fermeture (Édition ▸ Jours de fermeture…) ; le rythme n’y attend aucune publication</translation>
    </message>
    <message>
      <source>Legend of the marks</source>
      <translation>Légende des repères</translation>
    </message>
    <message>
      <source>Shaded day, filled corner: more posts than the cadence allows</source>
      <translation>Jour teinté, coin plein : plus de publications que le rythme n'en prévoit</translation>
    </message>
    <message>
      <source>Shaded day, outlined corner: a cadence gap (the target expects a post)</source>
      <translation>Jour teinté, coin évidé : un creux de rythme (l'objectif attend une publication)</translation>
    </message>
    <message>
      <source>The coloured bar on the left: the post's pillar</source>
      <translation>La barre de couleur à gauche : le pilier de la publication</translation>
    </message>
  </context>
  <context>
    <name>LineReviewTab</name>
    <message numerus="yes">
      <source>%n week(s) over capacity: {list}.</source>
      <translation>
        <numerusform>%n semaine au-delà de la capacité : {list}.</numerusform>
        <numerusform>%n semaines au-delà de la capacité : {list}.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Escalate the overdue requests to the substitute</source>
      <translation>&amp;Confier les demandes en retard au suppléant</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>&amp;Période :</translation>
    </message>
    <message>
      <source>(current)</source>
      <translation>(en cours)</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>Réel</translation>
    </message>
    <message>
      <source>Approvals waiting</source>
      <translation>Validations en attente</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Audience mix</source>
      <translation>Répartition par cible</translation>
    </message>
    <message>
      <source>Charter coverage</source>
      <translation>Couverture par la charte</translation>
    </message>
    <message>
      <source>Edit the workload &amp;estimates…</source>
      <translation>Modifier les &amp;estimations de charge…</translation>
    </message>
    <message>
      <source>* Capacity cut by days off:</source>
      <translation>* Capacité réduite par les jours chômés :</translation>
    </message>
    <message>
      <source>{name}, {week}: {reason}</source>
      <translation>{name}, {week} : {reason}</translation>
    </message>
    <message>
      <source>Estimated hours per person and week</source>
      <translation>Heures estimées par personne et par semaine</translation>
    </message>
    <message>
      <source>Gap (points)</source>
      <translation>Écart (points)</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Aucune.</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Pillar mix beside the targets</source>
      <translation>Répartition par pilier face aux cibles</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>Publications</translation>
    </message>
    <message>
      <source>Replaced on</source>
      <translation>Remplacée le</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>The pillars' target shares add up to {total} %, not 100 %.</source>
      <translation>Les parts visées des piliers font {total} %, pas 100 %.</translation>
    </message>
    <message>
      <source>Validated by</source>
      <translation>Validé par</translation>
    </message>
    <message>
      <source>Validated on</source>
      <translation>Validé le</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>&amp;Escalate the overdue requests to {name}</source>
      <translation>&amp;Confier les demandes en retard à {name}</translation>
    </message>
    <message>
      <source>Versions of the editorial line</source>
      <translation>Versions de la ligne éditoriale</translation>
    </message>
    <message>
      <source>W%1</source>
      <translation>S%1</translation>
    </message>
    <message>
      <source>below the target</source>
      <translation>sous la cible</translation>
    </message>
    <message>
      <source>no post went out</source>
      <translation>aucune publication diffusée</translation>
    </message>
    <message>
      <source>not validated</source>
      <translation>non validée</translation>
    </message>
    <message>
      <source>target reached</source>
      <translation>cible atteinte</translation>
    </message>
    <message>
      <source>{covered} of {total} posts going out were covered by the charter: {share} (target 95 %) — {verdict}.</source>
      <translation>{covered} publications sur {total} diffusées étaient couvertes par la charte : {share} (cible 95 %) — {verdict}.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source> (read-only)</source>
      <translation> (lecture seule)</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) shown</source>
      <translation>
        <numerusform>%n élément affiché</numerusform>
        <numerusform>%n éléments affichés</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n week(s)</source>
      <translation>
        <numerusform>%n semaine</numerusform>
        <numerusform>%n semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;About cmplanner</source>
      <translation>À &amp;propos de cmplanner</translation>
    </message>
    <message>
      <source>&amp;Actual size</source>
      <translation>&amp;Taille réelle</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;High contrast</source>
      <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;Meeting mode</source>
      <translation>Mode &amp;réunion</translation>
    </message>
    <message>
      <source>&amp;New post on this day…</source>
      <translation>&amp;Nouvelle publication ce jour…</translation>
    </message>
    <message>
      <source>&amp;Next period</source>
      <translation>Période &amp;suivante</translation>
    </message>
    <message>
      <source>&amp;Open the selected item…</source>
      <translation>&amp;Ouvrir l'élément sélectionné…</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <source>&amp;Previous period</source>
      <translation>Période &amp;précédente</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Vue</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Aujourd'hui</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>(filtered)</source>
      <translation>(filtré)</translation>
    </message>
    <message>
      <source>About cmplanner</source>
      <translation>À propos de cmplanner</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Week of {day}, one at a time</source>
      <translation>Semaine du {day}, une à la fois</translation>
    </message>
    <message numerus="yes">
      <source>The window is too narrow for %n week(s) side by side: Previous and Next show the others.</source>
      <translation>
        <numerusform>La fenêtre est trop étroite pour %n semaine côte à côte : Période précédente et Période suivante montrent les autres.</numerusform>
        <numerusform>La fenêtre est trop étroite pour %n semaines côte à côte : Période précédente et Période suivante montrent les autres.</numerusform>
      </translation>
    </message>
    <message>
      <source>Arrows move across days; drag a chip to another day to move it.</source>
      <translation>Les flèches changent de jour ; faites glisser un élément vers un autre jour pour le déplacer.</translation>
    </message>
    <message>
      <source>Backlog</source>
      <translation>Réserve d'idées</translation>
    </message>
    <message>
      <source>Content requests</source>
      <translation>Demandes de contenu</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliquer</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <source>Deleted. Ctrl+Z brings it back.</source>
      <translation>Supprimé. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
      <source>Editorial line</source>
      <translation>Ligne éditoriale</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Meeting mode: private notes and e-mail addresses are hidden.</source>
      <translation>Mode réunion : notes privées et adresses e-mail masquées.</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <source>Move a week earlier</source>
      <translation>Déplacer d'une semaine plus tôt</translation>
    </message>
    <message>
      <source>Move a week later</source>
      <translation>Déplacer d'une semaine plus tard</translation>
    </message>
    <message>
      <source>Move to the next day</source>
      <translation>Déplacer au jour suivant</translation>
    </message>
    <message>
      <source>Move to the previous day</source>
      <translation>Déplacer au jour précédent</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message numerus="yes">
      <source>Next %n week(s)</source>
      <translation>
        <numerusform>La semaine à venir</numerusform>
        <numerusform>Les %n prochaines semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>Next item of the day</source>
      <translation>Élément suivant du jour</translation>
    </message>
    <message>
      <source>Next weeks</source>
      <translation>Prochaines semaines</translation>
    </message>
    <message>
      <source>Not possible</source>
      <translation>Impossible</translation>
    </message>
    <message>
      <source>People and sites</source>
      <translation>Personnes et sites</translation>
    </message>
    <message>
      <source>Previous item of the day</source>
      <translation>Élément précédent du jour</translation>
    </message>
    <message>
      <source>Select an item first (click it, or Alt+Down).</source>
      <translation>Sélectionnez d'abord un élément (clic, ou Alt+Bas).</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Séries</translation>
    </message>
    <message>
      <source>The post editor is not available.</source>
      <translation>L'éditeur de publication n'est pas disponible.</translation>
    </message>
    <message>
      <source>This plan is open read-only.</source>
      <translation>Ce plan est ouvert en lecture seule.</translation>
    </message>
    <message>
      <source>Undated ideas and drafts</source>
      <translation>Idées et brouillons sans date</translation>
    </message>
    <message>
      <source>User &amp;guide</source>
      <translation>&amp;Guide d'utilisation</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <source>Week by hour</source>
      <translation>Semaine par heure</translation>
    </message>
    <message>
      <source>Weeks on the &amp;board</source>
      <translation>Semaines du &amp;tableau</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;avant</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
      <source>cmplanner {version}
The editorial planner of the community manager.</source>
      <translation>cmplanner {version}
Le planificateur éditorial du community manager.</translation>
    </message>
  </context>
  <context>
    <name>MediaActions</name>
    <message>
      <source>&amp;Preview as published…</source>
      <translation>&amp;Aperçu tel que publié…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Image rights</source>
      <translation>Droit à l’image</translation>
    </message>
    <message>
      <source>Import &amp;media…</source>
      <translation>Importer des &amp;médias…</translation>
    </message>
    <message>
      <source>Import media</source>
      <translation>Importer des médias</translation>
    </message>
    <message>
      <source>Importing media…</source>
      <translation>Import des médias…</translation>
    </message>
    <message>
      <source>Media library</source>
      <translation>Médiathèque</translation>
    </message>
    <message>
      <source>Network &amp;limits…</source>
      <translation>&amp;Limites des réseaux…</translation>
    </message>
    <message>
      <source>Photos and videos</source>
      <translation>Photos et vidéos</translation>
    </message>
    <message>
      <source>Select a post to preview.</source>
      <translation>Sélectionnez une publication pour en voir l’aperçu.</translation>
    </message>
    <message>
      <source>These files were not imported:</source>
      <translation>Ces fichiers n’ont pas été importés :</translation>
    </message>
  </context>
  <context>
    <name>MediaPage</name>
    <message>
      <source>&amp;Alt text:</source>
      <translation>Texte &amp;alternatif :</translation>
    </message>
    <message>
      <source>&amp;Credit:</source>
      <translation>&amp;Crédit :</translation>
    </message>
    <message>
      <source>&amp;Import media…</source>
      <translation>&amp;Importer des médias…</translation>
    </message>
    <message>
      <source>&amp;Pillar:</source>
      <translation>&amp;Pilier :</translation>
    </message>
    <message>
      <source>&amp;Remove from the library</source>
      <translation>&amp;Retirer de la médiathèque</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>&amp;Tags:</source>
      <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
      <source>This is one file of the library: it is not copied as a new item.</source>
      <translation>C’est un fichier de la médiathèque : il n’est pas copié comme nouvel élément.</translation>
    </message>
    <message>
      <source>All media</source>
      <translation>Tous les médias</translation>
    </message>
    <message>
      <source>People shown:</source>
      <translation>Personnes visibles :</translation>
    </message>
    <message>
      <source>Choose a photo or a video.</source>
      <translation>Choisissez une photo ou une vidéo.</translation>
    </message>
    <message>
      <source>For the &amp;request:</source>
      <translation>Pour la &amp;demande :</translation>
    </message>
    <message>
      <source>No pillar</source>
      <translation>Aucun pilier</translation>
    </message>
    <message>
      <source>No request</source>
      <translation>Aucune demande</translation>
    </message>
    <message>
      <source>No site</source>
      <translation>Aucun site</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Not yet used</source>
      <translation>Pas encore utilisés</translation>
    </message>
    <message>
      <source>S&amp;ite:</source>
      <translation>S&amp;ite :</translation>
    </message>
    <message>
      <source>Search names, tags, alt text…</source>
      <translation>Chercher noms, mots-clés, texte alternatif…</translation>
    </message>
    <message>
      <source>Sent &amp;by:</source>
      <translation>Envoyé &amp;par :</translation>
    </message>
    <message>
      <source>Used in posts</source>
      <translation>Utilisés dans des publications</translation>
    </message>
    <message>
      <source>Used in:</source>
      <translation>Utilisé dans :</translation>
    </message>
    <message>
      <source>comma-separated</source>
      <translation>séparés par des virgules</translation>
    </message>
  </context>
  <context>
    <name>MeetingActions</name>
    <message>
      <source>Add a &amp;note to the minutes…</source>
      <translation>Ajouter une &amp;note au compte rendu…</translation>
    </message>
    <message>
      <source>End the &amp;meeting…</source>
      <translation>Terminer la &amp;réunion…</translation>
    </message>
    <message>
      <source>Meeting &amp;minutes…</source>
      <translation>&amp;Comptes rendus de réunion…</translation>
    </message>
    <message numerus="yes">
      <source>Meeting under way: %n decision(s) logged</source>
      <translation>
        <numerusform>Réunion en cours : %n décision notée</numerusform>
        <numerusform>Réunion en cours : %n décisions notées</numerusform>
      </translation>
    </message>
    <message>
      <source>Note for the minutes</source>
      <translation>Note pour le compte rendu</translation>
    </message>
    <message>
      <source>Start a &amp;meeting…</source>
      <translation>Démarrer une &amp;réunion…</translation>
    </message>
    <message>
      <source>What was said or decided:</source>
      <translation>Ce qui a été dit ou décidé :</translation>
    </message>
  </context>
  <context>
    <name>MinutesDialog</name>
    <message>
      <source>&amp;Save as PDF or HTML…</source>
      <translation>&amp;Enregistrer en PDF ou HTML…</translation>
    </message>
    <message>
      <source>Meeting minutes</source>
      <translation>Comptes rendus de réunion</translation>
    </message>
    <message>
      <source>No meeting has ended yet.</source>
      <translation>Aucune réunion terminée pour l'instant.</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Web page (*.html)</source>
      <translation>PDF (*.pdf);;Page web (*.html)</translation>
    </message>
    <message>
      <source>Save the minutes</source>
      <translation>Enregistrer le compte rendu</translation>
    </message>
  </context>
  <context>
    <name>NetworkEditorDialog</name>
    <message>
      <source>&amp;Cadence target:</source>
      <translation>&amp;Rythme visé :</translation>
    </message>
    <message>
      <source>&amp;Handle:</source>
      <translation>&amp;Identifiant :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>T&amp;ype :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>@account or page</source>
      <translation>@compte ou page</translation>
    </message>
    <message numerus="yes">
      <source>About %n post(s) a week.</source>
      <translation>
        <numerusform>Environ %n publication par semaine.</numerusform>
        <numerusform>Environ %n publications par semaine.</numerusform>
      </translation>
    </message>
    <message>
      <source>About {week} posts a week.</source>
      <translation>Environ {week} publications par semaine.</translation>
    </message>
    <message>
      <source>Create network {name}</source>
      <translation>Créer le réseau {name}</translation>
    </message>
    <message>
      <source>Edit network {name}</source>
      <translation>Modifier le réseau {name}</translation>
    </message>
    <message>
      <source>Network {name}</source>
      <translation>Réseau {name}</translation>
    </message>
    <message>
      <source>New network</source>
      <translation>Nouveau réseau</translation>
    </message>
    <message>
      <source>No target.</source>
      <translation>Aucun rythme visé.</translation>
    </message>
    <message>
      <source>We publish on this network</source>
      <translation>Nous publions sur ce réseau</translation>
    </message>
    <message>
      <source>e.g. 3 per week, 1 par jour</source>
      <translation>ex. : 3 par semaine, 1 par jour</translation>
    </message>
  </context>
  <context>
    <name>NetworkLimitsDialog</name>
    <message>
      <source>Bytes</source>
      <translation>Octets</translation>
    </message>
    <message>
      <source>Characters</source>
      <translation>Caractères</translation>
    </message>
    <message>
      <source>Checked on</source>
      <translation>Vérifiées le</translation>
    </message>
    <message>
      <source>Fold</source>
      <translation>Pli</translation>
    </message>
    <message>
      <source>Hashtags</source>
      <translation>Hashtags</translation>
    </message>
    <message>
      <source>{date} — to check again</source>
      <translation>{date} — à revérifier</translation>
    </message>
    <message>
      <source>Limits checked by the post editor. Change a figure for this plan (e.g. your Mastodon server's own limit); empty the cell to go back to the application's figure.</source>
      <translation>Limites vérifiées par l’éditeur de publication. Modifiez un chiffre pour ce plan (par exemple la limite de votre serveur Mastodon) ; videz la case pour revenir au chiffre de l’application.</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Network limits</source>
      <translation>Limites des réseaux</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
  </context>
  <context>
    <name>NetworkPicker</name>
    <message>
      <source>No network</source>
      <translation>Aucun réseau</translation>
    </message>
  </context>
  <context>
    <name>NetworksPage</name>
    <message>
      <source>Cadence</source>
      <translation>Rythme</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Tick the networks you post on and write how often, like “3 per week” or “1 par jour”. Leave it empty for no target.</source>
      <translation>Cochez les réseaux où vous publiez et indiquez le rythme, par exemple « 3 par semaine » ou « 1 par jour ». Laissez vide pour ne pas fixer d'objectif.</translation>
    </message>
  </context>
  <context>
    <name>NewPlanWizard</name>
    <message>
      <source>New plan</source>
      <translation>Nouveau plan</translation>
    </message>
  </context>
  <context>
    <name>OffsetSpin</name>
    <message>
      <source>D</source>
      <comment>the event's day, as in D-14</comment>
      <translation>J</translation>
    </message>
  </context>
  <context>
    <name>Pages</name>
    <message>
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
      <source>the plan's rules (charter, circuit or editorial line)</source>
      <translation>les règles du plan (charte, circuit ou ligne éditoriale)</translation>
    </message>
    <message>
      <source>{name} is still used by {uses}: change those first, then delete it.</source>
      <translation>Impossible de supprimer {name} : des éléments y font encore référence ({uses}). Modifiez-les d'abord, puis recommencez.</translation>
    </message>
    <message numerus="yes">
      <source>%n post(s)</source>
      <translation>
        <numerusform>%n publication</numerusform>
        <numerusform>%n publications</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n series</source>
      <translation>
        <numerusform>%n série</numerusform>
        <numerusform>%n séries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n event(s)</source>
      <translation>
        <numerusform>%n événement</numerusform>
        <numerusform>%n événements</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n request(s)</source>
      <translation>
        <numerusform>%n demande</numerusform>
        <numerusform>%n demandes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n person(s)</source>
      <translation>
        <numerusform>%n personne</numerusform>
        <numerusform>%n personnes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n media item(s) or consent(s)</source>
      <translation>
        <numerusform>%n média ou consentement</numerusform>
        <numerusform>%n médias ou consentements</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PeopleModels</name>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <source>Site</source>
      <translation>Site</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>&amp;Add a person…</source>
      <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
      <source>Add a &amp;site…</source>
      <translation>Ajouter un &amp;site…</translation>
    </message>
    <message>
      <source>Delete person {name}</source>
      <translation>Supprimer la personne {name}</translation>
    </message>
    <message>
      <source>Delete site {name}</source>
      <translation>Supprimer le site {name}</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>Sites</source>
      <translation>Sites</translation>
    </message>
  </context>
  <context>
    <name>PeoplePicker</name>
    <message>
      <source>Find a person…</source>
      <translation>Trouver une personne…</translation>
    </message>
    <message>
      <source>New &amp;person…</source>
      <translation>Nouvelle &amp;personne…</translation>
    </message>
  </context>
  <context>
    <name>PersonEditorDialog</name>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Roles:</source>
      <translation>&amp;Rôles :</translation>
    </message>
    <message>
      <source>&amp;Site:</source>
      <translation>&amp;Site :</translation>
    </message>
    <message>
      <source>Add person {name}</source>
      <translation>Ajouter la personne {name}</translation>
    </message>
    <message>
      <source>Edit person {name}</source>
      <translation>Modifier la personne {name}</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Nouvelle personne</translation>
    </message>
    <message>
      <source>No particular site</source>
      <translation>Aucun site en particulier</translation>
    </message>
    <message>
      <source>Person {name}</source>
      <translation>Personne {name}</translation>
    </message>
  </context>
  <context>
    <name>PersonPicker</name>
    <message>
      <source>New person</source>
      <translation>Nouvelle personne</translation>
    </message>
    <message>
      <source>Name of the person (an external participant too):</source>
      <translation>Nom de la personne (y compris un participant extérieur) :</translation>
    </message>
    <message>
      <source>Type a name…</source>
      <translation>Tapez un nom…</translation>
    </message>
    <message>
      <source>New &amp;person…</source>
      <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
      <source>Add someone who is not in People yet, an external participant for instance</source>
      <translation>Ajouter quelqu’un qui n’est pas encore dans Personnes, un participant extérieur par exemple</translation>
    </message>
  </context>
  <context>
    <name>PillarEditorDialog</name>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Target share of posts:</source>
      <translation>&amp;Part visée des publications :</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoisir…</translation>
    </message>
    <message>
      <source>Colour of the pillar</source>
      <translation>Couleur du pilier</translation>
    </message>
    <message>
      <source>Colour:</source>
      <translation>Couleur :</translation>
    </message>
    <message>
      <source>Create pillar {name}</source>
      <translation>Créer le pilier {name}</translation>
    </message>
    <message>
      <source>Edit pillar {name}</source>
      <translation>Modifier le pilier {name}</translation>
    </message>
    <message>
      <source>New pillar</source>
      <translation>Nouveau pilier</translation>
    </message>
    <message>
      <source>Pillar {name}</source>
      <translation>Pilier {name}</translation>
    </message>
  </context>
  <context>
    <name>PillarsPage</name>
    <message>
      <source>Editorial pillars</source>
      <translation>Piliers éditoriaux</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Target share (%)</source>
      <translation>Part visée (%)</translation>
    </message>
    <message>
      <source>The themes you speak about, and the share of posts each should have. You can change them later in the editorial line.</source>
      <translation>Les thèmes dont vous parlez et la part des publications que chacun devrait avoir. Vous pourrez les modifier ensuite dans la ligne éditoriale.</translation>
    </message>
    <message>
      <source>Total: %1 %</source>
      <translation>Total : %1 %</translation>
    </message>
  </context>
  <context>
    <name>PlanActions</name>
    <message>
      <source>&amp;New plan…</source>
      <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
      <source>No recent plan</source>
      <translation>Aucun plan récent</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>Ouvrir un plan &amp;récent</translation>
    </message>
    <message>
      <source>Open the &amp;demo plan</source>
      <translation>Ouvrir le plan de &amp;démonstration</translation>
    </message>
  </context>
  <context>
    <name>PostEditorDialog</name>
    <message>
      <source>&amp;Audience:</source>
      <translation>&amp;Cible :</translation>
    </message>
    <message>
      <source>&amp;Comments:</source>
      <translation>&amp;Commentaires :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>T&amp;ype :</translation>
    </message>
    <message>
      <source>&amp;Media needed:</source>
      <translation>&amp;Médias nécessaires :</translation>
    </message>
    <message>
      <source>&amp;Networks:</source>
      <translation>&amp;Réseaux :</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>Responsa&amp;ble :</translation>
    </message>
    <message>
      <source>&amp;Pillar:</source>
      <translation>&amp;Pilier :</translation>
    </message>
    <message>
      <source>&amp;Reach:</source>
      <translation>&amp;Portée :</translation>
    </message>
    <message>
      <source>&amp;Shares:</source>
      <translation>P&amp;artages :</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>Adapt the text for a network; leave empty to use the main text.</source>
      <translation>Adaptez le texte pour un réseau ; laissez vide pour utiliser le texte principal.</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Validations</translation>
    </message>
    <message>
      <source>Belongs to:</source>
      <translation>Rattachée à :</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <source>Content d&amp;eadline:</source>
      <translation>Date &amp;limite des contenus :</translation>
    </message>
    <message>
      <source>Create post {title}</source>
      <translation>Créer la publication {title}</translation>
    </message>
    <message>
      <source>Edit post {title}</source>
      <translation>Modifier la publication {title}</translation>
    </message>
    <message>
      <source>Media</source>
      <translation>Médias</translation>
    </message>
    <message>
      <source>New post</source>
      <translation>Nouvelle publication</translation>
    </message>
    <message>
      <source>No date (backlog idea)</source>
      <translation>Sans date (idée en réserve)</translation>
    </message>
    <message>
      <source>No deadline</source>
      <translation>Sans date limite</translation>
    </message>
    <message>
      <source>No particular audience</source>
      <translation>Aucune cible en particulier</translation>
    </message>
    <message>
      <source>No pillar</source>
      <translation>Aucun pilier</translation>
    </message>
    <message>
      <source>No series or event</source>
      <translation>Aucune série ni événement</translation>
    </message>
    <message>
      <source>Nobody yet</source>
      <translation>Personne pour l'instant</translation>
    </message>
    <message>
      <source>Not published</source>
      <translation>Non publiée</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>Planification</translation>
    </message>
    <message>
      <source>Post {title}</source>
      <translation>Publication {title}</translation>
    </message>
    <message>
      <source>Previews</source>
      <translation>Aperçus</translation>
    </message>
    <message>
      <source>Pri&amp;vate notes:</source>
      <translation>Notes pri&amp;vées :</translation>
    </message>
    <message>
      <source>Promotion of the event {name}</source>
      <translation>Promotion de l'événement {name}</translation>
    </message>
    <message>
      <source>Public n&amp;otes:</source>
      <translation>N&amp;otes publiques :</translation>
    </message>
    <message>
      <source>Publication &amp;URL:</source>
      <translation>&amp;URL de la publication :</translation>
    </message>
    <message>
      <source>Publication &amp;date:</source>
      <translation>&amp;Date de publication :</translation>
    </message>
    <message>
      <source>Published &amp;on:</source>
      <translation>Publiée &amp;le :</translation>
    </message>
    <message>
      <source>Re&amp;actions:</source>
      <translation>&amp;Réactions :</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Sensitive subject (exceptional validation circuit)</source>
      <translation>Sujet sensible (circuit de validation exceptionnel)</translation>
    </message>
    <message>
      <source>Series {name}</source>
      <translation>Série {name}</translation>
    </message>
    <message>
      <source>Series {name} (occurrence of {date})</source>
      <translation>Série {name} (occurrence du {date})</translation>
    </message>
    <message>
      <source>Te&amp;xt:</source>
      <translation>Te&amp;xte :</translation>
    </message>
    <message>
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
      <source>Tick the photos and videos of the library to attach; the first is the cover. Import new ones with File ▸ Import media…</source>
      <translation>Cochez les photos et vidéos de la médiathèque à joindre ; la première sert de couverture. Importez-en de nouvelles avec Fichier ▸ Importer des médias…</translation>
    </message>
    <message>
      <source>Variants</source>
      <translation>Variantes</translation>
    </message>
    <message>
      <source>{name} (inactive)</source>
      <translation>{name} (inactif)</translation>
    </message>
  </context>
  <context>
    <name>PostWorkflow</name>
    <message>
      <source>Approve post {title}</source>
      <translation>Approuver la publication {title}</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Validé</translation>
    </message>
    <message>
      <source>Back to draft</source>
      <translation>Retour au brouillon</translation>
    </message>
    <message>
      <source>Back to ideas</source>
      <translation>Retour aux idées</translation>
    </message>
    <message>
      <source>Cancel post {title}</source>
      <translation>Annuler la publication {title}</translation>
    </message>
    <message>
      <source>Cancel the post</source>
      <translation>Annuler la publication</translation>
    </message>
    <message>
      <source>Mark as published</source>
      <translation>Marquer comme publiée</translation>
    </message>
    <message>
      <source>Mark post {title} as published</source>
      <translation>Marquer la publication {title} comme publiée</translation>
    </message>
    <message>
      <source>Move post {title} back to ideas</source>
      <translation>Remettre la publication {title} dans les idées</translation>
    </message>
    <message>
      <source>Move post {title} to draft</source>
      <translation>Passer la publication {title} en brouillon</translation>
    </message>
    <message>
      <source>Reject post {title}</source>
      <translation>Refuser la publication {title}</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <source>Reopen as a draft</source>
      <translation>Rouvrir en brouillon</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Programmer</translation>
    </message>
    <message>
      <source>Schedule post {title}</source>
      <translation>Programmer la publication {title}</translation>
    </message>
    <message>
      <source>Start the draft</source>
      <translation>Commencer la rédaction</translation>
    </message>
    <message>
      <source>Submit for validation</source>
      <translation>Soumettre à validation</translation>
    </message>
    <message>
      <source>Submit post {title} for validation</source>
      <translation>Soumettre la publication {title} à validation</translation>
    </message>
    <message>
      <source>Withdraw from validation</source>
      <translation>Retirer de la validation</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>&amp;I am:</source>
      <translation>&amp;Je suis :</translation>
    </message>
    <message>
      <source>Interface &amp;language:</source>
      <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <source>The language applies the next time cmplanner starts.</source>
      <translation>La langue s'applique au prochain démarrage de cmplanner.</translation>
    </message>
  </context>
  <context>
    <name>PreviewCard</name>
    <message numerus="yes">
      <source>%n more photo(s) in the carousel</source>
      <translation>
        <numerusform>%n autre photo dans le carrousel</numerusform>
        <numerusform>%n autres photos dans le carrousel</numerusform>
      </translation>
    </message>
    <message>
      <source>Photo {name} ({ratio}:1)</source>
      <translation>Photo {name} ({ratio}:1)</translation>
    </message>
    <message>
      <source>more</source>
      <translation>plus</translation>
    </message>
  </context>
  <context>
    <name>PreviewDialog</name>
    <message>
      <source>Preview of {title}</source>
      <translation>Aperçu de {title}</translation>
    </message>
  </context>
  <context>
    <name>PreviewStrip</name>
    <message>
      <source>Choose a network to see its preview.</source>
      <translation>Choisissez un réseau pour voir son aperçu.</translation>
    </message>
  </context>
  <context>
    <name>PreviewTableModel</name>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <source>IRL event</source>
      <translation>Événement IRL</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Mettre à jour</translation>
    </message>
  </context>
  <context>
    <name>PromotionTable</name>
    <message>
      <source>&amp;Add a step</source>
      <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
      <source>D-14 announcement, D-7 and D-1 reminders, live on the day, D+1 recap</source>
      <translation>Annonce à J-14, rappels à J-7 et J-1, direct le jour J, récapitulatif à J+1</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Default plan</source>
      <translation>Plan par défaut</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Remo&amp;ve the step</source>
      <translation>Su&amp;pprimer l'étape</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
  </context>
  <context>
    <name>PublicationDialog</name>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <source>&amp;Comments:</source>
      <translation>&amp;Commentaires :</translation>
    </message>
    <message>
      <source>&amp;Reach:</source>
      <translation>&amp;Portée :</translation>
    </message>
    <message>
      <source>&amp;Shares:</source>
      <translation>Pa&amp;rtages :</translation>
    </message>
    <message>
      <source>Published &amp;on:</source>
      <translation>Publiée &amp;le :</translation>
    </message>
    <message>
      <source>Re&amp;actions:</source>
      <translation>Ré&amp;actions :</translation>
    </message>
    <message>
      <source>Record the publication</source>
      <translation>Enregistrer la publication</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Voir dans :</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Fichiers de &amp;type :</translation>
    </message>
  </context>
  <context>
    <name>QuickAddDialog</name>
    <message>
      <source>&amp;Networks:</source>
      <translation>&amp;Réseaux :</translation>
    </message>
    <message>
      <source>&amp;Pillar:</source>
      <translation>&amp;Pilier :</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>More options…</source>
      <translation>Plus d'options…</translation>
    </message>
    <message>
      <source>New post</source>
      <translation>Nouvelle publication</translation>
    </message>
    <message>
      <source>No pillar</source>
      <translation>Aucun pilier</translation>
    </message>
    <message>
      <source>T&amp;ime:</source>
      <translation>&amp;Heure :</translation>
    </message>
    <message>
      <source>What will you post?</source>
      <translation>Qu'allez-vous publier ?</translation>
    </message>
  </context>
  <context>
    <name>Quotes</name>
    <message>
      <source>“{text}”</source>
      <translation>« {text} »</translation>
    </message>
  </context>
  <context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
      <source> occurrence(s)</source>
      <translation>
        <numerusform> occurrence</numerusform>
        <numerusform> occurrences</numerusform>
      </translation>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Quotidienne</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Mensuelle</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <source>Next occurrences:</source>
      <translation>Prochaines occurrences :</translation>
    </message>
    <message>
      <source>No occurrence to come.</source>
      <translation>Aucune occurrence à venir.</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Le</translation>
    </message>
    <message>
      <source>On day</source>
      <translation>Le jour</translation>
    </message>
    <message>
      <source>On the</source>
      <translation>Le</translation>
    </message>
    <message>
      <source>On:</source>
      <translation>Jours :</translation>
    </message>
    <message>
      <source>Repeat:</source>
      <translation>Répétition :</translation>
    </message>
    <message>
      <source>Rule as text (RRULE, for experts):</source>
      <translation>Règle en texte (RRULE, pour experts) :</translation>
    </message>
    <message>
      <source>The rule cannot be used as it is.</source>
      <translation>La règle n'est pas utilisable en l'état.</translation>
    </message>
    <message>
      <source>This rule goes beyond the fields above: edit it as text below.</source>
      <translation>Cette règle dépasse ce que permettent les champs ci-dessus : modifiez-la en texte ci-dessous.</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Hebdomadaire</translation>
    </message>
    <message>
      <source>Yearly</source>
      <translation>Annuelle</translation>
    </message>
    <message numerus="yes">
      <source>day(s)</source>
      <translation>
        <numerusform>jour</numerusform>
        <numerusform>jours</numerusform>
      </translation>
    </message>
    <message>
      <source>every</source>
      <translation>tous les</translation>
    </message>
    <message numerus="yes">
      <source>month(s)</source>
      <translation>
        <numerusform>mois</numerusform>
        <numerusform>mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>week(s)</source>
      <translation>
        <numerusform>semaine</numerusform>
        <numerusform>semaines</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>year(s)</source>
      <translation>
        <numerusform>an</numerusform>
        <numerusform>ans</numerusform>
      </translation>
    </message>
    <message>
      <source>{date} (moved)</source>
      <translation>{date} (déplacée)</translation>
    </message>
  </context>
  <context>
    <name>Regions</name>
    <message>
      <source>Bas-Rhin (Alsace-Moselle)</source>
      <translation>Bas-Rhin (Alsace-Moselle)</translation>
    </message>
    <message>
      <source>Belgium</source>
      <translation>Belgique</translation>
    </message>
    <message>
      <source>Canada</source>
      <translation>Canada</translation>
    </message>
    <message>
      <source>France</source>
      <translation>France</translation>
    </message>
    <message>
      <source>Haut-Rhin (Alsace-Moselle)</source>
      <translation>Haut-Rhin (Alsace-Moselle)</translation>
    </message>
    <message>
      <source>Moselle (Alsace-Moselle)</source>
      <translation>Moselle (Alsace-Moselle)</translation>
    </message>
    <message>
      <source>Ontario</source>
      <translation>Ontario</translation>
    </message>
    <message>
      <source>Québec</source>
      <translation>Québec</translation>
    </message>
    <message>
      <source>Switzerland</source>
      <translation>Suisse</translation>
    </message>
    <message>
      <source>Whole country</source>
      <translation>Tout le pays</translation>
    </message>
  </context>
  <context>
    <name>ReportDialog</name>
    <message>
      <source>&amp;File (.pdf or .html):</source>
      <translation>&amp;Fichier (.pdf ou .html) :</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <source>&amp;Period (month or quarter):</source>
      <translation>&amp;Période (mois ou trimestre) :</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Cancelled: nothing was written.</source>
      <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <source>Choose a file ending in .pdf or .html.</source>
      <translation>Choisissez un fichier en .pdf ou .html.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Anglais</translation>
    </message>
    <message>
      <source>French</source>
      <translation>Français</translation>
    </message>
    <message>
      <source>Management report</source>
      <translation>Revue de direction</translation>
    </message>
    <message>
      <source>PDF (*.pdf);;Web page (*.html)</source>
      <translation>PDF (*.pdf);;Page web (*.html)</translation>
    </message>
    <message>
      <source>Writing the management report…</source>
      <translation>Écriture de la revue de direction…</translation>
    </message>
  </context>
  <context>
    <name>RequestEditorDialog</name>
    <message>
      <source>&amp;Answered by the post:</source>
      <translation>Publication de &amp;réponse :</translation>
    </message>
    <message>
      <source>&amp;Details:</source>
      <translation>Dé&amp;tails :</translation>
    </message>
    <message>
      <source>&amp;Handled by:</source>
      <translation>&amp;Pris en charge par :</translation>
    </message>
    <message>
      <source>&amp;Requested by:</source>
      <translation>&amp;Demandé par :</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>St&amp;atut :</translation>
    </message>
    <message>
      <source>&amp;Topic:</source>
      <translation>&amp;Sujet :</translation>
    </message>
    <message>
      <source>Create request {topic}</source>
      <translation>Créer la demande {topic}</translation>
    </message>
    <message>
      <source>D&amp;ue:</source>
      <translation>É&amp;chéance :</translation>
    </message>
    <message>
      <source>Edit request {topic}</source>
      <translation>Modifier la demande {topic}</translation>
    </message>
    <message>
      <source>Media &amp;needed:</source>
      <translation>Médias &amp;nécessaires :</translation>
    </message>
    <message>
      <source>Media &amp;offered:</source>
      <translation>Médias pr&amp;oposés :</translation>
    </message>
    <message>
      <source>New content request</source>
      <translation>Nouvelle demande de contenu</translation>
    </message>
    <message>
      <source>No due date</source>
      <translation>Sans échéance</translation>
    </message>
    <message>
      <source>No post yet</source>
      <translation>Aucune publication pour l'instant</translation>
    </message>
    <message>
      <source>Nobody yet</source>
      <translation>Personne pour l'instant</translation>
    </message>
    <message>
      <source>Request {topic}</source>
      <translation>Demande {topic}</translation>
    </message>
    <message>
      <source>Requested on {date}</source>
      <translation>Demandée le {date}</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
  </context>
  <context>
    <name>RequestModel</name>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Media offered</source>
      <translation>Médias proposés</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>Demandé par</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <source>{date} — overdue</source>
      <translation>{date} — en retard</translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message numerus="yes">
      <source>%n request(s) overdue</source>
      <translation>
        <numerusform>%n demande en retard</numerusform>
        <numerusform>%n demandes en retard</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;New request…</source>
      <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
      <source>&amp;Write a post from this request…</source>
      <translation>&amp;Rédiger une publication à partir de cette demande…</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Traitées</translation>
    </message>
    <message>
      <source>Delete request {name}</source>
      <translation>Supprimer la demande {name}</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Hide done and declined requests</source>
      <translation>Masquer les demandes traitées et refusées</translation>
    </message>
    <message>
      <source>Nobody named</source>
      <translation>Personne de nommé</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Post content</source>
      <translation>Contenu de publication</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçues</translation>
    </message>
    <message>
      <source>Referent</source>
      <translation>Référent</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Demande</translation>
    </message>
    <message>
      <source>Requests per referent</source>
      <translation>Demandes par référent</translation>
    </message>
    <message>
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Upcoming content deadlines (3 weeks)</source>
      <translation>Prochaines échéances de contenu (3 semaines)</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Quoi</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Choose the backup to bring back. The plan as it is now is backed up first, and Edit history is cleared: File &gt; Undo restore brings the current plan back.</source>
      <translation>Choisissez la sauvegarde à restaurer. Le plan actuel est d'abord sauvegardé et l'historique des modifications est effacé : Fichier &gt; Annuler la restauration rétablit le plan actuel.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>This plan has no backup yet.</source>
      <translation>Ce plan n'a encore aucune sauvegarde.</translation>
    </message>
  </context>
  <context>
    <name>ReviewActions</name>
    <message>
      <source>&amp;Management report…</source>
      <translation>Revue de &amp;direction…</translation>
    </message>
    <message>
      <source>Record &amp;publication…</source>
      <translation>Enregistrer la &amp;publication…</translation>
    </message>
    <message>
      <source>Select a post first (click it, or Alt+Down).</source>
      <translation>Sélectionnez d'abord une publication (cliquez dessus, ou Alt+Bas).</translation>
    </message>
  </context>
  <context>
    <name>RulePhrases</name>
    <message>
      <source>a custom rule ({rule})</source>
      <translation>une règle personnalisée ({rule})</translation>
    </message>
    <message>
      <source>every day</source>
      <translation>tous les jours</translation>
    </message>
    <message>
      <source>every working day (Monday to Friday)</source>
      <translation>tous les jours ouvrés (du lundi au vendredi)</translation>
    </message>
    <message>
      <source>every year on {date}</source>
      <translation>chaque année, le {date}</translation>
    </message>
    <message>
      <source>every {days}</source>
      <translation>chaque {days}</translation>
    </message>
    <message>
      <source>every {n} days</source>
      <translation>tous les {n} jours</translation>
    </message>
    <message>
      <source>every {n} weeks on {days}</source>
      <translation>toutes les {n} semaines, le {days}</translation>
    </message>
    <message>
      <source>every {n} years on {date}</source>
      <translation>tous les {n} ans, le {date}</translation>
    </message>
    <message>
      <source>first</source>
      <translation>premier</translation>
    </message>
    <message>
      <source>fourth</source>
      <translation>4e</translation>
    </message>
    <message>
      <source>last</source>
      <translation>dernier</translation>
    </message>
    <message>
      <source>on day {day} of every month</source>
      <translation>le {day} de chaque mois</translation>
    </message>
    <message>
      <source>on day {day}, every {n} months</source>
      <translation>le {day}, tous les {n} mois</translation>
    </message>
    <message>
      <source>on the {ordinal} {weekday} of every month</source>
      <translation>le {ordinal} {weekday} de chaque mois</translation>
    </message>
    <message>
      <source>on the {ordinal} {weekday}, every {n} months</source>
      <translation>le {ordinal} {weekday}, tous les {n} mois</translation>
    </message>
    <message>
      <source>second</source>
      <translation>2e</translation>
    </message>
    <message>
      <source>third</source>
      <translation>3e</translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} et {last}</translation>
    </message>
    <message>
      <source>{rule} at {time}</source>
      <translation>{rule} à {time}</translation>
    </message>
    <message>
      <source>{rule}, once</source>
      <translation>{rule}, une seule fois</translation>
    </message>
    <message>
      <source>{rule}, until {date}</source>
      <translation>{rule}, jusqu'au {date}</translation>
    </message>
    <message>
      <source>{rule}, {count} times</source>
      <translation>{rule}, {count} fois</translation>
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <source>&amp;Undo restore</source>
      <translation>Annuler la restauratio&amp;n</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Enregistrer une copie</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>Automatic backup failed</source>
      <translation>Échec de la sauvegarde automatique</translation>
    </message>
    <message>
      <source>Backup not restored</source>
      <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
      <source>Bring back the plan as it was before the restore?</source>
      <translation>Rétablir le plan tel qu'il était avant la restauration ?</translation>
    </message>
    <message>
      <source>Changes made since the restore are replaced; they stay in a backup.</source>
      <translation>Les modifications faites depuis la restauration sont remplacées ; elles restent dans une sauvegarde.</translation>
    </message>
    <message>
      <source>Copy not saved</source>
      <translation>Copie non enregistrée</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
      <source>The plan has not been changed.</source>
      <translation>Le plan n'a pas été modifié.</translation>
    </message>
    <message>
      <source>Undo restore</source>
      <translation>Annuler la restauration</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
  </context>
  <context>
    <name>SaveFileRow</name>
    <message>
      <source>&amp;Write</source>
      <translation>É&amp;crire</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
  </context>
  <context>
    <name>SeriesActions</name>
    <message>
      <source>New &amp;series…</source>
      <translation>Nouvelle &amp;série…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open the &amp;series of this item…</source>
      <translation>Ouvrir la &amp;série de cet élément…</translation>
    </message>
    <message>
      <source>Open this occurrence only, or the whole series?</source>
      <translation>Ouvrir cette occurrence seulement, ou toute la série ?</translation>
    </message>
    <message>
      <source>Recurring series and the occurrences lacking content</source>
      <translation>Séries récurrentes et occurrences sans contenu</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Séries</translation>
    </message>
    <message>
      <source>The selected item is not part of a series.</source>
      <translation>L'élément choisi ne fait pas partie d'une série.</translation>
    </message>
    <message>
      <source>The whole &amp;series</source>
      <translation>Toute la &amp;série</translation>
    </message>
    <message>
      <source>This &amp;occurrence</source>
      <translation>Cette &amp;occurrence</translation>
    </message>
    <message>
      <source>“{title}” is part of a series.</source>
      <translation>« {title} » fait partie d'une série.</translation>
    </message>
  </context>
  <context>
    <name>SeriesEditorDialog</name>
    <message>
      <source>&amp;First occurrence:</source>
      <translation>Pre&amp;mière occurrence :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Networks:</source>
      <translation>&amp;Réseaux :</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>Responsa&amp;ble :</translation>
    </message>
    <message>
      <source>&amp;Pillar:</source>
      <translation>&amp;Pilier :</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>Resta&amp;urer</translation>
    </message>
    <message>
      <source>&amp;Title template:</source>
      <translation>Modèle de &amp;titre :</translation>
    </message>
    <message>
      <source>Create series {name}</source>
      <translation>Créer la série {name}</translation>
    </message>
    <message>
      <source>Edit series {name}</source>
      <translation>Modifier la série {name}</translation>
    </message>
    <message>
      <source>In templates, {date} is the occurrence's date, {n} its number and {series} the series' name.</source>
      <translation>Dans les modèles, {date} est la date de l'occurrence, {n} son numéro et {series} le nom de la série.</translation>
    </message>
    <message>
      <source>Moved to {date}</source>
      <translation>Déplacée au {date}</translation>
    </message>
    <message>
      <source>New series</source>
      <translation>Nouvelle série</translation>
    </message>
    <message>
      <source>No pillar</source>
      <translation>Aucun pilier</translation>
    </message>
    <message>
      <source>Nobody yet</source>
      <translation>Personne pour l'instant</translation>
    </message>
    <message>
      <source>Occurrence</source>
      <translation>Occurrence</translation>
    </message>
    <message>
      <source>Put the selected occurrence back at its usual date</source>
      <translation>Remettre l'occurrence sélectionnée à sa date habituelle</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <source>S&amp;kip the selected occurrence</source>
      <translation>&amp;Omettre l'occurrence sélectionnée</translation>
    </message>
    <message>
      <source>Series {name}</source>
      <translation>Série {name}</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Omise</translation>
    </message>
    <message>
      <source>Skipped and moved occurrences</source>
      <translation>Occurrences omises ou déplacées</translation>
    </message>
    <message>
      <source>Te&amp;xt template:</source>
      <translation>Modèle de te&amp;xte :</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Changement</translation>
    </message>
  </context>
  <context>
    <name>SeriesPage</name>
    <message>
      <source>&amp;New series…</source>
      <translation>&amp;Nouvelle série…</translation>
    </message>
    <message>
      <source>&amp;Write now…</source>
      <translation>&amp;Rédiger maintenant…</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliquer</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>E&amp;nd…</source>
      <translation>&amp;Terminer…</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Lacking content</source>
      <translation>Sans contenu</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Next occurrence</source>
      <translation>Prochaine occurrence</translation>
    </message>
    <message numerus="yes">
      <source>Occurrences of the next weeks lacking content: %n</source>
      <translation>
        <numerusform>Occurrence des prochaines semaines sans contenu : %n</numerusform>
        <numerusform>Occurrences des prochaines semaines sans contenu : %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Occurrences of {name} lacking content: %n</source>
      <translation>
        <numerusform>Occurrence de {name} sans contenu : %n</numerusform>
        <numerusform>Occurrences de {name} sans contenu : %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>Répétition</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Series {name} deleted; the posts already written stay. Ctrl+Z brings it back.</source>
      <translation>Série {name} supprimée ; les publications déjà rédigées restent. Ctrl+Z la rétablit.</translation>
    </message>
    <message>
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : rien ne peut être modifié.</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Day off</source>
      <translation>Jour chômé</translation>
    </message>
    <message>
      <source>Write this occurrence as a draft filled from the series' templates, and open it</source>
      <translation>Rédiger cette occurrence en brouillon rempli à partir des modèles de la série, et l'ouvrir</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
    <message numerus="yes">
      <source>%n occurrence(s)</source>
      <translation>
        <numerusform>%n occurrence</numerusform>
        <numerusform>%n occurrences</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of them on a day off</source>
      <translation>
        <numerusform>dont %n tombe un jour chômé</numerusform>
        <numerusform>dont %n tombent un jour chômé</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SiteEditorDialog</name>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Region:</source>
      <translation>&amp;Région :</translation>
    </message>
    <message>
      <source>Create site {name}</source>
      <translation>Créer le site {name}</translation>
    </message>
    <message>
      <source>Edit site {name}</source>
      <translation>Modifier le site {name}</translation>
    </message>
    <message>
      <source>New site</source>
      <translation>Nouveau site</translation>
    </message>
    <message>
      <source>Public holidays of &amp;country:</source>
      <translation>Jours fériés du &amp;pays :</translation>
    </message>
    <message>
      <source>Site {name}</source>
      <translation>Site {name}</translation>
    </message>
  </context>
  <context>
    <name>StartCrisisDialog</name>
    <message>
      <source>&amp;Reason:</source>
      <translation>&amp;Motif :</translation>
    </message>
    <message>
      <source>&amp;Start the crisis</source>
      <translation>&amp;Déclarer la crise</translation>
    </message>
    <message>
      <source>&amp;Started at:</source>
      <translation>&amp;Début :</translation>
    </message>
    <message>
      <source>&amp;until:</source>
      <translation>&amp;au :</translation>
    </message>
    <message>
      <source>Affected:</source>
      <translation>Concerné :</translation>
    </message>
    <message>
      <source>Event and its promotion: {when} {title}</source>
      <translation>Événement et sa promotion : {when} {title}</translation>
    </message>
    <message>
      <source>Hold posts &amp;from:</source>
      <translation>Suspendre les publications &amp;du :</translation>
    </message>
    <message>
      <source>Post put on hold: {when} {title}</source>
      <translation>Publication suspendue : {when} {title}</translation>
    </message>
    <message>
      <source>Published calendar feeds show held posts as tentative at their next publication.</source>
      <translation>Les calendriers publiés montreront les publications suspendues comme provisoires à leur prochaine mise à jour.</translation>
    </message>
    <message>
      <source>Series occurrence to check: {when} {name}</source>
      <translation>Occurrence de série à vérifier : {when} {name}</translation>
    </message>
    <message>
      <source>Start a crisis</source>
      <translation>Déclarer une crise</translation>
    </message>
  </context>
  <context>
    <name>StartMeetingDialog</name>
    <message>
      <source>&amp;Start</source>
      <translation>&amp;Démarrer</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>In the &amp;room:</source>
      <translation>Présents dans la &amp;salle :</translation>
    </message>
    <message>
      <source>Start a meeting</source>
      <translation>Démarrer une réunion</translation>
    </message>
    <message>
      <source>Weekly editorial meeting</source>
      <translation>Comité éditorial de la semaine</translation>
    </message>
  </context>
  <context>
    <name>TableSection</name>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
  </context>
  <context>
    <name>TeamActions</name>
    <message>
      <source>&amp;Publish my plan to the team…</source>
      <translation>&amp;Publier mon plan pour l’équipe…</translation>
    </message>
    <message>
      <source>A team plan lives on your organisation's PostgreSQL server; colleagues see each other's changes as they are saved.</source>
      <translation>Un plan d’équipe se trouve sur le serveur PostgreSQL de votre organisation ; chacun voit les modifications des collègues dès qu’elles sont enregistrées.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Details: {details}</source>
      <translation>Détails : {details}</translation>
    </message>
    <message>
      <source>Open &amp;team plan…</source>
      <translation>Ouvrir un plan d’é&amp;quipe…</translation>
    </message>
    <message>
      <source>Open team plan</source>
      <translation>Ouvrir un plan d’équipe</translation>
    </message>
    <message>
      <source>Plan published</source>
      <translation>Plan publié</translation>
    </message>
    <message>
      <source>Publish my plan to the team</source>
      <translation>Publier mon plan pour l’équipe</translation>
    </message>
    <message>
      <source>Publishing the plan…</source>
      <translation>Publication du plan…</translation>
    </message>
    <message>
      <source>Saving a copy…</source>
      <translation>Enregistrement d’une copie…</translation>
    </message>
    <message>
      <source>Team plan not opened</source>
      <translation>Plan d’équipe non ouvert</translation>
    </message>
    <message numerus="yes">
      <source>The plan is on the team's server: %n post(s), every table checked. Open it with File &gt; Open team plan….</source>
      <translation>
        <numerusform>Le plan est sur le serveur de l’équipe : %n publication, chaque table vérifiée. Ouvrez-le par Fichier &gt; Ouvrir un plan d’équipe…</numerusform>
        <numerusform>Le plan est sur le serveur de l’équipe : %n publications, chaque table vérifiée. Ouvrez-le par Fichier &gt; Ouvrir un plan d’équipe…</numerusform>
      </translation>
    </message>
    <message>
      <source>The shared feeds are published by {who}'s cmplanner; this one leaves them alone.</source>
      <translation>Les flux partagés sont publiés par le cmplanner de {who} ; celui-ci n’y touche pas.</translation>
    </message>
    <message>
      <source>The team plan's server cannot be reached: check the address and the network, or ask whoever runs the server.</source>
      <translation>Le serveur du plan d’équipe est injoignable : vérifiez l’adresse et le réseau, ou contactez la personne qui gère le serveur.</translation>
    </message>
    <message>
      <source>This plan is copied into an empty database on the team's server; then everyone opens it there (File &gt; Open team plan…). This file stays as it is.</source>
      <translation>Ce plan est copié dans une base vide du serveur de l’équipe ; chacun l’ouvre ensuite là-bas (Fichier &gt; Ouvrir un plan d’équipe…). Ce fichier reste tel quel.</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
  </context>
  <context>
    <name>TeamLive</name>
    <message>
      <source>A colleague</source>
      <translation>Un collègue</translation>
    </message>
    <message>
      <source>Changed by {who}</source>
      <translation>Modifié par {who}</translation>
    </message>
    <message>
      <source>Changed by {who}: {title}</source>
      <translation>Modifié par {who} : {title}</translation>
    </message>
    <message>
      <source>The team plan's server cannot be reached. What you see is kept; changes are refused until the connection is back (cmplanner tries again every second).</source>
      <translation>Le serveur du plan d’équipe est injoignable. Ce qui est affiché reste consultable ; les modifications sont refusées jusqu’au retour de la connexion (cmplanner réessaie chaque seconde).</translation>
    </message>
    <message>
      <source>a colleague</source>
      <translation>un collègue</translation>
    </message>
    <message>
      <source>A colleague deleted {title} meanwhile; saving will ask what to do.</source>
      <translation>Un collègue a supprimé {title} entre-temps ; l’enregistrement vous demandera quoi faire.</translation>
    </message>
    <message>
      <source>{who} changed {title} meanwhile; saving will show what changed and ask what to keep.</source>
      <translation>{who} a modifié {title} entre-temps ; l’enregistrement montrera ce qui a changé et vous demandera ce que vous gardez.</translation>
    </message>
  </context>
  <context>
    <name>TeamPage</name>
    <message>
      <source>&amp;My name:</source>
      <translation>&amp;Mon nom :</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>My &amp;e-mail:</source>
      <translation>Mon &amp;e-mail :</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Who validates, who sends content, who relays: used for the workflow and the team backlog.</source>
      <translation>Qui valide, qui fournit du contenu, qui relaie : cela sert au circuit de validation et au planning de l'équipe.</translation>
    </message>
    <message>
      <source>You and your team</source>
      <translation>Vous et votre équipe</translation>
    </message>
  </context>
  <context>
    <name>TeamPlanDialog</name>
    <message>
      <source>&amp;Connection:</source>
      <translation>&amp;Connexion :</translation>
    </message>
    <message>
      <source>&amp;Database:</source>
      <translation>&amp;Base de données :</translation>
    </message>
    <message>
      <source>&amp;Port:</source>
      <translation>&amp;Port :</translation>
    </message>
    <message>
      <source>&amp;Server:</source>
      <translation>&amp;Serveur :</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
      <source>Always encrypted</source>
      <translation>Toujours chiffrée</translation>
    </message>
    <message>
      <source>Encrypted when the server offers it</source>
      <translation>Chiffrée si le serveur le propose</translation>
    </message>
    <message>
      <source>Encrypted, certificate and name checked</source>
      <translation>Chiffrée, certificat et nom vérifiés</translation>
    </message>
    <message>
      <source>Encrypted, server certificate checked</source>
      <translation>Chiffrée, certificat du serveur vérifié</translation>
    </message>
    <message>
      <source>Name the database of the team plan.</source>
      <translation>Indiquez la base de données du plan d’équipe.</translation>
    </message>
    <message>
      <source>Never encrypted</source>
      <translation>Jamais chiffrée</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>Password for {where}:</source>
      <translation>Mot de passe pour {where} :</translation>
    </message>
    <message>
      <source>The password is read from your PostgreSQL password file (.pgpass) or asked each time; cmplanner never stores it.</source>
      <translation>Le mot de passe est lu dans votre fichier de mots de passe PostgreSQL (.pgpass) ou demandé à chaque fois ; cmplanner ne l’enregistre jamais.</translation>
    </message>
    <message>
      <source>server name, e.g. db.example.org</source>
      <translation>nom du serveur, par ex. db.example.org</translation>
    </message>
  </context>
  <context>
    <name>VariantCounter</name>
    <message numerus="yes">
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n caractère</numerusform>
        <numerusform>%n caractères</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n too many</source>
      <translation>
        <numerusform>%n de trop</numerusform>
        <numerusform>%n de trop</numerusform>
      </translation>
    </message>
    <message>
      <source>{used} / {limit}</source>
      <translation>{used} / {limit}</translation>
    </message>
    <message>
      <source>{used} / {limit} bytes</source>
      <translation>{used} / {limit} octets</translation>
    </message>
    <message numerus="yes">
      <source>“… more” after %n character(s)</source>
      <translation>
        <numerusform>« … plus » après %n caractère</numerusform>
        <numerusform>« … plus » après %n caractères</numerusform>
      </translation>
    </message>
    <message>
      <source>These limits were checked over a year ago: compare them with the network's own pages (Edit ▸ Network limits).</source>
      <translation>Ces limites ont été vérifiées il y a plus d’un an : comparez-les aux pages du réseau (Édition ▸ Limites des réseaux).</translation>
    </message>
    <message>
      <source>Limits of {network} checked on {date}</source>
      <translation>{network} : limites vérifiées le {date}</translation>
    </message>
    <message>
      <source>Limits of {network} not checked yet</source>
      <translation>{network} : limites pas encore vérifiées</translation>
    </message>
    <message>
      <source>media limits checked on {date}</source>
      <translation>limites des médias vérifiées le {date}</translation>
    </message>
    <message>
      <source>media limits from schedulers' guidelines, not checked on the network's pages yet</source>
      <translation>limites des médias tirées des guides d’outils de programmation, pas encore vérifiées sur les pages du réseau</translation>
    </message>
    <message numerus="yes">
      <source>%n figure(s) checked on {date}: {url}</source>
      <translation>
        <numerusform>%n chiffre vérifié le {date} : {url}</numerusform>
        <numerusform>%n chiffres vérifiés le {date} : {url}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WaitingModel</name>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Sensitive: exceptional validation circuit</source>
      <translation>Sensible : circuit de validation exceptionnel</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Soumise le</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Attente</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Who may decide</source>
      <translation>Qui peut décider</translation>
    </message>
    <message>
      <source>The exceptional circuit must decide by then; after it, the substitute may.</source>
      <translation>Le circuit exceptionnel doit décider d’ici là ; ensuite, le suppléant le peut.</translation>
    </message>
    <message>
      <source>No deadline: not a request of the exceptional circuit, or a circuit without one.</source>
      <translation>Pas d’échéance : demande hors circuit exceptionnel, ou circuit sans délai.</translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n day(s)</source>
      <translation>
        <numerusform>en retard de %n jour</numerusform>
        <numerusform>en retard de %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>overdue by %n hour(s)</source>
      <translation>
        <numerusform>en retard de %n heure</numerusform>
        <numerusform>en retard de %n heures</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WeekModel</name>
    <message>
      <source>Week %1: %2 – %3</source>
      <translation>Semaine %1 : %2 – %3</translation>
    </message>
  </context>
  <context>
    <name>WelcomeScreen</name>
    <message>
      <source>&lt;h2&gt;Welcome to cmplanner&lt;/h2&gt;&lt;p&gt;Plan your company's posts, series and events, have them validated, and share the calendar with your team.&lt;/p&gt;</source>
      <translation>&lt;h2&gt;Bienvenue dans cmplanner&lt;/h2&gt;&lt;p&gt;Planifiez les publications, séries et événements de votre entreprise, faites-les valider et partagez le calendrier avec votre équipe.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>A furniture maker's plan, full of posts, series and events. It is a separate file: try anything, your own plan stays untouched.</source>
      <translation>Le plan d'un fabricant de meubles, rempli de publications, de séries et d'événements. C'est un fichier à part : essayez tout, votre propre plan n'est pas touché.</translation>
    </message>
    <message>
      <source>A plan a colleague sent you, or one from a backup folder.</source>
      <translation>Un plan envoyé par un collègue, ou pris dans un dossier de sauvegarde.</translation>
    </message>
    <message>
      <source>A short guided set-up: your company, time zone, networks and their cadence, editorial pillars, you and your team.</source>
      <translation>Une courte configuration guidée : votre entreprise, le fuseau horaire, les réseaux et leur rythme, les piliers éditoriaux, vous et votre équipe.</translation>
    </message>
    <message>
      <source>Explore the demo plan</source>
      <translation>Découvrir le plan de démonstration</translation>
    </message>
    <message>
      <source>Open a plan file…</source>
      <translation>Ouvrir un fichier de plan…</translation>
    </message>
    <message>
      <source>Start my plan</source>
      <translation>Démarrer mon plan</translation>
    </message>
    <message>
      <source>The user guide is under Help ▸ User guide (F1) in the main window.</source>
      <translation>Le guide d'utilisation est dans Aide ▸ Guide d'utilisation (F1) de la fenêtre principale.</translation>
    </message>
    <message>
      <source>Welcome to cmplanner</source>
      <translation>Bienvenue dans cmplanner</translation>
    </message>
  </context>
  <context>
    <name>WorkflowPanel</name>
    <message>
      <source>Acting as {name}</source>
      <translation>En tant que {name}</translation>
    </message>
    <message>
      <source>Approvals: {granted} of {needed}. Still awaited: {names}.</source>
      <translation>Validations : {granted} sur {needed}. En attente de : {names}.</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <source>Choose who you are in the preferences</source>
      <translation>Indiquez qui vous êtes dans les préférences</translation>
    </message>
    <message>
      <source>Comment on your decision (optional)</source>
      <translation>Commentaire sur votre décision (facultatif)</translation>
    </message>
    <message>
      <source>Covered by the charter: it can be scheduled without validation.</source>
      <translation>Couverte par la charte : programmable sans validation.</translation>
    </message>
    <message>
      <source>Decided by:</source>
      <translation>Décidé par :</translation>
    </message>
    <message>
      <source>Not covered by the charter: it must be validated before scheduling.</source>
      <translation>Non couverte par la charte : à valider avant programmation.</translation>
    </message>
    <message>
      <source>Reject</source>
      <translation>Refuser</translation>
    </message>
    <message>
      <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
      <translation>Statut : &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Workflow</source>
      <translation>Circuit de publication</translation>
    </message>
    <message>
      <source>nobody</source>
      <translation>personne</translation>
    </message>
  </context>
  <context>
    <name>WorkloadDialog</name>
    <message>
      <source> h</source>
      <translation> h</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Capacity</source>
      <translation>Capacité</translation>
    </message>
    <message>
      <source>Edit the workload estimates</source>
      <translation>Modifier les estimations de charge</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Extra minutes</source>
      <translation>Minutes en plus</translation>
    </message>
    <message>
      <source>Kind of event</source>
      <translation>Type d'événement</translation>
    </message>
    <message>
      <source>Kind of post</source>
      <translation>Type de publication</translation>
    </message>
    <message>
      <source>Kinds of post</source>
      <translation>Types de publication</translation>
    </message>
    <message>
      <source>Minutes per post</source>
      <translation>Minutes par publication</translation>
    </message>
    <message>
      <source>Moderation</source>
      <translation>Modération</translation>
    </message>
    <message>
      <source>Moderation per week</source>
      <translation>Modération par semaine</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>Publications</translation>
    </message>
    <message>
      <source>Preparation</source>
      <translation>Préparation</translation>
    </message>
    <message>
      <source>Weekly capacity</source>
      <translation>Capacité hebdomadaire</translation>
    </message>
    <message>
      <source>Workload estimates</source>
      <translation>Estimations de charge</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>Create “%1”</source>
      <translation>Créer « %1 »</translation>
    </message>
    <message>
      <source>Delete “%1”</source>
      <translation>Supprimer « %1 »</translation>
    </message>
    <message>
      <source>Duplicate “%1”</source>
      <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
      <source>Move an occurrence of “%1” to %2</source>
      <translation>Déplacer une occurrence de « %1 » au %2</translation>
    </message>
    <message>
      <source>Move “%1” to %2</source>
      <translation>Déplacer « %1 » au %2</translation>
    </message>
    <message>
      <source>Skip an occurrence of “%1”</source>
      <translation>Sauter une occurrence de « %1 »</translation>
    </message>
    <message>
      <source>This occurrence is no longer in the series.</source>
      <translation>Cette occurrence ne fait plus partie de la série.</translation>
    </message>
    <message>
      <source>This post no longer exists.</source>
      <translation>Cette publication n'existe plus.</translation>
    </message>
    <message>
      <source>This series no longer exists.</source>
      <translation>Cette série n'existe plus.</translation>
    </message>
    <message>
      <source>Write an occurrence of “%1”</source>
      <translation>Rédiger une occurrence de « %1 »</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>The automatic backup could not be taken: {reason}</source>
      <translation>La sauvegarde automatique n'a pas pu être faite : {reason}</translation>
    </message>
    <message>
      <source>The backup of {date} was restored; the refused file is kept as “{name}”.</source>
      <translation>La sauvegarde du {date} a été restaurée ; le fichier refusé est conservé sous le nom « {name} ».</translation>
    </message>
    <message>
      <source>The lock file beside the plan cannot be created: its folder is read-only.</source>
      <translation>Le fichier de verrou ne peut pas être créé à côté du plan : son dossier est en lecture seule.</translation>
    </message>
  </context>
  <context>
    <name>backlog</name>
    <message>
      <source>Export team &amp;backlog…</source>
      <translation>Exporter le &amp;planning de l'équipe…</translation>
    </message>
    <message>
      <source>Write the team backlog as an offline web page or a spreadsheet</source>
      <translation>Enregistrer le planning de l'équipe en page web hors ligne ou en tableur</translation>
    </message>
  </context>
  <context>
    <name>ics_actions</name>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <source>Cannot import this file</source>
      <translation>Impossible d'importer ce fichier</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Échec de l'export</translation>
    </message>
    <message>
      <source>Export for Outlook (CSV)</source>
      <translation>Exporter pour Outlook (CSV)</translation>
    </message>
    <message>
      <source>Import cancelled: the plan was not changed.</source>
      <translation>Import annulé : le plan n’a pas été modifié.</translation>
    </message>
    <message>
      <source>Export for Outlook (CSV)…</source>
      <translation>Exporter pour Outlook (CSV)…</translation>
    </message>
    <message>
      <source>Export this item</source>
      <translation>Exporter cet élément</translation>
    </message>
    <message>
      <source>Export to iCalendar</source>
      <translation>Exporter vers iCalendar</translation>
    </message>
    <message>
      <source>Export to iCalendar…</source>
      <translation>Exporter vers iCalendar…</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Échec de l'import</translation>
    </message>
    <message>
      <source>Import iCalendar file</source>
      <translation>Importer un fichier iCalendar</translation>
    </message>
    <message>
      <source>Import iCalendar file…</source>
      <translation>Importer un fichier iCalendar…</translation>
    </message>
    <message>
      <source>Publish to a folder</source>
      <translation>Publier dans un dossier</translation>
    </message>
    <message>
      <source>Publish to a folder…</source>
      <translation>Publier dans un dossier…</translation>
    </message>
    <message>
      <source>Publishing failed</source>
      <translation>Échec de la publication</translation>
    </message>
    <message>
      <source>Re-publish after each change</source>
      <translation>Republier après chaque modification</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics);;All files (*)</source>
      <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>{file}: {problem}
The plan was not changed.</source>
      <translation>{file} : {problem}
Le plan n'a pas été modifié.</translation>
    </message>
    <message numerus="yes">
      <source>Published %n file(s) to {folder}</source>
      <translation>
        <numerusform>%n fichier publié dans {folder}</numerusform>
        <numerusform>%n fichiers publiés dans {folder}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <source>Ambassador</source>
      <translation>Ambassadeur</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Validé</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>Valideur</translation>
    </message>
    <message>
      <source>Award ceremony</source>
      <translation>Remise de prix</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <source>Community manager</source>
      <translation>Community manager</translation>
    </message>
    <message>
      <source>Company visit</source>
      <translation>Visite d'entreprise</translation>
    </message>
    <message>
      <source>Crisis communication</source>
      <translation>Communication de crise</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <source>Digital-skills lunch</source>
      <translation>Midi numérique</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Traitée</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>Employee</source>
      <translation>Collaborateur</translation>
    </message>
    <message>
      <source>Event promotion</source>
      <translation>Promotion d'événement</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Meetup</source>
      <translation>Meetup</translation>
    </message>
    <message>
      <source>Newsletter</source>
      <translation>Lettre d'information</translation>
    </message>
    <message>
      <source>On hold (crisis)</source>
      <translation>Suspendue (crise)</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <source>Other event</source>
      <translation>Autre événement</translation>
    </message>
    <message>
      <source>Other network</source>
      <translation>Autre réseau</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publié</translation>
    </message>
    <message>
      <source>Reply to a negative review</source>
      <translation>Réponse à un avis négatif</translation>
    </message>
    <message>
      <source>Reply to a troll</source>
      <translation>Réponse à un troll</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Programmé</translation>
    </message>
    <message>
      <source>Seminar</source>
      <translation>Séminaire</translation>
    </message>
    <message>
      <source>Series post</source>
      <translation>Publication de série</translation>
    </message>
    <message>
      <source>Standard post</source>
      <translation>Publication courante</translation>
    </message>
    <message>
      <source>To validate</source>
      <translation>À valider</translation>
    </message>
    <message>
      <source>Trade show</source>
      <translation>Salon professionnel</translation>
    </message>
    <message>
      <source>Web referent</source>
      <translation>Référent web</translation>
    </message>
    <message>
      <source>Website / blog</source>
      <translation>Site web / blog</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
  </context>
  <context>
    <name>long_task</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>marks</name>
    <message>
      <source>A series occurrence not written yet (dashed chip)</source>
      <translation>Occurrence de série pas encore rédigée (en pointillés)</translation>
    </message>
    <message>
      <source>Part of a recurring series</source>
      <translation>Fait partie d'une série récurrente</translation>
    </message>
    <message>
      <source>Promotes an event (also the mark of event bars)</source>
      <translation>Promeut un événement (aussi le repère des barres d'événement)</translation>
    </message>
    <message>
      <source>Sensitive post (crisis circuit)</source>
      <translation>Publication sensible (circuit exceptionnel)</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>A cadence target must be above zero.</source>
      <translation>Un objectif de rythme doit être supérieur à zéro.</translation>
    </message>
    <message>
      <source>A consent cannot expire before it was signed.</source>
      <translation>Un consentement ne peut pas expirer avant d’avoir été signé.</translation>
    </message>
    <message>
      <source>A content request needs a topic.</source>
      <translation>Une demande de contenu a besoin d'un sujet.</translation>
    </message>
    <message>
      <source>A crisis is already under way since {when}: end it first.</source>
      <translation>Une crise est déjà en cours depuis le {when} : terminez-la d'abord.</translation>
    </message>
    <message>
      <source>A crisis needs a reason.</source>
      <translation>Une crise a besoin d'un motif.</translation>
    </message>
    <message>
      <source>A day of the month is between 1 and 31.</source>
      <translation>Un jour du mois est compris entre 1 et 31.</translation>
    </message>
    <message>
      <source>A media item needs its file.</source>
      <translation>Un média doit avoir son fichier.</translation>
    </message>
    <message>
      <source>A media item's size cannot be negative.</source>
      <translation>La taille d’un média ne peut pas être négative.</translation>
    </message>
    <message>
      <source>A meeting is already under way since {when}: end it first.</source>
      <translation>Une réunion est déjà en cours depuis le {when} : terminez-la d'abord.</translation>
    </message>
    <message>
      <source>A meeting needs at least one person in the room.</source>
      <translation>Une réunion a besoin d'au moins une personne présente.</translation>
    </message>
    <message>
      <source>A moved occurrence has no series in the file.</source>
      <translation>Une occurrence déplacée n'a pas de série dans le fichier.</translation>
    </message>
    <message>
      <source>A moved occurrence needs its new date.</source>
      <translation>Une occurrence déplacée a besoin de sa nouvelle date.</translation>
    </message>
    <message>
      <source>A network is chosen twice.</source>
      <translation>Un réseau est choisi deux fois.</translation>
    </message>
    <message>
      <source>A note for the minutes needs some text.</source>
      <translation>Une note pour le compte rendu doit contenir du texte.</translation>
    </message>
    <message>
      <source>A part of the recurrence rule is given twice.</source>
      <translation>Une partie de la règle de récurrence est donnée deux fois.</translation>
    </message>
    <message>
      <source>A person is named twice in the exceptional circuit.</source>
      <translation>Une personne est nommée deux fois dans le circuit de validation exceptionnel.</translation>
    </message>
    <message>
      <source>A person needs a name.</source>
      <translation>Une personne a besoin d'un nom.</translation>
    </message>
    <message>
      <source>A pillar needs a name.</source>
      <translation>Un pilier a besoin d'un nom.</translation>
    </message>
    <message>
      <source>A pillar's target share is a percentage between 0 and 100.</source>
      <translation>La part visée d'un pilier est un pourcentage entre 0 et 100.</translation>
    </message>
    <message>
      <source>A post cannot go from “{source}” to “{target}”.</source>
      <translation>Une publication ne peut pas passer de « {source} » à « {target} ».</translation>
    </message>
    <message>
      <source>A post must have a date and a time.</source>
      <translation>Une publication doit avoir une date et une heure.</translation>
    </message>
    <message>
      <source>A post needs a publication date before it can be scheduled or published.</source>
      <translation>Une publication a besoin d'une date de publication avant d'être programmée ou publiée.</translation>
    </message>
    <message>
      <source>A post needs a title.</source>
      <translation>Une publication a besoin d'un titre.</translation>
    </message>
    <message>
      <source>A post was already written from the request “{topic}”.</source>
      <translation>Une publication a déjà été rédigée à partir de la demande « {topic} ».</translation>
    </message>
    <message>
      <source>A post's duration in calendars must be between 1 minute and 1 day.</source>
      <translation>La durée d'une publication dans les agendas doit être comprise entre 1 minute et 1 jour.</translation>
    </message>
    <message>
      <source>A publication address must start with http://, https:// or mailto:.</source>
      <translation>L’adresse d’une publication doit commencer par http://, https:// ou mailto:.</translation>
    </message>
    <message>
      <source>A publication cannot be dated in the future ({when}).</source>
      <translation>Une publication ne peut pas être datée dans le futur ({when}).</translation>
    </message>
    <message>
      <source>A published post cannot be moved or reworded; only its publication record and results can change (or unpublish it first).</source>
      <translation>Une publication déjà publiée ne peut être ni déplacée ni reformulée ; seuls sa trace de publication et ses résultats peuvent changer (ou dépubliez-la d’abord).</translation>
    </message>
    <message>
      <source>A recurrence rule cannot end both by COUNT and by UNTIL.</source>
      <translation>Une règle de récurrence ne peut pas finir à la fois par COUNT et par UNTIL.</translation>
    </message>
    <message>
      <source>A recurrence rule is a single line (several RRULEs are not supported).</source>
      <translation>Une règle de récurrence tient sur une seule ligne (plusieurs RRULE ne sont pas prises en charge).</translation>
    </message>
    <message>
      <source>A recurring event cannot be expanded: {problem}</source>
      <translation>Un événement récurrent ne peut pas être développé : {problem}</translation>
    </message>
    <message>
      <source>A second calendar starts after the first one ended.</source>
      <translation>Un second calendrier commence après la fin du premier.</translation>
    </message>
    <message>
      <source>A series must start at a date and a time.</source>
      <translation>Une série doit commencer à une date et une heure.</translation>
    </message>
    <message>
      <source>A series needs a name.</source>
      <translation>Une série a besoin d'un nom.</translation>
    </message>
    <message>
      <source>A series needs exactly one RRULE.</source>
      <translation>Une série a besoin d'exactement une RRULE.</translation>
    </message>
    <message>
      <source>A site needs a name.</source>
      <translation>Un site a besoin d'un nom.</translation>
    </message>
    <message>
      <source>A weekly capacity must be above zero.</source>
      <translation>Une capacité hebdomadaire doit être supérieure à zéro.</translation>
    </message>
    <message>
      <source>A workload estimate cannot be below zero.</source>
      <translation>Une estimation de charge ne peut pas être négative.</translation>
    </message>
    <message>
      <source>Add a note to the minutes</source>
      <translation>Ajouter une note au compte rendu</translation>
    </message>
    <message>
      <source>Add consent of {person}</source>
      <translation>Ajouter le consentement de {person}</translation>
    </message>
    <message>
      <source>Add “{name}”</source>
      <translation>Ajouter « {name} »</translation>
    </message>
    <message>
      <source>An approval cannot be read ({problem}).</source>
      <translation>Une validation est illisible ({problem}).</translation>
    </message>
    <message>
      <source>An audience needs a name.</source>
      <translation>Une audience a besoin d'un nom.</translation>
    </message>
    <message>
      <source>An event needs a title.</source>
      <translation>Un événement a besoin d'un titre.</translation>
    </message>
    <message>
      <source>Approve “{title}”</source>
      <translation>Approuver « {title} »</translation>
    </message>
    <message>
      <source>Cadence “{text}” not understood: write it like “1 per day” or “3 par semaine”.</source>
      <translation>Rythme « {text} » non compris : écrivez-le comme « 1 par jour » ou « 3 par semaine ».</translation>
    </message>
    <message>
      <source>Cancel “{title}”</source>
      <translation>Annuler « {title} »</translation>
    </message>
    <message>
      <source>Cannot publish to {folder}: the folder does not exist.</source>
      <translation>Impossible de publier dans {folder} : le dossier n'existe pas.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {problem}.</source>
      <translation>Impossible de lire {path} : {problem}.</translation>
    </message>
    <message>
      <source>Cannot write {target}: it holds a plan or a backup; choose another name.</source>
      <translation>Impossible d’écrire {target} : il contient un plan ou une sauvegarde ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Cannot write {target}: it is the open plan itself or one of its files; choose another name.</source>
      <translation>Impossible d’écrire {target} : c’est le plan ouvert ou l’un de ses fichiers ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Cannot write {target}: it is the open plan itself; choose another name.</source>
      <translation>Impossible d'écrire {target} : c'est le plan ouvert lui-même ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Cannot write {target}: that name is for plans and their backups; choose another name.</source>
      <translation>Impossible d’écrire {target} : ce nom est réservé aux plans et à leurs sauvegardes ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Cannot write {target}: {reason}.</source>
      <translation>Impossible d'écrire {target} : {reason}.</translation>
    </message>
    <message>
      <source>Change the charter</source>
      <translation>Modifier la charte</translation>
    </message>
    <message>
      <source>Change the editorial line</source>
      <translation>Modifier la ligne éditoriale</translation>
    </message>
    <message>
      <source>Change the exceptional circuit</source>
      <translation>Modifier le circuit exceptionnel</translation>
    </message>
    <message>
      <source>Change the plan's settings</source>
      <translation>Modifier les réglages du plan</translation>
    </message>
    <message>
      <source>Change the times of event “{title}”</source>
      <translation>Changer les horaires de l'événement « {title} »</translation>
    </message>
    <message>
      <source>Change the workload estimates</source>
      <translation>Modifier les estimations de charge</translation>
    </message>
    <message>
      <source>Charter</source>
      <translation>Charte</translation>
    </message>
    <message>
      <source>Choose a publish folder before publishing after each change.</source>
      <translation>Choisissez un dossier de publication avant de publier après chaque modification.</translation>
    </message>
    <message>
      <source>Choose the date the series ends.</source>
      <translation>Choisissez la date de fin de la série.</translation>
    </message>
    <message>
      <source>Choose the first, second, third, fourth or last weekday.</source>
      <translation>Choisissez le premier, deuxième, troisième, quatrième ou dernier jour de la semaine.</translation>
    </message>
    <message>
      <source>Choose who you are before changing a post's status.</source>
      <translation>Indiquez qui vous êtes avant de changer le statut d’une publication.</translation>
    </message>
    <message>
      <source>Colour “{colour}” is not of the form #RRGGBB.</source>
      <translation>La couleur « {colour} » n'est pas de la forme #RRVVBB.</translation>
    </message>
    <message>
      <source>Control character {code} in the line (binary junk?).</source>
      <translation>Caractère de contrôle {code} dans la ligne (données binaires ?).</translation>
    </message>
    <message>
      <source>Create the event “{title}”</source>
      <translation>Créer l’événement « {title} »</translation>
    </message>
    <message>
      <source>Create the series “{name}”</source>
      <translation>Créer la série « {name} »</translation>
    </message>
    <message>
      <source>Create “{title}”</source>
      <translation>Créer « {title} »</translation>
    </message>
    <message>
      <source>Delete media {name}</source>
      <translation>Supprimer le média {name}</translation>
    </message>
    <message>
      <source>Delete the event “{title}”</source>
      <translation>Supprimer l’événement « {title} »</translation>
    </message>
    <message>
      <source>Delete the series “{name}”</source>
      <translation>Supprimer la série « {name} »</translation>
    </message>
    <message>
      <source>Delete “{name}”</source>
      <translation>Supprimer « {name} »</translation>
    </message>
    <message>
      <source>Delete “{title}”</source>
      <translation>Supprimer « {title} »</translation>
    </message>
    <message>
      <source>Duplicate series “{name}”</source>
      <translation>Dupliquer la série « {name} »</translation>
    </message>
    <message>
      <source>Duplicate “{title}”</source>
      <translation>Dupliquer « {title} »</translation>
    </message>
    <message>
      <source>END:{component} closes {open} begun at line {begun}.</source>
      <translation>END:{component} ferme {open} commencé à la ligne {begun}.</translation>
    </message>
    <message>
      <source>END:{component} without a matching BEGIN.</source>
      <translation>END:{component} sans BEGIN correspondant.</translation>
    </message>
    <message>
      <source>Edit consent of {person}</source>
      <translation>Modifier le consentement de {person}</translation>
    </message>
    <message>
      <source>Edit media {name}</source>
      <translation>Modifier le média {name}</translation>
    </message>
    <message>
      <source>Edit network limits</source>
      <translation>Modifier les limites des réseaux</translation>
    </message>
    <message>
      <source>Edit the event “{title}” and its promotion</source>
      <translation>Modifier l’événement « {title} » et sa promotion</translation>
    </message>
    <message>
      <source>Edit the series “{name}”</source>
      <translation>Modifier la série « {name} »</translation>
    </message>
    <message>
      <source>Edit “{name}”</source>
      <translation>Modifier « {name} »</translation>
    </message>
    <message>
      <source>Edit “{title}”</source>
      <translation>Modifier « {title} »</translation>
    </message>
    <message>
      <source>Editorial line</source>
      <translation>Ligne éditoriale</translation>
    </message>
    <message>
      <source>End series “{name}” on {day}</source>
      <translation>Terminer la série « {name} » le {day}</translation>
    </message>
    <message>
      <source>End the meeting “{title}”</source>
      <translation>Terminer la réunion « {title} »</translation>
    </message>
    <message>
      <source>Exceptional circuit</source>
      <translation>Circuit exceptionnel</translation>
    </message>
    <message>
      <source>Frequency {freq} is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY.</source>
      <translation>La fréquence {freq} n'est pas prise en charge : utilisez DAILY, WEEKLY, MONTHLY ou YEARLY.</translation>
    </message>
    <message>
      <source>Image rights: {reason}</source>
      <translation>Droit à l’image : {reason}</translation>
    </message>
    <message>
      <source>Import {file}</source>
      <translation>Importer {file}</translation>
    </message>
    <message>
      <source>Invalid UNTIL date “{raw}” in the recurrence rule.</source>
      <translation>Date UNTIL « {raw} » invalide dans la règle de récurrence.</translation>
    </message>
    <message>
      <source>Invalid part “{part}” in the recurrence rule.</source>
      <translation>Partie « {part} » invalide dans la règle de récurrence.</translation>
    </message>
    <message>
      <source>Invalid property name “{name}”.</source>
      <translation>Nom de propriété « {name} » invalide.</translation>
    </message>
    <message>
      <source>Invalid recurrence rule “{rule}”: {problem}.</source>
      <translation>Règle de récurrence « {rule} » invalide : {problem}.</translation>
    </message>
    <message>
      <source>It changed in the plan after the preview: preview the import again.</source>
      <translation>L’élément a changé dans le plan depuis l’aperçu : refaites l’aperçu de l’import.</translation>
    </message>
    <message>
      <source>It was deleted from the plan after the preview.</source>
      <translation>Il a été supprimé du plan après l'aperçu.</translation>
    </message>
    <message>
      <source>Line {line}: RDATE of the event “{title}” ignored ({problem}).</source>
      <translation>Ligne {line} : RDATE de l'événement « {title} » ignoré ({problem}).</translation>
    </message>
    <message>
      <source>Line {line}: the event “{uid}” appears {count} times; the one with the highest SEQUENCE is kept.</source>
      <translation>Ligne {line} : l'événement « {uid} » apparaît {count} fois ; celui dont la SEQUENCE est la plus haute est gardé.</translation>
    </message>
    <message>
      <source>Line {line}: the post “{title}” belongs to a series that is neither in the file nor in the plan; it is imported as a single post.</source>
      <translation>Ligne {line} : la publication « {title} » appartient à une série qui n'est ni dans le fichier ni dans le plan ; elle est importée comme une publication seule.</translation>
    </message>
    <message>
      <source>Line {line}: {name} ignored ({problem}).</source>
      <translation>Ligne {line} : {name} ignoré ({problem}).</translation>
    </message>
    <message>
      <source>Line {line}: {problem}</source>
      <translation>Ligne {line} : {problem}</translation>
    </message>
    <message>
      <source>Log the meeting's decisions</source>
      <translation>Noter les décisions de la réunion</translation>
    </message>
    <message>
      <source>Mark “{title}” as published</source>
      <translation>Marquer « {title} » comme publiée</translation>
    </message>
    <message>
      <source>Media of post {title}</source>
      <translation>Médias de la publication {title}</translation>
    </message>
    <message>
      <source>Move an occurrence of “{name}” to {day}</source>
      <translation>Déplacer une occurrence de « {name} » au {day}</translation>
    </message>
    <message>
      <source>Move event “{title}”</source>
      <translation>Déplacer l'événement « {title} »</translation>
    </message>
    <message>
      <source>Move event “{title}” to {day}</source>
      <translation>Déplacer l'événement « {title} » au {day}</translation>
    </message>
    <message numerus="yes">
      <source>Move event “{title}” to {day}; %n promotion post(s) follow</source>
      <translation>
        <numerusform>Déplacer l'événement « {title} » au {day} ; %n publication de promotion suit</numerusform>
        <numerusform>Déplacer l'événement « {title} » au {day} ; %n publications de promotion suivent</numerusform>
      </translation>
    </message>
    <message>
      <source>Move “{title}” back to ideas</source>
      <translation>Renvoyer « {title} » aux idées</translation>
    </message>
    <message>
      <source>Move “{title}” to draft</source>
      <translation>Repasser « {title} » en brouillon</translation>
    </message>
    <message>
      <source>Move “{title}” to {day}</source>
      <translation>Déplacer « {title} » au {day}</translation>
    </message>
    <message>
      <source>Network limits</source>
      <translation>Limites des réseaux</translation>
    </message>
    <message>
      <source>No meeting is under way.</source>
      <translation>Aucune réunion n'est en cours.</translation>
    </message>
    <message>
      <source>No request of the exceptional circuit is overdue.</source>
      <translation>Aucune demande du circuit exceptionnel n'est en retard.</translation>
    </message>
    <message>
      <source>No time zone was given.</source>
      <translation>Aucun fuseau horaire n'a été donné.</translation>
    </message>
    <message>
      <source>Not possible while a limit is broken: {reason}</source>
      <translation>Impossible tant qu’une limite est dépassée : {reason}</translation>
    </message>
    <message>
      <source>Not possible while limits are broken: {reason} (and {more} more)</source>
      <translation>Impossible tant que des limites sont dépassées : {reason} (et {more} de plus)</translation>
    </message>
    <message>
      <source>Only a named approver of the exceptional circuit may approve this post.</source>
      <translation>Seul un valideur nommé du circuit de validation exceptionnel peut valider cette publication.</translation>
    </message>
    <message>
      <source>Only a post waiting for validation can be approved or rejected.</source>
      <translation>Seule une publication à valider peut être validée ou refusée.</translation>
    </message>
    <message>
      <source>Only a published post can be unpublished.</source>
      <translation>Seule une publication publiée peut être dépubliée.</translation>
    </message>
    <message>
      <source>Only an approved or scheduled post can be recorded as published (this one is “{status}”).</source>
      <translation>Seule une publication approuvée ou programmée peut être enregistrée comme publiée (celle-ci est « {status} »).</translation>
    </message>
    <message>
      <source>Only an approver or a manager other than its owner may approve this post.</source>
      <translation>Seul un valideur ou un membre de la direction autre que son propriétaire peut valider cette publication.</translation>
    </message>
    <message>
      <source>Only an overdue request of the exceptional circuit can be escalated.</source>
      <translation>Seule une demande en retard du circuit exceptionnel peut être transmise au suppléant.</translation>
    </message>
    <message>
      <source>Only one RRULE is supported per series.</source>
      <translation>Une seule RRULE est prise en charge par série.</translation>
    </message>
    <message>
      <source>Only the community manager may take this step, not {person}.</source>
      <translation>Seul le community manager peut franchir cette étape, pas {person}.</translation>
    </message>
    <message>
      <source>Only the community manager or the post's owner may do this, not {person}.</source>
      <translation>Seul le community manager ou le propriétaire de la publication peut le faire, pas {person}.</translation>
    </message>
    <message>
      <source>Period “{text}” not understood: write a month like 2026-12, a quarter like 2026-Q4 or a week like 2026-W50.</source>
      <translation>Période « {text} » non comprise : écrivez un mois comme 2026-12, un trimestre comme 2026-Q4 ou une semaine comme 2026-W50.</translation>
    </message>
    <message>
      <source>Plan settings</source>
      <translation>Réglages du plan</translation>
    </message>
    <message>
      <source>Publish folder</source>
      <translation>Dossier de publication</translation>
    </message>
    <message>
      <source>Publish settings</source>
      <translation>Réglages de publication</translation>
    </message>
    <message>
      <source>Record the publication of “{title}”</source>
      <translation>Enregistrer la publication de « {title} »</translation>
    </message>
    <message>
      <source>Reject “{title}”</source>
      <translation>Refuser « {title} »</translation>
    </message>
    <message>
      <source>Replace a photo of {person} in {title}</source>
      <translation>Remplacer une photo de {person} dans {title}</translation>
    </message>
    <message>
      <source>Results cannot be negative ({name}).</source>
      <translation>Les résultats ne peuvent pas être négatifs ({name}).</translation>
    </message>
    <message>
      <source>Save the plan in a file before attaching a form.</source>
      <translation>Enregistrez le plan dans un fichier avant de joindre un formulaire.</translation>
    </message>
    <message>
      <source>Save the plan in a file before importing media.</source>
      <translation>Enregistrez le plan dans un fichier avant d’importer des médias.</translation>
    </message>
    <message>
      <source>Saving sends this post back to validation (round {round}): what was approved has changed.</source>
      <translation>Enregistrer renverra cette publication en validation (tour {round}) : ce qui a été approuvé a changé.</translation>
    </message>
    <message>
      <source>Schedule “{title}”</source>
      <translation>Programmer « {title} »</translation>
    </message>
    <message>
      <source>Skip an occurrence of “{name}”</source>
      <translation>Sauter une occurrence de « {name} »</translation>
    </message>
    <message>
      <source>Start the meeting “{title}”</source>
      <translation>Démarrer la réunion « {title} »</translation>
    </message>
    <message>
      <source>Submit “{title}” for validation</source>
      <translation>Soumettre « {title} » à validation</translation>
    </message>
    <message>
      <source>The backlog covers {low} to {high} weeks, not {weeks}.</source>
      <translation>Le planning de l'équipe couvre de {low} à {high} semaines, pas {weeks}.</translation>
    </message>
    <message>
      <source>The calendar cannot be read: {problem}</source>
      <translation>Le calendrier ne peut pas être lu : {problem}</translation>
    </message>
    <message>
      <source>The content deadline falls after the publication date.</source>
      <translation>La date limite du contenu tombe après la date de publication.</translation>
    </message>
    <message>
      <source>The copy into “{target}” does not hold what the plan holds ({tables}); nothing was kept.</source>
      <translation>La copie dans « {target} » ne contient pas ce que contient le plan ({tables}) ; rien n’a été conservé.</translation>
    </message>
    <message>
      <source>The copy was cancelled; “{target}” was left as it was.</source>
      <translation>La copie a été annulée ; « {target} » est resté tel quel.</translation>
    </message>
    <message>
      <source>The crisis window ends before it starts.</source>
      <translation>La période de crise se termine avant de commencer.</translation>
    </message>
    <message>
      <source>The day of the month</source>
      <translation>Le jour du mois</translation>
    </message>
    <message>
      <source>The event ends before it starts.</source>
      <translation>L'événement finit avant de commencer.</translation>
    </message>
    <message>
      <source>The event “{title}” ends before it starts.</source>
      <translation>L'événement « {title} » finit avant de commencer.</translation>
    </message>
    <message>
      <source>The event “{title}” has a recurrence interval below 1 (an endless rule).</source>
      <translation>L'événement « {title} » a un intervalle de récurrence inférieur à 1 (une règle sans fin).</translation>
    </message>
    <message>
      <source>The event “{title}” has no start (DTSTART).</source>
      <translation>L'événement « {title} » n'a pas de début (DTSTART).</translation>
    </message>
    <message>
      <source>The event “{title}” repeats every minute: such a rule cannot be imported as IRL events.</source>
      <translation>L'événement « {title} » se répète chaque minute : une telle règle ne peut pas être importée en événements IRL.</translation>
    </message>
    <message>
      <source>The event “{title}” repeats every second: such a rule cannot be imported as IRL events.</source>
      <translation>L'événement « {title} » se répète chaque seconde : une telle règle ne peut pas être importée en événements IRL.</translation>
    </message>
    <message>
      <source>The event “{title}” repeats more than {count} times between {first} and {last} (an endless or too frequent rule): import a shorter period.</source>
      <translation>L'événement « {title} » se répète plus de {count} fois entre le {first} et le {last} (une règle sans fin ou trop fréquente) : importez une période plus courte.</translation>
    </message>
    <message>
      <source>The exceptional circuit names no substitute.</source>
      <translation>Le circuit exceptionnel ne nomme aucun suppléant.</translation>
    </message>
    <message>
      <source>The exceptional circuit needs at least one approval.</source>
      <translation>Le circuit de validation exceptionnel demande au moins une validation.</translation>
    </message>
    <message>
      <source>The exceptional circuit requires more approvals than it has approvers.</source>
      <translation>Le circuit de validation exceptionnel demande plus de validations qu'il n'a de valideurs.</translation>
    </message>
    <message>
      <source>The file does not start with BEGIN:VCALENDAR (is it an iCalendar file?).</source>
      <translation>Le fichier ne commence pas par BEGIN:VCALENDAR (est-ce un fichier iCalendar ?).</translation>
    </message>
    <message>
      <source>The file ends inside {open} begun at line {begun} (END:{open} is missing: the file is truncated?).</source>
      <translation>Le fichier se termine dans {open} commencé à la ligne {begun} (END:{open} manque : le fichier est-il tronqué ?).</translation>
    </message>
    <message>
      <source>The file has no events.</source>
      <translation>Le fichier ne contient aucun événement.</translation>
    </message>
    <message>
      <source>The file holds no calendar (no BEGIN:VCALENDAR).</source>
      <translation>Le fichier ne contient aucun calendrier (pas de BEGIN:VCALENDAR).</translation>
    </message>
    <message>
      <source>The file holds several calendars; import them one at a time.</source>
      <translation>Le fichier contient plusieurs calendriers ; importez-les un par un.</translation>
    </message>
    <message>
      <source>The file is empty.</source>
      <translation>Le fichier est vide.</translation>
    </message>
    <message>
      <source>The file is neither UTF-8 nor Windows text (binary content?).</source>
      <translation>Le fichier n'est ni du texte UTF-8 ni du texte Windows (contenu binaire ?).</translation>
    </message>
    <message>
      <source>The file is truncated: it stops in the middle of a line, inside {open} begun at line {begun}.</source>
      <translation>Le fichier est tronqué : il s’arrête au milieu d’une ligne, dans {open} commencé à la ligne {begun}.</translation>
    </message>
    <message>
      <source>The file is {size} MB; calendar files above {limit} MB are refused (export a shorter period from the other calendar).</source>
      <translation>Le fichier fait {size} Mo ; les fichiers de calendrier de plus de {limit} Mo sont refusés (exportez une période plus courte depuis l'autre agenda).</translation>
    </message>
    <message>
      <source>The file says it is {encoding} text but is not (damaged or truncated?).</source>
      <translation>Le fichier se dit en texte {encoding} mais ne l’est pas (abîmé ou tronqué ?).</translation>
    </message>
    <message>
      <source>The import was cancelled and nothing was changed (“{title}”): {problem}</source>
      <translation>L'import a été annulé et rien n'a été modifié (« {title} ») : {problem}</translation>
    </message>
    <message>
      <source>The import was cancelled and nothing was changed: {problem}</source>
      <translation>L'import a été annulé et rien n'a été modifié : {problem}</translation>
    </message>
    <message>
      <source>The interval</source>
      <translation>L'intervalle</translation>
    </message>
    <message>
      <source>The interval must be at least 1.</source>
      <translation>L'intervalle doit valoir au moins 1.</translation>
    </message>
    <message>
      <source>The limit “{name}” for {network} must be a whole number above zero.</source>
      <translation>La limite « {name} » de {network} doit être un nombre entier supérieur à zéro.</translation>
    </message>
    <message>
      <source>The number of occurrences</source>
      <translation>Le nombre d'occurrences</translation>
    </message>
    <message>
      <source>The number of occurrences must be at least 1.</source>
      <translation>Le nombre d'occurrences doit valoir au moins 1.</translation>
    </message>
    <message>
      <source>The pillars' target shares add up to {total} %, not 100 %.</source>
      <translation>Les parts visées des piliers font {total} %, pas 100 %.</translation>
    </message>
    <message>
      <source>The pillars' target shares add up to {total} %: at most 100.</source>
      <translation>Les parts visées des piliers totalisent {total} % : 100 au plus.</translation>
    </message>
    <message>
      <source>The plan needs a company name.</source>
      <translation>Le plan a besoin d'un nom d'entreprise.</translation>
    </message>
    <message>
      <source>The plan needs a name.</source>
      <translation>Le plan a besoin d'un nom.</translation>
    </message>
    <message>
      <source>The plan to copy into is open read-only.</source>
      <translation>Le plan de destination est ouvert en lecture seule.</translation>
    </message>
    <message>
      <source>The publication URL “{url}” is not a web address (http:// or https://) nor a mail address (mailto:).</source>
      <translation>L’adresse de publication « {url} » n’est ni une adresse web (http:// ou https://) ni une adresse de messagerie (mailto:).</translation>
    </message>
    <message>
      <source>The publish folder needs a path.</source>
      <translation>Le dossier de publication doit avoir un chemin.</translation>
    </message>
    <message>
      <source>The recurrence rule has no FREQ.</source>
      <translation>La règle de récurrence n'a pas de FREQ.</translation>
    </message>
    <message>
      <source>The recurrence rule is empty.</source>
      <translation>La règle de récurrence est vide.</translation>
    </message>
    <message>
      <source>The request is due before it was made.</source>
      <translation>La demande est due avant d'avoir été faite.</translation>
    </message>
    <message>
      <source>The series ends (UNTIL) before it starts.</source>
      <translation>La série finit (UNTIL) avant de commencer.</translation>
    </message>
    <message>
      <source>The series “{name}” has more than {count} occurrences before the requested window; shorten the window or change the rule.</source>
      <translation>La série « {name} » a plus de {count} occurrences avant la période demandée ; raccourcissez la période ou changez la règle.</translation>
    </message>
    <message>
      <source>The series “{name}” no longer exists.</source>
      <translation>La série « {name} » n'existe plus.</translation>
    </message>
    <message>
      <source>The team plan's server cannot be reached: the change was not saved. It stays in the editor; save again once the connection is back.</source>
      <translation>Le serveur du plan d’équipe est injoignable : la modification n’a pas été enregistrée. Elle reste dans l’éditeur ; enregistrez à nouveau quand la connexion sera revenue.</translation>
    </message>
    <message>
      <source>The window ends before it starts.</source>
      <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
      <source>The window is too long to expand a series over it.</source>
      <translation>La période est trop longue pour y développer une série.</translation>
    </message>
    <message>
      <source>The {field} is too long: {length} characters, at most {limit}.</source>
      <translation>Le champ « {field} » est trop long : {length} caractères, {limit} au plus.</translation>
    </message>
    <message>
      <source>The {what} {value} has no time zone.</source>
      <translation>La date « {what} » ({value}) n'a pas de fuseau horaire.</translation>
    </message>
    <message>
      <source>This crisis has already ended.</source>
      <translation>Cette crise est déjà terminée.</translation>
    </message>
    <message>
      <source>This event no longer exists.</source>
      <translation>Cet événement n'existe plus.</translation>
    </message>
    <message>
      <source>This is not a calendar file (binary content).</source>
      <translation>Ce n'est pas un fichier de calendrier (contenu binaire).</translation>
    </message>
    <message>
      <source>This is still in use; change what refers to it first.</source>
      <translation>Cet élément est encore utilisé ; modifiez d’abord ce qui y fait référence.</translation>
    </message>
    <message>
      <source>This meeting has already ended.</source>
      <translation>Cette réunion est déjà terminée.</translation>
    </message>
    <message>
      <source>This meeting has ended: its minutes can no longer change.</source>
      <translation>Cette réunion est terminée : son compte rendu ne peut plus changer.</translation>
    </message>
    <message>
      <source>This occurrence is no longer in the series “{name}”.</source>
      <translation>Cette occurrence ne fait plus partie de la série « {name} ».</translation>
    </message>
    <message>
      <source>This person may not decide on this post.</source>
      <translation>Cette personne ne peut pas se prononcer sur cette publication.</translation>
    </message>
    <message>
      <source>This plan already holds items: a new plan goes into a new file.</source>
      <translation>Ce plan contient déjà des éléments : un nouveau plan va dans un nouveau fichier.</translation>
    </message>
    <message>
      <source>This post is not covered by the charter: it must be validated before scheduling.</source>
      <translation>Cette publication n'est pas couverte par la charte : elle doit être validée avant d'être programmée.</translation>
    </message>
    <message>
      <source>This post is planned for {when}: it cannot be marked as published before then (move it, or record its publication).</source>
      <translation>Cette publication est prévue le {when} : elle ne peut pas être marquée comme publiée avant (déplacez-la, ou enregistrez sa publication).</translation>
    </message>
    <message>
      <source>This post no longer exists.</source>
      <translation>Cette publication n'existe plus.</translation>
    </message>
    <message>
      <source>This recurrence rule never produces an occurrence.</source>
      <translation>Cette règle de récurrence ne produit aucune occurrence.</translation>
    </message>
    <message>
      <source>This request no longer exists.</source>
      <translation>Cette demande n'existe plus.</translation>
    </message>
    <message>
      <source>This request was already escalated.</source>
      <translation>Cette demande a déjà été transmise au suppléant.</translation>
    </message>
    <message>
      <source>This series no longer exists.</source>
      <translation>Cette série n'existe plus.</translation>
    </message>
    <message>
      <source>Time zone “{zone}” is unknown; its fixed offset is used (daylight-saving changes are not followed).</source>
      <translation>Le fuseau horaire « {zone} » est inconnu ; son décalage fixe est utilisé (les changements d'heure ne sont pas suivis).</translation>
    </message>
    <message>
      <source>Two pillars have the same name.</source>
      <translation>Deux piliers portent le même nom.</translation>
    </message>
    <message>
      <source>Unknown backlog format “{format}”: use html, csv or xlsx.</source>
      <translation>Format de planning d'équipe « {format} » inconnu : utilisez html, csv ou xlsx.</translation>
    </message>
    <message>
      <source>Unknown cmplanner item kind “{kind}”.</source>
      <translation>Type d'élément cmplanner « {kind} » inconnu.</translation>
    </message>
    <message>
      <source>Unknown limit “{name}” for {network}.</source>
      <translation>Limite « {name} » inconnue pour {network}.</translation>
    </message>
    <message>
      <source>Unknown network “{network}” in the network limits.</source>
      <translation>Réseau « {network} » inconnu dans les limites des réseaux.</translation>
    </message>
    <message>
      <source>Unknown time zone “{zone}” in {name} of the event “{title}” (neither a known zone nor defined in the file).</source>
      <translation>Fuseau horaire « {zone} » inconnu dans {name} de l'événement « {title} » (ni un fuseau connu ni défini dans le fichier).</translation>
    </message>
    <message>
      <source>Unknown time zone: “{name}”.</source>
      <translation>Fuseau horaire inconnu : « {name} ».</translation>
    </message>
    <message>
      <source>Unknown weekday “{code}” in the recurrence rule.</source>
      <translation>Jour de la semaine « {code} » inconnu dans la règle de récurrence.</translation>
    </message>
    <message>
      <source>Unknown {what} “{value}”.</source>
      <translation>Valeur inconnue pour {what} : « {value} ».</translation>
    </message>
    <message>
      <source>Unpublish “{title}”</source>
      <translation>Dépublier « {title} »</translation>
    </message>
    <message>
      <source>Unsupported language “{language}”: use “fr” or “en”.</source>
      <translation>Langue « {language} » non prise en charge : utilisez « fr » ou « en ».</translation>
    </message>
    <message>
      <source>Withdraw consent of {person}</source>
      <translation>Retirer le consentement de {person}</translation>
    </message>
    <message>
      <source>Withdraw {title} (image rights of {person})</source>
      <translation>Retirer {title} (droit à l’image de {person})</translation>
    </message>
    <message>
      <source>Workload estimates</source>
      <translation>Estimations de charge</translation>
    </message>
    <message>
      <source>Write a post from the request “{topic}”</source>
      <translation>Rédiger une publication à partir de la demande « {topic} »</translation>
    </message>
    <message>
      <source>Write an occurrence of “{name}”</source>
      <translation>Rédiger une occurrence de « {name} »</translation>
    </message>
    <message>
      <source>X-WR-TIMEZONE “{zone}” is unknown; the plan's zone is used.</source>
      <translation>X-WR-TIMEZONE « {zone} » est inconnu ; le fuseau du plan est utilisé.</translation>
    </message>
    <message>
      <source>already in the plan through its series</source>
      <translation>déjà dans le plan par sa série</translation>
    </message>
    <message>
      <source>cadence</source>
      <translation>cadence</translation>
    </message>
    <message>
      <source>calendar uid</source>
      <translation>identifiant de calendrier</translation>
    </message>
    <message>
      <source>cancelled in the source calendar</source>
      <translation>annulé dans l'agenda d'origine</translation>
    </message>
    <message>
      <source>colour</source>
      <translation>couleur</translation>
    </message>
    <message>
      <source>e-mail address</source>
      <translation>adresse e-mail</translation>
    </message>
    <message>
      <source>editorial line version</source>
      <translation>version de la ligne éditoriale</translation>
    </message>
    <message>
      <source>event kind</source>
      <translation>le type d'événement</translation>
    </message>
    <message>
      <source>handle</source>
      <translation>identifiant</translation>
    </message>
    <message>
      <source>name</source>
      <translation>nom</translation>
    </message>
    <message>
      <source>named by an imported item</source>
      <translation>nommé par un élément importé</translation>
    </message>
    <message>
      <source>no longer an occurrence in the source calendar (excluded, or the rule was shortened)</source>
      <translation>n’est plus une occurrence dans le calendrier d’origine (exclue, ou règle raccourcie)</translation>
    </message>
    <message>
      <source>occurrence of a recurring event</source>
      <translation>occurrence d'un événement récurrent</translation>
    </message>
    <message>
      <source>one occurrence of a series exported occurrence by occurrence (Outlook-safe profile); export with the standard profile to carry the series itself</source>
      <translation>une occurrence d'une série exportée occurrence par occurrence (profil compatible Outlook) ; exportez avec le profil standard pour transmettre la série elle-même</translation>
    </message>
    <message>
      <source>plan name</source>
      <translation>nom du plan</translation>
    </message>
    <message>
      <source>post kind</source>
      <translation>le type de publication</translation>
    </message>
    <message>
      <source>promotion step label</source>
      <translation>libellé d’étape de promotion</translation>
    </message>
    <message>
      <source>status</source>
      <translation>le statut</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <source>the file's version is newer (SEQUENCE)</source>
      <translation>la version du fichier est plus récente (SEQUENCE)</translation>
    </message>
    <message>
      <source>the folder does not exist</source>
      <translation>le dossier n'existe pas</translation>
    </message>
    <message>
      <source>the folder is read-only or access is denied</source>
      <translation>le dossier est en lecture seule ou l'accès est refusé</translation>
    </message>
    <message>
      <source>the plan holds a newer version (revision {plan} &gt; {file})</source>
      <translation>le plan contient une version plus récente (révision {plan} &gt; {file})</translation>
    </message>
    <message>
      <source>time zone</source>
      <translation>fuseau horaire</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>sans changement</translation>
    </message>
    <message>
      <source>unknown program</source>
      <translation>programme inconnu</translation>
    </message>
    <message numerus="yes">
      <source>%n field(s) changed: {fields}</source>
      <translation>
        <numerusform>%n champ modifié : {fields}</numerusform>
        <numerusform>%n champs modifiés : {fields}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n event(s), all after {date} (use --to, or the import's last day).</source>
      <translation>
        <numerusform>%n événement, après le {date} (utilisez --to, ou le dernier jour de l’import).</numerusform>
        <numerusform>%n événements, tous après le {date} (utilisez --to, ou le dernier jour de l’import).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n event(s), all before {date} (use --from, or the import's first day).</source>
      <translation>
        <numerusform>%n événement, avant le {date} (utilisez --from, ou le premier jour de l’import).</numerusform>
        <numerusform>%n événements, tous avant le {date} (utilisez --from, ou le premier jour de l’import).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n task(s) or journal entries ignored: the plan holds events.</source>
      <translation>
        <numerusform>%n tâche ou entrée de journal ignorée : le plan contient des événements.</numerusform>
        <numerusform>%n tâches ou entrées de journal ignorées : le plan contient des événements.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Import %n media file(s)</source>
      <translation>
        <numerusform>Importer %n média</numerusform>
        <numerusform>Importer %n médias</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Start the crisis “{reason}” (%n post(s) on hold)</source>
      <translation>
        <numerusform>Déclarer la crise « {reason} » (%n publication suspendue)</numerusform>
        <numerusform>Déclarer la crise « {reason} » (%n publications suspendues)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>End the crisis “{reason}” (%n post(s) put back)</source>
      <translation>
        <numerusform>Terminer la crise « {reason} » (%n publication rétablie)</numerusform>
        <numerusform>Terminer la crise « {reason} » (%n publications rétablies)</numerusform>
      </translation>
    </message>
    <message>
      <source>title</source>
      <translation>titre</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texte</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>type</translation>
    </message>
    <message>
      <source>start</source>
      <translation>début</translation>
    </message>
    <message>
      <source>end</source>
      <translation>fin</translation>
    </message>
    <message>
      <source>all day</source>
      <translation>journée entière</translation>
    </message>
    <message>
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <source>place</source>
      <translation>lieu</translation>
    </message>
    <message>
      <source>publication address</source>
      <translation>adresse de publication</translation>
    </message>
    <message>
      <source>occurrence</source>
      <translation>occurrence</translation>
    </message>
    <message>
      <source>owner</source>
      <translation>responsable</translation>
    </message>
    <message>
      <source>approvals</source>
      <translation>validations</translation>
    </message>
    <message>
      <source>networks</source>
      <translation>réseaux</translation>
    </message>
    <message>
      <source>pillar</source>
      <translation>pilier</translation>
    </message>
    <message>
      <source>series</source>
      <translation>série</translation>
    </message>
    <message>
      <source>rule</source>
      <translation>règle de répétition</translation>
    </message>
    <message>
      <source>title template</source>
      <translation>modèle de titre</translation>
    </message>
    <message>
      <source>skipped or moved occurrences</source>
      <translation>occurrences sautées ou déplacées</translation>
    </message>
    <message>
      <source>other details</source>
      <translation>autres détails</translation>
    </message>
    <message>
      <source>networks or pillar (new ones are created)</source>
      <translation>réseaux ou pilier (les nouveaux sont créés)</translation>
    </message>
    <message>
      <source>The import was cancelled; the plan was not changed.</source>
      <translation>L’import a été annulé ; le plan n’a pas été modifié.</translation>
    </message>
    <message>
      <source>no longer in the calendar</source>
      <translation>n'est plus dans l'agenda</translation>
    </message>
    <message>
      <source>source calendar</source>
      <translation>agenda d'origine</translation>
    </message>
    <message>
      <source>{name} of the event “{title}” cannot be read ({problem}): an impossible or badly written value.</source>
      <translation>{name} de l'événement « {title} » ne peut pas être lu ({problem}) : une valeur impossible ou mal écrite.</translation>
    </message>
    <message>
      <source>{name} of the event “{title}” is not a date.</source>
      <translation>{name} de l'événement « {title} » n'est pas une date.</translation>
    </message>
    <message>
      <source>A consent needs the person shown: choose them from People.</source>
      <translation>Un consentement doit nommer la personne visible : choisissez-la dans Personnes.</translation>
    </message>
    <message>
      <source>A consent's duration must be at least one month.</source>
      <translation>La durée d’un consentement doit être d’au moins un mois.</translation>
    </message>
    <message>
      <source>{person} has no image-rights consent on record.</source>
      <translation>{person} n’a aucun consentement de droit à l’image enregistré.</translation>
    </message>
    <message>
      <source>{network}: {file} lasts {length}, longer than the {limit} allowed.</source>
      <translation>{network} : {file} dure {length}, plus que la durée maximale ({limit}).</translation>
    </message>
    <message>
      <source>{network}: {file} lasts {length}, shorter than the {limit} required.</source>
      <translation>{network} : {file} dure {length}, moins que la durée minimale ({limit}).</translation>
    </message>
    <message>
      <source>{network}: {file} is {shape}; the network accepts videos from {low} to {high}.</source>
      <translation>{network} : {file} est en {shape} ; le réseau accepte les vidéos de {low} à {high}.</translation>
    </message>
    <message>
      <source>{network}: {file} is {shape}; the network shows videos at {expected}, so it will be cropped or shown with bars.</source>
      <translation>{network} : {file} est en {shape} ; le réseau affiche les vidéos en {expected}, elle sera donc recadrée ou bordée de bandes.</translation>
    </message>
    <message>
      <source>{network}: a photo or a video is needed.</source>
      <translation>{network} : une photo ou une vidéo est nécessaire.</translation>
    </message>
    <message>
      <source>{network}: above {limit} characters, scheduling tools refuse the text; publish it from the app.</source>
      <translation>{network} : au-delà de {limit} caractères, les outils de programmation refusent le texte ; publiez-le depuis l’application.</translation>
    </message>
    <message>
      <source>{network}: photos and videos cannot be mixed in one post.</source>
      <translation>{network} : photos et vidéos ne peuvent pas être mélangées dans une publication.</translation>
    </message>
    <message>
      <source>{network}: the characters {chars} are not allowed.</source>
      <translation>{network} : les caractères {chars} ne sont pas autorisés.</translation>
    </message>
    <message numerus="yes">
      <source>{network}: the text is %n byte(s) too long ({used} of {limit}).</source>
      <translation>
        <numerusform>{network} : le texte dépasse de %n octet ({used} sur {limit}).</numerusform>
        <numerusform>{network} : le texte dépasse de %n octets ({used} sur {limit}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{network}: the text is %n character(s) too long ({used} of {limit}).</source>
      <translation>
        <numerusform>{network} : le texte dépasse de %n caractère ({used} sur {limit}).</numerusform>
        <numerusform>{network} : le texte dépasse de %n caractères ({used} sur {limit}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{network}: the title is %n character(s) too long ({used} of {limit}).</source>
      <translation>
        <numerusform>{network} : le titre dépasse de %n caractère ({used} sur {limit}).</numerusform>
        <numerusform>{network} : le titre dépasse de %n caractères ({used} sur {limit}).</numerusform>
      </translation>
    </message>
    <message>
      <source>{network}: write #{tag} in PascalCase (each word capitalised) so screen readers can say it.</source>
      <translation>{network} : écrivez #{tag} en PascalCase (chaque mot avec une majuscule) pour que les lecteurs d’écran puissent le lire.</translation>
    </message>
    <message>
      <source>{network}: {file} ({ratio}:1) will be cropped to fit between {low}:1 and {high}:1.</source>
      <translation>{network} : {file} ({ratio}:1) sera recadrée entre {low}:1 et {high}:1.</translation>
    </message>
    <message>
      <source>{network}: {file} has no alt text.</source>
      <translation>{network} : {file} n’a pas de texte alternatif.</translation>
    </message>
    <message>
      <source>{network}: {file} will be cropped to the first image's shape.</source>
      <translation>{network} : {file} sera recadrée au format de la première image.</translation>
    </message>
    <message>
      <source>{network}: {used} hashtags, {over} more than the {limit} allowed.</source>
      <translation>{network} : {used} hashtags, {over} de plus que les {limit} autorisés.</translation>
    </message>
    <message>
      <source>{network}: {used} images, {over} more than the {limit} allowed.</source>
      <translation>{network} : {used} images, {over} de plus que les {limit} autorisées.</translation>
    </message>
    <message>
      <source>{network}: {used} videos, {over} more than the {limit} allowed.</source>
      <translation>{network} : {used} vidéos, {over} de plus que les {limit} autorisées.</translation>
    </message>
    <message>
      <source>{network}: {used} photos and videos, {over} more than the {limit} one post can hold.</source>
      <translation>{network} : {used} photos et vidéos, {over} de plus que les {limit} qu’une publication peut contenir.</translation>
    </message>
    <message>
      <source>{person} has not signed a consent form.</source>
      <translation>{person} n’a pas signé de formulaire de consentement.</translation>
    </message>
    <message>
      <source>{person} left the company on {date}.</source>
      <translation>{person} a quitté l’entreprise le {date}.</translation>
    </message>
    <message>
      <source>Let {name} decide on the overdue requests ({count})</source>
      <translation>Confier à {name} les demandes en retard ({count})</translation>
    </message>
    <message>
      <source>Closure days</source>
      <translation>Jours de fermeture</translation>
    </message>
    <message>
      <source>Change the closure days</source>
      <translation>Modifier les jours de fermeture</translation>
    </message>
    <message>
      <source>“{text}” is not a date: write it like 2026-12-24 or 24/12/2026.</source>
      <translation>« {text} » n’est pas une date : écrivez-la comme 24/12/2026 ou 2026-12-24.</translation>
    </message>
    <message>
      <source>“{text}” does not exist in the calendar.</source>
      <translation>« {text} » n’existe pas dans le calendrier.</translation>
    </message>
    <message>
      <source>A closure needs a first and a last day.</source>
      <translation>Une fermeture a besoin d’un premier et d’un dernier jour.</translation>
    </message>
    <message>
      <source>The closure ends ({last}) before it starts ({first}).</source>
      <translation>La fermeture finit ({last}) avant de commencer ({first}).</translation>
    </message>
    <message>
      <source>A closure lasts at most a year ({days} days asked).</source>
      <translation>Une fermeture dure au plus un an ({days} jours demandés).</translation>
    </message>
    <message>
      <source>The closure's name is too long: {length} characters, at most {limit}.</source>
      <translation>Le nom de la fermeture est trop long : {length} caractères, au plus {limit}.</translation>
    </message>
    <message>
      <source>The closure “{label}” names a site the plan does not have.</source>
      <translation>La fermeture « {label} » nomme un site que le plan n’a pas.</translation>
    </message>
    <message>
      <source>There is no closure number {number}.</source>
      <translation>Il n’y a pas de fermeture numéro {number}.</translation>
    </message>
    <message>
      <source>{person} may not cancel this post.</source>
      <translation>{person} ne peut pas annuler cette publication.</translation>
    </message>
    <message>
      <source>{person} withdrew their consent on {date}.</source>
      <translation>{person} a retiré son consentement le {date}.</translation>
    </message>
    <message>
      <source>{person}'s consent covers internal uses only.</source>
      <translation>Le consentement de {person} ne couvre que les usages internes.</translation>
    </message>
    <message>
      <source>{person}'s consent does not cover {network}.</source>
      <translation>Le consentement de {person} ne couvre pas {network}.</translation>
    </message>
    <message>
      <source>{person}'s consent expired on {date}.</source>
      <translation>Le consentement de {person} a expiré le {date}.</translation>
    </message>
    <message>
      <source>{what} must be at least 1.</source>
      <translation>{what} doit valoir au moins 1.</translation>
    </message>
    <message>
      <source>{what} “{value}” is not a whole number.</source>
      <translation>{what} « {value} » n'est pas un nombre entier.</translation>
    </message>
    <message>
      <source>“{email}” is not an e-mail address.</source>
      <translation>« {email} » n'est pas une adresse e-mail.</translation>
    </message>
    <message>
      <source>“{name}” already exists: a new plan goes into a new file.</source>
      <translation>« {name} » existe déjà : un nouveau plan va dans un nouveau fichier.</translation>
    </message>
    <message>
      <source>“{name}” already exists; a copy goes into a new file.</source>
      <translation>« {name} » existe déjà ; une copie va dans un nouveau fichier.</translation>
    </message>
    <message>
      <source>“{target}” already holds a plan: a plan is copied into an empty one only.</source>
      <translation>« {target} » contient déjà un plan : un plan ne se copie que dans une base vide.</translation>
    </message>
    <message>
      <source>“{text}” is not a calendar line (no “:” after the name).</source>
      <translation>« {text} » n'est pas une ligne de calendrier (pas de « : » après le nom).</translation>
    </message>
    <message>
      <source>“{title}” was changed meanwhile (you edited version {loaded}, the plan holds version {stored}); the change was not saved.</source>
      <translation>« {title} » a été modifié entre-temps (vous avez modifié la version {loaded}, le plan contient la version {stored}) ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
      <source>“{title}” was changed meanwhile; the change was not saved.</source>
      <translation>« {title} » a été modifié entre-temps ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
      <source>“{title}” was deleted meanwhile; the change was not saved.</source>
      <translation>« {title} » a été supprimé entre-temps ; la modification n’a pas été enregistrée.</translation>
    </message>
  </context>
  <context>
    <name>tooltips</name>
    <message>
      <source>(moved)</source>
      <translation>(déplacée)</translation>
    </message>
    <message>
      <source>Changed by</source>
      <translation>Modifié par</translation>
    </message>
    <message>
      <source>Content due</source>
      <translation>Contenus attendus le</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Media needed</source>
      <translation>Médias nécessaires</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Private notes</source>
      <translation>Notes privées</translation>
    </message>
    <message>
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Series occurrence (not written yet)</source>
      <translation>Occurrence de série (pas encore rédigée)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Undated</source>
      <translation>Sans date</translation>
    </message>
    <message>
      <source>exceptional validation circuit</source>
      <translation>circuit de validation exceptionnel</translation>
    </message>
  </context>
  <context>
    <name>Cadence</name>
    <message numerus="yes">
      <source>{network}: %n posts this day, more than {limit} for the target {target}</source>
      <translation>
        <numerusform>{network} : %n publication ce jour, plus de {limit} pour l'objectif {target}</numerusform>
        <numerusform>{network} : %n publications ce jour, plus de {limit} pour l'objectif {target}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{network}: no post for %n working day(s) in a row, against the target {target}</source>
      <translation>
        <numerusform>{network} : aucune publication depuis %n jour ouvré, pour l'objectif {target}</numerusform>
        <numerusform>{network} : aucune publication depuis %n jours ouvrés d'affilée, pour l'objectif {target}</numerusform>
      </translation>
    </message>
  </context>
</TS>