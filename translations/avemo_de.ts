<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>avemo::AdjudicationDialog</name>
    <message>
        <location filename="../ui/dashboard/AdjudicationDialog.cpp" line="+18"/>
        <source>Adjudicate %1</source>
        <translation>Entscheidung zu %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. tie between two labels; checked the clip again</source>
        <translation>z. B. Gleichstand zwischen zwei Labels; Clip erneut geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record Decision</source>
        <translation>Entscheidung speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided answer:</source>
        <translation>Festgelegte Angabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision is kept apart from the raters&apos; answers; recording again replaces an earlier decision.</source>
        <translation>Die Entscheidung wird getrennt von den Angaben der Bewerter gespeichert; erneutes Speichern ersetzt eine frühere Entscheidung.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>avemo::Adjudications</name>
    <message>
        <location filename="../models/coordination/Adjudications.cpp" line="+38"/>
        <source>&apos;%1&apos; has no item &apos;%2&apos;</source>
        <translation>„%1“ enthält kein Item „%2“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the study has no question &apos;%1&apos;</source>
        <translation>die Studie enthält keine Frage „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a category of question &apos;%2&apos; (expected a category id of label set &apos;%3&apos;)</source>
        <translation>„%1“ ist keine Kategorie der Frage „%2“ (erwartet: eine Kategorie-ID des Label-Sets „%3“)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a point of the scale of question &apos;%2&apos; (expected %3 to %4 in steps of %5)</source>
        <translation>„%1“ ist kein Punkt der Skala von Frage „%2“ (erwartet: %3 bis %4 in Schritten von %5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an adjudicated answer to &apos;%1&apos; cannot be empty</source>
        <translation>eine entschiedene Angabe zu „%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an adjudication of item &apos;%1&apos;, question &apos;%2&apos; needs a reason and who decided</source>
        <translation>eine Entscheidung zu Item „%1“, Frage „%2“ braucht eine Begründung und die Angabe, wer entschieden hat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot record the adjudication of item &apos;%1&apos;, question &apos;%2&apos;</source>
        <translation>die Entscheidung zu Item „%1“, Frage „%2“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot commit the adjudication</source>
        <translation>die Entscheidung kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>item &apos;%1&apos; has no adjudication for question &apos;%2&apos;</source>
        <translation>Item „%1“ hat keine Entscheidung zu Frage „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot remove the adjudication of item &apos;%1&apos;, question &apos;%2&apos;</source>
        <translation>die Entscheidung zu Item „%1“, Frage „%2“ kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot commit removing the adjudication</source>
        <translation>das Entfernen der Entscheidung kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read the adjudications</source>
        <translation>die Entscheidungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>avemo::AgreementModel</name>
    <message>
        <location filename="../ui/dashboard/AgreementModel.cpp" line="+72"/>
        <source>%1 (alpha: %2)</source>
        <translation>%1 (Alpha: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 (%n pair(s))</source>
        <translation>
            <numerusform>%1 (%n Paar)</numerusform>
            <numerusform>%1 (%n Paare)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Krippendorff&apos;s alpha (%1), percentile bootstrap CI95 over items, %n resample(s)</source>
        <translation>
            <numerusform>Krippendorffs Alpha (%1), KI95 per Perzentil-Bootstrap über Items, %n Stichprobe</numerusform>
            <numerusform>Krippendorffs Alpha (%1), KI95 per Perzentil-Bootstrap über Items, %n Stichproben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss&apos; Kappa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean Cohen&apos;s kappa over rater pairs (weights: %1)</source>
        <translation>Mittelwert von Cohens Kappa über Bewerterpaare (Gewichtung: %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raters</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Krippendorff α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>α CI95</source>
        <translation>α KI95</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fleiss κ</source>
        <translation>Fleiss κ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean Cohen κ</source>
        <translation>Cohen κ (Mittel)</translation>
    </message>
</context>
<context>
    <name>avemo::AnnotationSession</name>
    <message>
        <location filename="../models/AnnotationSession.cpp" line="+18"/>
        <source>the study has no items</source>
        <translation>die Studie enthält keine Items</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the stored item order of rater &apos;%1&apos; names an item the study does not have</source>
        <translation>die gespeicherte Item-Reihenfolge von Bewerter „%1“ nennt ein Item, das es in der Studie nicht gibt</translation>
    </message>
</context>
<context>
    <name>avemo::AnnotatorPackager</name>
    <message>
        <location filename="../models/coordination/AnnotatorPackager.cpp" line="+37"/>
        <location line="+33"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the study database names a media path outside the study: &apos;%1&apos;</source>
        <translation>die Studiendatenbank nennt einen Medienpfad außerhalb der Studie: „%1“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read media file &apos;%1&apos;: %2 (the package needs every file the study uses)</source>
        <translation>Mediendatei „%1“ kann nicht gelesen werden: %2 (das Paket benötigt jede Datei, die die Studie verwendet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the folder for &apos;%1&apos;</source>
        <translation>der Ordner für „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read media file &apos;%1&apos;: %2</source>
        <translation>Mediendatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>media file &apos;%1&apos; changed since the study was imported (its SHA-256 differs); re-import the study or restore the file</source>
        <translation>Mediendatei „%1“ wurde seit dem Import der Studie geändert (ihr SHA-256 weicht ab); importieren Sie die Studie erneut oder stellen Sie die Datei wieder her</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot create a temporary folder beside &apos;%1&apos;: %2</source>
        <translation>neben „%1“ kann kein temporärer Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot set the permissions of &apos;%1&apos;</source>
        <translation>die Zugriffsrechte von „%1“ können nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cancelled; no package was written</source>
        <translation>abgebrochen; es wurde kein Paket geschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a valid rater id (expected letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>„%1“ ist keine gültige Bewerter-ID (erwartet: Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no output folder given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; already exists (expected a new or empty folder)</source>
        <translation>„%1“ existiert bereits (erwartet: ein neuer oder leerer Ordner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>der Ordner „%1“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>„%1“ enthält keine Studie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>rater &apos;%1&apos; is not listed in study.json and the study does not allow new raters (presentation.allow_new_raters is false); the package works, but check the rater id</source>
        <translation>Bewerter „%1“ ist nicht in study.json aufgeführt, und die Studie lässt keine neuen Bewerter zu (presentation.allow_new_raters ist false); das Paket funktioniert, prüfen Sie aber die Bewerter-ID</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the assignment</source>
        <translation>die Zuteilung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the study has a design, and rater &apos;%1&apos; has no items assigned by it (expected a rater of the design: run avemo-cli assign on &apos;%2&apos; first, with --add %1 for a rater who joins)</source>
        <translation>die Studie hat ein Design, und Bewerter '%1' sind darin keine Items zugeteilt (erwartet: ein Bewerter des Designs; zuerst avemo-cli assign auf '%2' ausführen, mit --add %1 für einen neu hinzukommenden Bewerter)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1; no package was written</source>
        <translation>%1; es wurde kein Paket geschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot replace the empty folder &apos;%1&apos;</source>
        <translation>der leere Ordner „%1“ kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot move the finished package to &apos;%1&apos;</source>
        <translation>das fertige Paket kann nicht nach „%1“ verschoben werden</translation>
    </message>
</context>
<context>
    <name>avemo::AnnotatorView</name>
    <message numerus="yes">
        <location filename="../ui/AnnotatorView.cpp" line="+26"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>noch ca. %n min</numerusform>
            <numerusform>noch ca. %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h %2 min left</source>
        <translation>noch ca. %1 h %2 min</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%v of %m done</source>
        <translation>%v von %m erledigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip and flag (Ctrl+K)</source>
        <translation>Überspringen und markieren (Strg+K)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play / pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seek 1 s back / forward</source>
        <translation>1 s zurück / vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Left / Shift+Right</source>
        <translation>Umschalt+Links / Umschalt+Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seek 5 s back / forward</source>
        <translation>5 s zurück / vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, / .</source>
        <translation>, / .</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One frame back / forward (when paused)</source>
        <translation>Ein Bild zurück / vor (bei Pause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replay the reply</source>
        <translation>Antwort erneut abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume up / down</source>
        <translation>Lauter / leiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+K</source>
        <translation>Strg+K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip and flag an item that cannot be played</source>
        <translation>Nicht abspielbares Item überspringen und markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the answers and go to the next item</source>
        <translation>Angaben absenden und zum nächsten Item wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up / Alt+Left</source>
        <translation>Bild aufwärts / Alt+Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous item (to revise it)</source>
        <translation>Zurück zum vorigen Item (zum Überarbeiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Down / Alt+Right</source>
        <translation>Bild abwärts / Alt+Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward to the next item already rated</source>
        <translation>Weiter zum nächsten bereits bewerteten Item</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Play the item to its end to unlock the answers.</source>
        <translation>Spielen Sie das Item bis zum Ende ab, um die Fragen freizuschalten.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Item %1 of %2 - revising your answers</source>
        <translation>Item %1 von %2 – Überarbeitung Ihrer Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 of %2</source>
        <translation>Item %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>All %n item(s) are rated and saved. Thank you!

Use Page Up to go back and revise an answer, or close the study.</source>
        <translation>
            <numerusform>%n Item ist bewertet und gespeichert. Vielen Dank!

Mit „Bild aufwärts“ können Sie zurückgehen und eine Angabe überarbeiten, oder Sie schließen die Studie.</numerusform>
            <numerusform>Alle %n Items sind bewertet und gespeichert. Vielen Dank!

Mit „Bild aufwärts“ können Sie zurückgehen und eine Angabe überarbeiten, oder Sie schließen die Studie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your answers could not be saved: %1</source>
        <translation>Ihre Angaben konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The item could not be flagged: %1</source>
        <translation>Das Item konnte nicht markiert werden: %1</translation>
    </message>
</context>
<context>
    <name>avemo::AnswerCheck</name>
    <message>
        <location filename="../models/coordination/AnswerCheck.cpp" line="+74"/>
        <source>&apos;%1&apos; is not a category of label set &apos;%2&apos;</source>
        <translation>„%1“ ist keine Kategorie des Label-Sets „%2“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a number on the scale %2..%3</source>
        <translation>„%1“ ist keine Zahl auf der Skala %2..%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question &apos;%1&apos; has a kind this version does not know</source>
        <translation>Frage „%1“ hat einen Typ, den diese Version nicht kennt</translation>
    </message>
</context>
<context>
    <name>avemo::CategoricalQuestionRow</name>
    <message>
        <location filename="../ui/rating/CategoricalQuestionRow.cpp" line="+23"/>
        <source>%1 [%2]</source>
        <extracomment>A category button: the category&apos;s label and the key that picks it, e.g. &quot;Happy [h]&quot;</extracomment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>1–%1</source>
        <translation>1–%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick the category at that position</source>
        <translation>Kategorie an dieser Position wählen</translation>
    </message>
</context>
<context>
    <name>avemo::ConfusionMatrixModel</name>
    <message>
        <location filename="../ui/dashboard/ConfusionMatrixModel.cpp" line="+67"/>
        <source>Rated %1 where the reference is %2: %3 of %4 (%5%)</source>
        <translation>Als %1 bewertet bei Referenz %2: %3 von %4 (%5&#xa0;%)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>rated %1</source>
        <translation>bewertet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intended %1</source>
        <translation>beabsichtigt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consensus %1</source>
        <translation>Konsens: %1</translation>
    </message>
</context>
<context>
    <name>avemo::ConfusionTab</name>
    <message>
        <location filename="../ui/dashboard/ConfusionTab.cpp" line="+18"/>
        <source>Intended emotion of the reply</source>
        <translation>Beabsichtigte Emotion der Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consensus (majority label)</source>
        <translation>Konsens (Mehrheitslabel)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Against:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rater:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All included raters</source>
        <translation>Alle einbezogenen Bewerter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (excluded)</source>
        <translation>%1 (ausgeschlossen)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n rating(s); rows: the label given, columns: the reference; colour: share of the row.</source>
        <translation>
            <numerusform>%n Bewertung; Zeilen: vergebenes Label, Spalten: Referenz; Farbe: Anteil an der Zeile.</numerusform>
            <numerusform>%n Bewertungen; Zeilen: vergebenes Label, Spalten: Referenz; Farbe: Anteil an der Zeile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rating(s) left out (no intended emotion, or a tie for the consensus).</source>
        <translation>
            <numerusform>%n Bewertung nicht berücksichtigt (keine beabsichtigte Emotion oder Gleichstand beim Konsens).</numerusform>
            <numerusform>%n Bewertungen nicht berücksichtigt (keine beabsichtigte Emotion oder Gleichstand beim Konsens).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::CoordinatorActions</name>
    <message>
        <location filename="../ui/dashboard/CoordinatorActions.cpp" line="+50"/>
        <source>Prepare Annotator Package</source>
        <translation>Annotator-Paket erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The package holds the study, its media and this rater&apos;s assignment only. Rater id:</source>
        <translation>Das Paket enthält nur die Studie, ihre Medien und die Zuweisung dieses Bewerters. Bewerter-ID:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder to Create the Package In</source>
        <translation>Zielordner für das Paket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the package for %1</source>
        <translation>Paket für %1 wird erstellt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Package cancelled; nothing was written.</source>
        <translation>Paket abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot prepare the package: %1</source>
        <translation>Das Paket kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package written to %1</source>
        <translation>Paket gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotator Package Ready</source>
        <translation>Annotator-Paket fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items and %2 media files (%3 MB) in
%4

The annotator opens %5.</source>
        <translation>%1 Items und %2 Mediendateien (%3 MB) in
%4

Annotatoren öffnen %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Annotators&apos; Databases to Merge</source>
        <translation>Zusammenzuführende Datenbanken der Annotatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study databases (*.sqlite *.db);;All files (*)</source>
        <translation>Studiendatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Merging %n results file(s)</source>
        <translation>
            <numerusform>%n Ergebnisdatei wird zusammengeführt</numerusform>
            <numerusform>%n Ergebnisdateien werden zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot merge: %1</source>
        <translation>Zusammenführen nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: merged %2 new and %3 updated responses from %4</source>
        <translation>%1: %2 neue und %3 aktualisierte Datensätze von %4 zusammengeführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: already merged, nothing new</source>
        <translation>%1: bereits zusammengeführt, nichts Neues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: refused: %2</source>
        <translation>%1: abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cancelled, nothing written</source>
        <translation>%1: abgebrochen, nichts geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge finished</source>
        <translation>Zusammenführen abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge incomplete</source>
        <translation>Zusammenführen unvollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge incomplete. %1</source>
        <translation>Zusammenführen unvollständig. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge Results</source>
        <translation>Ergebnisse zusammenführen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Folder (a new or empty folder, or an earlier export to replace)</source>
        <translation>Exportordner (ein neuer oder leerer Ordner oder ein früherer Export, der ersetzt wird)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export cancelled; the folder is as it was.</source>
        <translation>Export abgebrochen; der Ordner ist unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported %1 files to %2</source>
        <translation>%1 Dateien nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1; some stored values the study does not allow were left out (listed in the report and on the dashboard&apos;s overview).</source>
        <translation>Nach %1 exportiert; einige gespeicherte Werte, die die Studie nicht zulässt, wurden ausgelassen (aufgeführt im Bericht und in der Übersicht des Dashboards).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1; the metrics join left %2 items and %3 metrics rows unmatched (see the report).</source>
        <translation>Nach %1 exportiert; beim Verknüpfen mit den Metriken blieben %2 Items und %3 Metrikzeilen ohne Zuordnung (siehe Bericht).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 to
%2

Open the folder?</source>
        <translation>%1 gespeichert in
%2

Ordner öffnen?</translation>
    </message>
</context>
<context>
    <name>avemo::CoordinatorDashboard</name>
    <message>
        <location filename="../ui/dashboard/CoordinatorDashboard.cpp" line="+38"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raters</source>
        <translation>&amp;Bewerter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MOS per System</source>
        <translation>&amp;MOS je System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label Confusion</source>
        <translation>&amp;Label-Verwechslung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rater &amp;Drift</source>
        <translation>Bewerter-Dri&amp;ft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores vs Me&amp;trics</source>
        <translation>Urteile vs. Me&amp;triken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exclude %1</source>
        <translation>%1 ausschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 left out of the statistics? The reason is recorded and reported in every export; the exclusion can be undone.</source>
        <translation>Warum wird %1 aus der Statistik ausgeschlossen? Die Begründung wird gespeichert und in jedem Export aufgeführt; der Ausschluss kann rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Computing the figures...</source>
        <translation>Kennzahlen werden berechnet...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing agreement statistics</source>
        <translation>Übereinstimmungsstatistik wird berechnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing was cancelled; the figures shown may be out of date.</source>
        <translation>Die Berechnung wurde abgebrochen; die angezeigten Kennzahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No figures.</source>
        <translation>Keine Kennzahlen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot compute the dashboard&apos;s figures: %1</source>
        <translation>Die Kennzahlen des Dashboards können nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Figures computed at %1 from %n response(s).</source>
        <translation>
            <numerusform>Kennzahlen um %1 aus %n Datensatz berechnet.</numerusform>
            <numerusform>Kennzahlen um %1 aus %n Datensätzen berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot change whether %1 counts: %2</source>
        <translation>Es kann nicht geändert werden, ob %1 berücksichtigt wird: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot read the adjudications: %1</source>
        <translation>Die Entscheidungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record the decision on %1: %2</source>
        <translation>Die Entscheidung zu %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>avemo::CsvReader</name>
    <message>
        <location filename="../models/CsvReader.cpp" line="+124"/>
        <source>row has %1 fields (expected %2, as in the header)</source>
        <translation>Zeile hat %1 Felder (erwartet: %2 wie in der Kopfzeile)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file is empty (expected a header row)</source>
        <translation>die Datei ist leer (erwartet: eine Kopfzeile)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>empty column name in the header</source>
        <translation>leerer Spaltenname in der Kopfzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column &apos;%1&apos; appears twice in the header (first as column %2)</source>
        <translation>Spalte „%1“ kommt in der Kopfzeile doppelt vor (zuerst als Spalte %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file is tab-separated (expected commas between fields; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>die Datei ist tabulatorgetrennt (erwartet: Kommas zwischen den Feldern; speichern Sie sie als &quot;CSV UTF-8 (durch Trennzeichen getrennt)&quot;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is semicolon-separated (expected commas between fields; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>die Datei ist semikolongetrennt (erwartet: Kommas zwischen den Feldern; speichern Sie sie als &quot;CSV UTF-8 (durch Trennzeichen getrennt)&quot;)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>carriage return without a line feed (expected LF or CRLF line ends)</source>
        <translation>Wagenrücklauf ohne Zeilenvorschub (erwartet: Zeilenenden LF oder CRLF)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>quoted field is not closed on its line: it runs on to line %1 (expected a closing double quote on this line, or every quote inside the field doubled)</source>
        <translation>Feld in Anführungszeichen wird in seiner Zeile nicht geschlossen: es reicht bis Zeile %1 (erwartet: ein schließendes doppeltes Anführungszeichen in dieser Zeile oder jedes Anführungszeichen im Feld verdoppelt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected character after a closing quote (expected a comma or a line end)</source>
        <translation>unerwartetes Zeichen nach schließendem Anführungszeichen (erwartet: Komma oder Zeilenende)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a double quote inside an unquoted field (expected the whole field in double quotes, with inner quotes doubled)</source>
        <translation>doppeltes Anführungszeichen in einem Feld ohne Anführungszeichen (erwartet: das ganze Feld in doppelten Anführungszeichen, innere Anführungszeichen verdoppelt)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>quoted field is never closed (expected a closing double quote before the end of the file)</source>
        <translation>Feld in Anführungszeichen wird nicht geschlossen (erwartet: schließendes doppeltes Anführungszeichen vor dem Dateiende)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is UTF-16 text, as a spreadsheet&apos;s &quot;Unicode text&quot; saves it (expected UTF-8 with commas; save it as &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation>die Datei ist UTF-16-Text, wie ihn eine Tabellenkalkulation als &quot;Unicode-Text&quot; speichert (erwartet: UTF-8 mit Kommas; speichern Sie sie als &quot;CSV UTF-8 (durch Trennzeichen getrennt)&quot;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invalid UTF-8 byte 0x%1 (expected a UTF-8 text file; re-save it as UTF-8)</source>
        <translation>ungültiges UTF-8-Byte 0x%1 (erwartet: eine UTF-8-Textdatei; speichern Sie die Datei erneut als UTF-8)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>avemo::DesignAssigner</name>
    <message>
        <location filename="../models/coordination/DesignAssigner.cpp" line="+46"/>
        <source>cannot read the media durations</source>
        <translation>die Mediendauern können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the design&apos;s raters</source>
        <translation>die Bewerter des Designs können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the stored assignment</source>
        <translation>die gespeicherte Zuteilung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the answers</source>
        <translation>die Antworten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot start writing the assignment</source>
        <translation>das Schreiben der Zuteilung kann nicht beginnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>Bewerter '%1' kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot replace the item order of &apos;%1&apos;</source>
        <translation>die Item-Reihenfolge von '%1' kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot store the item order of &apos;%1&apos;</source>
        <translation>die Item-Reihenfolge von '%1' kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot record the design&apos;s raters</source>
        <translation>die Bewerter des Designs können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot commit the assignment</source>
        <translation>die Zuteilung kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 holds no study (expected a database made by avemo-cli import)</source>
        <translation>%1 enthält keine Studie (erwartet: eine mit avemo-cli import erstellte Datenbank)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the study has no design: every rater rates every item (add a &apos;design&apos; block to study.json, see docs/study-format.md, and import the study again)</source>
        <translation>die Studie hat kein Design: jeder Bewerter bewertet jedes Item (einen 'design'-Block in study.json ergänzen, siehe docs/study-format.md, und die Studie erneut importieren)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an empty rater id was given to --add or --drop</source>
        <translation>--add oder --drop wurde eine leere Bewerter-ID übergeben</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n answer(s) to regular items are stored already, before any design was assigned (expected assign to run before rating starts)</source>
        <translation>
            <numerusform>%n Antwort auf reguläre Items ist bereits gespeichert, bevor ein Design zugeteilt wurde (erwartet: assign läuft, bevor das Bewerten beginnt)</numerusform>
            <numerusform>%n Antworten auf reguläre Items sind bereits gespeichert, bevor ein Design zugeteilt wurde (erwartet: assign läuft, bevor das Bewerten beginnt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--drop %1: not a rater of the study</source>
        <translation>--drop %1: kein Bewerter der Studie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the design cannot be made: %1</source>
        <translation>das Design kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--drop %1: not an active rater of the design (active: %2)</source>
        <translation>--drop %1: kein aktiver Bewerter des Designs (aktiv: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the stored assignment does not fit the design: %1</source>
        <translation>die gespeicherte Zuteilung passt nicht zum Design: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the design cannot be rebalanced: %1</source>
        <translation>das Design kann nicht neu verteilt werden: %1</translation>
    </message>
</context>
<context>
    <name>avemo::DriftChartTab</name>
    <message>
        <location filename="../ui/dashboard/DriftChartTab.cpp" line="+23"/>
        <source> ratings</source>
        <translation> Bewertungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each line: one rater&apos;s scores in the order given, as a moving average. Excluded raters are drawn too, dashed.</source>
        <translation>Jede Linie: die Werte eines Bewerters in der Reihenfolge der Abgabe, als gleitender Mittelwert. Ausgeschlossene Bewerter werden gestrichelt mit angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moving average over:</source>
        <translation>Gleitender Mittelwert über:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, moving average</source>
        <translation>%1, gleitender Mittelwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rating number in the rater&apos;s session</source>
        <translation>Laufende Nr. der Bewertung in der Sitzung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Rater drift: %1</source>
        <translation>Bewerter-Drift: %1</translation>
    </message>
</context>
<context>
    <name>avemo::FlagTableModel</name>
    <message>
        <location filename="../ui/dashboard/FlagTableModel.cpp" line="+42"/>
        <source>%1 (gold)</source>
        <translation>%1 (Gold)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (excluded)</source>
        <translation>%1 (ausgeschlossen)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged at</source>
        <translation>Markiert am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>avemo::ItemAnswersModel</name>
    <message>
        <location filename="../ui/dashboard/ItemAnswersModel.cpp" line="+56"/>
        <source>%1 (excluded)</source>
        <translation>%1 (ausgeschlossen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
</context>
<context>
    <name>avemo::ItemDisagreementModel</name>
    <message>
        <location filename="../ui/dashboard/ItemDisagreementModel.cpp" line="+84"/>
        <source>Entropy of the labels, in bits (0: everyone agrees)</source>
        <translation>Entropie der Labels in Bit (0: alle stimmen überein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range of the scores (highest minus lowest)</source>
        <translation>Spannweite der Werte (höchster minus niedrigster)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (gold)</source>
        <translation>%1 (Gold)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MOS %1 ± %2</source>
        <translation>MOS %1 ± %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raters&apos; answer</source>
        <translation>Angabe der Bewerter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adjudicated</source>
        <translation>Entschieden</translation>
    </message>
</context>
<context>
    <name>avemo::ItemTableModel</name>
    <message>
        <location filename="../models/ItemTableModel.cpp" line="+50"/>
        <source>%1 + %2 (%3 ms)</source>
        <translation>%1 + %2 (%3 ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context media</source>
        <translation>Kontextmedien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply media</source>
        <translation>Antwortmedien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intended emotion</source>
        <translation>Beabsichtigte Emotion</translation>
    </message>
</context>
<context>
    <name>avemo::ItemsCsvParser</name>
    <message>
        <location filename="../models/ItemsCsvParser.cpp" line="+43"/>
        <source>missing required column &apos;%1&apos; (expected a header with %2)</source>
        <translation>Pflichtspalte „%1“ fehlt (erwartet: eine Kopfzeile mit %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown column &apos;%1&apos; is ignored (expected one of: %2)</source>
        <translation>unbekannte Spalte „%1“ wird ignoriert (zulässig: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown column &apos;%1&apos; is ignored (did you mean &apos;%2&apos;?)</source>
        <translation>unbekannte Spalte „%1“ wird ignoriert (meinten Sie „%2“?)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>item_id &apos;%1&apos; is already used on line %2 (expected unique ids)</source>
        <translation>item_id „%1“ wird bereits in Zeile %2 verwendet (erwartet: eindeutige IDs)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>system is empty (expected the name of the system or condition)</source>
        <translation>system ist leer (erwartet: Name des Systems oder der Bedingung)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dialogue &apos;%1&apos; turn %2 already has a gold row without a system on line %3 (expected one per dialogue and turn: give each gold row a dialogue_id of its own)</source>
        <translation>Dialog „%1“, Turn %2 hat bereits eine Gold-Zeile ohne System in Zeile %3 (erwartet: eine je Dialog und Turn; geben Sie jeder Gold-Zeile eine eigene dialogue_id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dialogue &apos;%1&apos; turn %2 already has a reply from system &apos;%3&apos; on line %4 (expected one row per dialogue, turn and system)</source>
        <translation>Dialog „%1“, Turn %2 hat bereits eine Antwort von System „%3“ in Zeile %4 (erwartet: eine Zeile je Dialog, Turn und System)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>empty file name in context_media (expected paths separated by &apos;|&apos;)</source>
        <translation>leerer Dateiname in context_media (erwartet: durch &apos;|&apos; getrennte Pfade)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reply_media is empty (expected the reply&apos;s video or audio file)</source>
        <translation>reply_media ist leer (erwartet: Video- oder Audiodatei der Antwort)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>intended_emotion &apos;%1&apos; is not a category of any label set</source>
        <translation>intended_emotion „%1“ ist in keinem Label-Set eine Kategorie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is empty (expected an id)</source>
        <translation>%1 ist leer (erwartet: eine ID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &apos;%2&apos; has characters other than letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1 „%2“ enthält andere Zeichen als Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>turn &apos;%1&apos; is not a whole number &gt;= 1</source>
        <translation>turn „%1“ ist keine ganze Zahl &gt;= 1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reply_audio_offset_ms &apos;%1&apos; is not a whole number of milliseconds between -10000 and 10000</source>
        <translation>reply_audio_offset_ms „%1“ ist keine ganze Zahl von Millisekunden zwischen -10000 und 10000</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reply_audio_offset_ms is set but reply_audio is empty (expected both or neither)</source>
        <translation>reply_audio_offset_ms ist gesetzt, aber reply_audio ist leer (erwartet: beide oder keines von beiden)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gold answer &apos;%1&apos; is not of the form question_id=value</source>
        <translation>Gold-Antwort „%1“ hat nicht die Form question_id=Wert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>gold answer names question &apos;%1&apos;, which the study does not have</source>
        <translation>Gold-Antwort nennt die Frage „%1“, die es in der Studie nicht gibt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gold answer &apos;%1&apos; is not a valid answer to question &apos;%2&apos; (expected %3)</source>
        <translation>Gold-Antwort „%1“ ist keine gültige Antwort auf Frage „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>one of </source>
        <translation>einer der Werte </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no gold answer for a text question</source>
        <translation>keine Gold-Antwort bei Textfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a point of the scale %1..%2 step %3</source>
        <translation>ein Punkt der Skala %1..%2 mit Schrittweite %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no items (expected at least one row after the header)</source>
        <translation>keine Items (erwartet: mindestens eine Zeile nach der Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>avemo::ItemsTab</name>
    <message>
        <location filename="../ui/dashboard/ItemsTab.cpp" line="+54"/>
        <source>&amp;Adjudicate...</source>
        <translation>&amp;Entscheiden...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every rater&apos;s answers</source>
        <translation>Angaben aller Bewerter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinator&apos;s decisions</source>
        <translation>Entscheidungen des Koordinators</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3 (%4, %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &amp;mdash; %3 (%4, %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decision recorded for this item.</source>
        <translation>Für dieses Item ist keine Entscheidung gespeichert.</translation>
    </message>
</context>
<context>
    <name>avemo::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/rating/KeyboardShortcutsDialog.cpp" line="+16"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>avemo::LoudnessBackfill</name>
    <message>
        <location filename="../models/LoudnessBackfill.cpp" line="+51"/>
        <source>cannot read the media to measure</source>
        <translation>die zu messenden Medien können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot begin a transaction</source>
        <translation>eine Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot store the loudness of &apos;%1&apos;</source>
        <translation>die Lautheit von '%1' kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot record that loudness was measured</source>
        <translation>dass die Lautheit gemessen wurde, kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot commit the measured loudness</source>
        <translation>die gemessene Lautheit kann nicht festgeschrieben werden</translation>
    </message>
</context>
<context>
    <name>avemo::LoudnessMeter</name>
    <message>
        <location filename="../models/LoudnessMeter.cpp" line="+69"/>
        <source>GStreamer could not build the measuring pipeline (%1)</source>
        <translation>GStreamer konnte die Messpipeline nicht aufbauen (%1)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no audio could be decoded</source>
        <translation>es konnte kein Audio dekodiert werden</translation>
    </message>
</context>
<context>
    <name>avemo::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+52"/>
        <source>Open a study folder (Ctrl+O) or a study database (Ctrl+Shift+O) to begin.</source>
        <translation>Öffnen Sie zum Beginnen einen Studienordner (Strg+O) oder eine Studiendatenbank (Strg+Umschalt+O).</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 of %n item(s) saved</source>
        <translation>
            <numerusform>%1 von %n Item gespeichert</numerusform>
            <numerusform>%1 von %n Items gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no audio output: sound is off</source>
        <translation>keine Audioausgabe: Ton ist aus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Study Folder...</source>
        <translation>&amp;Studienordner öffnen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Study &amp;Database...</source>
        <translation>Studien&amp;datenbank öffnen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prepare Annotator &amp;Package...</source>
        <translation>Annotator-&amp;Paket erstellen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge Results...</source>
        <translation>&amp;Ergebnisse zusammenführen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study &amp;Overview</source>
        <translation>&amp;Studienübersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator &amp;Dashboard</source>
        <translation>Koordinator-&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Hidden Study Details (Coordinator)</source>
        <translation>Verborgene Studiendetails anzeigen (Koordinator)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock Coordinator Views...</source>
        <translation>Koordinatoransichten freischalten...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the systems, item ids and file names of a study opened for rating, and open the dashboard, package, merge and export (asks first, and is logged)</source>
        <translation>Systeme, Item-IDs und Dateinamen einer zur Bewertung geöffneten Studie anzeigen und Dashboard, Paket, Zusammenführen und Export freigeben (mit Rückfrage; wird protokolliert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About AV-EMO Rater</source>
        <translation>Ü&amp;ber AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time AV-EMO Rater starts.</source>
        <translation>Die Sprache wird beim nächsten Start von AV-EMO Rater geändert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open Study Folder</source>
        <translation>Studienordner öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Study Database</source>
        <translation>Studiendatenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study databases (*.sqlite *.db);;All files (*)</source>
        <translation>Studiendatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the study&apos;s media...</source>
        <translation>Medien der Studie werden geprüft...</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot read the study in %1: %2</source>
        <translation>Die Studie in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Study imported and opened: %1</source>
        <translation>Studie importiert und geöffnet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study opened: %1</source>
        <translation>Studie geöffnet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n media file(s) of this study changed since it was imported. Items using them may not play; Ctrl+K skips and flags such an item.</source>
        <translation>
            <numerusform>%n Mediendatei dieser Studie wurde seit dem Import geändert. Items, die sie verwenden, lassen sich möglicherweise nicht abspielen; Strg+K überspringt und markiert ein solches Item.</numerusform>
            <numerusform>%n Mediendateien dieser Studie wurden seit dem Import geändert. Items, die sie verwenden, lassen sich möglicherweise nicht abspielen; Strg+K überspringt und markiert ein solches Item.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot start rating: %1</source>
        <translation>Die Bewertung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 - AV-EMO Rater</source>
        <translation>%1 - AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AV-EMO Rater</source>
        <translation>AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unlock Coordinator Views</source>
        <translation>Koordinatoransichten freischalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This study is opened for rating. Unlocking shows what annotators must not see: every item id, which system made each reply, and the media file names (View &gt; Show Hidden Study Details), and opens the coordinator&apos;s dashboard, package, merge and export.

The unlock is recorded in the study&apos;s event log. Unlock until the study is closed?</source>
        <translation>Diese Studie ist zur Bewertung geöffnet. Die Freischaltung zeigt, was Annotatoren nicht sehen dürfen: jede Item-ID, welches System welche Antwort erzeugt hat, und die Namen der Mediendateien (Ansicht &gt; Verborgene Studiendetails anzeigen), und gibt Dashboard, Paket, Zusammenführen und Export des Koordinators frei.

Die Freischaltung wird im Ereignisprotokoll der Studie vermerkt. Bis zum Schließen der Studie freischalten?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unlock</source>
        <translation>Freischalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The coordinator views stay locked: the unlock could not be logged: %1</source>
        <translation>Die Koordinatoransichten bleiben gesperrt: Die Freischaltung konnte nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Coordinator views unlocked until the study is closed</source>
        <translation>Koordinatoransichten bis zum Schließen der Studie freigeschaltet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your answers are saved as you go in %1. When you are done, close AV-EMO Rater and give your coordinator this file (the rest of the folder is the study you were given).</source>
        <translation>Ihre Angaben werden laufend in %1 gespeichert. Wenn Sie fertig sind, schließen Sie AV-EMO Rater und geben Sie diese Datei Ihrem Koordinator (der Rest des Ordners ist die Studie, die Sie erhalten haben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your answers are saved as you go in %1, in your own AV-EMO Rater library (not in the study folder). When you are done, close AV-EMO Rater and give your coordinator this file.</source>
        <translation>Ihre Angaben werden laufend in %1 gespeichert, in Ihrer eigenen Studienbibliothek von AV-EMO Rater (nicht im Studienordner). Wenn Sie fertig sind, schließen Sie AV-EMO Rater und geben Sie diese Datei Ihrem Koordinator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answers are saved as you go in %1.</source>
        <translation>Angaben werden laufend in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in the study</source>
        <translation>Probleme in der Studie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be opened. Fix these problems and open it again:</source>
        <translation>%1 konnte nicht geöffnet werden. Beheben Sie diese Probleme und öffnen Sie die Studie erneut:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Player</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a study folder</source>
        <translation>Studienordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Strg+R</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start rating</source>
        <translation>Bewertung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>Diese Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit (everything is already saved)</source>
        <translation>Beenden (alles ist bereits gespeichert)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About AV-EMO Rater</source>
        <translation>Über AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;AV-EMO Rater %1&lt;/b&gt;&lt;p&gt;Blind, keyboard-driven perceptual rating of audio-visual emotional dialogue, with agreement statistics and tidy exports.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AV-EMO Rater %1&lt;/b&gt;&lt;p&gt;Blinde, tastaturgesteuerte Wahrnehmungsbewertung audiovisueller emotionaler Dialoge, mit Übereinstimmungsstatistiken und sauber strukturierten Exporten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>avemo::MediaPath</name>
    <message>
        <location filename="../models/MediaPath.cpp" line="+13"/>
        <source>absolute path &apos;%1&apos; (expected a path relative to the study folder)</source>
        <translation>absoluter Pfad „%1“ (erwartet: ein Pfad relativ zum Studienordner)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path &apos;%1&apos; contains a backslash (expected &apos;/&apos; between folders)</source>
        <translation>Pfad „%1“ enthält einen Backslash (erwartet: &apos;/&apos; zwischen Ordnern)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path &apos;%1&apos; climbs out with &apos;..&apos; (expected a path inside the study folder)</source>
        <translation>Pfad „%1“ verlässt mit &apos;..&apos; den Ordner (erwartet: ein Pfad innerhalb des Studienordners)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>file &apos;%1&apos; does not exist</source>
        <translation>Datei „%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is a symbolic link that leaves the study folder (expected a file inside it)</source>
        <translation>„%1“ ist ein symbolischer Link aus dem Studienordner heraus (erwartet: eine Datei darin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a regular file</source>
        <translation>„%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file &apos;%1&apos; is not readable (check its permissions)</source>
        <translation>Datei „%1“ ist nicht lesbar (prüfen Sie die Zugriffsrechte)</translation>
    </message>
</context>
<context>
    <name>avemo::MediaProbe</name>
    <message>
        <location filename="../models/MediaProbe.cpp" line="+79"/>
        <source>the file could not be opened as media</source>
        <translation>die Datei konnte nicht als Mediendatei geöffnet werden</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>opening the file timed out after %1 ms</source>
        <translation>Zeitüberschreitung beim Öffnen der Datei nach %1 ms</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the file holds neither a video nor an audio stream</source>
        <translation>die Datei enthält weder einen Video- noch einen Audiostream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has no duration (truncated or not seekable?)</source>
        <translation>die Datei hat keine Dauer (abgeschnitten oder nicht spulbar?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no decoder for this format (%1; install gstreamer1.0-libav and gstreamer1.0-plugins-good, or re-encode as WebM VP9/Opus)</source>
        <translation>kein Decoder für dieses Format (%1; installieren Sie gstreamer1.0-libav und gstreamer1.0-plugins-good oder kodieren Sie die Datei als WebM VP9/Opus neu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a media file that can be decoded (%1)</source>
        <translation>keine dekodierbare Mediendatei (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the stream could not be decoded: damaged file or missing GStreamer plugin (%1)</source>
        <translation>der Stream konnte nicht dekodiert werden: beschädigte Datei oder fehlendes GStreamer-Plugin (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file was not found</source>
        <translation>die Datei wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file could not be decoded</source>
        <translation>die Datei konnte nicht dekodiert werden</translation>
    </message>
</context>
<context>
    <name>avemo::MergeRowFilter</name>
    <message>
        <location filename="../models/coordination/MergeRowFilter.cpp" line="+16"/>
        <source>%1 is a %2, not a whole number</source>
        <translation>%1 ist vom Typ %2, keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is negative (%2)</source>
        <translation>%1 ist negativ (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its timestamp is a %1, not a date and time</source>
        <translation>der Zeitstempel ist vom Typ %1, kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its timestamp &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>der Zeitstempel „%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its timestamp %1 is later than the merge (%2)</source>
        <translation>der Zeitstempel %1 liegt nach dem Zusammenführen (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot leave out a row</source>
        <translation>eine Zeile kann nicht ausgelassen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the questions</source>
        <translation>die Fragen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the design&apos;s raters</source>
        <translation>die Bewerter des Designs können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot check the responses</source>
        <translation>die Datensätze können nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+59"/>
        <location line="+29"/>
        <source>item &apos;%1&apos; is not in the study</source>
        <translation>Item „%1“ gibt es in der Studie nicht</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+88"/>
        <source>question &apos;%1&apos; is not in the study</source>
        <translation>Frage „%1“ gibt es in der Studie nicht</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>the value is a %1, not text</source>
        <translation>der Wert ist vom Typ %1, kein Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the answer to &apos;%1&apos; %2</source>
        <translation>die Angabe zu „%1“: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>revision %1 but the file logs %2 edit(s) of this answer</source>
        <translation>Revision %1, aber die Datei protokolliert %2 Änderung(en) dieser Angabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its UUID already names another answer (another item, rater or question) in the master</source>
        <translation>die UUID bezeichnet in der Hauptdatenbank bereits eine andere Angabe (anderes Item, anderer Bewerter oder andere Frage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item &apos;%1&apos; is not assigned to this rater by the study&apos;s design (avemo-cli assign gave it to others)</source>
        <translation>Item '%1' ist diesem Bewerter im Design der Studie nicht zugeteilt (avemo-cli assign hat es anderen gegeben)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot check the flags</source>
        <translation>die Markierungen können nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the reason is a %1, not text</source>
        <translation>die Begründung ist vom Typ %1, kein Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its UUID already names another flag in the master</source>
        <translation>die UUID bezeichnet in der Hauptdatenbank bereits eine andere Markierung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot check the events</source>
        <translation>die Ereignisse können nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its rater is not one this file brings</source>
        <translation>der Bewerter gehört nicht zu denen, die diese Datei mitbringt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its kind is a %1, not text</source>
        <translation>die Ereignisart ist vom Typ %1, kein Text</translation>
    </message>
</context>
<context>
    <name>avemo::MergeWriter</name>
    <message>
        <location filename="../models/coordination/MergeWriter.cpp" line="+124"/>
        <source>cannot count what to merge</source>
        <translation>der Umfang des Zusammenführens kann nicht ermittelt werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cancelled; nothing from &apos;%1&apos; was merged</source>
        <translation>abgebrochen; aus „%1“ wurde nichts zusammengeführt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; was refused: rater id(s) %2 already belong to another annotator database (%3); nothing from this file was merged</source>
        <translation>„%1“ wurde abgelehnt: Bewerter-ID(s) %2 gehören bereits zu einer anderen Annotator-Datenbank (%3); aus dieser Datei wurde nichts zusammengeführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot merge &apos;%1&apos;</source>
        <translation>„%1“ kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot merge &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot prepare the merge</source>
        <translation>das Zusammenführen kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the raters</source>
        <translation>die Bewerter können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>cannot match the items</source>
        <translation>die Items können nicht zugeordnet werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot match the questions</source>
        <translation>die Fragen können nicht zugeordnet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>cannot check the raters for conflicts</source>
        <translation>die Bewerter können nicht auf Konflikte geprüft werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; rated in the master itself</source>
        <translation>„%1“ hat direkt in der Hauptdatenbank bewertet</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&apos;%1&apos; came from instance %2</source>
        <translation>„%1“ stammt aus Instanz %2</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>cannot write the master database &apos;%1&apos;: the disk is full (or the temporary folder&apos;s); nothing from &apos;%2&apos; was merged</source>
        <translation>die Hauptdatenbank „%1“ kann nicht geschrieben werden: der Datenträger ist voll (oder der des temporären Ordners); aus „%2“ wurde nichts zusammengeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write the master database &apos;%1&apos;: it is read-only; nothing from &apos;%2&apos; was merged</source>
        <translation>die Hauptdatenbank „%1“ kann nicht geschrieben werden: sie ist schreibgeschützt; aus „%2“ wurde nichts zusammengeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the master database &apos;%1&apos;: the disk reported an input/output error (%3); nothing from &apos;%2&apos; was merged</source>
        <translation>die Hauptdatenbank „%1“ kann nicht geschrieben werden: der Datenträger meldete einen Ein-/Ausgabefehler (%3); aus „%2“ wurde nichts zusammengeführt</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>&apos;%1&apos; was refused: reading it took far more work than a file of its size needs; nothing from this file was merged</source>
        <translation>„%1“ wurde abgelehnt: das Lesen erforderte weit mehr Aufwand, als eine Datei dieser Größe braucht; aus dieser Datei wurde nichts zusammengeführt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot start writing to the master database</source>
        <translation>das Schreiben in die Hauptdatenbank kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>this file is the package made for &apos;%1&apos;, not for &apos;%2&apos;</source>
        <translation>diese Datei ist das Paket für „%1“, nicht für „%2“</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>cannot replace the answers of &apos;%1&apos;</source>
        <translation>die Angaben von „%1“ können nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot add the raters</source>
        <translation>die Bewerter können nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot record where the raters rated</source>
        <translation>es kann nicht gespeichert werden, wo die Bewerter bewertet haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot match the raters</source>
        <translation>die Bewerter können nicht zugeordnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot list the raters</source>
        <translation>die Bewerter können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot copy the raters&apos; item orders</source>
        <translation>die Item-Reihenfolgen der Bewerter können nicht kopiert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the responses</source>
        <translation>die Datensätze können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write the responses</source>
        <translation>die Datensätze können nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the flags</source>
        <translation>die Markierungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write the flags</source>
        <translation>die Markierungen können nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the events</source>
        <translation>die Ereignisse können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write the events</source>
        <translation>die Ereignisse können nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the merge history</source>
        <translation>der Verlauf der Zusammenführungen kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot record the merge</source>
        <translation>das Zusammenführen kann nicht protokolliert werden</translation>
    </message>
</context>
<context>
    <name>avemo::MetricsChartTab</name>
    <message>
        <location filename="../ui/dashboard/MetricsChartTab.cpp" line="+30"/>
        <source>&amp;Choose Metrics File...</source>
        <translation>Metrikdatei &amp;wählen...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Automatic Metrics</source>
        <translation>Automatische Metriken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: not usable</source>
        <translation>%1: nicht verwendbar</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n row(s), joined by %2;</source>
        <translation>
            <numerusform>%1: %n Zeile, verknüpft über %2;</numerusform>
            <numerusform>%1: %n Zeilen, verknüpft über %2;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>item_id</source>
        <translation>item_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dialogue, turn and system</source>
        <translation>Dialog, Turn und System</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) without metrics</source>
        <translation>
            <numerusform>%n Item ohne Metriken</numerusform>
            <numerusform>%n Items ohne Metriken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pick the benchmark&apos;s metrics.csv to compare the perceptual scores with its automatic metrics.</source>
        <translation>Wählen Sie die metrics.csv des Benchmarks, um die Wahrnehmungsurteile mit seinen automatischen Metriken zu vergleichen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Item MOS: %1</source>
        <translation>Item-MOS: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 undefined (%2)</source>
        <translation>%1 nicht definiert (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2 %3, p = %4</source>
        <translation>%1 = %2 %3, p = %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 against %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 gegen %2 (%n Item)</numerusform>
            <numerusform>%1 gegen %2 (%n Items)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pearson %1; Spearman %2. CI95 by Fisher z; correlations.csv of an export lists every question and metric with Kendall&apos;s tau too.</source>
        <translation>Pearson %1; Spearman %2. KI95 per Fisher-z-Transformation; die correlations.csv eines Exports enthält alle Fragen und Metriken, zusätzlich mit Kendalls Tau.</translation>
    </message>
</context>
<context>
    <name>avemo::MosChartTab</name>
    <message>
        <location filename="../ui/dashboard/MosChartTab.cpp" line="+25"/>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>MOS</source>
        <translation>MOS</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MOS with CI95</source>
        <translation>MOS mit KI95</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: MOS %2, CI95 %3, %4 from %5</source>
        <extracomment>%1 a system, %4 &quot;N 40 ratings&quot;, %5 &quot;5 raters&quot;</extracomment>
        <translation>%1: MOS %2, KI95 %3, %4 von %5</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>N %n rating(s)</source>
        <translation>
            <numerusform>N %n Bewertung</numerusform>
            <numerusform>N %n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n Bewerter</numerusform>
            <numerusform>%n Bewertern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    mixed model: %1, CI95 %2 (Satterthwaite df %3)</source>
        <extracomment>the estimate of the mixed model (raters and items as random effects)</extracomment>
        <translation>    gemischtes Modell: %1, KI95 %2 (Satterthwaite-FG %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>    mixed model: %1</source>
        <translation>    gemischtes Modell: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mixed model score ~ system + (1|rater) + (1|item), REML: variance of raters %1, of items %2, residual %3. %4</source>
        <translation>Gemischtes Modell score ~ system + (1|rater) + (1|item), REML: Varianz der Bewerter %1, der Items %2, Residuum %3. %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>
Gold items and excluded raters are left out; bars start at the bottom of the scale.</source>
        <translation>
Gold-Items und ausgeschlossene Bewerter sind nicht berücksichtigt; die Balken beginnen am unteren Ende der Skala.</translation>
    </message>
</context>
<context>
    <name>avemo::OverviewTab</name>
    <message>
        <location filename="../ui/dashboard/OverviewTab.cpp" line="+36"/>
        <source>Items flagged by raters</source>
        <translation>Von Bewertern markierte Items</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agreement per question</source>
        <translation>Übereinstimmung je Frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress per rater</source>
        <translation>Fortschritt je Bewerter</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n stored value(s) left out&lt;/b&gt;: the study does not allow them, so they are in no figure here and in no export.</source>
        <translation>
            <numerusform>&lt;b&gt;%n gespeicherter Wert ausgelassen&lt;/b&gt;: Die Studie lässt ihn nicht zu, daher erscheint er in keiner Kennzahl hier und in keinem Export.</numerusform>
            <numerusform>&lt;b&gt;%n gespeicherte Werte ausgelassen&lt;/b&gt;: Die Studie lässt sie nicht zu, daher erscheinen sie in keiner Kennzahl hier und in keinem Export.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3, left out of the statistics) from %4; %5, %6 excluded; %7. Alpha CIs: percentile bootstrap over items, %8.</source>
        <extracomment>%1 the study&apos;s title; %2..%8 counts such as &quot;12 items&quot;, &quot;3 raters&quot; (%6 a number)</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3, nicht in der Statistik) aus %4; %5, davon %6 ausgeschlossen; %7. Alpha-KIs: Perzentil-Bootstrap über Items, %8.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Item</numerusform>
            <numerusform>%n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gold check item(s)</source>
        <translation>
            <numerusform>%n Gold-Item zur Kontrolle</numerusform>
            <numerusform>%n Gold-Items zur Kontrolle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n System</numerusform>
            <numerusform>%n Systemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n Bewerter</numerusform>
            <numerusform>%n Bewerter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resample(s)</source>
        <translation>
            <numerusform>%n Stichprobe</numerusform>
            <numerusform>%n Stichproben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::PackageDatabase</name>
    <message>
        <location filename="../models/coordination/PackageDatabase.cpp" line="+35"/>
        <source>cannot read the study of &apos;%1&apos;</source>
        <translation>die Studie von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>„%1“ enthält keine Studie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the media list of &apos;%1&apos;</source>
        <translation>die Medienliste von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot look up rater &apos;%1&apos;</source>
        <translation>Bewerter „%1“ kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rater &apos;%1&apos; already has results merged from another database (instance %2); their results from a new package would be refused as a conflict. Hand out a new rater id instead.</source>
        <translation>für Bewerter „%1“ wurden bereits Ergebnisse aus einer anderen Datenbank zusammengeführt (Instanz %2); Ergebnisse aus einem neuen Paket würden als Konflikt abgelehnt. Vergeben Sie stattdessen eine neue Bewerter-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rater &apos;%1&apos; has already rated in &apos;%2&apos; itself; results from a package would be refused as a conflict. Hand out a new rater id instead.</source>
        <translation>Bewerter „%1“ hat bereits direkt in „%2“ bewertet; Ergebnisse aus einem Paket würden als Konflikt abgelehnt. Vergeben Sie stattdessen eine neue Bewerter-ID.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot read the item order of rater &apos;%1&apos;</source>
        <translation>die Item-Reihenfolge von Bewerter „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>cannot read the package&apos;s items</source>
        <translation>die Items des Pakets können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot record the item order of rater &apos;%1&apos;</source>
        <translation>die Item-Reihenfolge von Bewerter „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>Bewerter „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>cannot commit the package database</source>
        <translation>die Paketdatenbank kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+6"/>
        <source>cannot name the package database</source>
        <translation>der Paketdatenbank kann keine Kennung zugewiesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the package database failed its integrity check: %1</source>
        <translation>die Paketdatenbank hat die Integritätsprüfung nicht bestanden: %1</translation>
    </message>
</context>
<context>
    <name>avemo::PackageNames</name>
    <message>
        <location filename="../models/coordination/PackageNames.cpp" line="+115"/>
        <source>cannot start writing to &apos;%1&apos;</source>
        <translation>das Schreiben in „%1“ kann nicht beginnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+32"/>
        <source>cannot record the package in &apos;%1&apos;</source>
        <translation>das Paket kann nicht in „%1“ vermerkt werden</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+8"/>
        <source>cannot record the package&apos;s item names: %1</source>
        <translation>die Item-Namen des Pakets können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot record the package&apos;s system codes</source>
        <translation>die Systemcodes des Pakets können nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>avemo::PlaybackErrorText</name>
    <message>
        <location filename="../ui/player/PlaybackErrorText.cpp" line="+11"/>
        <source>Context clip %1</source>
        <translation>Kontextclip %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reply&apos;s audio track</source>
        <translation>Die Tonspur der Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The media</source>
        <translation>Die Mediendatei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not be found. The study folder may be incomplete.</source>
        <translation>%1 wurde nicht gefunden. Der Studienordner ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be opened: access was denied.</source>
        <translation>%1 konnte nicht geöffnet werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 could not be decoded (damaged file, unsupported format or missing GStreamer plugin?).</source>
        <translation>%1 konnte nicht dekodiert werden (beschädigte Datei, nicht unterstütztes Format oder fehlendes GStreamer-Plugin?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 stopped long before its end: the file looks damaged or incomplete.</source>
        <translation>%1 brach lange vor dem Ende ab: Die Datei scheint beschädigt oder unvollständig zu sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 stopped with a stream error (damaged file or missing GStreamer plugin?).</source>
        <translation>%1 brach mit einem Stream-Fehler ab (beschädigte Datei oder fehlendes GStreamer-Plugin?).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be played.</source>
        <translation>%1 konnte nicht abgespielt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>avemo::PlayerWidget</name>
    <message>
        <location filename="../ui/player/PlayerWidget.cpp" line="+23"/>
        <source>Audio only</source>
        <translation>Nur Audio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Skip and flag</source>
        <translation>Überspringen und markieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark this item as unplayable and go to the next one</source>
        <translation>Dieses Item als nicht abspielbar markieren und zum nächsten wechseln</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play (Space)</source>
        <translation>Wiedergabe (Leertaste)</translation>
    </message>
</context>
<context>
    <name>avemo::QuestionRow</name>
    <message>
        <location filename="../ui/rating/QuestionRow.cpp" line="+53"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This question must be answered before the item can be submitted</source>
        <translation>Diese Frage muss beantwortet werden, bevor das Item abgesendet werden kann</translation>
    </message>
</context>
<context>
    <name>avemo::RaterDialog</name>
    <message>
        <location filename="../ui/RaterDialog.cpp" line="+19"/>
        <source>Who is rating?</source>
        <translation>Wer bewertet?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your rater id, e.g. r07</source>
        <translation>Ihre Bewerter-ID, z. B. r07</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick your id, or type a new one (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation>Wählen Sie Ihre ID oder geben Sie eine neue ein (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick your id from the study&apos;s list.</source>
        <translation>Wählen Sie Ihre ID aus der Liste der Studie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rater:</source>
        <translation>Bewerter:</translation>
    </message>
</context>
<context>
    <name>avemo::RaterExclusions</name>
    <message>
        <location filename="../models/coordination/RaterExclusions.cpp" line="+19"/>
        <source>&apos;%1&apos; has no rater &apos;%2&apos;</source>
        <translation>„%1“ enthält keinen Bewerter „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>excluding rater &apos;%1&apos; needs a reason (it is reported in every export)</source>
        <translation>der Ausschluss von Bewerter „%1“ erfordert eine Begründung (sie wird in jedem Export aufgeführt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rater &apos;%1&apos; is already excluded (include them first to change the reason)</source>
        <translation>Bewerter „%1“ ist bereits ausgeschlossen (zum Ändern der Begründung zuerst wieder aufnehmen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot exclude rater &apos;%1&apos;</source>
        <translation>Bewerter „%1“ kann nicht ausgeschlossen werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot commit the exclusion of rater &apos;%1&apos;</source>
        <translation>der Ausschluss von Bewerter „%1“ kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the exclusion of rater &apos;%1&apos;</source>
        <translation>der Ausschluss von Bewerter „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rater &apos;%1&apos; is not excluded</source>
        <translation>Bewerter „%1“ ist nicht ausgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot include rater &apos;%1&apos; again</source>
        <translation>Bewerter „%1“ kann nicht wieder aufgenommen werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot commit including rater &apos;%1&apos;</source>
        <translation>die Wiederaufnahme von Bewerter „%1“ kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the rater exclusions</source>
        <translation>die Bewerterausschlüsse können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>avemo::RaterTableModel</name>
    <message>
        <location filename="../ui/dashboard/RaterTableModel.cpp" line="+90"/>
        <source>Excluded: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in the statistics; uncheck to exclude</source>
        <translation>Wird in der Statistik berücksichtigt; zum Ausschließen Häkchen entfernen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>included</source>
        <translation>einbezogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no gold rated</source>
        <translation>kein Gold-Item bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 von %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no ratings of this question</source>
        <translation>keine Bewertungen dieser Frage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passes</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gold accuracy %1 below %2 (%3 of %4)</source>
        <translation>Gold-Trefferquote %1 unter %2 (%3 von %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shares no item with another rater</source>
        <translation>kein gemeinsames Item mit anderen Bewertern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>only %n item(s) shared with other raters: consensus correlation not computed</source>
        <translation>
            <numerusform>nur %n gemeinsames Item mit anderen Bewertern: Konsenskorrelation nicht berechnet</numerusform>
            <numerusform>nur %n gemeinsame Items mit anderen Bewertern: Konsenskorrelation nicht berechnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>constant ratings (or constant consensus): correlation undefined</source>
        <translation>konstante Bewertungen (oder konstanter Konsens): Korrelation nicht definiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correlation with the other raters&apos; mean %1 below %2</source>
        <translation>Korrelation mit dem Mittel der anderen Bewerter %1 unter %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rater</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In statistics</source>
        <translation>In Statistik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items done</source>
        <translation>Items erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time per item</source>
        <translation>Medianzeit je Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gold accuracy</source>
        <translation>Gold-Trefferquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r with others&apos; mean</source>
        <translation>r mit Mittel der anderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
</context>
<context>
    <name>avemo::RatersTab</name>
    <message>
        <location filename="../ui/dashboard/RatersTab.cpp" line="+24"/>
        <location line="+50"/>
        <source>Exclude from Statistics...</source>
        <translation>Aus Statistik ausschließen...</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Screening of question:</source>
        <translation>Screening für Frage:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 excluded: %2</source>
        <translation>%1 ausgeschlossen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every rater counts in the statistics.</source>
        <translation>Alle Bewerter werden in der Statistik berücksichtigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include in Statistics</source>
        <translation>In Statistik aufnehmen</translation>
    </message>
</context>
<context>
    <name>avemo::RatingPanel</name>
    <message>
        <location filename="../ui/rating/RatingPanel.cpp" line="+52"/>
        <source>Submit [Enter]</source>
        <extracomment>The submit button; Enter does the same</extracomment>
        <translation>Absenden [Enter]</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Next / previous question</source>
        <translation>Nächste / vorige Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Down / Up</source>
        <translation>Herunter / Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the answers</source>
        <translation>Angaben absenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Categories: %1</source>
        <extracomment>Title of the keys of one label set, e.g. &quot;Categories: emotion4&quot;</extracomment>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rating scales</source>
        <translation>Bewertungsskalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sliders</source>
        <translation>Schieberegler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Play the reply to the end to unlock the answers</source>
        <translation>Spielen Sie die Antwort bis zum Ende ab, um die Fragen freizuschalten</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>✓ Saved</source>
        <extracomment>Shown briefly after the answers were written to the database</extracomment>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Answer the highlighted questions first</source>
        <translation>Beantworten Sie zuerst die markierten Fragen</translation>
    </message>
</context>
<context>
    <name>avemo::RatingStore</name>
    <message>
        <location filename="../models/RatingStore.cpp" line="+46"/>
        <source>cannot add rater &apos;%1&apos;</source>
        <translation>Bewerter „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot record the item order</source>
        <translation>die Item-Reihenfolge kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot commit the item order</source>
        <translation>die Item-Reihenfolge kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the item order</source>
        <translation>die Item-Reihenfolge kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start saving</source>
        <translation>das Speichern kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot save the answer to &apos;%1&apos;</source>
        <translation>die Angabe zu „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot revise the answer to &apos;%1&apos;</source>
        <translation>die Angabe zu „%1“ kann nicht überarbeitet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot commit the answers</source>
        <translation>die Angaben können nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>cannot flag the item</source>
        <translation>das Item kann nicht markiert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot commit the flag</source>
        <translation>die Markierung kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot log the &apos;%1&apos; event</source>
        <translation>das Ereignis „%1“ kann nicht protokolliert werden</translation>
    </message>
</context>
<context>
    <name>avemo::ResultsMerger</name>
    <message>
        <location filename="../models/coordination/ResultsMerger.cpp" line="+45"/>
        <source>cannot copy &apos;%1&apos; and its -wal file to a temporary folder to read them</source>
        <translation>„%1“ und die zugehörige -wal-Datei können zum Lesen nicht in einen temporären Ordner kopiert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; does not exist or is not a file</source>
        <translation>„%1“ existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; has schema version %2, older than any annotator package (%3); it cannot be merged</source>
        <translation>„%1“ hat Schemaversion %2, älter als jedes Annotator-Paket (%3); die Datei kann nicht zusammengeführt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is a database without a study</source>
        <translation>„%1“ ist eine Datenbank ohne Studie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; has no instance id</source>
        <translation>„%1“ hat keine Instanz-ID</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is from study &apos;%2&apos;, the master holds &apos;%3&apos;</source>
        <translation>„%1“ gehört zur Studie „%2“, die Hauptdatenbank enthält „%3“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; holds a different version of study &apos;%2&apos; than the package made for it: its definition hash is %3..., the package&apos;s was %4... (its study, items or media were changed since)</source>
        <translation>„%1“ enthält eine andere Version der Studie „%2“ als das dafür erstellte Paket: ihr Definitions-Hash ist %3..., der des Pakets war %4... (Studie, Items oder Medien wurden seitdem geändert)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is an annotator package whose item and system names this master database does not hold: it was made from another master database (or from a copy of this one); merge it into the database it was packaged from</source>
        <translation>„%1“ ist ein Annotationspaket, dessen Item- und Systemnamen diese Master-Datenbank nicht kennt: es wurde aus einer anderen Master-Datenbank (oder einer Kopie dieser) erstellt; führen Sie es in die Datenbank zusammen, aus der es gepackt wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; holds a different version of study &apos;%2&apos;: its definition hash is %3..., the master&apos;s is %4... (the study definition, its items or its media changed between the two imports)</source>
        <translation>„%1“ enthält eine andere Version der Studie „%2“: Definitions-Hash %3... statt %4... wie in der Hauptdatenbank (Studiendefinition, Items oder Medien wurden zwischen den beiden Importen geändert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is the master database itself (or a copy of it)</source>
        <translation>„%1“ ist die Hauptdatenbank selbst (oder eine Kopie davon)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write the master database &apos;%1&apos;: %2 is read-only; nothing was merged</source>
        <translation>die Hauptdatenbank „%1“ kann nicht geschrieben werden: %2 ist schreibgeschützt; es wurde nichts zusammengeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder</source>
        <translation>ihr Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>the master database: %1</source>
        <translation>die Hauptdatenbank: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the master database &apos;%1&apos; holds no study</source>
        <translation>die Hauptdatenbank „%1“ enthält keine Studie</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cancelled before &apos;%1&apos;</source>
        <translation>abgebrochen vor „%1“</translation>
    </message>
</context>
<context>
    <name>avemo::ScaleQuestionRow</name>
    <message>
        <location filename="../ui/rating/ScaleQuestionRow.cpp" line="+44"/>
        <source>%1–%2</source>
        <extracomment>A range of number keys, e.g. &quot;1–5&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the scale point with that number</source>
        <translation>Skalenpunkt mit dieser Zahl wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the scale point at that position</source>
        <translation>Skalenpunkt an dieser Position wählen</translation>
    </message>
</context>
<context>
    <name>avemo::SliderQuestionRow</name>
    <message>
        <location filename="../ui/rating/SliderQuestionRow.cpp" line="+52"/>
        <location line="+115"/>
        <source>%1 · %2</source>
        <extracomment>An end of a slider: its value and the study&apos;s anchor label, e.g. &quot;1 · Very negative&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+85"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slider one step</source>
        <translation>Regler um einen Schritt bewegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the slider to an end</source>
        <translation>Regler an ein Ende bewegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the slider to that value</source>
        <translation>Regler auf diesen Wert setzen</translation>
    </message>
</context>
<context>
    <name>avemo::StudyDatabase</name>
    <message>
        <location filename="../models/StudyDatabase.cpp" line="+155"/>
        <location line="+57"/>
        <source>the Qt SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt fehlt (installieren Sie libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>cannot open database &apos;%1&apos;</source>
        <translation>Datenbank „%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; is not a file</source>
        <translation>„%1“ ist keine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read &apos;%1&apos;: permission denied</source>
        <translation>„%1“ kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot open &apos;%1&apos;</source>
        <translation>„%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a study database (it holds no AV-EMO Rater tables)</source>
        <translation>„%1“ ist keine Studiendatenbank (sie enthält keine Tabellen von AV-EMO Rater)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot make a temporary copy of &apos;%1&apos; to read its older schema: %2</source>
        <translation>von „%1“ kann keine temporäre Kopie zum Lesen des älteren Schemas erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot make a temporary copy of &apos;%1&apos; to read its older schema</source>
        <translation>von „%1“ kann keine temporäre Kopie zum Lesen des älteren Schemas erstellt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot configure &apos;%1&apos;</source>
        <translation>„%1“ kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+64"/>
        <source>&apos;%1&apos; is not a study database</source>
        <translation>„%1“ ist keine Studiendatenbank</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>cannot read &apos;%1&apos;: the disk reported an input/output error (is it full?)</source>
        <translation>„%1“ kann nicht gelesen werden: der Datenträger meldete einen Ein-/Ausgabefehler (ist er voll?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read &apos;%1&apos;</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; has schema version %2, which this AV-EMO Rater does not know</source>
        <translation>„%1“ hat Schemaversion %2, die diese Version von AV-EMO Rater nicht kennt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the schema of &apos;%1&apos;: %2</source>
        <translation>das Schema von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a %1 &apos;%2&apos; that AV-EMO Rater does not create</source>
        <translation>%1 „%2“, von AV-EMO Rater nicht angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the %1 &apos;%2&apos; defined differently from AV-EMO Rater&apos;s schema version %3</source>
        <translation>%1 „%2“, anders definiert als in Schemaversion %3 von AV-EMO Rater</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no %1 &apos;%2&apos;</source>
        <translation>%1 „%2“ fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a study database as AV-EMO Rater writes it: it has %2; nothing in it was run or read</source>
        <translation>„%1“ ist keine Studiendatenbank, wie AV-EMO Rater sie schreibt: %2; nichts darin wurde ausgeführt oder gelesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot switch &apos;%1&apos; to write-ahead logging (SQLite answered &apos;%2&apos;); is it on a network or read-only file system?</source>
        <translation>„%1“ kann nicht auf Write-Ahead-Logging umgestellt werden (SQLite antwortete „%2“); liegt die Datei auf einem Netzwerk- oder schreibgeschützten Dateisystem?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot configure &apos;%1&apos; (%2)</source>
        <translation>„%1“ kann nicht konfiguriert werden (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused to enforce foreign keys on &apos;%1&apos;</source>
        <translation>SQLite verweigert die Prüfung von Fremdschlüsseln für „%1“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot read the schema version of &apos;%1&apos;</source>
        <translation>die Schemaversion von „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cannot look up rater &apos;%1&apos;</source>
        <translation>Bewerter „%1“ kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <location line="-248"/>
        <location line="+189"/>
        <source>&apos;%1&apos; was written by a newer AV-EMO Rater (schema version %2; this version reads up to %3). Update AV-EMO Rater to open it.</source>
        <translation>„%1“ wurde von einer neueren Version von AV-EMO Rater geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie AV-EMO Rater, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>migration %1 is missing from the program</source>
        <translation>Migration %1 fehlt im Programm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migrating &apos;%1&apos; to schema version %2 failed; the database is unchanged</source>
        <translation>die Migration von „%1“ auf Schemaversion %2 ist fehlgeschlagen; die Datenbank ist unverändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recording schema version %1 in &apos;%2&apos; failed</source>
        <translation>das Speichern der Schemaversion %1 in „%2“ ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>avemo::StudyFolderLoader</name>
    <message>
        <location filename="../models/StudyFolderLoader.cpp" line="+47"/>
        <source>its loudness could not be measured (%1); it plays without loudness normalisation</source>
        <translation>seine Lautheit konnte nicht gemessen werden (%1); es wird ohne Lautheitsnormalisierung abgespielt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>may clip: its true peak after the loudness gain would be %1 dBTP, above %2 dBTP (measured %3 LUFS, true peak %4 dBTP, gain %5 dB to reach loudness_lufs %6)</source>
        <translation>kann übersteuern: sein True Peak nach der Lautheitsverstärkung wäre %1 dBTP, über %2 dBTP (gemessen %3 LUFS, True Peak %4 dBTP, Verstärkung %5 dB, um loudness_lufs %6 zu erreichen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>media &apos;%1&apos;: %2</source>
        <translation>Mediendatei „%1“: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>has no video stream (expected a video, since the row gives a separate reply_audio)</source>
        <translation>enthält keinen Videostream (erwartet: ein Video, da die Zeile eine separate reply_audio angibt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no audio stream (expected an audio file for reply_audio)</source>
        <translation>enthält keinen Audiostream (erwartet: eine Audiodatei für reply_audio)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is a symbolic link to a file outside the study folder (expected the file itself in the folder)</source>
        <translation>ist ein symbolischer Link auf eine Datei außerhalb des Studienordners (erwartet: die Datei selbst im Ordner)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing (expected %1 in the study folder)</source>
        <translation>fehlt (erwartet: %1 im Studienordner)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a folder (expected a study folder with study.json and items.csv)</source>
        <translation>kein Ordner (erwartet: ein Studienordner mit study.json und items.csv)</translation>
    </message>
</context>
<context>
    <name>avemo::StudyImporter</name>
    <message>
        <location filename="../models/StudyImporter.cpp" line="+143"/>
        <source>import failed while writing %1</source>
        <translation>Import beim Schreiben von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>import failed preparing a statement</source>
        <translation>Import beim Vorbereiten einer SQL-Anweisung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the study</source>
        <translation>der Studiendefinition</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>label set &apos;%1&apos;</source>
        <translation>Label-Set „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>category &apos;%1&apos;</source>
        <translation>Kategorie „%1“</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>question &apos;%1&apos;</source>
        <translation>Frage „%1“</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>media &apos;%1&apos;</source>
        <translation>Mediendatei „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import failed preparing a statement: %1</source>
        <translation>Import beim Vorbereiten einer SQL-Anweisung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>import failed while writing item &apos;%1&apos;: %2</source>
        <translation>Import beim Schreiben von Item „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import failed while writing the context of item &apos;%1&apos;: %2</source>
        <translation>Import beim Schreiben des Kontexts von Item „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>rater &apos;%1&apos;</source>
        <translation>Bewerter „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; already holds a study (expected a new, empty database file)</source>
        <translation>„%1“ enthält bereits eine Studie (erwartet: eine neue, leere Datenbankdatei)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot start the import</source>
        <translation>der Import kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot commit the import</source>
        <translation>der Import kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; already exists (expected a new file; remove it or pick another name)</source>
        <translation>„%1“ existiert bereits (erwartet: eine neue Datei; entfernen Sie sie oder wählen Sie einen anderen Namen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create &apos;%1&apos;: the folder &apos;%2&apos; does not exist</source>
        <translation>„%1“ kann nicht erstellt werden: der Ordner „%2“ existiert nicht</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n error(s) in the study folder</source>
        <translation>
            <numerusform>%n Fehler im Studienordner</numerusform>
            <numerusform>%n Fehler im Studienordner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot create a file in &apos;%1&apos;: %2</source>
        <translation>in „%1“ kann keine Datei erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot finish &apos;%1&apos;: its write-ahead log was not folded back</source>
        <translation>„%1“ kann nicht abgeschlossen werden: das Write-Ahead-Log wurde nicht in die Datenbank zurückgeschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot rename the finished import to &apos;%1&apos; (does it exist now?)</source>
        <translation>der fertige Import kann nicht in „%1“ umbenannt werden (existiert die Datei inzwischen?)</translation>
    </message>
</context>
<context>
    <name>avemo::StudyJsonParser</name>
    <message>
        <location filename="../models/JsonFieldReader.cpp" line="+14"/>
        <source>null</source>
        <extracomment>the JSON literal null, as in &quot;&apos;title&apos; is null&quot;</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../models/StudyJsonParser.cpp" line="+51"/>
        <source>objects and arrays are nested more than %1 levels deep (expected a study of a few levels; is a bracket left open?)</source>
        <translation>Objekte und Arrays sind mehr als %1 Ebenen tief verschachtelt (erwartet: eine Studie mit wenigen Ebenen; ist eine Klammer offen geblieben?)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the top level is not an object (expected { ... })</source>
        <translation>die oberste Ebene ist kein Objekt (erwartet: { ... })</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>key &apos;%1&apos; appears twice in one object, first on line %2 (expected each key once; only one of the two values would be used)</source>
        <translation>Schlüssel „%1“ kommt in einem Objekt zweimal vor, zuerst in Zeile %2 (erwartet: jeden Schlüssel einmal; nur einer der beiden Werte würde verwendet)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>format_version must be a positive integer (expected 1)</source>
        <translation>format_version muss eine positive ganze Zahl sein (erwartet: 1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>format_version %1 is newer than this program reads (expected %2 or lower; update AV-EMO Rater)</source>
        <translation>format_version %1 ist neuer, als dieses Programm lesen kann (erwartet: %2 oder niedriger; aktualisieren Sie AV-EMO Rater)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>study id</source>
        <translation>Studien-ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>label_sets is %1 (expected an array of label sets)</source>
        <translation>label_sets ist %1 (erwartet: ein Array von Label-Sets)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>label set is %1 (expected an object with name and categories)</source>
        <translation>Label-Set ist %1 (erwartet: ein Objekt mit name und categories)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>label set &apos;%1&apos; is defined twice (expected unique names)</source>
        <translation>Label-Set „%1“ ist doppelt definiert (erwartet: eindeutige Namen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label set &apos;%1&apos; needs a &apos;categories&apos; array with at least two categories</source>
        <translation>Label-Set „%1“ braucht ein Array &apos;categories&apos; mit mindestens zwei Kategorien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>category is %1 (expected an object with id, label and key)</source>
        <translation>Kategorie ist %1 (erwartet: ein Objekt mit id, label und key)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>category id</source>
        <translation>Kategorie-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>category &apos;%1&apos; appears twice in label set &apos;%2&apos;</source>
        <translation>Kategorie „%1“ kommt in Label-Set „%2“ doppelt vor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>shortcut key &apos;%1&apos; is not a single letter or digit</source>
        <translation>Tastenkürzel „%1“ ist kein einzelner Buchstabe und keine einzelne Ziffer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>shortcut key &apos;%1&apos; is used twice in label set &apos;%2&apos; (expected unique keys)</source>
        <translation>Tastenkürzel „%1“ wird in Label-Set „%2“ doppelt verwendet (erwartet: eindeutige Tasten)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the study needs a &apos;questions&apos; array with at least one question</source>
        <translation>die Studie braucht ein Array &apos;questions&apos; mit mindestens einer Frage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question is %1 (expected an object)</source>
        <translation>Frage ist %1 (erwartet: ein Objekt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>question &apos;%1&apos; is defined twice (expected unique ids)</source>
        <translation>Frage „%1“ ist doppelt definiert (erwartet: eindeutige IDs)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>question id</source>
        <translation>Fragen-ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown question kind &apos;%1&apos; (expected categorical, mos, slider or text)</source>
        <translation>unbekannter Fragetyp „%1“ (erwartet: categorical, mos, slider oder text)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown target &apos;%1&apos; (expected user_turn, reply or dialogue)</source>
        <translation>unbekanntes Ziel „%1“ (erwartet: user_turn, reply oder dialogue)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>label set &apos;%1&apos; is not defined in label_sets</source>
        <translation>Label-Set „%1“ ist in label_sets nicht definiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a categorical question ignores &apos;scale&apos;</source>
        <translation>eine kategoriale Frage ignoriert &apos;scale&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only categorical questions use &apos;label_set&apos;</source>
        <translation>nur kategoriale Fragen verwenden &apos;label_set&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>slider question &apos;%1&apos; needs a &apos;scale&apos; (min, max, step)</source>
        <translation>Schiebereglerfrage „%1“ braucht eine &apos;scale&apos; (min, max, step)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>scale is %1 (expected an object with min, max, step)</source>
        <translation>scale ist %1 (erwartet: ein Objekt mit min, max, step)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>scale max (%1) must be greater than min (%2)</source>
        <translation>max der Skala (%1) muss größer als min (%2) sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scale step must be positive</source>
        <translation>step der Skala muss positiv sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scale step %1 does not divide max - min (%2)</source>
        <translation>step %1 der Skala teilt max - min (%2) nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a mos scale needs integer points (expected integer min and step)</source>
        <translation>eine MOS-Skala braucht ganzzahlige Punkte (erwartet: ganzzahlige Werte für min und step)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mos scale has %1 points (expected at most %2)</source>
        <translation>eine MOS-Skala hat %1 Punkte (erwartet: höchstens %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>anchor &apos;%1&apos; is not a point of the scale %2..%3 step %4</source>
        <translation>Anker „%1“ ist kein Punkt der Skala %2..%3 mit Schrittweite %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>anchor &apos;%1&apos;</source>
        <translation>Anker „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anchor label is %1 (expected a string)</source>
        <translation>Ankerbeschriftung ist %1 (erwartet: eine Zeichenkette)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anchors is %1 (expected an object such as {&quot;1&quot;: &quot;Bad&quot;})</source>
        <translation>anchors ist %1 (erwartet: ein Objekt wie {&quot;1&quot;: &quot;Bad&quot;})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 scale points have an anchor label (expected one per point)</source>
        <translation>%1 von %2 Skalenpunkten haben eine Ankerbeschriftung (erwartet: eine je Punkt)</translation>
    </message>
    <message>
        <location filename="../models/PresentationJsonParser.cpp" line="+28"/>
        <source>presentation is %1 (expected an object)</source>
        <translation>presentation ist %1 (erwartet: ein Objekt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>seed must be a non-negative integer below 2^53</source>
        <translation>seed muss eine nicht negative ganze Zahl unter 2^53 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gold_rate %1 is outside 0..1 (expected a share such as 0.1)</source>
        <translation>gold_rate %1 liegt außerhalb von 0..1 (erwartet: ein Anteil wie 0.1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>loudness_lufs is %1 (expected a number of LUFS such as -23, or null to play tracks as recorded)</source>
        <translation>loudness_lufs ist %1 (erwartet: eine Zahl in LUFS wie -23, oder null, um Spuren wie aufgenommen abzuspielen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>loudness_lufs %1 is outside -70..0 (expected a target such as -23)</source>
        <translation>loudness_lufs %1 liegt außerhalb von -70..0 (erwartet: ein Ziel wie -23)</translation>
    </message>
    <message>
        <location filename="../models/StudyJsonParser.cpp" line="+12"/>
        <source>raters is %1 (expected an array)</source>
        <translation>raters ist %1 (erwartet: ein Array)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rater is %1 (expected an object with an id)</source>
        <translation>Bewerter ist %1 (erwartet: ein Objekt mit id)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rater id</source>
        <translation>Bewerter-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rater &apos;%1&apos; is listed twice</source>
        <translation>Bewerter „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../models/JsonFieldReader.cpp" line="+8"/>
        <source>missing required key &apos;%1&apos;</source>
        <translation>Pflichtschlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is %2 (expected a non-empty string)</source>
        <translation>„%1“ ist %2 (erwartet: eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is %2 (expected a string)</source>
        <translation>„%1“ ist %2 (erwartet: eine Zeichenkette)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has an invalid language tag &apos;%2&apos; (expected a language such as &quot;de&quot;, or a language and territory such as &quot;zh_CN&quot;)</source>
        <translation>%1 hat ein ungültiges Sprachkürzel „%2“ (erwartet: eine Sprache wie &quot;de&quot; oder Sprache und Region wie &quot;zh_CN&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 text for &apos;%2&apos; is %3 (expected a non-empty string)</source>
        <translation>Text von %1 für „%2“ ist %3 (erwartet: eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>expected one of: %1</source>
        <translation>zulässig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did you mean &apos;%1&apos;?</source>
        <translation>meinten Sie „%1“?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key &apos;%1&apos;: a misspelt setting would silently keep its default (%2)</source>
        <translation>unbekannter Schlüssel „%1“: eine falsch geschriebene Einstellung würde stillschweigend ihren Standardwert behalten (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown key &apos;%1&apos; is ignored (%2)</source>
        <translation>unbekannter Schlüssel „%1“ wird ignoriert (%2)</translation>
    </message>
    <message>
        <location filename="../models/DesignJsonParser.cpp" line="+35"/>
        <source>design is %1 (expected an object such as {&quot;raters_per_item&quot;: 3})</source>
        <translation>design ist %1 (erwartet: ein Objekt wie {"raters_per_item": 3})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a design assigns items to the study&apos;s raters, but the study lists none (expected a &apos;raters&apos; array with at least raters_per_item raters)</source>
        <translation>ein Design teilt Items den Bewertern der Studie zu, aber die Studie nennt keine (erwartet: ein 'raters'-Array mit mindestens raters_per_item Bewertern)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>missing required key &apos;raters_per_item&apos; (expected how many raters rate each item, such as 3)</source>
        <translation>erforderlicher Schlüssel 'raters_per_item' fehlt (erwartet: wie viele Bewerter jedes Item bewerten, etwa 3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;raters_per_item&apos; is %1 (expected a whole number such as 3)</source>
        <translation>'raters_per_item' ist %1 (erwartet: eine ganze Zahl wie 3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>raters_per_item %1 is not a whole number of at least 1 (expected how many raters rate each item, such as 3)</source>
        <translation>raters_per_item %1 ist keine ganze Zahl von mindestens 1 (erwartet: wie viele Bewerter jedes Item bewerten, etwa 3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>raters_per_item %1 is more than the study&apos;s %2 raters (expected at most %2: each item needs that many different raters)</source>
        <translation>raters_per_item %1 ist mehr als die %2 Bewerter der Studie (erwartet: höchstens %2; jedes Item braucht so viele verschiedene Bewerter)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>calibration_items %1 is not a whole number of items of at least 0 (expected a count such as 10, or an array of item ids)</source>
        <translation>calibration_items %1 ist keine ganze Zahl von mindestens 0 (erwartet: eine Anzahl wie 10 oder ein Array von Item-IDs)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calibration_items is %1 (expected an array of item ids, or a count)</source>
        <translation>calibration_items ist %1 (erwartet: ein Array von Item-IDs oder eine Anzahl)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>calibration item is %1 (expected an item id from items.csv)</source>
        <translation>Kalibrierungs-Item ist %1 (erwartet: eine Item-ID aus items.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/JsonFieldReader.cpp" line="-115"/>
        <location line="+52"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>calibration item &apos;%1&apos; is listed twice</source>
        <translation>Kalibrierungs-Item '%1' ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>design: calibration item &apos;%1&apos; is not an item of items.csv (expected an item_id from items.csv)</source>
        <translation>design: Kalibrierungs-Item '%1' ist kein Item aus items.csv (erwartet: eine item_id aus items.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>design: calibration item &apos;%1&apos; is a gold item (expected an item without gold answers: gold items are spread over every session already)</source>
        <translation>design: Kalibrierungs-Item '%1' ist ein Gold-Item (erwartet: ein Item ohne Gold-Antworten; Gold-Items sind bereits über jede Sitzung verteilt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>design: calibration_items asks for %1 calibration items but the study has %2 items that are not gold items</source>
        <translation>design: calibration_items verlangt %1 Kalibrierungs-Items, aber die Studie hat nur %2 Items, die keine Gold-Items sind</translation>
    </message>
    <message>
        <location filename="../models/JsonFieldReader.cpp" line="+8"/>
        <source>%1 has no &quot;en&quot; text (expected the English text, shown when there is none in the annotator&apos;s language)</source>
        <translation>%1 hat keinen &quot;en&quot;-Text (erwartet: den englischen Text, der angezeigt wird, wenn es keinen in der Sprache des Annotators gibt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is %2 (expected true or false)</source>
        <translation>„%1“ ist %2 (erwartet: true oder false)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is %2 (expected a number)</source>
        <translation>„%1“ ist %2 (erwartet: eine Zahl)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 &apos;%2&apos; has characters other than letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>%1 „%2“ enthält andere Zeichen als Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;</translation>
    </message>
</context>
<context>
    <name>avemo::StudyLibrary</name>
    <message>
        <location filename="../models/StudyLibrary.cpp" line="+116"/>
        <source>&apos;%1&apos; does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a study folder: it holds neither study.json nor items.csv (a study database file opens with File &gt; Open Study Database)</source>
        <translation>„%1“ ist kein Studienordner: er enthält weder study.json noch items.csv (eine Studiendatenbankdatei öffnen Sie mit Datei &gt; Studiendatenbank öffnen)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;%1&apos; is a database without a study (expected one made by avemo-cli import or by opening a study folder)</source>
        <translation>„%1“ ist eine Datenbank ohne Studie (erwartet: eine mit „avemo-cli import“ oder durch Öffnen eines Studienordners erstellte Datenbank)</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>the study folder &apos;%1&apos; has %n error(s)</source>
        <translation>
            <numerusform>der Studienordner „%1“ enthält %n Fehler</numerusform>
            <numerusform>der Studienordner „%1“ enthält %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the study library folder &apos;%1&apos;</source>
        <translation>der Ordner der Studienbibliothek „%1“ kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>avemo::StudyOverviewPage</name>
    <message>
        <location filename="../ui/StudyOverviewPage.cpp" line="+51"/>
        <location line="+58"/>
        <location line="+6"/>
        <source>Start rating</source>
        <translation>Bewertung starten</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+57"/>
        <source>Choose who is rating and begin (Ctrl+R)</source>
        <translation>Bewerter auswählen und beginnen (Strg+R)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Rate as Someone Else...</source>
        <translation>Als andere Person bewerten...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose who is rating (Ctrl+R)</source>
        <translation>Bewerter auswählen (Strg+R)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: %2 of %3 done</source>
        <extracomment>&quot;r07: 10 of 24 done&quot; on the study page, before the Continue button</extracomment>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Durchsehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go on rating as %1</source>
        <translation>Bewertung als %1 fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Item</numerusform>
            <numerusform>%n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n Dialog</numerusform>
            <numerusform>%n Dialoge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n Turn</numerusform>
            <numerusform>%n Turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n System</numerusform>
            <numerusform>%n Systeme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n Bewerter</numerusform>
            <numerusform>%n Bewerter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media %1 min</source>
        <translation>Medien %1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Systems: %1</source>
        <translation>Systeme: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blind study: systems and media are hidden from annotators.</source>
        <translation>Blindstudie: Systeme und Medien sind für Annotatoren verborgen.</translation>
    </message>
</context>
<context>
    <name>avemo::StudyReader</name>
    <message>
        <location filename="../models/StudyReader.cpp" line="+38"/>
        <source>cannot read the study</source>
        <translation>die Studie kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>&apos;%1&apos; holds no study</source>
        <translation>„%1“ enthält keine Studie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the study definition stored in &apos;%1&apos; is damaged: %2</source>
        <translation>die in „%1“ gespeicherte Studiendefinition ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the items&apos; context media</source>
        <translation>die Kontextmedien der Items können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the items</source>
        <translation>die Items können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>avemo::TaskRunner</name>
    <message>
        <location filename="../ui/dashboard/TaskRunner.cpp" line="+37"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stopping...</source>
        <translation>Wird angehalten...</translation>
    </message>
</context>
<context>
    <name>avemo::TextQuestionRow</name>
    <message>
        <location filename="../ui/rating/TextQuestionRow.cpp" line="+13"/>
        <source>Type your answer</source>
        <translation>Ihre Antwort eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: type a comment</source>
        <translation>Optional: Kommentar eingeben</translation>
    </message>
</context>
<context>
    <name>avemo::TimelineWidget</name>
    <message>
        <location filename="../ui/player/TimelineWidget.cpp" line="+74"/>
        <source>Context 9 of 9  00:00.000 / 00:00.000</source>
        <translation>Kontext 9 von 9  00:00.000 / 00:00.000</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reply %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context %1 of %2  %3</source>
        <translation>Kontext %1 von %2  %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+31"/>
        <source>Blind perceptual rating of audio-visual emotional dialogue.</source>
        <translation>Blinde Wahrnehmungsbewertung audiovisueller emotionaler Dialoge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a study folder or study database (default: the last one opened)</source>
        <translation>ein Studienordner oder eine Studiendatenbank (Standard: zuletzt geöffnet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>start rating at once as this rater</source>
        <translation>sofort als dieser Bewerter mit der Bewertung beginnen</translation>
    </message>
</context>
</TS>
