#include "CoordinationFixture.h"
#include "CsvReader.h"
#include "StudyReader.h"
#include "coordination/ResultsMerger.h"

#include <QDirIterator>
#include <QProcess>
#include <QTest>

using namespace avemo;
using namespace coordination_test;

// 13.2: an annotator package calls items, systems and media files by opaque names; the master
// alone knows what they stand for, and the merge maps the answers back. Real packages from the
// demo study, real sessions, the real avemo-cli for package, merge and export.
class TestPackageNames : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    static int cli(const QStringList &args, QString *err = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(AVEMO_CLI), args);
        p.waitForFinished(120000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Every system name and item id of a study database.
    static QStringList secretsOf(const QString &db)
    {
        QStringList secrets =
            rows(db, QStringLiteral("SELECT DISTINCT system FROM item WHERE system <> ''"));
        secrets << rows(db, QStringLiteral("SELECT item_id FROM item"));
        return secrets;
    }

    // Rates every item of the package's order with an answer that depends only on what the
    // annotator sees (the transcript), so the merged answers can be checked against the items.
    static bool rateByTranscript(const QString &dbPath, const QString &rater, QString &error)
    {
        auto db = StudyDatabase::open(dbPath, error);
        if (!db)
            return false;
        auto session = AnnotationSession::start(*db, rater, error);
        if (!session)
            return false;
        for (int i = 0; i < session->count(); ++i) {
            session->goTo(i);
            const QString score =
                QString::number(1 + session->itemAt(i).item.transcript.size() % 5);
            if (!session->submitCurrent({{QStringLiteral("user_emotion"), QStringLiteral("happy")},
                                         {QStringLiteral("appropriateness"), score}},
                                        1000 + i, 1, error))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // Not one byte of any file in a package (items.csv, study.json, the SQLite file with its
    // free pages, the media and their names) holds a system name or an item id of the study.
    void aPackageRevealsNoSystemAndNoItemId()
    {
        const QString master =
            importStudy(QStringLiteral(AVEMO_DEMO_STUDY_DIR), path(QStringLiteral("demo.sqlite")));
        QVERIFY(!master.isEmpty());
        const QStringList secrets = secretsOf(master);
        QVERIFY(secrets.contains(QStringLiteral("audio-only-input")));
        QVERIFY(secrets.size() > 10);
        const QString out = path(QStringLiteral("demo-r05"));
        QString err;
        QCOMPARE(cli({QStringLiteral("package"), master, QStringLiteral("--rater"),
                      QStringLiteral("r05"), QStringLiteral("--out"), out},
                     &err),
                 0);
        int files = 0;
        QDirIterator it(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            ++files;
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const QString name = QDir(out).relativeFilePath(file);
            for (const QString &secret : secrets) {
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("%1 holds '%2'").arg(name, secret)));
                QVERIFY2(
                    !name.contains(secret),
                    qPrintable(QStringLiteral("the file name %1 holds '%2'").arg(name, secret)));
            }
        }
        QVERIFY(files > 10);
        // The names are the package's own: a second package of the same study has others.
        const QString other = path(QStringLiteral("demo-r06"));
        QCOMPARE(cli({QStringLiteral("package"), master, QStringLiteral("--rater"),
                      QStringLiteral("r06"), QStringLiteral("--out"), other}),
                 0);
        const QString ids = QStringLiteral("SELECT item_id FROM item ORDER BY item_id");
        const QStringList first = rows(AnnotatorPackager::databaseIn(out), ids);
        const QStringList second = rows(AnnotatorPackager::databaseIn(other), ids);
        QCOMPARE(first.size(), second.size());
        QVERIFY(first != second);
        // The master knows every alias of both.
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM package_item")),
                 2 * int(first.size()));
    }

    // package -> rate -> merge -> export: the answers land on the real items and systems.
    void answersComeBackToTheRealItems()
    {
        const QString master =
            importStudy(QStringLiteral(AVEMO_DEMO_STUDY_DIR), path(QStringLiteral("round.sqlite")));
        QVERIFY(!master.isEmpty());
        const QString out = path(QStringLiteral("round-r01"));
        QCOMPARE(cli({QStringLiteral("package"), master, QStringLiteral("--rater"),
                      QStringLiteral("r01"), QStringLiteral("--out"), out}),
                 0);
        const QString package = AnnotatorPackager::databaseIn(out);
        QString error;
        QVERIFY2(rateByTranscript(package, QStringLiteral("r01"), error), qPrintable(error));
        QString err;
        QCOMPARE(cli({QStringLiteral("merge"), master, package}, &err), 0);
        const QString exported = path(QStringLiteral("round-export"));
        QVERIFY2(
            cli({QStringLiteral("export"), master, QStringLiteral("--out"), exported,
                 QStringLiteral("--no-html"), QStringLiteral("--bootstrap"), QStringLiteral("0")},
                &err) == 0,
            qPrintable(err));
        // Every item of the study, with its real system and the score its transcript gives.
        QHash<QString, QString> systemOf, expected;
        for (const QString &row :
             rows(master, QStringLiteral("SELECT item_id, system, transcript FROM item"))) {
            const QStringList f = row.split(u'|');
            systemOf.insert(f[0], f[1]);
            expected.insert(f[0], QString::number(1 + f.mid(2).join(u'|').size() % 5));
        }
        const CsvReader::Result csv =
            CsvReader::readFile(exported + QStringLiteral("/ratings.csv"));
        QVERIFY(csv.ok());
        const QStringList header = csv.table.header;
        const qsizetype item = header.indexOf(QStringLiteral("item_id")),
                        system = header.indexOf(QStringLiteral("system")),
                        question = header.indexOf(QStringLiteral("question_id")),
                        value = header.indexOf(QStringLiteral("value"));
        QSet<QString> rated;
        for (const QStringList &row : csv.table.rows) {
            if (row[question] != QStringLiteral("appropriateness"))
                continue;
            const QString id = row[item];
            QVERIFY2(systemOf.contains(id), qPrintable(id));
            QCOMPARE(row[system], systemOf.value(id));
            QCOMPARE(row[value], expected.value(id));
            rated.insert(id);
        }
        QCOMPARE(rated.size(), systemOf.size());

        // Merged again: nothing changes.
        const QStringList before = dump(master);
        QCOMPARE(cli({QStringLiteral("merge"), master, package}), 0);
        QCOMPARE(dump(master), before);
    }

    // A master that did not make the package cannot read its names: refused, by file name, and
    // nothing written.
    void aMasterWithoutTheNamesRefusesThePackage()
    {
        const QString master =
            importStudy(QStringLiteral(AVEMO_DEMO_STUDY_DIR), path(QStringLiteral("maker.sqlite")));
        QVERIFY(!master.isEmpty());
        // A copy made before the package: the same study, the same instance id, no names.
        const QString before = path(QStringLiteral("before.sqlite"));
        QVERIFY(QFile::copy(master, before));
        const QString other =
            importStudy(QStringLiteral(AVEMO_DEMO_STUDY_DIR), path(QStringLiteral("other.sqlite")));
        const auto made = AnnotatorPackager::create(
            {master, QStringLiteral("r02"), path(QStringLiteral("refused-r02"))});
        QVERIFY2(made.ok, qPrintable(made.error));
        QString error;
        QVERIFY2(rate(made.database, QStringLiteral("r02"), 2, QStringLiteral("4"), error),
                 qPrintable(error));
        for (const QString &target : {before, other}) {
            const QStringList was = dump(target);
            const MergeReport report = ResultsMerger::merge(target, {made.database});
            QCOMPARE(report.sources.size(), 1);
            const MergeSourceReport &r = report.sources.first();
            QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
            QVERIFY2(r.message.contains(made.database) &&
                         r.message.contains(QStringLiteral("does not hold")),
                     qPrintable(r.message));
            QCOMPARE(dump(target), was);
        }
        // The master that made it merges it.
        const MergeReport ok = ResultsMerger::merge(master, {made.database});
        QVERIFY2(ok.allMerged(), qPrintable(ok.sources.value(0).message));
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM response")), 4);
    }
};

QTEST_GUILESS_MAIN(TestPackageNames)
#include "tst_packagenames.moc"
