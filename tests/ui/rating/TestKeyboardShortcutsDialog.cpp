#include "RatingFixtures.h"
#include "rating/KeyboardShortcutsDialog.h"
#include "rating/RatingPanel.h"

#include <QTableWidget>
#include <QTest>

using namespace avemo;
using namespace avemo::fixtures;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Every (key, action) row of the table, and the section titles, as the annotator reads them.
struct Listed
{
    QStringList titles;
    QList<QPair<QString, QString>> keys;
};

Listed listed(const QTableWidget &table)
{
    Listed result;
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.columnSpan(r, 0) == 2)
            result.titles.append(table.item(r, 0)->text());
        else
            result.keys.append({table.item(r, 0)->text(), table.item(r, 1)->text()});
    }
    return result;
}
} // namespace

class TestKeyboardShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryKeyOfThePanel()
    {
        QList<Question> questions = demoQuestions();
        questions.append(valence());
        RatingPanel panel(questions, {emotion4()});
        KeyboardShortcutsDialog dialog;
        dialog.addSections(panel.shortcutSections());
        const Listed shown = listed(*dialog.table());

        for (const Category &c : emotion4().categories)
            QVERIFY2(shown.keys.contains(qMakePair(QString(c.key), c.label.text())),
                     qPrintable(c.label.text()));
        // Two questions share emotion4: its keys are listed once, under one title.
        QCOMPARE(shown.titles.count(s("Categories: emotion4")), 1);
        QCOMPARE(std::count_if(shown.keys.cbegin(), shown.keys.cend(),
                               [](const auto &k) { return k.first == u"h"; }),
                 1);
        const QStringList keys = [&] {
            QStringList k;
            for (const auto &[key, what] : shown.keys)
                k.append(key);
            return k;
        }();
        for (const QString &expected : {s("Tab / Shift+Tab"), s("Down / Up"), s("Enter"), s("1–4"),
                                        s("1–5"), s("Left / Right"), s("Home / End"), s("1–9")})
            QVERIFY2(keys.contains(expected), qPrintable(expected));
    }

    void longActionsAreShownWhole()
    {
        // Translations run longer than English: the dialog widens so no action is elided.
        KeyboardShortcutsDialog dialog;
        const QString longAction = s("Zurück zum vorigen Item (zum Überarbeiten einer Antwort, "
                                     "die schon gespeichert ist)");
        dialog.addSection(s("Items"), {{s("Bild aufwärts / Alt+Links"), longAction}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *table = dialog.table();
        const int needed = table->fontMetrics().horizontalAdvance(longAction);
        QVERIFY2(table->columnWidth(1) >= needed,
                 qPrintable(QStringLiteral("%1 < %2").arg(table->columnWidth(1)).arg(needed)));
    }

    void callerSectionsFollowInOrder()
    {
        KeyboardShortcutsDialog dialog;
        dialog.addSection(s("Player"), {{s("Space"), s("Play / pause")},
                                        {s("Shift+Left / Shift+Right"), s("Seek 5 s")}});
        dialog.addSection(s("Empty"), {}); // a section with no keys is not shown
        RatingPanel panel(demoQuestions(), {emotion4()});
        dialog.addSections(panel.shortcutSections());
        const Listed shown = listed(*dialog.table());
        QCOMPARE(shown.titles.first(), s("Player"));
        QVERIFY(!shown.titles.contains(s("Empty")));
        QCOMPARE(shown.keys.first(), qMakePair(s("Space"), s("Play / pause")));
        QCOMPARE(dialog.sections().size(), shown.titles.size());
        QCOMPARE(dialog.table()->rowCount(), shown.titles.size() + shown.keys.size());
    }
};

QTEST_MAIN(TestKeyboardShortcutsDialog)
#include "TestKeyboardShortcutsDialog.moc"
