#include "StudyFixture.h"
#include "StudyFolderLoader.h"
#include "StudyJsonParser.h"

#include <QTest>

using namespace avemo;

// study.json's `design` block: what a good one becomes, and a message naming the file, line and
// field for every bad value. Calibration ids are checked against the real items.csv.
class TestStudyDesign : public QObject
{
    Q_OBJECT

private:
    // The base study with `design` on line 20 (its value starts at column 13).
    static QByteArray withDesign(const QByteArray &design,
                                 const QByteArray &raters = R"([{"id": "r01"}, {"id": "r02"}])")
    {
        QFile f(baseStudyDir() + QStringLiteral("/study.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QByteArray json = f.readAll();
        const QByteArray replacement =
            QByteArray("\"raters\": ") + raters + ",\n  \"design\": " + design;
        json.replace(QByteArray(R"("raters": [{"id": "r01"}, {"id": "r02"}])"), replacement);
        return json;
    }

    static QStringList messages(const StudyJsonParser::Result &result)
    {
        QStringList out;
        for (const Problem &p : result.problems)
            out.append(p.toString());
        return out;
    }

    // The base study folder copied with `design` written into its study.json.
    static StudyFolderLoader::Result loadWith(const QTemporaryDir &dir, const QByteArray &design)
    {
        const QString folder = dir.filePath(QStringLiteral("study"));
        copyFolder(baseStudyDir(), folder);
        QFile f(folder + QStringLiteral("/study.json"));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(withDesign(design));
        f.close();
        StudyFolderLoader::Options options;
        options.probeMedia = false;
        return StudyFolderLoader::load(folder, options);
    }

private slots:
    void noDesignMeansEveryRaterRatesEverything()
    {
        QFile f(baseStudyDir() + QStringLiteral("/study.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto r = StudyJsonParser::parse(f.readAll(), QStringLiteral("study.json"));
        QVERIFY(r.problems.isEmpty());
        QVERIFY(!r.definition.design.has_value());
    }

    void goodDesignsAreRead()
    {
        auto r = StudyJsonParser::parse(withDesign(R"({"raters_per_item": 2})"),
                                        QStringLiteral("study.json"));
        QCOMPARE(messages(r), QStringList());
        QVERIFY(r.definition.design.has_value());
        QCOMPARE(r.definition.design->ratersPerItem, 2);
        QCOMPARE(r.definition.design->keepTurnTogether, true); // the default
        QVERIFY(r.definition.design->calibrationItems.isEmpty());
        QCOMPARE(r.definition.design->calibrationCount, 0);

        r = StudyJsonParser::parse(withDesign(R"({"raters_per_item": 1, "keep_turn_together": false,
    "calibration_items": ["d1-t1-b", "x.y_z"]})"),
                                   QStringLiteral("study.json"));
        QCOMPARE(messages(r), QStringList());
        QCOMPARE(r.definition.design->ratersPerItem, 1);
        QCOMPARE(r.definition.design->keepTurnTogether, false);
        QCOMPARE(r.definition.design->calibrationItems,
                 (QStringList{QStringLiteral("d1-t1-b"), QStringLiteral("x.y_z")}));
        // Where each id stands, for the message that comes once items.csv is read.
        QCOMPARE(r.definition.design->calibrationPositions.value(1), (std::pair{21, 38}));

        r = StudyJsonParser::parse(withDesign(R"({"raters_per_item": 2, "calibration_items": 1})"),
                                   QStringLiteral("study.json"));
        QCOMPARE(messages(r), QStringList());
        QCOMPARE(r.definition.design->calibrationCount, 1);
    }

    void badValuesNameFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("design");
        QTest::addColumn<QByteArray>("raters");
        QTest::addColumn<QStringList>("expected");
        const QByteArray two = R"([{"id": "r01"}, {"id": "r02"}])";
        const auto row = [&](const char *name, const QByteArray &design, const char *message,
                             const QByteArray &raters) {
            QTest::newRow(name) << design << raters << QStringList{QString::fromUtf8(message)};
        };
        row("not an object", "[2]",
            "study.json:20:13: error: design is an array (expected an object such as "
            "{\"raters_per_item\": 3})",
            two);
        row("k missing", "{}",
            "study.json:20:13: error: missing required key 'raters_per_item' (expected how many "
            "raters rate each item, such as 3)",
            two);
        row("k a string", R"({"raters_per_item": "3"})",
            "study.json:20:33: error: 'raters_per_item' is a string (expected a whole number "
            "such as 3)",
            two);
        row("k zero", R"({"raters_per_item": 0})",
            "study.json:20:33: error: raters_per_item 0 is not a whole number of at least 1 "
            "(expected how many raters rate each item, such as 3)",
            two);
        row("k negative", R"({"raters_per_item": -2})",
            "study.json:20:33: error: raters_per_item -2 is not a whole number of at least 1 "
            "(expected how many raters rate each item, such as 3)",
            two);
        row("k fractional", R"({"raters_per_item": 1.5})",
            "study.json:20:33: error: raters_per_item 1.5 is not a whole number of at least 1 "
            "(expected how many raters rate each item, such as 3)",
            two);
        row("k above raters", R"({"raters_per_item": 3})",
            "study.json:20:33: error: raters_per_item 3 is more than the study's 2 raters "
            "(expected at most 2: each item needs that many different raters)",
            two);
        row("no raters", R"({"raters_per_item": 1})",
            "study.json:20:13: error: a design assigns items to the study's raters, but the "
            "study lists none (expected a 'raters' array with at least raters_per_item raters)",
            "[]");
        row("keep_turn_together a string", R"({"raters_per_item": 1, "keep_turn_together": "no"})",
            "study.json:20:58: error: 'keep_turn_together' is a string (expected true or false)",
            two);
        row("calibration a string", R"({"raters_per_item": 1, "calibration_items": "d1"})",
            "study.json:20:57: error: calibration_items is a string (expected an array of item "
            "ids, or a count)",
            two);
        row("calibration count negative", R"({"raters_per_item": 1, "calibration_items": -1})",
            "study.json:20:57: error: calibration_items -1 is not a whole number of items of at "
            "least 0 (expected a count such as 10, or an array of item ids)",
            two);
        row("calibration id a number", R"({"raters_per_item": 1, "calibration_items": [7]})",
            "study.json:20:58: error: calibration item is a number (expected an item id from "
            "items.csv)",
            two);
        row("calibration id empty", R"({"raters_per_item": 1, "calibration_items": [" "]})",
            "study.json:20:58: error: calibration item is empty (expected an item id from "
            "items.csv)",
            two);
        row("calibration id twice", R"({"raters_per_item": 1, "calibration_items": ["a", "a"]})",
            "study.json:20:63: error: calibration item 'a' is listed twice", two);
        row("unknown key", R"({"raters_per_item": 1, "keep_turns_together": false})",
            "study.json:20:59: error: unknown key 'keep_turns_together': a misspelt setting "
            "would silently keep its default (did you mean 'keep_turn_together'?)",
            two);
    }

    void badValuesNameFileLineAndField()
    {
        QFETCH(QByteArray, design);
        QFETCH(QByteArray, raters);
        QFETCH(QStringList, expected);
        QCOMPARE(messages(StudyJsonParser::parse(withDesign(design, raters),
                                                 QStringLiteral("study.json"))),
                 expected);
    }

    // Only items.csv knows the item ids: the folder loader checks them, at the id's place.
    void calibrationIdsAreCheckedAgainstItemsCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto r = loadWith(dir, R"({"raters_per_item": 2, "calibration_items": ["d1-t1-b"]})");
        QCOMPARE(r.problems.size(), 0);
        QCOMPARE(r.study.definition.design->calibrationItems,
                 QStringList{QStringLiteral("d1-t1-b")});

        QTemporaryDir dir2;
        r = loadWith(dir2, R"({"raters_per_item": 2, "calibration_items": ["d1-t1-a", "d9"]})");
        QStringList actual;
        for (const Problem &p : r.problems)
            actual.append(p.toString());
        QCOMPARE(actual,
                 (QStringList{
                     QStringLiteral("study.json:20:58: error: design: calibration item 'd1-t1-a' "
                                    "is a gold item (expected an item without gold answers: gold "
                                    "items are spread over every session already)"),
                     QStringLiteral("study.json:20:69: error: design: calibration item 'd9' is not "
                                    "an item of items.csv (expected an item_id from items.csv)")}));

        QTemporaryDir dir3;
        r = loadWith(dir3, R"({"raters_per_item": 2, "calibration_items": 2})");
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].toString(),
                 QStringLiteral("study.json: error: design: calibration_items asks for 2 "
                                "calibration items but the study has 1 items that are not gold "
                                "items"));
    }
};

QTEST_GUILESS_MAIN(TestStudyDesign)
#include "tst_studydesign.moc"
