#include "AvemoTestPaths.h"
#include "StudyJsonParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace avemo;

// Study texts per language: LocalizedText's choice of language, and StudyJsonParser reading
// each text field as a plain string or as an object of language tag -> text.
class TestStudyTexts : public QObject
{
    Q_OBJECT

private:
    // The smallest valid study, with `title`, `prompt`, `label` and `anchor` spliced in as raw
    // JSON values.
    static QByteArray study(const QByteArray &title, const QByteArray &prompt,
                            const QByteArray &label = "\"Happy\"",
                            const QByteArray &anchor = "\"Bad\"")
    {
        return "{\"id\": \"s\", \"title\": " + title + ",\n" +
               "\"label_sets\": [{\"name\": \"e\", \"categories\": [\n" +
               "  {\"id\": \"happy\", \"key\": \"h\", \"label\": " + label + "},\n" +
               "  {\"id\": \"sad\", \"key\": \"s\", \"label\": \"Sad\"}]}],\n" +
               "\"questions\": [\n" + "  {\"id\": \"emotion\", \"kind\": \"categorical\", " +
               "\"label_set\": \"e\", \"prompt\": " + prompt + "},\n" +
               "  {\"id\": \"mos\", \"kind\": \"mos\", \"prompt\": \"Rate\", \"scale\": {\"min\": "
               "1, \"max\": 2, \"step\": 1, \"anchors\": {\"1\": " +
               anchor + ", \"2\": \"Good\"}}}]}";
    }

    static QStringList messages(const StudyJsonParser::Result &result)
    {
        QStringList out;
        for (const Problem &p : result.problems)
            out.append(p.toString());
        return out;
    }

private slots:
    void textPicksExactTagThenLanguageThenEnglish()
    {
        const LocalizedText text(QStringLiteral("Happy"),
                                 {{QStringLiteral("de"), QStringLiteral("Fröhlich")},
                                  {QStringLiteral("de_CH"), QStringLiteral("Fröhlich (CH)")},
                                  {QStringLiteral("zh_CN"), QStringLiteral("高兴")},
                                  {QStringLiteral("es"), QStringLiteral("Alegría")}});
        QCOMPARE(text.text(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("高兴"));
        QCOMPARE(text.text(QLocale(QStringLiteral("de_CH"))), QStringLiteral("Fröhlich (CH)"));
        QCOMPARE(text.text(QLocale(QStringLiteral("de_AT"))), QStringLiteral("Fröhlich"));
        QCOMPARE(text.text(QLocale(QStringLiteral("de"))), QStringLiteral("Fröhlich"));
        QCOMPARE(text.text(QLocale(QStringLiteral("es_MX"))), QStringLiteral("Alegría"));
        // Traditional Chinese is not served the simplified text: English instead.
        QCOMPARE(text.text(QLocale(QStringLiteral("zh_TW"))), QStringLiteral("Happy"));
        QCOMPARE(text.text(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("Happy"));
        QCOMPARE(text.text(QLocale::c()), QStringLiteral("Happy"));
        QCOMPARE(text.text(), QStringLiteral("Happy"));
        const QString stored = text; // what storage and exports get
        QCOMPARE(stored, QStringLiteral("Happy"));
    }

    void defaultMosAnchorsSpeakTheTranslatedLanguages()
    {
        // A mos question without a scale gets ITU-T P.800's anchors, in every interface language.
        const Scale acr = Scale::acr();
        QCOMPARE(acr.anchors.value(1).text(QLocale(QStringLiteral("en"))), QStringLiteral("Bad"));
        QCOMPARE(acr.anchors.value(3).text(QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("Ordentlich"));
        QCOMPARE(acr.anchors.value(5).text(QLocale(QStringLiteral("es_ES"))),
                 QStringLiteral("Excelente"));
        QCOMPARE(acr.anchors.value(4).text(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("良"));
        QCOMPARE(acr.anchors.value(2).text(QLocale(QStringLiteral("fr_FR"))),
                 QStringLiteral("Poor"));
    }

    void languageTags()
    {
        for (const char *good : {"de", "es", "zh_CN", "pt_BR", "fil"})
            QVERIFY2(LocalizedText::isLanguageTag(QString::fromLatin1(good)), good);
        for (const char *bad : {"", "german", "DE", "zh-CN", "zh_cn", "xx", "de_XX", "en_", "C"})
            QVERIFY2(!LocalizedText::isLanguageTag(QString::fromLatin1(bad)), bad);
    }

    void plainStringsReadAsEnglishOnly()
    {
        const QByteArray json = study("\"Title\"", "\"Which emotion?\"");
        const auto r = StudyJsonParser::parse(json, QStringLiteral("study.json"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(messages(r).join(u'\n')));
        const StudyDefinition &d = r.definition;
        QCOMPARE(d.title.text(QLocale(QStringLiteral("de"))), QStringLiteral("Title"));
        QVERIFY(d.title.translations().isEmpty());
        QCOMPARE(d.questions[0].prompt.text(QLocale(QStringLiteral("de"))),
                 QStringLiteral("Which emotion?"));
        QCOMPARE(d.labelSets[0].categories[0].label.text(), QStringLiteral("Happy"));
        // The definition hash starts from the compact JSON: the same bytes as before texts
        // could be localized, so a plain study keeps its hash and its per-user database.
        QCOMPARE(r.compactJson, QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact));
    }

    void objectsGiveEveryTextPerLanguage()
    {
        const auto r = StudyJsonParser::parse(
            study("{\"en\": \"Title\", \"de\": \"Titel\"}",
                  "{\"en\": \"Which emotion?\", \"de\": \"Welche Emotion?\", \"zh_CN\": "
                  "\"哪种情绪？\"}",
                  "{\"en\": \"Happy\", \"de\": \"Fröhlich\"}",
                  "{\"en\": \"Bad\", \"es\": \"Mala\"}"),
            QStringLiteral("study.json"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(messages(r).join(u'\n')));
        const StudyDefinition &d = r.definition;
        const QLocale de(QStringLiteral("de_DE"));
        QCOMPARE(d.title.text(de), QStringLiteral("Titel"));
        QCOMPARE(d.title.text(), QStringLiteral("Title"));
        QCOMPARE(d.questions[0].prompt.text(de), QStringLiteral("Welche Emotion?"));
        QCOMPARE(d.questions[0].prompt.text(QLocale(QStringLiteral("zh_CN"))),
                 QStringLiteral("哪种情绪？"));
        QCOMPARE(d.questions[0].prompt.translations().keys(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("zh_CN")}));
        const Category &happy = d.labelSets[0].categories[0];
        QCOMPARE(happy.label.text(de), QStringLiteral("Fröhlich"));
        QCOMPARE(happy.id, QStringLiteral("happy")); // what is stored, in every language
        QCOMPARE(happy.key, QChar(u'h'));            // the key does not follow the label
        QCOMPARE(d.labelSets[0].categories[1].label.text(de), QStringLiteral("Sad")); // fallback
        QCOMPARE(d.questions[1].scale.anchors.value(1).text(QLocale(QStringLiteral("es"))),
                 QStringLiteral("Mala"));
        QCOMPARE(d.questions[1].scale.anchors.value(1).text(de), QStringLiteral("Bad"));
    }

    void badTextsAreReportedAtTheirValue_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no en") << study("{\"de\": \"Titel\"}", "\"P\"")
                               << QStringList{QStringLiteral(
                                      "study.json:1:22: error: 'title' has no \"en\" text "
                                      "(expected the English text, shown when there is none in "
                                      "the annotator's language)")};
        QTest::newRow("not a string")
            << study("\"T\"", "{\"en\": \"P\", \"de\": [\"P\"]}")
            << QStringList{QStringLiteral("study.json:6:90: error: 'prompt' text for 'de' is an "
                                          "array (expected a non-empty string)")};
        QTest::newRow("bad tag")
            << study("\"T\"", "\"P\"", "{\"en\": \"Happy\", \"de-DE\": \"Fröhlich\"}")
            << QStringList{QStringLiteral(
                   "study.json:3:65: error: 'label' has an invalid language tag 'de-DE' (expected "
                   "a language such as \"de\", or a language and territory such as \"zh_CN\")")};
        QTest::newRow("empty") << study("\"T\"", "\"P\"", "\"Happy\"",
                                        "{\"en\": \"\", \"de\": \"Schlecht\"}")
                               << QStringList{QStringLiteral(
                                      "study.json:7:115: error: anchor '1' text for 'en' is "
                                      "empty (expected a non-empty string)")};
        QTest::newRow("neither string nor object")
            << study("\"T\"", "42")
            << QStringList{QStringLiteral("study.json:6:72: error: 'prompt' is a number "
                                          "(expected a non-empty string)")};
    }

    void badTextsAreReportedAtTheirValue()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        QCOMPARE(messages(StudyJsonParser::parse(json, QStringLiteral("study.json"))), expected);
    }

    // The demo study is the example of a study in four languages: every text has them all.
    void demoStudyHasEveryTextInFourLanguages()
    {
        QFile file(QStringLiteral(AVEMO_DEMO_STUDY_DIR "/study.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto r = StudyJsonParser::parse(file.readAll(), QStringLiteral("study.json"));
        QVERIFY2(r.problems.isEmpty(), qPrintable(messages(r).join(u'\n')));
        const StudyDefinition &d = r.definition;
        QList<LocalizedText> texts{d.title, d.instructions};
        for (const LabelSet &set : d.labelSets)
            for (const Category &c : set.categories)
                texts.append(c.label);
        for (const Question &q : d.questions) {
            texts.append(q.prompt);
            for (const LocalizedText &anchor : q.scale.anchors)
                texts.append(anchor);
        }
        QCOMPARE(texts.size(), 2 + 4 + 6 + 3 * 5);
        const QStringList languages{QStringLiteral("de"), QStringLiteral("es"),
                                    QStringLiteral("zh_CN")};
        for (const LocalizedText &t : texts)
            QVERIFY2(t.translations().keys() == languages, qPrintable(t.text()));
        const Question *mos = d.question(QStringLiteral("appropriateness"));
        QCOMPARE(mos->scale.anchors.value(3).text(QLocale(QStringLiteral("de"))),
                 QStringLiteral("Ordentlich"));
        QCOMPARE(mos->scale.anchors.value(5).text(QLocale(QStringLiteral("zh_CN"))),
                 QStringLiteral("优"));
        QCOMPARE(mos->scale.anchors.value(2).text(QLocale(QStringLiteral("es"))),
                 QStringLiteral("Mediocre"));
    }
};

QTEST_GUILESS_MAIN(TestStudyTexts)
#include "tst_studytexts.moc"
