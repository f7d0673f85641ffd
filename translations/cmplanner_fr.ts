<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;About cmplanner</source>
      <translation>À &amp;propos de cmplanner</translation>
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
      <source>%n post(s)</source>
      <translation>
        <numerusform>%n publication</numerusform>
        <numerusform>%n publications</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PostTableModel</name>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
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
      <source>Undated</source>
      <translation>Sans date</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Cannot open the plan</source>
      <translation>Impossible d'ouvrir le plan</translation>
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
</TS>