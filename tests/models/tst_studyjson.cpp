#include "AvemoTestPaths.h"
#include "JsonLocator.h"
#include "StudyJsonParser.h"

#include <QFile>
#include <QTest>

using namespace avemo;

// study.json as a person types it: a one-character typo must end in a message, never in a hang
// or a crash (the file:line locator walks the text before the JSON parser rejects it), and a
// misspelt key is named with what was probably meant.
class TestStudyJson : public QObject
{
    Q_OBJECT

private:
    static QStringList messages(const QByteArray &json)
    {
        QStringList out;
        for (const Problem &p : StudyJsonParser::parse(json, QStringLiteral("study.json")).problems)
            out.append(p.toString());
        return out;
    }

    static QByteArray baseStudy()
    {
        QFile f(QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study/study.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    // Each of these made the locator loop forever (the first two growing its memory without
    // bound): a stray closer or character where a value or key belongs was never consumed.
    void typosEndInASyntaxErrorNotAHang_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("[}") << QByteArray("[}")
                            << QStringLiteral("study.json:1:3: error: JSON syntax error: object "
                                              "is missing after a comma");
        QTest::newRow("{]") << QByteArray("{]")
                            << QStringLiteral("study.json:1:3: error: JSON syntax error: "
                                              "unterminated object");
        QTest::newRow("( for {") << QByteArray("{\"questions\": [\n  (\"id\": \"q\"}]}")
                                 << QStringLiteral("study.json:2:3: error: JSON syntax error: "
                                                   "illegal number");
        QTest::newRow("key without quotes")
            << QByteArray("{id: 1}")
            << QStringLiteral("study.json:1:3: error: JSON syntax error: unterminated object");
    }

    void typosEndInASyntaxErrorNotAHang()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QStringList actual = messages(json);
        QCOMPARE(actual.size(), 1);
        QCOMPARE(actual.first(), expected);
    }

    // 100,000 levels (a 200 KB file) overflowed the stack before the JSON parser saw the text.
    void deepNestingIsRefusedWhereItGoesTooDeep()
    {
        const QByteArray deep =
            "{\"questions\":\n" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        const QStringList actual = messages(deep);
        QCOMPARE(actual,
                 QStringList{QStringLiteral(
                     "study.json:2:64: error: objects and arrays are nested more than 64 levels "
                     "deep (expected a study of a few levels; is a bracket left open?)")});
        // At the limit itself the file is read as usual (and fails only on what it means).
        const QByteArray atLimit = "{\"x\":" + QByteArray(63, '[') + QByteArray(63, ']') + "}";
        QVERIFY(!messages(atLimit).join(u'\n').contains(QLatin1String("nested")));
    }

    void locatorFindsValuesAndLines()
    {
        const JsonLocator locator(QStringLiteral("{\"a\": [1,\n  {\"b~/c\": true}]}"));
        QCOMPARE(locator.valueAt(QStringLiteral("/a/1/b~0~1c")).line, 2);
        QCOMPARE(locator.valueAt(QStringLiteral("/a/1/b~0~1c")).column, 12);
        QCOMPARE(locator.valueAt(QStringLiteral("/a/0")).column, 8);
        QCOMPARE(locator.valueAt(QStringLiteral("/a/7")).column, 7); // falls back to the array
        QCOMPARE(locator.positionOf(100).line, 2);                   // past the end: clamped
        QCOMPARE(locator.tooDeepAt(), qsizetype(-1));
    }

    void unknownKeysSuggestTheNearestKnownOne_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("question key")
            << QByteArray("\"kind\": \"mos\"") << QByteArray("\"knid\": \"mos\", \"kind\": \"mos\"")
            << QStringLiteral("study.json:15:82: warning: unknown key 'knid' is ignored (did you "
                              "mean 'kind'?)");
        QTest::newRow("nothing close")
            << QByteArray("\"kind\": \"mos\"")
            << QByteArray("\"colour\": \"red\", \"kind\": \"mos\"")
            << QStringLiteral(
                   "study.json:15:84: warning: unknown key 'colour' is ignored (expected "
                   "one of: id, prompt, kind, target, required, label_set, scale)");
        // A misspelt presentation key silently kept a protection off: now an error.
        QTest::newRow("presentation key")
            << QByteArray("\"must_play_fully\": false") << QByteArray("\"must_play_full\": false")
            << QStringLiteral("study.json:18:65: error: unknown key 'must_play_full': a misspelt "
                              "setting would silently keep its default (did you mean "
                              "'must_play_fully'?)");
    }

    void unknownKeysSuggestTheNearestKnownOne()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray json = baseStudy();
        QVERIFY(json.contains(from));
        json.replace(json.indexOf(from), from.size(), to);
        QCOMPARE(messages(json), QStringList{expected});
    }

    void nearestNameIgnoresCaseAndDashes()
    {
        const QStringList known{QStringLiteral("item_id"), QStringLiteral("intended_emotion"),
                                QStringLiteral("gold")};
        QCOMPARE(nearestName(QStringLiteral("Item-ID"), known), QStringLiteral("item_id"));
        QCOMPARE(nearestName(QStringLiteral("intended_emotoin"), known),
                 QStringLiteral("intended_emotion"));
        QCOMPARE(nearestName(QStringLiteral("glod"), known), QStringLiteral("gold"));
        QCOMPARE(nearestName(QStringLiteral("goal"), known), QString()); // 2 edits of 4
        QCOMPARE(nearestName(QStringLiteral("speaker"), known), QString());
    }
};

QTEST_GUILESS_MAIN(TestStudyJson)
#include "tst_studyjson.moc"
