#include "StudyDatabase.h"
#include "StudyFixture.h"
#include "StudyImporter.h"
#include "StudyReader.h"
#include "coordination/AnnotatorPackager.h"
#include "export/ExportFixture.h"
#include "export/StudyExporter.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace avemo;

// Study texts per language through storage: imported, read back after reopening, carried into
// an annotator package, and kept out of the exports whatever the application's language.
class TestStudyTextsStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static StudyFolderLoader::Options noProbe()
    {
        StudyFolderLoader::Options options;
        options.probeMedia = false; // about storage, not media
        return options;
    }

    static QString sql(StudyDatabase &db, const QString &query)
    {
        QSqlQuery q(db.connection());
        return q.exec(query) && q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
    }

    static void checkGermanAndChinese(const StudyDefinition &d)
    {
        const QLocale de(QStringLiteral("de_DE"));
        const QLocale zh(QStringLiteral("zh_CN"));
        QCOMPARE(d.title.text(de), QStringLiteral("AV-EMO-Demostudie (synthetisch)"));
        QCOMPARE(d.title.text(), QStringLiteral("AV-EMO demo study (synthetic)"));
        QVERIFY(d.instructions.text(de).startsWith(QStringLiteral("Sie sehen und hören")));
        const Question *reply = d.question(QStringLiteral("reply_emotion"));
        QCOMPARE(reply->prompt.text(de), QStringLiteral("Welche Emotion drückt die Antwort aus?"));
        QCOMPARE(reply->prompt.text(zh), QStringLiteral("回复表达了哪种情绪？"));
        QCOMPARE(reply->prompt.text(QLocale(QStringLiteral("fr"))),
                 QStringLiteral("Which emotion does the reply express?"));
        const LabelSet *set = d.labelSet(QStringLiteral("emotion4"));
        QCOMPARE(set->categories[1].label.text(de), QStringLiteral("Fröhlich"));
        QCOMPARE(set->categories[1].label.text(QLocale(QStringLiteral("es"))),
                 QStringLiteral("Alegría"));
        QCOMPARE(d.question(QStringLiteral("naturalness"))->scale.anchors.value(4).text(zh),
                 QStringLiteral("良"));
    }

    // Every translation in the demo study that differs from its English text.
    static QStringList translatedTexts(const StudyDefinition &d)
    {
        QList<LocalizedText> texts{d.title, d.instructions};
        for (const LabelSet &set : d.labelSets)
            for (const Category &c : set.categories)
                texts.append(c.label);
        for (const Question &q : d.questions) {
            texts.append(q.prompt);
            for (const LocalizedText &anchor : q.scale.anchors)
                texts.append(anchor);
        }
        QStringList out;
        for (const LocalizedText &t : texts)
            for (const QString &translation : t.translations())
                if (translation != t.text() && !out.contains(translation))
                    out.append(translation);
        return out;
    }

private slots:
    void importedTextsComeBackPerLanguage()
    {
        const QString dbPath = m_tmp.filePath(QStringLiteral("demo.sqlite"));
        const auto imported =
            StudyImporter::importFolder(QStringLiteral(AVEMO_DEMO_STUDY_DIR), dbPath, noProbe());
        QVERIFY2(imported.ok, qPrintable(imported.error));
        {
            QString error;
            auto db = StudyDatabase::open(dbPath, error); // reopened: nothing kept in memory
            QVERIFY2(db, qPrintable(error));
            StudyDefinition d;
            QVERIFY2(StudyReader(*db).definition(d, error), qPrintable(error));
            checkGermanAndChinese(d);
            // The text columns hold English, for SQL readers; ids stay ids.
            QCOMPARE(sql(*db, QStringLiteral("SELECT title FROM study")),
                     QStringLiteral("AV-EMO demo study (synthetic)"));
            QCOMPARE(sql(*db, QStringLiteral("SELECT text FROM label WHERE code = 'happy'")),
                     QStringLiteral("Happy"));
            QCOMPARE(sql(*db, QStringLiteral("SELECT prompt FROM question WHERE question_id = "
                                             "'reply_emotion'")),
                     QStringLiteral("Which emotion does the reply express?"));
            QCOMPARE(sql(*db, QStringLiteral("SELECT anchors_json FROM question WHERE "
                                             "question_id = 'naturalness'")),
                     QStringLiteral("{\"1\":\"Bad\",\"2\":\"Poor\",\"3\":\"Fair\",\"4\":\"Good\","
                                    "\"5\":\"Excellent\"}"));
            StudySummary summary;
            QVERIFY(StudyReader(*db).summary(summary, error));
            QCOMPARE(summary.title, QStringLiteral("AV-EMO demo study (synthetic)"));
        }

        // An annotator package carries the texts in its database and in its study.json.
        const QString packageFolder = m_tmp.filePath(QStringLiteral("package-r01"));
        const auto package =
            AnnotatorPackager::create({dbPath, QStringLiteral("r01"), packageFolder});
        QVERIFY2(package.ok, qPrintable(package.error));
        QString error;
        auto db = StudyDatabase::open(package.database, error);
        QVERIFY2(db, qPrintable(error));
        StudyDefinition fromPackage;
        QVERIFY2(StudyReader(*db).definition(fromPackage, error), qPrintable(error));
        checkGermanAndChinese(fromPackage);
        QFile json(QDir(packageFolder).filePath(QStringLiteral("study.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(json.readAll()).contains(QStringLiteral("Fröhlich")));
    }

    // Exports are keyed by ids and carry the study's English text: an annotator's or a
    // coordinator's language must never change a column a script reads.
    void exportsHoldNoTranslatedText()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });

        const QString dbPath = m_tmp.filePath(QStringLiteral("rated.sqlite"));
        ExportFixture fixture;
        QString error;
        QVERIFY2(fixture.build(dbPath, error), qPrintable(error));
        StudyDefinition d;
        {
            auto db = StudyDatabase::open(dbPath, error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY(StudyReader(*db).definition(d, error));
        }
        const QStringList translated = translatedTexts(d);
        QVERIFY(translated.contains(QStringLiteral("Fröhlich")));
        QVERIFY(translated.size() > 40);

        const QString out = m_tmp.filePath(QStringLiteral("export"));
        ExportOptions options;
        options.statistics.bootstrapResamples = 50;
        const auto summary = StudyExporter::run(dbPath, out, options);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.files.size(), 6); // the five tables and report.html
        QString everything;
        for (const ExportedFile &f : summary.files) {
            QFile file(QDir(out).filePath(f.name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(f.name));
            const QString content = QString::fromUtf8(file.readAll());
            for (const QString &t : translated)
                QVERIFY2(!content.contains(t), qPrintable(f.name + QStringLiteral(": ") + t));
            everything += content;
        }
        // The check could fail: the English texts are there to be found.
        QVERIFY(everything.contains(QStringLiteral("Happy")));
        QVERIFY(everything.contains(QStringLiteral("AV-EMO demo study (synthetic)")));
    }
};

QTEST_GUILESS_MAIN(TestStudyTextsStorage)
#include "tst_studytextsstorage.moc"
