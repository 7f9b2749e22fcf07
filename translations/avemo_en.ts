<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>avemo::AgreementModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/AgreementModel.cpp" line="+88"/>
        <source>%1 (%n pair(s))</source>
        <translation>
            <numerusform>%1 (%n pair)</numerusform>
            <numerusform>%1 (%n pairs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Krippendorff&apos;s alpha (%1), percentile bootstrap CI95 over items, %n resample(s)</source>
        <translation>
            <numerusform>Krippendorff&apos;s alpha (%1), percentile bootstrap CI95 over items, %n resample</numerusform>
            <numerusform>Krippendorff&apos;s alpha (%1), percentile bootstrap CI95 over items, %n resamples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::AnnotatorView</name>
    <message numerus="yes">
        <location filename="../ui/AnnotatorView.cpp" line="+26"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+230"/>
        <source>All %n item(s) are rated and saved. Thank you!

Use Page Up to go back and revise an answer, or close the study.</source>
        <translation>
            <numerusform>%n item is rated and saved. Thank you!

Use Page Up to go back and revise an answer, or close the study.</numerusform>
            <numerusform>All %n items are rated and saved. Thank you!

Use Page Up to go back and revise an answer, or close the study.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::ConfusionTab</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/ConfusionTab.cpp" line="+96"/>
        <source>%n rating(s); rows: the label given, columns: the reference; colour: share of the row.</source>
        <translation>
            <numerusform>%n rating; rows: the label given, columns: the reference; colour: share of the row.</numerusform>
            <numerusform>%n ratings; rows: the label given, columns: the reference; colour: share of the row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n rating(s) left out (no intended emotion, or a tie for the consensus).</source>
        <translation>
            <numerusform>%n rating left out (no intended emotion, or a tie for the consensus).</numerusform>
            <numerusform>%n ratings left out (no intended emotion, or a tie for the consensus).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::CoordinatorActions</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/CoordinatorActions.cpp" line="+114"/>
        <source>Merging %n results file(s)</source>
        <translation>
            <numerusform>Merging %n results file</numerusform>
            <numerusform>Merging %n results files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::CoordinatorDashboard</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/CoordinatorDashboard.cpp" line="+140"/>
        <source>Figures computed at %1 from %n response(s).</source>
        <translation>
            <numerusform>Figures computed at %1 from %n response.</numerusform>
            <numerusform>Figures computed at %1 from %n responses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::DesignAssigner</name>
    <message numerus="yes">
        <location filename="../models/coordination/DesignAssigner.cpp" line="+224"/>
        <source>%n answer(s) to regular items are stored already, before any design was assigned (expected assign to run before rating starts)</source>
        <translation>
            <numerusform>%n answer to regular items is stored already, before any design was assigned (expected assign to run before rating starts)</numerusform>
            <numerusform>%n answers to regular items are stored already, before any design was assigned (expected assign to run before rating starts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+82"/>
        <source>%1 of %n item(s) saved</source>
        <translation>
            <numerusform>%1 of %n item saved</numerusform>
            <numerusform>%1 of %n items saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+206"/>
        <source>%n media file(s) of this study changed since it was imported. Items using them may not play; Ctrl+K skips and flags such an item.</source>
        <translation>
            <numerusform>%n media file of this study changed since it was imported. Items using it may not play; Ctrl+K skips and flags such an item.</numerusform>
            <numerusform>%n media files of this study changed since it was imported. Items using them may not play; Ctrl+K skips and flags such an item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::MetricsChartTab</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/MetricsChartTab.cpp" line="+119"/>
        <source>%1: %n row(s), joined by %2;</source>
        <translation>
            <numerusform>%1: %n row, joined by %2;</numerusform>
            <numerusform>%1: %n rows, joined by %2;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) without metrics</source>
        <translation>
            <numerusform>%n item without metrics</numerusform>
            <numerusform>%n items without metrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%1 against %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 against %2 (%n item)</numerusform>
            <numerusform>%1 against %2 (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::MosChartTab</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/MosChartTab.cpp" line="+109"/>
        <source>N %n rating(s)</source>
        <translation>
            <numerusform>N %n rating</numerusform>
            <numerusform>N %n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n rater</numerusform>
            <numerusform>%n raters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::OverviewTab</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/OverviewTab.cpp" line="+83"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n stored value(s) left out&lt;/b&gt;: the study does not allow them, so they are in no figure here and in no export.</source>
        <translation>
            <numerusform>&lt;b&gt;%n stored value left out&lt;/b&gt;: the study does not allow it, so it is in no figure here and in no export.</numerusform>
            <numerusform>&lt;b&gt;%n stored values left out&lt;/b&gt;: the study does not allow them, so they are in no figure here and in no export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n gold check item(s)</source>
        <translation>
            <numerusform>%n gold check item</numerusform>
            <numerusform>%n gold check items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n rater</numerusform>
            <numerusform>%n raters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n resample(s)</source>
        <translation>
            <numerusform>%n resample</numerusform>
            <numerusform>%n resamples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::RaterTableModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboard/RaterTableModel.cpp" line="+183"/>
        <source>only %n item(s) shared with other raters: consensus correlation not computed</source>
        <translation>
            <numerusform>only %n item shared with other raters: consensus correlation not computed</numerusform>
            <numerusform>only %n items shared with other raters: consensus correlation not computed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::StudyImporter</name>
    <message numerus="yes">
        <location filename="../models/StudyImporter.cpp" line="+413"/>
        <source>%n error(s) in the study folder</source>
        <translation>
            <numerusform>%n error in the study folder</numerusform>
            <numerusform>%n errors in the study folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::StudyLibrary</name>
    <message numerus="yes">
        <location filename="../models/StudyLibrary.cpp" line="+188"/>
        <source>the study folder &apos;%1&apos; has %n error(s)</source>
        <translation>
            <numerusform>the study folder &apos;%1&apos; has %n error</numerusform>
            <numerusform>the study folder &apos;%1&apos; has %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>avemo::StudyOverviewPage</name>
    <message numerus="yes">
        <location filename="../ui/StudyOverviewPage.cpp" line="+146"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dialogue(s)</source>
        <translation>
            <numerusform>%n dialogue</numerusform>
            <numerusform>%n dialogues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rater(s)</source>
        <translation>
            <numerusform>%n rater</numerusform>
            <numerusform>%n raters</numerusform>
        </translation>
    </message>
</context>
</TS>
