<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>ApprovalsList</name>
    <message>
      <source>Round</source>
      <translation>Tour</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Décision</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
  </context>
  <context>
    <name>AudienceEditorDialog</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <source>New audience</source>
      <translation>Nouvelle cible</translation>
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
  </context>
  <context>
    <name>BacklogExportDialog</name>
    <message>
      <source>Export team backlog</source>
      <translation>Exporter le planning de l'équipe</translation>
    </message>
    <message>
      <source>One file for colleagues who do not have cmplanner: the coming weeks, the to-do list, content requests, events and who does what. Private notes are never exported.</source>
      <translation>Un fichier pour les collègues qui n'ont pas cmplanner : les semaines à venir, ce qui reste à faire, les demandes de contenu, les événements et qui fait quoi. Les notes privées ne sont jamais exportées.</translation>
    </message>
    <message>
      <source>Web page (HTML, works offline)</source>
      <translation>Page web (HTML, fonctionne hors ligne)</translation>
    </message>
    <message>
      <source>Excel workbook (XLSX)</source>
      <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
      <source>CSV (UTF-8)</source>
      <translation>CSV (UTF-8)</translation>
    </message>
    <message>
      <source> weeks</source>
      <translation> semaines</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Parcourir…</translation>
    </message>
    <message>
      <source>Separate columns with semicolons (French Excel)</source>
      <translation>Séparer les colonnes par des points-virgules (Excel français)</translation>
    </message>
    <message>
      <source>Open the file after export</source>
      <translation>Ouvrir le fichier après l'export</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format :</translation>
    </message>
    <message>
      <source>&amp;Calendar:</source>
      <translation>&amp;Calendrier :</translation>
    </message>
    <message>
      <source>F&amp;ile:</source>
      <translation>F&amp;ichier :</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>team-backlog</source>
      <translation>planning-equipe</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Page web (*.html)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>CSV file (*.csv)</source>
      <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
      <source>{path} is a folder: choose a file name.</source>
      <translation>{path} est un dossier : choisissez un nom de fichier.</translation>
    </message>
    <message>
      <source>The team backlog was not exported.
{reason}</source>
      <translation>Le planning de l'équipe n'a pas été exporté.
{reason}</translation>
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
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Posts</source>
      <translation>Publications</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>Damaged</source>
      <translation>Endommagée</translation>
    </message>
  </context>
  <context>
    <name>CharterDialog</name>
    <message>
      <source>Charter</source>
      <translation>Charte</translation>
    </message>
    <message>
      <source>Posts of the ticked pillars, networks and kinds may be scheduled without validation. No pillar or network ticked means any. Sensitive posts always go through the exceptional circuit.</source>
      <translation>Les publications des piliers, réseaux et types cochés peuvent être programmées sans validation. Sans pilier ou réseau coché, tous sont couverts. Les publications sensibles passent toujours par le circuit exceptionnel.</translation>
    </message>
    <message>
      <source>&amp;Text of the charter:</source>
      <translation>&amp;Texte de la charte :</translation>
    </message>
    <message>
      <source>Covered &amp;pillars:</source>
      <translation>&amp;Piliers couverts :</translation>
    </message>
    <message>
      <source>Covered &amp;networks:</source>
      <translation>&amp;Réseaux couverts :</translation>
    </message>
    <message>
      <source>Covered &amp;kinds:</source>
      <translation>T&amp;ypes couverts :</translation>
    </message>
    <message>
      <source>Edit the charter</source>
      <translation>Modifier la charte</translation>
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
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Series occurrence</source>
      <translation>Occurrence de série</translation>
    </message>
  </context>
  <context>
    <name>CrisisCircuitDialog</name>
    <message>
      <source>Exceptional validation circuit</source>
      <translation>Circuit de validation exceptionnel</translation>
    </message>
    <message>
      <source>Sensitive posts (crisis, replies to negative reviews or trolls) need these approvals before they can be scheduled.</source>
      <translation>Les publications sensibles (crise, réponses à des avis négatifs ou à des trolls) doivent recevoir ces validations avant d'être programmées.</translation>
    </message>
    <message>
      <source>Named &amp;approvers:</source>
      <translation>&amp;Valideurs désignés :</translation>
    </message>
    <message>
      <source>Approvals &amp;required:</source>
      <translation>Validations &amp;requises :</translation>
    </message>
    <message>
      <source>Edit the exceptional circuit</source>
      <translation>Modifier le circuit exceptionnel</translation>
    </message>
  </context>
  <context>
    <name>DayGridModel</name>
    <message>
      <source>W%1</source>
      <translation>S%1</translation>
    </message>
  </context>
  <context>
    <name>EditorDialog</name>
    <message>
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : aucune modification n'est possible.</translation>
    </message>
  </context>
  <context>
    <name>EditorialLineDialog</name>
    <message>
      <source>Editorial line</source>
      <translation>Ligne éditoriale</translation>
    </message>
    <message>
      <source>Not validated yet</source>
      <translation>Pas encore validée</translation>
    </message>
    <message>
      <source>&amp;Objectives and tone:</source>
      <translation>&amp;Objectifs et ton :</translation>
    </message>
    <message>
      <source>&amp;Version:</source>
      <translation>&amp;Version :</translation>
    </message>
    <message>
      <source>Validated &amp;by:</source>
      <translation>Validée &amp;par :</translation>
    </message>
    <message>
      <source>Validated &amp;on:</source>
      <translation>Validée &amp;le :</translation>
    </message>
    <message>
      <source>Edit the editorial line</source>
      <translation>Modifier la ligne éditoriale</translation>
    </message>
  </context>
  <context>
    <name>EditorialLinePage</name>
    <message>
      <source>Delete pillar {name}</source>
      <translation>Supprimer le pilier {name}</translation>
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
      <source>&amp;New pillar…</source>
      <translation>&amp;Nouveau pilier…</translation>
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
      <source>Objectives</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Pillars</source>
      <translation>Piliers</translation>
    </message>
    <message>
      <source>Audiences</source>
      <translation>Cibles</translation>
    </message>
    <message>
      <source>Posts and series occurrences planned in the next four weeks, against each network's cadence target.</source>
      <translation>Publications et occurrences de séries prévues dans les quatre prochaines semaines, comparées au rythme visé de chaque réseau.</translation>
    </message>
    <message>
      <source>Networks and cadence</source>
      <translation>Réseaux et rythme</translation>
    </message>
    <message>
      <source>Charter and validation</source>
      <translation>Charte et validation</translation>
    </message>
    <message>
      <source>Edit the editorial &amp;line…</source>
      <translation>Modifier la &amp;ligne éditoriale…</translation>
    </message>
    <message>
      <source>Charter: published without validation</source>
      <translation>Charte : publication sans validation</translation>
    </message>
    <message>
      <source>Edit the &amp;charter…</source>
      <translation>Modifier la &amp;charte…</translation>
    </message>
    <message>
      <source>Exceptional circuit: sensitive posts</source>
      <translation>Circuit exceptionnel : publications sensibles</translation>
    </message>
    <message>
      <source>Edit the &amp;exceptional circuit…</source>
      <translation>Modifier le circuit &amp;exceptionnel…</translation>
    </message>
    <message>
      <source>No objectives written yet.</source>
      <translation>Aucun objectif rédigé pour l'instant.</translation>
    </message>
    <message>
      <source>Version {version}, validated by {name} on {date}.</source>
      <translation>Version {version}, validée par {name} le {date}.</translation>
    </message>
    <message>
      <source>Version {version}, not validated yet.</source>
      <translation>Version {version}, pas encore validée.</translation>
    </message>
    <message>
      <source>any</source>
      <translation>tous</translation>
    </message>
    <message>
      <source>No charter written yet.</source>
      <translation>Aucune charte rédigée pour l'instant.</translation>
    </message>
    <message>
      <source>Covers pillars: {pillars}. Networks: {networks}. Kinds: {kinds}.</source>
      <translation>Piliers couverts : {pillars}. Réseaux : {networks}. Types : {kinds}.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message numerus="yes">
      <source>%n approval(s) required.</source>
      <translation>
        <numerusform>%n validation requise.</numerusform>
        <numerusform>%n validations requises.</numerusform>
      </translation>
    </message>
    <message>
      <source>Named approvers: {names}.</source>
      <translation>Valideurs désignés : {names}.</translation>
    </message>
    <message>
      <source>nobody yet</source>
      <translation>personne pour l'instant</translation>
    </message>
  </context>
  <context>
    <name>EditorialModels</name>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Target share</source>
      <translation>Part visée</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Target not understood</source>
      <translation>Rythme visé non reconnu</translation>
    </message>
    <message>
      <source>No target</source>
      <translation>Aucun rythme visé</translation>
    </message>
    <message>
      <source>Under target</source>
      <translation>En dessous</translation>
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
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
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
      <source>Planned (4 weeks)</source>
      <translation>Prévu (4 semaines)</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Attendu</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
  </context>
  <context>
    <name>EventEditorDialog</name>
    <message>
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <source>Event {title}</source>
      <translation>Événement {title}</translation>
    </message>
    <message>
      <source>All day</source>
      <translation>Toute la journée</translation>
    </message>
    <message>
      <source>No site of ours</source>
      <translation>Hors de nos sites</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>T&amp;ype :</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <source>From / to:</source>
      <translation>Du / au :</translation>
    </message>
    <message>
      <source>&amp;Site:</source>
      <translation>&amp;Site :</translation>
    </message>
    <message>
      <source>&amp;Place:</source>
      <translation>&amp;Lieu :</translation>
    </message>
    <message>
      <source>&amp;Organisers:</source>
      <translation>&amp;Organisateurs :</translation>
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
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Changement</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nouvelle</translation>
    </message>
    <message>
      <source>moves</source>
      <translation>déplacée</translation>
    </message>
    <message>
      <source>stays ({status})</source>
      <translation>reste en place ({status})</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>inchangée</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <source>Create event {title} with its promotion posts</source>
      <translation>Créer l'événement {title} et ses publications de promotion</translation>
    </message>
    <message>
      <source>Edit event {title}</source>
      <translation>Modifier l'événement {title}</translation>
    </message>
  </context>
  <context>
    <name>EventModels</name>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Promotion</source>
      <translation>Promotion</translation>
    </message>
    <message>
      <source>{ready} scheduled or published</source>
      <translation>programmées ou publiées : {ready}</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
  </context>
  <context>
    <name>EventsPage</name>
    <message>
      <source>Show past events</source>
      <translation>Afficher les événements passés</translation>
    </message>
    <message>
      <source>&amp;New event…</source>
      <translation>&amp;Nouvel événement…</translation>
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
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : aucune modification n'est possible.</translation>
    </message>
    <message>
      <source>Delete event {title} and its promotion posts</source>
      <translation>Supprimer l'événement {title} et ses publications de promotion</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <source>Search titles and texts</source>
      <translation>Rechercher dans les titres et les textes</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Effacer les filtres</translation>
    </message>
    <message>
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Pillars</source>
      <translation>Piliers</translation>
    </message>
    <message>
      <source>Statuses</source>
      <translation>Statuts</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personnes</translation>
    </message>
    <message>
      <source>Recurring series</source>
      <translation>Séries récurrentes</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
  </context>
  <context>
    <name>IcsExportDialog</name>
    <message>
      <source>Export for Outlook (CSV)</source>
      <translation>Exporter pour Outlook (CSV)</translation>
    </message>
    <message>
      <source>Export to iCalendar</source>
      <translation>Exporter vers iCalendar</translation>
    </message>
    <message>
      <source>Whole plan</source>
      <translation>Tout le plan</translation>
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
      <source>IRL events only</source>
      <translation>Événements IRL seulement</translation>
    </message>
    <message>
      <source>The current filter</source>
      <translation>Le filtre en cours</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Exporter</translation>
    </message>
    <message>
      <source>&amp;Which</source>
      <translation>&amp;Lesquels</translation>
    </message>
    <message>
      <source>Only between</source>
      <translation>Seulement entre</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Statuses</source>
      <translation>Statuts</translation>
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
      <source>Outlook (rules Outlook can hold)</source>
      <translation>Outlook (règles qu'Outlook sait gérer)</translation>
    </message>
    <message>
      <source>Standard (Thunderbird, Google)</source>
      <translation>Standard (Thunderbird, Google)</translation>
    </message>
    <message>
      <source>&amp;For</source>
      <translation>&amp;Pour</translation>
    </message>
    <message>
      <source>No reminder</source>
      <translation>Pas de rappel</translation>
    </message>
    <message>
      <source> min before</source>
      <translation> min avant</translation>
    </message>
    <message>
      <source>&amp;Reminder</source>
      <translation>&amp;Rappel</translation>
    </message>
  </context>
  <context>
    <name>IcsImportDialog</name>
    <message>
      <source>Import iCalendar file</source>
      <translation>Importer un fichier iCalendar</translation>
    </message>
    <message>
      <source>{file} (written by {source}): {create} to create, {update} to update, {remove} to remove, {skip} to skip.</source>
      <translation>{file} (écrit par {source}) : {create} à créer, {update} à mettre à jour, {remove} à retirer, {skip} ignoré(s).</translation>
    </message>
    <message>
      <source>Nothing is written before you click Import. The whole import can then be undone in one step (Edit &gt; Undo).</source>
      <translation>Rien n'est écrit avant que vous cliquiez sur Importer. L'import entier peut ensuite être annulé en une seule fois (Édition &gt; Annuler).</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
  </context>
  <context>
    <name>Interaction</name>
    <message>
      <source>Open read-only</source>
      <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
      <source>Restore the latest backup</source>
      <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
      <source>Open another plan…</source>
      <translation>Ouvrir un autre plan…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>another program</source>
      <translation>un autre programme</translation>
    </message>
    <message>
      <source>Plan already open</source>
      <translation>Plan déjà ouvert</translation>
    </message>
    <message>
      <source>“{name}” is already open in {who}.</source>
      <translation>« {name} » est déjà ouvert dans {who}.</translation>
    </message>
    <message>
      <source>Only one window can change a plan. You can open it read-only to consult it, or close the other window first.</source>
      <translation>Une seule fenêtre peut modifier un plan. Vous pouvez l'ouvrir en lecture seule pour le consulter, ou fermer d'abord l'autre fenêtre.</translation>
    </message>
    <message>
      <source>Plan cannot be changed</source>
      <translation>Plan non modifiable</translation>
    </message>
    <message>
      <source>“{name}” cannot be changed here.</source>
      <translation>« {name} » ne peut pas être modifié ici.</translation>
    </message>
    <message>
      <source>A backup from {date} exists. Restoring it keeps the refused file beside the plan under another name.</source>
      <translation>Une sauvegarde du {date} existe. La restaurer conserve le fichier refusé à côté du plan, sous un autre nom.</translation>
    </message>
    <message>
      <source>Cannot open the plan</source>
      <translation>Impossible d'ouvrir le plan</translation>
    </message>
    <message>
      <source>“{name}” cannot be opened. It has not been changed.</source>
      <translation>« {name} » ne peut pas être ouvert. Il n'a pas été modifié.</translation>
    </message>
    <message>
      <source>It was written by a newer version of cmplanner: update cmplanner to open it.</source>
      <translation>Il a été enregistré par une version plus récente de cmplanner : mettez cmplanner à jour pour l'ouvrir.</translation>
    </message>
    <message>
      <source>It is the database of another application, not a plan.</source>
      <translation>C'est la base de données d'une autre application, pas un plan.</translation>
    </message>
    <message>
      <source>It is not a cmplanner plan.</source>
      <translation>Ce n'est pas un plan cmplanner.</translation>
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
      <source>The disk is full: the change was not saved.</source>
      <translation>Le disque est plein : la modification n'a pas été enregistrée.</translation>
    </message>
    <message>
      <source>Details: {details}</source>
      <translation>Détails : {details}</translation>
    </message>
    <message>
      <source>Save a copy of the plan</source>
      <translation>Enregistrer une copie du plan</translation>
    </message>
    <message>
      <source>Open a plan</source>
      <translation>Ouvrir un plan</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>&amp;New post on this day…</source>
      <translation>&amp;Nouvelle publication ce jour…</translation>
    </message>
    <message>
      <source>&amp;Open the selected item…</source>
      <translation>&amp;Ouvrir l'élément sélectionné…</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;upliquer</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
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
      <source>Move a week later</source>
      <translation>Déplacer d'une semaine plus tard</translation>
    </message>
    <message>
      <source>Move a week earlier</source>
      <translation>Déplacer d'une semaine plus tôt</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Show</source>
      <translation>&amp;Vue</translation>
    </message>
    <message>
      <source>&amp;Previous period</source>
      <translation>Période &amp;précédente</translation>
    </message>
    <message>
      <source>&amp;Next period</source>
      <translation>Période &amp;suivante</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Aujourd'hui</translation>
    </message>
    <message>
      <source>Next item of the day</source>
      <translation>Élément suivant du jour</translation>
    </message>
    <message>
      <source>Previous item of the day</source>
      <translation>Élément précédent du jour</translation>
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
      <source>&amp;Actual size</source>
      <translation>&amp;Taille réelle</translation>
    </message>
    <message>
      <source>&amp;Meeting mode</source>
      <translation>Mode &amp;réunion</translation>
    </message>
    <message>
      <source>&amp;High contrast</source>
      <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
      <source>Weeks on the &amp;board</source>
      <translation>Semaines du &amp;tableau</translation>
    </message>
    <message>
      <source>%n week(s)</source>
      <translation>%n semaine(s)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;About cmplanner</source>
      <translation>À &amp;propos de cmplanner</translation>
    </message>
    <message>
      <source>Arrows move across days; drag a chip to another day to move it.</source>
      <translation>Les flèches changent de jour ; faites glisser un élément vers un autre jour pour le déplacer.</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation>Navigation</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Mois</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Semaine</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Backlog</source>
      <translation>Réserve d'idées</translation>
    </message>
    <message>
      <source>Next weeks</source>
      <translation>Prochaines semaines</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Editorial line</source>
      <translation>Ligne éditoriale</translation>
    </message>
    <message>
      <source>People and sites</source>
      <translation>Personnes et sites</translation>
    </message>
    <message>
      <source>Content requests</source>
      <translation>Demandes de contenu</translation>
    </message>
    <message>
      <source>About cmplanner</source>
      <translation>À propos de cmplanner</translation>
    </message>
    <message>
      <source>cmplanner {version}
The editorial planner of the community manager.</source>
      <translation>cmplanner {version}
Le planificateur éditorial du community manager.</translation>
    </message>
    <message>
      <source> (read-only)</source>
      <translation> (lecture seule)</translation>
    </message>
    <message numerus="yes">
      <source>Next %n week(s)</source>
      <translation>
        <numerusform>La semaine à venir</numerusform>
        <numerusform>Les %n prochaines semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>Undated ideas and drafts</source>
      <translation>Idées et brouillons sans date</translation>
    </message>
    <message numerus="yes">
      <source>%n item(s) shown</source>
      <translation>
        <numerusform>%n élément affiché</numerusform>
        <numerusform>%n éléments affichés</numerusform>
      </translation>
    </message>
    <message>
      <source>(filtered)</source>
      <translation>(filtré)</translation>
    </message>
    <message>
      <source>This plan is open read-only.</source>
      <translation>Ce plan est ouvert en lecture seule.</translation>
    </message>
    <message>
      <source>Not possible</source>
      <translation>Impossible</translation>
    </message>
    <message>
      <source>Select an item first (click it, or Alt+Down).</source>
      <translation>Sélectionnez d'abord un élément (clic, ou Alt+Bas).</translation>
    </message>
    <message>
      <source>Deleted. Ctrl+Z brings it back.</source>
      <translation>Supprimé. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
      <source>The post editor is not available.</source>
      <translation>L'éditeur de publication n'est pas disponible.</translation>
    </message>
    <message>
      <source>Meeting mode: private notes and e-mail addresses are hidden.</source>
      <translation>Mode réunion : notes privées et adresses e-mail masquées.</translation>
    </message>
  </context>
  <context>
    <name>NetworkEditorDialog</name>
    <message>
      <source>@account or page</source>
      <translation>@compte ou page</translation>
    </message>
    <message>
      <source>e.g. 3 per week, 1 par jour</source>
      <translation>ex. : 3 par semaine, 1 par jour</translation>
    </message>
    <message>
      <source>We publish on this network</source>
      <translation>Nous publions sur ce réseau</translation>
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
      <source>&amp;Handle:</source>
      <translation>&amp;Identifiant :</translation>
    </message>
    <message>
      <source>&amp;Cadence target:</source>
      <translation>&amp;Rythme visé :</translation>
    </message>
    <message>
      <source>No target.</source>
      <translation>Aucun rythme visé.</translation>
    </message>
    <message>
      <source>About {week} post(s) a week.</source>
      <translation>Environ {week} publication(s) par semaine.</translation>
    </message>
    <message>
      <source>New network</source>
      <translation>Nouveau réseau</translation>
    </message>
    <message>
      <source>Network {name}</source>
      <translation>Réseau {name}</translation>
    </message>
    <message>
      <source>Create network {name}</source>
      <translation>Créer le réseau {name}</translation>
    </message>
    <message>
      <source>Edit network {name}</source>
      <translation>Modifier le réseau {name}</translation>
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
      <source>the plan's rules (charter, circuit or editorial line)</source>
      <translation>les règles du plan (charte, circuit ou ligne éditoriale)</translation>
    </message>
    <message>
      <source>{name} is still used by {uses}: change those first, then delete it.</source>
      <translation>Impossible de supprimer {name} : des éléments y font encore référence ({uses}). Modifiez-les d'abord, puis recommencez.</translation>
    </message>
    <message>
      <source>This plan is open read-only: nothing can be changed.</source>
      <translation>Ce plan est ouvert en lecture seule : aucune modification n'est possible.</translation>
    </message>
  </context>
  <context>
    <name>PeopleModels</name>
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
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
  </context>
  <context>
    <name>PeoplePage</name>
    <message>
      <source>Delete person {name}</source>
      <translation>Supprimer la personne {name}</translation>
    </message>
    <message>
      <source>Delete site {name}</source>
      <translation>Supprimer le site {name}</translation>
    </message>
    <message>
      <source>&amp;Add a person…</source>
      <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
      <source>Add a &amp;site…</source>
      <translation>Ajouter un &amp;site…</translation>
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
    <name>PersonEditorDialog</name>
    <message>
      <source>No particular site</source>
      <translation>Aucun site en particulier</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail :</translation>
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
      <source>New person</source>
      <translation>Nouvelle personne</translation>
    </message>
    <message>
      <source>Person {name}</source>
      <translation>Personne {name}</translation>
    </message>
    <message>
      <source>Add person {name}</source>
      <translation>Ajouter la personne {name}</translation>
    </message>
    <message>
      <source>Edit person {name}</source>
      <translation>Modifier la personne {name}</translation>
    </message>
  </context>
  <context>
    <name>PillarEditorDialog</name>
    <message>
      <source>C&amp;hoose…</source>
      <translation>C&amp;hoisir…</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>Colour:</source>
      <translation>Couleur :</translation>
    </message>
    <message>
      <source>&amp;Description:</source>
      <translation>&amp;Description :</translation>
    </message>
    <message>
      <source>&amp;Target share of posts:</source>
      <translation>&amp;Part visée des publications :</translation>
    </message>
    <message>
      <source>Colour of the pillar</source>
      <translation>Couleur du pilier</translation>
    </message>
    <message>
      <source>New pillar</source>
      <translation>Nouveau pilier</translation>
    </message>
    <message>
      <source>Pillar {name}</source>
      <translation>Pilier {name}</translation>
    </message>
    <message>
      <source>Create pillar {name}</source>
      <translation>Créer le pilier {name}</translation>
    </message>
    <message>
      <source>Edit pillar {name}</source>
      <translation>Modifier le pilier {name}</translation>
    </message>
  </context>
  <context>
    <name>PlanLock</name>
    <message>
      <source>{app} (process {pid} on the computer “{host}”)</source>
      <translation>{app} (processus {pid} sur l'ordinateur « {host} »)</translation>
    </message>
  </context>
  <context>
    <name>PostEditorDialog</name>
    <message>
      <source>Content</source>
      <translation>Contenu</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>Planification</translation>
    </message>
    <message>
      <source>Variants</source>
      <translation>Variantes</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Validations</translation>
    </message>
    <message>
      <source>{name} (inactive)</source>
      <translation>{name} (inactif)</translation>
    </message>
    <message>
      <source>No pillar</source>
      <translation>Aucun pilier</translation>
    </message>
    <message>
      <source>No particular audience</source>
      <translation>Aucune cible en particulier</translation>
    </message>
    <message>
      <source>Sensitive subject (exceptional validation circuit)</source>
      <translation>Sujet sensible (circuit de validation exceptionnel)</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>Te&amp;xt:</source>
      <translation>Te&amp;xte :</translation>
    </message>
    <message>
      <source>&amp;Networks:</source>
      <translation>&amp;Réseaux :</translation>
    </message>
    <message>
      <source>&amp;Pillar:</source>
      <translation>&amp;Pilier :</translation>
    </message>
    <message>
      <source>&amp;Audience:</source>
      <translation>&amp;Cible :</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>T&amp;ype :</translation>
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
      <source>Nobody yet</source>
      <translation>Personne pour l'instant</translation>
    </message>
    <message>
      <source>Publication &amp;date:</source>
      <translation>&amp;Date de publication :</translation>
    </message>
    <message>
      <source>Content d&amp;eadline:</source>
      <translation>Date &amp;limite des contenus :</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>Responsa&amp;ble :</translation>
    </message>
    <message>
      <source>&amp;Media needed:</source>
      <translation>&amp;Médias nécessaires :</translation>
    </message>
    <message>
      <source>Public n&amp;otes:</source>
      <translation>N&amp;otes publiques :</translation>
    </message>
    <message>
      <source>Pri&amp;vate notes:</source>
      <translation>Notes pri&amp;vées :</translation>
    </message>
    <message>
      <source>Belongs to:</source>
      <translation>Rattachée à :</translation>
    </message>
    <message>
      <source>Adapt the text for a network; leave empty to use the main text.</source>
      <translation>Adaptez le texte pour un réseau ; laissez vide pour utiliser le texte principal.</translation>
    </message>
    <message>
      <source>Not published</source>
      <translation>Non publiée</translation>
    </message>
    <message>
      <source>Publication &amp;URL:</source>
      <translation>&amp;URL de la publication :</translation>
    </message>
    <message>
      <source>Published &amp;on:</source>
      <translation>Publiée &amp;le :</translation>
    </message>
    <message>
      <source>&amp;Reach:</source>
      <translation>&amp;Portée :</translation>
    </message>
    <message>
      <source>Re&amp;actions:</source>
      <translation>&amp;Réactions :</translation>
    </message>
    <message>
      <source>&amp;Comments:</source>
      <translation>&amp;Commentaires :</translation>
    </message>
    <message>
      <source>&amp;Shares:</source>
      <translation>P&amp;artages :</translation>
    </message>
    <message>
      <source>Series {name} (occurrence of {date})</source>
      <translation>Série {name} (occurrence du {date})</translation>
    </message>
    <message>
      <source>Series {name}</source>
      <translation>Série {name}</translation>
    </message>
    <message>
      <source>Promotion of the event {name}</source>
      <translation>Promotion de l'événement {name}</translation>
    </message>
    <message>
      <source>No series or event</source>
      <translation>Aucune série ni événement</translation>
    </message>
    <message>
      <source>New post</source>
      <translation>Nouvelle publication</translation>
    </message>
    <message>
      <source>Post {title}</source>
      <translation>Publication {title}</translation>
    </message>
    <message>
      <source>Edit post {title}</source>
      <translation>Modifier la publication {title}</translation>
    </message>
    <message>
      <source>Create post {title}</source>
      <translation>Créer la publication {title}</translation>
    </message>
    <message>
      <source>Choose who you are before changing a post's status.</source>
      <translation>Indiquez qui vous êtes avant de changer le statut d'une publication.</translation>
    </message>
    <message>
      <source>Choose who you are before deciding on a post.</source>
      <translation>Indiquez qui vous êtes avant de vous prononcer sur une publication.</translation>
    </message>
  </context>
  <context>
    <name>PostWorkflow</name>
    <message>
      <source>Start the draft</source>
      <translation>Commencer la rédaction</translation>
    </message>
    <message>
      <source>Withdraw from validation</source>
      <translation>Retirer de la validation</translation>
    </message>
    <message>
      <source>Reopen as a draft</source>
      <translation>Rouvrir en brouillon</translation>
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
      <source>Submit for validation</source>
      <translation>Soumettre à validation</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>Programmer</translation>
    </message>
    <message>
      <source>Mark as published</source>
      <translation>Marquer comme publiée</translation>
    </message>
    <message>
      <source>Cancel the post</source>
      <translation>Annuler la publication</translation>
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
      <source>Submit post {title} for validation</source>
      <translation>Soumettre la publication {title} à validation</translation>
    </message>
    <message>
      <source>Approve post {title}</source>
      <translation>Approuver la publication {title}</translation>
    </message>
    <message>
      <source>Schedule post {title}</source>
      <translation>Programmer la publication {title}</translation>
    </message>
    <message>
      <source>Mark post {title} as published</source>
      <translation>Marquer la publication {title} comme publiée</translation>
    </message>
    <message>
      <source>Cancel post {title}</source>
      <translation>Annuler la publication {title}</translation>
    </message>
    <message>
      <source>Reject post {title}</source>
      <translation>Refuser la publication {title}</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Validé</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Refusé</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
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
    <message>
      <source>Interface &amp;language:</source>
      <translation>&amp;Langue de l'interface :</translation>
    </message>
    <message>
      <source>&amp;I am:</source>
      <translation>&amp;Je suis :</translation>
    </message>
  </context>
  <context>
    <name>PreviewTableModel</name>
    <message>
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <source>Update</source>
      <translation>Mettre à jour</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>IRL event</source>
      <translation>Événement IRL</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Personne</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
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
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
  </context>
  <context>
    <name>PromotionTable</name>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
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
      <source>&amp;Add a step</source>
      <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
      <source>Remo&amp;ve the step</source>
      <translation>Su&amp;pprimer l'étape</translation>
    </message>
    <message>
      <source>Default plan</source>
      <translation>Plan par défaut</translation>
    </message>
    <message>
      <source>D-14 announcement, D-7 and D-1 reminders, live on the day, D+1 recap</source>
      <translation>Annonce à J-14, rappels à J-7 et J-1, direct le jour J, récapitulatif à J+1</translation>
    </message>
  </context>
  <context>
    <name>QuickAddDialog</name>
    <message>
      <source>New post</source>
      <translation>Nouvelle publication</translation>
    </message>
    <message>
      <source>What will you post?</source>
      <translation>Qu'allez-vous publier ?</translation>
    </message>
    <message>
      <source>No pillar</source>
      <translation>Aucun pilier</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>&amp;Titre :</translation>
    </message>
    <message>
      <source>T&amp;ime:</source>
      <translation>&amp;Heure :</translation>
    </message>
    <message>
      <source>&amp;Pillar:</source>
      <translation>&amp;Pilier :</translation>
    </message>
    <message>
      <source>&amp;Networks:</source>
      <translation>&amp;Réseaux :</translation>
    </message>
    <message>
      <source>More options…</source>
      <translation>Plus d'options…</translation>
    </message>
    <message>
      <source>A post needs a title.</source>
      <translation>Une publication a besoin d'un titre.</translation>
    </message>
  </context>
  <context>
    <name>RecurrenceEditor</name>
    <message>
      <source>Daily</source>
      <translation>Quotidienne</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Hebdomadaire</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Mensuelle</translation>
    </message>
    <message>
      <source>Yearly</source>
      <translation>Annuelle</translation>
    </message>
    <message>
      <source>Repeat:</source>
      <translation>Répétition :</translation>
    </message>
    <message>
      <source>every</source>
      <translation>tous les</translation>
    </message>
    <message>
      <source>On:</source>
      <translation>Jours :</translation>
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
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Après</translation>
    </message>
    <message>
      <source> occurrence(s)</source>
      <translation> occurrence(s)</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Le</translation>
    </message>
    <message>
      <source>This rule goes beyond the fields above: edit it as text below.</source>
      <translation>Cette règle dépasse ce que permettent les champs ci-dessus : modifiez-la en texte ci-dessous.</translation>
    </message>
    <message>
      <source>Next occurrences:</source>
      <translation>Prochaines occurrences :</translation>
    </message>
    <message>
      <source>Rule as text (RRULE, for experts):</source>
      <translation>Règle en texte (RRULE, pour experts) :</translation>
    </message>
    <message>
      <source>day(s)</source>
      <translation>jour(s)</translation>
    </message>
    <message>
      <source>week(s)</source>
      <translation>semaine(s)</translation>
    </message>
    <message>
      <source>month(s)</source>
      <translation>mois</translation>
    </message>
    <message>
      <source>year(s)</source>
      <translation>an(s)</translation>
    </message>
    <message>
      <source>The rule cannot be used as it is.</source>
      <translation>La règle n'est pas utilisable en l'état.</translation>
    </message>
    <message>
      <source>{date} (moved)</source>
      <translation>{date} (déplacée)</translation>
    </message>
    <message>
      <source>No occurrence to come.</source>
      <translation>Aucune occurrence à venir.</translation>
    </message>
  </context>
  <context>
    <name>RequestEditorDialog</name>
    <message>
      <source>Unknown</source>
      <translation>Inconnu</translation>
    </message>
    <message>
      <source>Nobody yet</source>
      <translation>Personne pour l'instant</translation>
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
      <source>&amp;Topic:</source>
      <translation>&amp;Sujet :</translation>
    </message>
    <message>
      <source>&amp;Requested by:</source>
      <translation>&amp;Demandé par :</translation>
    </message>
    <message>
      <source>&amp;Handled by:</source>
      <translation>&amp;Pris en charge par :</translation>
    </message>
    <message>
      <source>&amp;Details:</source>
      <translation>Dé&amp;tails :</translation>
    </message>
    <message>
      <source>Media &amp;offered:</source>
      <translation>Médias pr&amp;oposés :</translation>
    </message>
    <message>
      <source>Media &amp;needed:</source>
      <translation>Médias &amp;nécessaires :</translation>
    </message>
    <message>
      <source>D&amp;ue:</source>
      <translation>É&amp;chéance :</translation>
    </message>
    <message>
      <source>&amp;Status:</source>
      <translation>St&amp;atut :</translation>
    </message>
    <message>
      <source>&amp;Answered by the post:</source>
      <translation>Publication de &amp;réponse :</translation>
    </message>
    <message>
      <source>Requested on {date}</source>
      <translation>Demandée le {date}</translation>
    </message>
    <message>
      <source>New content request</source>
      <translation>Nouvelle demande de contenu</translation>
    </message>
    <message>
      <source>Request {topic}</source>
      <translation>Demande {topic}</translation>
    </message>
    <message>
      <source>Create request {topic}</source>
      <translation>Créer la demande {topic}</translation>
    </message>
    <message>
      <source>Edit request {topic}</source>
      <translation>Modifier la demande {topic}</translation>
    </message>
  </context>
  <context>
    <name>RequestModel</name>
    <message>
      <source>{date} — overdue</source>
      <translation>{date} — en retard</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <source>Requested by</source>
      <translation>Demandé par</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Media offered</source>
      <translation>Médias proposés</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publication</translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message>
      <source>Delete request {name}</source>
      <translation>Supprimer la demande {name}</translation>
    </message>
    <message>
      <source>Hide done and declined requests</source>
      <translation>Masquer les demandes traitées et refusées</translation>
    </message>
    <message>
      <source>&amp;New request…</source>
      <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message numerus="yes">
      <source>%n request(s) overdue</source>
      <translation>
        <numerusform>%n demande en retard</numerusform>
        <numerusform>%n demandes en retard</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>Restore from backup</source>
      <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
      <source>Choose the backup to bring back. The plan as it is now is backed up first, and Edit history is cleared: File &gt; Undo restore brings the current plan back.</source>
      <translation>Choisissez la sauvegarde à restaurer. Le plan actuel est d'abord sauvegardé et l'historique des modifications est effacé : Fichier &gt; Annuler la restauration rétablit le plan actuel.</translation>
    </message>
    <message>
      <source>This plan has no backup yet.</source>
      <translation>Ce plan n'a encore aucune sauvegarde.</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
  </context>
  <context>
    <name>RulePhrases</name>
    <message>
      <source>first</source>
      <translation>premier</translation>
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
      <source>fourth</source>
      <translation>4e</translation>
    </message>
    <message>
      <source>last</source>
      <translation>dernier</translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} et {last}</translation>
    </message>
    <message>
      <source>every day</source>
      <translation>tous les jours</translation>
    </message>
    <message>
      <source>every {n} days</source>
      <translation>tous les {n} jours</translation>
    </message>
    <message>
      <source>every working day (Monday to Friday)</source>
      <translation>tous les jours ouvrés (du lundi au vendredi)</translation>
    </message>
    <message>
      <source>every {days}</source>
      <translation>chaque {days}</translation>
    </message>
    <message>
      <source>every {n} weeks on {days}</source>
      <translation>toutes les {n} semaines, le {days}</translation>
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
      <source>every year on {date}</source>
      <translation>chaque année, le {date}</translation>
    </message>
    <message>
      <source>every {n} years on {date}</source>
      <translation>tous les {n} ans, le {date}</translation>
    </message>
    <message>
      <source>a custom rule ({rule})</source>
      <translation>une règle personnalisée ({rule})</translation>
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
      <source>{rule}, {count} times</source>
      <translation>{rule}, {count} fois</translation>
    </message>
    <message>
      <source>{rule}, until {date}</source>
      <translation>{rule}, jusqu'au {date}</translation>
    </message>
  </context>
  <context>
    <name>SafetyActions</name>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
      <source>&amp;Undo restore</source>
      <translation>Annuler la restauratio&amp;n</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
    <message>
      <source>Copy not saved</source>
      <translation>Copie non enregistrée</translation>
    </message>
    <message>
      <source>Undo restore</source>
      <translation>Annuler la restauration</translation>
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
      <source>Backup not restored</source>
      <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
      <source>The plan has not been changed.</source>
      <translation>Le plan n'a pas été modifié.</translation>
    </message>
    <message>
      <source>Automatic backup failed</source>
      <translation>Échec de la sauvegarde automatique</translation>
    </message>
  </context>
  <context>
    <name>SeriesEditorDialog</name>
    <message>
      <source>New series</source>
      <translation>Nouvelle série</translation>
    </message>
    <message>
      <source>Series {name}</source>
      <translation>Série {name}</translation>
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
      <source>In templates, {date} is the occurrence's date, {n} its number and {series} the series' name.</source>
      <translation>Dans les modèles, {date} est la date de l'occurrence, {n} son numéro et {series} le nom de la série.</translation>
    </message>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Pillar:</source>
      <translation>&amp;Pilier :</translation>
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
      <source>&amp;First occurrence:</source>
      <translation>Pre&amp;mière occurrence :</translation>
    </message>
    <message>
      <source>&amp;Title template:</source>
      <translation>Modèle de &amp;titre :</translation>
    </message>
    <message>
      <source>Te&amp;xt template:</source>
      <translation>Modèle de te&amp;xte :</translation>
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
      <source>Skipped and moved occurrences</source>
      <translation>Occurrences omises ou déplacées</translation>
    </message>
    <message>
      <source>Occurrence</source>
      <translation>Occurrence</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Changement</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>Resta&amp;urer</translation>
    </message>
    <message>
      <source>Put the selected occurrence back at its usual date</source>
      <translation>Remettre l'occurrence sélectionnée à sa date habituelle</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Omise</translation>
    </message>
    <message>
      <source>Moved to {date}</source>
      <translation>Déplacée au {date}</translation>
    </message>
    <message>
      <source>Edit series {name}</source>
      <translation>Modifier la série {name}</translation>
    </message>
    <message>
      <source>Create series {name}</source>
      <translation>Créer la série {name}</translation>
    </message>
  </context>
  <context>
    <name>SiteEditorDialog</name>
    <message>
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <source>New site</source>
      <translation>Nouveau site</translation>
    </message>
    <message>
      <source>Site {name}</source>
      <translation>Site {name}</translation>
    </message>
    <message>
      <source>Create site {name}</source>
      <translation>Créer le site {name}</translation>
    </message>
    <message>
      <source>Edit site {name}</source>
      <translation>Modifier le site {name}</translation>
    </message>
  </context>
  <context>
    <name>TableSection</name>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Modifier…</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
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
    <name>WorkflowPanel</name>
    <message>
      <source>Workflow</source>
      <translation>Circuit de publication</translation>
    </message>
    <message>
      <source>Comment on your decision (optional)</source>
      <translation>Commentaire sur votre décision (facultatif)</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Approuver</translation>
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
      <source>Acting as {name}</source>
      <translation>En tant que {name}</translation>
    </message>
    <message>
      <source>Choose who you are in the preferences</source>
      <translation>Indiquez qui vous êtes dans les préférences</translation>
    </message>
    <message>
      <source>nobody</source>
      <translation>personne</translation>
    </message>
    <message>
      <source>Approvals: {granted} of {needed}. Still awaited: {names}.</source>
      <translation>Validations : {granted} sur {needed}. En attente de : {names}.</translation>
    </message>
    <message>
      <source>Covered by the charter: it can be scheduled without validation.</source>
      <translation>Couverte par la charte : programmable sans validation.</translation>
    </message>
    <message>
      <source>Not covered by the charter: it must be validated before scheduling.</source>
      <translation>Non couverte par la charte : à valider avant programmation.</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>This post no longer exists.</source>
      <translation>Cette publication n'existe plus.</translation>
    </message>
    <message>
      <source>This series no longer exists.</source>
      <translation>Cette série n'existe plus.</translation>
    </message>
    <message>
      <source>This occurrence is no longer in the series.</source>
      <translation>Cette occurrence ne fait plus partie de la série.</translation>
    </message>
    <message>
      <source>Move “%1” to %2</source>
      <translation>Déplacer « %1 » au %2</translation>
    </message>
    <message>
      <source>Move an occurrence of “%1” to %2</source>
      <translation>Déplacer une occurrence de « %1 » au %2</translation>
    </message>
    <message>
      <source>Delete “%1”</source>
      <translation>Supprimer « %1 »</translation>
    </message>
    <message>
      <source>Skip an occurrence of “%1”</source>
      <translation>Sauter une occurrence de « %1 »</translation>
    </message>
    <message>
      <source>Duplicate “%1”</source>
      <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
      <source>Create “%1”</source>
      <translation>Créer « %1 »</translation>
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
      <source>The lock file beside the plan cannot be created: its folder is read-only.</source>
      <translation>Le fichier de verrou ne peut pas être créé à côté du plan : son dossier est en lecture seule.</translation>
    </message>
    <message>
      <source>The backup of {date} was restored; the refused file is kept as “{name}”.</source>
      <translation>La sauvegarde du {date} a été restaurée ; le fichier refusé est conservé sous le nom « {name} ».</translation>
    </message>
    <message>
      <source>Plan opened</source>
      <translation>Plan ouvert</translation>
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
      <source>Export for Outlook (CSV)</source>
      <translation>Exporter pour Outlook (CSV)</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <source>Export to iCalendar</source>
      <translation>Exporter vers iCalendar</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics)</source>
      <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Échec de l'export</translation>
    </message>
    <message>
      <source>Export this item</source>
      <translation>Exporter cet élément</translation>
    </message>
    <message>
      <source>Import iCalendar file</source>
      <translation>Importer un fichier iCalendar</translation>
    </message>
    <message>
      <source>iCalendar files (*.ics);;All files (*)</source>
      <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Cannot import this file</source>
      <translation>Impossible d'importer ce fichier</translation>
    </message>
    <message>
      <source>{file}: {problem}
The plan was not changed.</source>
      <translation>{file} : {problem}
Le plan n'a pas été modifié.</translation>
    </message>
    <message>
      <source>Import failed</source>
      <translation>Échec de l'import</translation>
    </message>
    <message>
      <source>Publish to a folder</source>
      <translation>Publier dans un dossier</translation>
    </message>
    <message>
      <source>Publishing failed</source>
      <translation>Échec de la publication</translation>
    </message>
    <message>
      <source>Published {count} file(s) to {folder}</source>
      <translation>{count} fichier(s) publié(s) dans {folder}</translation>
    </message>
    <message>
      <source>Export to iCalendar…</source>
      <translation>Exporter vers iCalendar…</translation>
    </message>
    <message>
      <source>Import iCalendar file…</source>
      <translation>Importer un fichier iCalendar…</translation>
    </message>
    <message>
      <source>Export for Outlook (CSV)…</source>
      <translation>Exporter pour Outlook (CSV)…</translation>
    </message>
    <message>
      <source>Publish to a folder…</source>
      <translation>Publier dans un dossier…</translation>
    </message>
    <message>
      <source>Re-publish after each change</source>
      <translation>Republier après chaque modification</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>To validate</source>
      <translation>À valider</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Validé</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Programmé</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publié</translation>
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
      <source>Management</source>
      <translation>Direction</translation>
    </message>
    <message>
      <source>Web referent</source>
      <translation>Référent web</translation>
    </message>
    <message>
      <source>Ambassador</source>
      <translation>Ambassadeur</translation>
    </message>
    <message>
      <source>Approver</source>
      <translation>Valideur</translation>
    </message>
    <message>
      <source>Employee</source>
      <translation>Collaborateur</translation>
    </message>
    <message>
      <source>Meetup</source>
      <translation>Meetup</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <source>Seminar</source>
      <translation>Séminaire</translation>
    </message>
    <message>
      <source>Company visit</source>
      <translation>Visite d'entreprise</translation>
    </message>
    <message>
      <source>Award ceremony</source>
      <translation>Remise de prix</translation>
    </message>
    <message>
      <source>Digital-skills lunch</source>
      <translation>Midi numérique</translation>
    </message>
    <message>
      <source>Trade show</source>
      <translation>Salon professionnel</translation>
    </message>
    <message>
      <source>Other event</source>
      <translation>Autre événement</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Acceptée</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Traitée</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <source>Standard post</source>
      <translation>Publication courante</translation>
    </message>
    <message>
      <source>Series post</source>
      <translation>Publication de série</translation>
    </message>
    <message>
      <source>Event promotion</source>
      <translation>Promotion d'événement</translation>
    </message>
    <message>
      <source>Crisis communication</source>
      <translation>Communication de crise</translation>
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
      <source>Newsletter</source>
      <translation>Lettre d'information</translation>
    </message>
    <message>
      <source>Website / blog</source>
      <translation>Site web / blog</translation>
    </message>
    <message>
      <source>Other network</source>
      <translation>Autre réseau</translation>
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
    <name>messages</name>
    <message>
      <source>A cadence target must be above zero.</source>
      <translation>Un objectif de rythme doit être supérieur à zéro.</translation>
    </message>
    <message>
      <source>A content request needs a topic.</source>
      <translation>Une demande de contenu a besoin d'un sujet.</translation>
    </message>
    <message>
      <source>A day of the month is between 1 and 31.</source>
      <translation>Un jour du mois est compris entre 1 et 31.</translation>
    </message>
    <message>
      <source>A moved occurrence needs its new date.</source>
      <translation>Une occurrence déplacée a besoin de sa nouvelle date.</translation>
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
      <source>A post needs a publication date before it can be scheduled or published.</source>
      <translation>Une publication a besoin d'une date de publication avant d'être programmée ou publiée.</translation>
    </message>
    <message>
      <source>A post needs a title.</source>
      <translation>Une publication a besoin d'un titre.</translation>
    </message>
    <message>
      <source>A post's duration in calendars must be between 1 minute and 1 day.</source>
      <translation>La durée d'une publication dans les agendas doit être comprise entre 1 minute et 1 jour.</translation>
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
      <source>A series needs a name.</source>
      <translation>Une série a besoin d'un nom.</translation>
    </message>
    <message>
      <source>A site needs a name.</source>
      <translation>Un site a besoin d'un nom.</translation>
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
      <source>Cadence “{text}” not understood: write it like “1 per day” or “3 par semaine”.</source>
      <translation>Rythme « {text} » non compris : écrivez-le comme « 1 par jour » ou « 3 par semaine ».</translation>
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
      <source>Colour “{colour}” is not of the form #RRGGBB.</source>
      <translation>La couleur « {colour} » n'est pas de la forme #RRVVBB.</translation>
    </message>
    <message>
      <source>Frequency {freq} is not supported: use DAILY, WEEKLY, MONTHLY or YEARLY.</source>
      <translation>La fréquence {freq} n'est pas prise en charge : utilisez DAILY, WEEKLY, MONTHLY ou YEARLY.</translation>
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
      <source>Invalid recurrence rule “{rule}”: {problem}.</source>
      <translation>Règle de récurrence « {rule} » invalide : {problem}.</translation>
    </message>
    <message>
      <source>No time zone was given.</source>
      <translation>Aucun fuseau horaire n'a été donné.</translation>
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
      <source>Only an approver or a manager other than its owner may approve this post.</source>
      <translation>Seul un valideur ou un membre de la direction autre que son propriétaire peut valider cette publication.</translation>
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
      <source>Results cannot be negative ({name}).</source>
      <translation>Les résultats ne peuvent pas être négatifs ({name}).</translation>
    </message>
    <message>
      <source>The content deadline falls after the publication date.</source>
      <translation>La date limite du contenu tombe après la date de publication.</translation>
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
      <source>The exceptional circuit needs at least one approval.</source>
      <translation>Le circuit de validation exceptionnel demande au moins une validation.</translation>
    </message>
    <message>
      <source>The exceptional circuit requires more approvals than it has approvers.</source>
      <translation>Le circuit de validation exceptionnel demande plus de validations qu'il n'a de valideurs.</translation>
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
      <source>The number of occurrences</source>
      <translation>Le nombre d'occurrences</translation>
    </message>
    <message>
      <source>The number of occurrences must be at least 1.</source>
      <translation>Le nombre d'occurrences doit valoir au moins 1.</translation>
    </message>
    <message>
      <source>The plan needs a name.</source>
      <translation>Le plan a besoin d'un nom.</translation>
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
      <source>The window ends before it starts.</source>
      <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
      <source>The window is too long to expand a series over it.</source>
      <translation>La période est trop longue pour y développer une série.</translation>
    </message>
    <message>
      <source>The {what} {value} has no time zone.</source>
      <translation>La date « {what} » ({value}) n'a pas de fuseau horaire.</translation>
    </message>
    <message>
      <source>This post is not covered by the charter: it must be validated before scheduling.</source>
      <translation>Cette publication n'est pas couverte par la charte : elle doit être validée avant d'être programmée.</translation>
    </message>
    <message>
      <source>This person may not decide on this post.</source>
      <translation>Cette personne ne peut pas se prononcer sur cette publication.</translation>
    </message>
    <message>
      <source>This recurrence rule never produces an occurrence.</source>
      <translation>Cette règle de récurrence ne produit aucune occurrence.</translation>
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
      <source>Unsupported language “{language}”: use “fr” or “en”.</source>
      <translation>Langue « {language} » non prise en charge : utilisez « fr » ou « en ».</translation>
    </message>
    <message>
      <source>{person} may not cancel this post.</source>
      <translation>{person} ne peut pas annuler cette publication.</translation>
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
      <source>The backlog covers {low} to {high} weeks, not {weeks}.</source>
      <translation>Le planning de l'équipe couvre de {low} à {high} semaines, pas {weeks}.</translation>
    </message>
    <message>
      <source>Cannot write {target}: {reason}.</source>
      <translation>Impossible d'écrire {target} : {reason}.</translation>
    </message>
    <message>
      <source>Cannot write {target}: it is the open plan itself; choose another name.</source>
      <translation>Impossible d'écrire {target} : c'est le plan ouvert lui-même ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Cannot publish to {folder}: the folder does not exist.</source>
      <translation>Impossible de publier dans {folder} : le dossier n'existe pas.</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <source>the folder is read-only or access is denied</source>
      <translation>le dossier est en lecture seule ou l'accès est refusé</translation>
    </message>
    <message>
      <source>the folder does not exist</source>
      <translation>le dossier n'existe pas</translation>
    </message>
    <message>
      <source>A moved occurrence has no series in the file.</source>
      <translation>Une occurrence déplacée n'a pas de série dans le fichier.</translation>
    </message>
    <message>
      <source>A post must have a date and a time.</source>
      <translation>Une publication doit avoir une date et une heure.</translation>
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
      <source>A series needs exactly one RRULE.</source>
      <translation>Une série a besoin d'exactement une RRULE.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {problem}.</source>
      <translation>Impossible de lire {path} : {problem}.</translation>
    </message>
    <message>
      <source>Control character {code} in the line (binary junk?).</source>
      <translation>Caractère de contrôle {code} dans la ligne (données binaires ?).</translation>
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
      <source>Invalid property name “{name}”.</source>
      <translation>Nom de propriété « {name} » invalide.</translation>
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
      <source>The file says it is {encoding} text but is not (damaged or truncated?).</source>
      <translation>Le fichier se dit en texte {encoding} mais ne l’est pas (abîmé ou tronqué ?).</translation>
    </message>
    <message>
      <source>The file is truncated: it stops in the middle of a line, inside {open} begun at line {begun}.</source>
      <translation>Le fichier est tronqué : il s’arrête au milieu d’une ligne, dans {open} commencé à la ligne {begun}.</translation>
    </message>
    <message>
      <source>changed: {fields}</source>
      <translation>modifié : {fields}</translation>
    </message>
    <message>
      <source>the file's version is newer (SEQUENCE)</source>
      <translation>la version du fichier est plus récente (SEQUENCE)</translation>
    </message>
    <message>
      <source>The file has no events.</source>
      <translation>Le fichier ne contient aucun événement.</translation>
    </message>
    <message>
      <source>Publish settings</source>
      <translation>Réglages de publication</translation>
    </message>
    <message>
      <source>The publish folder needs a path.</source>
      <translation>Le dossier de publication doit avoir un chemin.</translation>
    </message>
    <message>
      <source>Choose a publish folder before publishing after each change.</source>
      <translation>Choisissez un dossier de publication avant de publier après chaque modification.</translation>
    </message>
    <message>
      <source>Import {file}</source>
      <translation>Importer {file}</translation>
    </message>
    <message>
      <source>It changed in the plan after the preview: preview the import again.</source>
      <translation>L’élément a changé dans le plan depuis l’aperçu : refaites l’aperçu de l’import.</translation>
    </message>
    <message>
      <source>no longer an occurrence in the source calendar (excluded, or the rule was shortened)</source>
      <translation>n’est plus une occurrence dans le calendrier d’origine (exclue, ou règle raccourcie)</translation>
    </message>
    <message>
      <source>An approval cannot be read ({problem}).</source>
      <translation>Une validation est illisible ({problem}).</translation>
    </message>
    <message>
      <source>Cannot write {target}: it is the open plan itself or one of its files; choose another name.</source>
      <translation>Impossible d’écrire {target} : c’est le plan ouvert ou l’un de ses fichiers ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Cannot write {target}: that name is for plans and their backups; choose another name.</source>
      <translation>Impossible d’écrire {target} : ce nom est réservé aux plans et à leurs sauvegardes ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>Cannot write {target}: it holds a plan or a backup; choose another name.</source>
      <translation>Impossible d’écrire {target} : il contient un plan ou une sauvegarde ; choisissez un autre nom.</translation>
    </message>
    <message>
      <source>The publication URL “{url}” is not a web address (http:// or https://) nor a mail address (mailto:).</source>
      <translation>L’adresse de publication « {url} » n’est ni une adresse web (http:// ou https://) ni une adresse de messagerie (mailto:).</translation>
    </message>
    <message>
      <source>{count} event(s), all after {date} (use --to, or the import's last day).</source>
      <translation>{count} événement(s), tous après le {date} (utilisez --to, ou le dernier jour de l’import).</translation>
    </message>
    <message>
      <source>{count} event(s), all before {date} (use --from, or the import's first day).</source>
      <translation>{count} événement(s), tous avant le {date} (utilisez --from, ou le premier jour de l’import).</translation>
    </message>
    <message>
      <source>The calendar cannot be read: {problem}</source>
      <translation>Le calendrier ne peut pas être lu : {problem}</translation>
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
      <source>The file does not start with BEGIN:VCALENDAR (is it an iCalendar file?).</source>
      <translation>Le fichier ne commence pas par BEGIN:VCALENDAR (est-ce un fichier iCalendar ?).</translation>
    </message>
    <message>
      <source>The file ends inside {open} begun at line {begun} (END:{open} is missing: the file is truncated?).</source>
      <translation>Le fichier se termine dans {open} commencé à la ligne {begun} (END:{open} manque : le fichier est-il tronqué ?).</translation>
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
      <source>The file is {size} MB; calendar files above {limit} MB are refused (export a shorter period from the other calendar).</source>
      <translation>Le fichier fait {size} Mo ; les fichiers de calendrier de plus de {limit} Mo sont refusés (exportez une période plus courte depuis l'autre agenda).</translation>
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
      <source>This is not a calendar file (binary content).</source>
      <translation>Ce n'est pas un fichier de calendrier (contenu binaire).</translation>
    </message>
    <message>
      <source>Time zone “{zone}” is unknown; its fixed offset is used (daylight-saving changes are not followed).</source>
      <translation>Le fuseau horaire « {zone} » est inconnu ; son décalage fixe est utilisé (les changements d'heure ne sont pas suivis).</translation>
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
      <source>Unknown time zone “{zone}” in {name} of the event “{title}” (neither a known zone nor defined in the file).</source>
      <translation>Fuseau horaire « {zone} » inconnu dans {name} de l'événement « {title} » (ni un fuseau connu ni défini dans le fichier).</translation>
    </message>
    <message>
      <source>Unknown {what} “{value}”.</source>
      <translation>Valeur inconnue pour {what} : « {value} ».</translation>
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
      <source>cancelled in the source calendar</source>
      <translation>annulé dans l'agenda d'origine</translation>
    </message>
    <message>
      <source>event kind</source>
      <translation>le type d'événement</translation>
    </message>
    <message>
      <source>named by an imported item</source>
      <translation>nommé par un élément importé</translation>
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
      <source>post kind</source>
      <translation>le type de publication</translation>
    </message>
    <message>
      <source>status</source>
      <translation>le statut</translation>
    </message>
    <message>
      <source>the plan holds a newer version (revision {plan} &gt; {file})</source>
      <translation>le plan contient une version plus récente (révision {plan} &gt; {file})</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>sans changement</translation>
    </message>
    <message>
      <source>unknown program</source>
      <translation>programme inconnu</translation>
    </message>
    <message>
      <source>{count} task(s) or journal entries ignored: the plan holds events.</source>
      <translation>{count} tâche(s) ou entrée(s) de journal ignorée(s) : le plan contient des événements.</translation>
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
      <source>“{text}” is not a calendar line (no “:” after the name).</source>
      <translation>« {text} » n'est pas une ligne de calendrier (pas de « : » après le nom).</translation>
    </message>
  </context>
  <context>
    <name>tooltips</name>
    <message>
      <source>Undated</source>
      <translation>Sans date</translation>
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
      <source>Networks</source>
      <translation>Réseaux</translation>
    </message>
    <message>
      <source>Pillar</source>
      <translation>Pilier</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>(moved)</source>
      <translation>(déplacée)</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
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
      <source>Content due</source>
      <translation>Contenus attendus le</translation>
    </message>
    <message>
      <source>Sensitive</source>
      <translation>Sensible</translation>
    </message>
    <message>
      <source>exceptional validation circuit</source>
      <translation>circuit de validation exceptionnel</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Private notes</source>
      <translation>Notes privées</translation>
    </message>
  </context>
</TS>