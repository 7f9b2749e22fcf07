#include "CoordinationFixture.h"
#include "StudyReader.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

using namespace avemo;
using namespace coordination_test;

// Packages made from a real study database, checked the way an annotator's laptop uses them.
class TestAnnotatorPackager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_master;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    // Nothing but the named entries in the temporary folder: no half-written package. (SQLite's
    // -wal and -shm files beside a database it read are SQLite's own business.)
    QStringList leftovers() const
    {
        QStringList entries =
            QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        entries.removeIf([](const QString &name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        return entries;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_master = importStudy(baseStudyDir(), path(QStringLiteral("master.sqlite")));
        QVERIFY(!m_master.isEmpty());
    }

    // The package folder and its files get what the user's umask gives new files, not the
    // private 0700 of a temporary folder.
    void packageFolderFollowsTheUmask()
    {
        const mode_t previous = ::umask(027);
        const auto r = AnnotatorPackager::create(
            {m_master, QStringLiteral("r06"), path(QStringLiteral("umask"))});
        ::umask(previous);
        QVERIFY2(r.ok, qPrintable(r.error));
        const auto rwx = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                         QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFileInfo(r.folder).permissions(),
                 rwx | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        QCOMPARE(QFileInfo(r.folder + QStringLiteral("/media")).permissions(),
                 rwx | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        QVERIFY(QFileInfo(r.folder + QStringLiteral("/study.json")).permissions() &
                QFileDevice::ReadGroup);
        QVERIFY(QFileInfo(r.database).permissions() & QFileDevice::ReadGroup);
    }

    // A rater id the study does not list, when it does not allow new raters, is a warning.
    void anUnlistedRaterIsAWarningWhenNewRatersAreNotAllowed()
    {
        const QString study = path(QStringLiteral("closed-study"));
        QVERIFY(copyFolder(baseStudyDir(), study));
        QFile json(study + QStringLiteral("/study.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        json.close();
        text.replace("\"gold_rate\": 0.0", "\"gold_rate\": 0.0, \"allow_new_raters\": false");
        QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(text);
        json.close();
        const QString db = importStudy(study, path(QStringLiteral("closed.sqlite")));
        QVERIFY(!db.isEmpty());
        const auto unlisted = AnnotatorPackager::create(
            {db, QStringLiteral("r77"), path(QStringLiteral("closed-r77"))});
        QVERIFY2(unlisted.ok, qPrintable(unlisted.error));
        QCOMPARE(unlisted.warnings.size(), 1);
        QVERIFY2(unlisted.warnings.first().contains(QStringLiteral("'r77' is not listed")),
                 qPrintable(unlisted.warnings.first()));
        const auto listed = AnnotatorPackager::create(
            {db, QStringLiteral("r01"), path(QStringLiteral("closed-r01"))});
        QVERIFY(listed.ok);
        QVERIFY(listed.warnings.isEmpty());
        const auto open = AnnotatorPackager::create(
            {m_master, QStringLiteral("r78"), path(QStringLiteral("open-r78"))});
        QVERIFY(open.ok);
        QVERIFY(open.warnings.isEmpty());
    }

    void packageValidatesAndHashesLikeTheStudy()
    {
        int lastDone = 0, lastTotal = 0;
        TaskControl control;
        control.progress = [&](int done, int total) {
            QVERIFY(done > lastDone);
            lastDone = done;
            lastTotal = total;
        };
        const PackageResult result = AnnotatorPackager::create(
            {m_master, QStringLiteral("r01"), path(QStringLiteral("pkg"))}, control);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(result.database,
                 QDir(path(QStringLiteral("pkg"))).filePath(QStringLiteral("base-r01.sqlite")));
        QCOMPARE(AnnotatorPackager::databaseIn(result.folder), result.database);
        QCOMPARE(result.items, 2);
        QVERIFY(result.assignmentGenerated);

        // Validated with the media probe, as `avemo-cli validate` does.
        const auto loaded = StudyFolderLoader::load(result.folder);
        for (const Problem &p : loaded.problems)
            qInfo("%s", qPrintable(p.toString()));
        QVERIFY(loaded.ok());
        // The folder hashes like the package's database, and the master recorded that hash
        // for this package (under its opaque names it cannot hash like the study itself).
        const QString hash = QString::fromLatin1(loaded.study.definitionHash());
        QCOMPARE(
            hash,
            rows(result.database, QStringLiteral("SELECT definition_hash FROM study")).value(0));
        QCOMPARE(rows(m_master, QStringLiteral("SELECT definition_hash FROM package WHERE "
                                               "instance_uuid = '%1'")
                                    .arg(result.instanceUuid)),
                 QStringList{hash});
        // Only the media the study uses (the unused garbage.webm stays behind), under names of
        // the package's own.
        QCOMPARE(QDir(result.folder + QStringLiteral("/media")).entryList(QDir::Files).size(), 3);
        QVERIFY(!QFileInfo::exists(result.folder + QStringLiteral("/media/reply.ogg")));
        QCOMPARE(QDir(result.folder).entryList(QDir::Files),
                 (QStringList{QStringLiteral("base-r01.sqlite"), QStringLiteral("items.csv"),
                              QStringLiteral("study.json")}));
    }

    void packageHoldsOnlyThatRaterUnderANewInstance()
    {
        const QString db = path(QStringLiteral("pkg/base-r01.sqlite"));
        QCOMPARE(rows(db, QStringLiteral("SELECT rater_id FROM rater")),
                 QStringList{QStringLiteral("r01")});
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM assignment")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM response")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM event")), 0);
        const QString sql = QStringLiteral("SELECT value FROM database_info WHERE key = "
                                           "'instance_uuid'");
        const QString mine = rows(db, sql).value(0);
        QCOMPARE(mine.size(), 36);
        QVERIFY(mine != rows(m_master, sql).value(0));
        // The coordinator's folder is not carried to the laptop.
        QCOMPARE(rows(db, QStringLiteral("SELECT source_folder FROM study")),
                 QStringList{QString()});
        // The master got the package's names, nothing else: no item order, no rater work.
        QCOMPARE(scalar(m_master, QStringLiteral("SELECT count(*) FROM assignment")), 0);
        QCOMPARE(scalar(m_master, QStringLiteral("SELECT count(*) FROM package_item WHERE "
                                                 "instance_uuid = '%1'")
                                      .arg(mine)),
                 2);
    }

    void anAnnotationSessionWorksAndFindsTheMedia()
    {
        // Moved, as to a laptop: the package must not depend on where it was made.
        const QString moved = path(QStringLiteral("laptop/pkg"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("laptop"))));
        QVERIFY(QDir().rename(path(QStringLiteral("pkg")), moved));
        QString error;
        auto db = StudyDatabase::open(AnnotatorPackager::databaseIn(moved), error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(StudyReader(*db).mediaRoot(), QFileInfo(moved).absoluteFilePath());
        auto session = AnnotationSession::start(*db, QStringLiteral("r01"), error);
        QVERIFY2(session, qPrintable(error));
        QCOMPARE(session->count(), 2);
        for (int i = 0; i < session->count(); ++i) {
            const StoredItem &item = session->itemAt(i);
            QVERIFY2(QFileInfo::exists(item.replyPath), qPrintable(item.replyPath));
            QVERIFY(item.replyPath.startsWith(QFileInfo(moved).absoluteFilePath()));
            for (const QString &c : item.contextPaths)
                QVERIFY2(QFileInfo::exists(c), qPrintable(c));
        }
        QVERIFY2(session->submitCurrent({{QStringLiteral("user_emotion"), QStringLiteral("sad")},
                                         {QStringLiteral("appropriateness"), QStringLiteral("3")}},
                                        500, 1, error),
                 qPrintable(error));
        // The order is the one AnnotationSession would have made in the master, item for item
        // once the package's aliases are looked up in the master.
        const QString instance = db->instanceUuid();
        auto master = StudyDatabase::open(m_master, error);
        auto inMaster = AnnotationSession::start(*master, QStringLiteral("r01"), error);
        QVERIFY(inMaster);
        for (int i = 0; i < session->count(); ++i) {
            const QString alias = session->itemAt(i).item.itemId;
            QVERIFY(alias != inMaster->itemAt(i).item.itemId);
            QCOMPARE(rows(m_master, QStringLiteral("SELECT i.item_id FROM package_item p JOIN item "
                                                   "i ON i.id = p.item_id WHERE p.instance_uuid = "
                                                   "'%1' AND p.alias = '%2'")
                                        .arg(instance, alias)),
                     QStringList{inMaster->itemAt(i).item.itemId});
            // What the annotator sees is the same item's.
            QCOMPARE(session->itemAt(i).item.transcript, inMaster->itemAt(i).item.transcript);
        }
    }

    void anExistingItemOrderIsCopied()
    {
        QString error;
        {
            auto master = StudyDatabase::open(m_master, error);
            QVERIFY(AnnotationSession::start(*master, QStringLiteral("r02"), error));
        }
        const PackageResult result = AnnotatorPackager::create(
            {m_master, QStringLiteral("r02"), path(QStringLiteral("pkg-r02"))});
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.assignmentGenerated);
        const QString order = QStringLiteral("SELECT i.item_id, a.seed FROM assignment a JOIN item "
                                             "i ON i.id = a.item_id JOIN rater r ON r.id = "
                                             "a.rater_id WHERE r.rater_id = 'r02' ORDER BY "
                                             "a.position");
        const QString aliased =
            QStringLiteral("SELECT p.alias, a.seed FROM assignment a JOIN package_item p ON "
                           "p.item_id = a.item_id AND p.instance_uuid = '%1' JOIN rater r ON r.id "
                           "= a.rater_id WHERE r.rater_id = 'r02' ORDER BY a.position")
                .arg(result.instanceUuid);
        QCOMPARE(rows(result.database, order), rows(m_master, aliased));
        QCOMPARE(rows(result.database, order).size(), 2);
    }

    void refusalsLeaveNothingBehind()
    {
        const QStringList before = leftovers();
        // An output folder that is not empty.
        const QString busy = path(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(busy + QStringLiteral("/x")));
        auto r = AnnotatorPackager::create({m_master, QStringLiteral("r03"), busy});
        QVERIFY(!r.ok);
        QCOMPARE(r.error,
                 QStringLiteral("'%1' already exists (expected a new or empty folder)").arg(busy));
        QVERIFY(QDir(busy).removeRecursively());
        // A rater id that could not be a file name or a study rater.
        r = AnnotatorPackager::create(
            {m_master, QStringLiteral("../r"), path(QStringLiteral("o"))});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("not a valid rater id")));
        // A rater who rated in the master itself.
        QString error;
        {
            auto master = StudyDatabase::open(m_master, error);
            auto session = AnnotationSession::start(*master, QStringLiteral("r02"), error);
            QVERIFY(session->submitCurrent(
                {{QStringLiteral("appropriateness"), QStringLiteral("5")}}, 1, 1, error));
        }
        r = AnnotatorPackager::create({m_master, QStringLiteral("r02"), path(QStringLiteral("o"))});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("has already rated")), qPrintable(r.error));
        // Cancelled half-way: no folder, no temporary folder.
        TaskControl control;
        control.cancelled = [] { return true; };
        r = AnnotatorPackager::create({m_master, QStringLiteral("r04"), path(QStringLiteral("o"))},
                                      control);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        // A media file changed since the import is refused by its SHA-256.
        const QString study = path(QStringLiteral("study-copy"));
        QVERIFY(copyFolder(baseStudyDir(), study));
        const QString copyDb = importStudy(study, path(QStringLiteral("copy.sqlite")));
        QVERIFY(!copyDb.isEmpty());
        QFile media(study + QStringLiteral("/media/reply.ogg"));
        QVERIFY(media.open(QIODevice::Append));
        media.write("x");
        media.close();
        r = AnnotatorPackager::create({copyDb, QStringLiteral("r01"), path(QStringLiteral("o"))});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("changed since the study was imported")),
                 qPrintable(r.error));
        QVERIFY(QDir(study).removeRecursively());
        QVERIFY(QFile::remove(copyDb));
        QCOMPARE(leftovers(), before);
    }
};

QTEST_GUILESS_MAIN(TestAnnotatorPackager)
#include "tst_annotatorpackager.moc"
