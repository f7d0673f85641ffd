<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApprovalsList</name>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceEditorDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create audience {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit audience {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BacklogExportDialog</name>
    <message>
        <source>Export team backlog</source>
        <translation>Exporter le planning de l&apos;équipe</translation>
    </message>
    <message>
        <source>One file for colleagues who do not have cmplanner: the coming weeks, the to-do list, content requests, events and who does what. Private notes are never exported.</source>
        <translation>Un fichier pour les collègues qui n&apos;ont pas cmplanner : les semaines à venir, ce qui reste à faire, les demandes de contenu, les événements et qui fait quoi. Les notes privées ne sont jamais exportées.</translation>
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
        <translation>Ouvrir le fichier après l&apos;export</translation>
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
        <translation>Le planning de l&apos;équipe n&apos;a pas été exporté.
{reason}</translation>
    </message>
</context>
<context>
    <name>CharterDialog</name>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts of the ticked pillars, networks and kinds may be scheduled without validation. No pillar or network ticked means any. Sensitive posts always go through the exceptional circuit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text of the charter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered &amp;pillars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered &amp;networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered &amp;kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the charter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisCircuitDialog</name>
    <message>
        <source>Exceptional validation circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive posts (crisis, replies to negative reviews or trolls) need these approvals before they can be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named &amp;approvers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals &amp;required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the exceptional circuit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>This plan is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorialLineDialog</name>
    <message>
        <source>Editorial line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives and tone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the editorial line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorialLinePage</name>
    <message>
        <source>Delete pillar {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete audience {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete network {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New pillar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New audience…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts and series occurrences planned in the next four weeks, against each network&apos;s cadence target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks and cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter and validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the editorial &amp;line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter: published without validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;charter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptional circuit: sensitive posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;exceptional circuit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, validated by {name} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}, not validated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charter written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers pillars: {pillars}. Networks: {networks}. Kinds: {kinds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) required.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Named approvers: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorialModels</name>
    <message>
        <source>Pillar</source>
        <translation type="unfinished">Pilier</translation>
    </message>
    <message>
        <source>Target share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned (4 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished">Réseaux</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stays ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create event {title} with its promotion posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventModels</name>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message>
        <source>{ready} scheduled or published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished">Réseaux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Show past events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion posts of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event {title} and its promotion posts</source>
        <translation type="unfinished"></translation>
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
    <name>NetworkEditorDialog</name>
    <message>
        <source>@account or page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3 per week, 1 par jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We publish on this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cadence target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {week} post(s) a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create network {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit network {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPicker</name>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffsetSpin</name>
    <message>
        <source>D</source>
        <comment>the event&apos;s day, as in D-14</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform>%n publication</numerusform>
            <numerusform>%n publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the plan&apos;s rules (charter, circuit or editorial line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is still used by {uses}: change those first, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModels</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Delete person {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <source>No particular site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PillarEditorDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target share of posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pillar {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pillar {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostEditorDialog</name>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive subject (exceptional validation circuit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date (backlog idea)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content d&amp;eadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public n&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vate notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapt the text for a network; leave empty to use the main text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series {name} (occurrence of {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion of the event {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit post {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create post {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are before changing a post&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are before deciding on a post.</source>
        <translation type="unfinished"></translation>
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
    <name>PostWorkflow</name>
    <message>
        <source>Start the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw from validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move post {title} back to ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move post {title} to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit post {title} for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve post {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule post {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark post {title} as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel post {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject post {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">Validé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionTable</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished">Réseaux</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D-14 announcement, D-7 and D-1 reminders, live on the day, D+1 recap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> occurrence(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule goes beyond the fields above: edit it as text below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next occurrences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule as text (RRULE, for experts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule cannot be used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No occurrence to come.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEditorDialog</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media &amp;offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media &amp;needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered by the post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New content request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create request {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit request {topic}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>{date} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Statut</translation>
    </message>
    <message>
        <source>Media offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Delete request {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide done and declined requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulePhrases</name>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every working day (Monday to Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} weeks on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day {day} of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day {day}, every {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the {ordinal} {weekday} of every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the {ordinal} {weekday}, every {n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every year on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every {n} years on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom rule ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}, {count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rule}, until {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesEditorDialog</name>
    <message>
        <source>New series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In templates, {date} is the occurrence&apos;s date, {n} its number and {series} the series&apos; name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First occurrence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip the selected occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped and moved occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected occurrence back at its usual date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit series {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create series {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteEditorDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create site {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on your decision (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are in the preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals: {granted} of {needed}. Still awaited: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by the charter: it can be scheduled without validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered by the charter: it must be validated before scheduling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the plan</source>
        <translation>Impossible d&apos;ouvrir le plan</translation>
    </message>
</context>
<context>
    <name>backlog</name>
    <message>
        <source>Export team &amp;backlog…</source>
        <translation>Exporter le &amp;planning de l&apos;équipe…</translation>
    </message>
    <message>
        <source>Write the team backlog as an offline web page or a spreadsheet</source>
        <translation>Enregistrer le planning de l&apos;équipe en page web hors ligne ou en tableur</translation>
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
        <translation>Visite d&apos;entreprise</translation>
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
        <translation>Promotion d&apos;événement</translation>
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
        <translation>Lettre d&apos;information</translation>
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
