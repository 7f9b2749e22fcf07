#include "StudyFixture.h"
#include "StudyImporter.h"
#include "StudyLibrary.h"
#include "coordination/AnnotatorPackager.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace avemo;

class TestStudyLibrary : public QObject
{
    Q_OBJECT

private slots:
    void aFolderIsImportedOnceAndReused()
    {
        QTemporaryDir tmp;
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        auto first = library.open(baseStudyDir());
        QVERIFY2(first.db, qPrintable(first.error));
        QVERIFY(first.importedNow);
        const QString path = first.db->path();
        QVERIFY(path.startsWith(tmp.filePath(QStringLiteral("library"))));
        first.db.reset();
        auto second = library.open(baseStudyDir());
        QVERIFY(second.db);
        QVERIFY(!second.importedNow);
        QCOMPARE(second.db->path(), path);
    }

    void aChangedStudyGetsItsOwnDatabase()
    {
        QTemporaryDir tmp;
        const QString study = tmp.filePath(QStringLiteral("study"));
        QVERIFY(copyFolder(baseStudyDir(), study));
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        auto before = library.open(study);
        QVERIFY(before.db);
        const QString firstPath = before.db->path();
        before.db.reset();
        QFile items(QDir(study).filePath(QStringLiteral("items.csv")));
        QVERIFY(items.open(QIODevice::Append));
        items.write("d2-t1-a,d2,1,alpha,,media/reply.ogg,,,,,\r\n");
        items.close();
        auto after = library.open(study);
        QVERIFY2(after.db, qPrintable(after.error));
        QVERIFY(after.importedNow);
        QVERIFY(after.db->path() != firstPath);
    }

    void aBrokenFolderReportsItsProblemsAndCreatesNothing()
    {
        QTemporaryDir tmp;
        const QString study = tmp.filePath(QStringLiteral("study"));
        QVERIFY(copyFolder(baseStudyDir(), study));
        QFile::remove(QDir(study).filePath(QStringLiteral("study.json")));
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        auto opened = library.open(study);
        QVERIFY(!opened.db);
        QCOMPARE(opened.problems.size(), 1);
        QCOMPARE(
            opened.problems.first().toString(),
            QStringLiteral("study.json: error: missing (expected study.json in the study folder)"));
        QVERIFY(QDir(tmp.filePath(QStringLiteral("library"))).isEmpty());
    }

    void anAnnotatorPackageOpensItsOwnDatabase()
    {
        QTemporaryDir tmp;
        const QString master = tmp.filePath(QStringLiteral("master.sqlite"));
        StudyFolderLoader::Options noProbe;
        noProbe.probeMedia = false;
        QVERIFY(StudyImporter::importFolder(baseStudyDir(), master, noProbe).ok);
        const auto package = AnnotatorPackager::create(
            {master, QStringLiteral("r01"), tmp.filePath(QStringLiteral("package"))});
        QVERIFY2(package.ok, qPrintable(package.error));
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        auto opened = library.open(package.folder);
        QVERIFY2(opened.db, qPrintable(opened.error));
        QVERIFY(!opened.importedNow);
        QCOMPARE(QFileInfo(opened.db->path()).canonicalFilePath(),
                 QFileInfo(package.database).canonicalFilePath());
        QCOMPARE(opened.kind, StudyLibrary::Kind::Package);
    }

    // A media file damaged after the import must not lock the annotator out of every other
    // item: the folder opens its database as before (the item then shows its playback error).
    void aDamagedMediaFileAfterImportStillOpensTheStudy()
    {
        QTemporaryDir tmp;
        const QString study = tmp.filePath(QStringLiteral("study"));
        QVERIFY(copyFolder(baseStudyDir(), study));
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        auto first = library.open(study);
        QVERIFY2(first.db, qPrintable(first.error));
        QCOMPARE(first.changedMedia, 0);
        const QString path = first.db->path();
        first.db.reset();
        QFile reply(QDir(study).filePath(QStringLiteral("media/reply.ogg")));
        QVERIFY(reply.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray noise(4096, 0);
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        reply.write(noise);
        reply.close();
        auto again = library.open(study);
        QVERIFY2(again.db, qPrintable(again.error));
        QVERIFY(!again.importedNow);
        QCOMPARE(again.db->path(), path);
        QCOMPARE(again.changedMedia, 1);
        QCOMPARE(again.kind, StudyLibrary::Kind::Library);
        QVERIFY(again.isForRating());
    }

    // A scratch folder with some database in it is not a study: refused, and the database is
    // not touched (not even migrated).
    void aFolderThatIsNoStudyIsRefusedWhateverDatabaseItHolds()
    {
        QTemporaryDir tmp;
        const QString scratch = tmp.filePath(QStringLiteral("scratch"));
        QVERIFY(QDir().mkpath(scratch));
        const QString other = QDir(scratch).filePath(QStringLiteral("big.sqlite"));
        StudyFolderLoader::Options noProbe;
        noProbe.probeMedia = false;
        QVERIFY(StudyImporter::importFolder(baseStudyDir(), other, noProbe).ok);
        const QDateTime modified = QFileInfo(other).lastModified();
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        auto opened = library.open(scratch);
        QVERIFY(!opened.db);
        QVERIFY2(opened.error.contains(QStringLiteral("is not a study folder")),
                 qPrintable(opened.error));
        QVERIFY(opened.error.contains(scratch));
        QCOMPARE(QFileInfo(other).lastModified(), modified);
    }

    // A study folder with a database that is not its annotator package (a coordinator's copy,
    // another study): the folder is opened through the library, the database is left alone.
    void aDatabaseInAStudyFolderIsUsedOnlyWhenItIsThatStudysPackage()
    {
        QTemporaryDir tmp;
        const QString study = tmp.filePath(QStringLiteral("study"));
        QVERIFY(copyFolder(baseStudyDir(), study));
        const QString stray = QDir(study).filePath(QStringLiteral("stray.sqlite"));
        StudyFolderLoader::Options noProbe;
        noProbe.probeMedia = false;
        QVERIFY(StudyImporter::importFolder(baseStudyDir(), stray, noProbe).ok);
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        auto opened = library.open(study);
        QVERIFY2(opened.db, qPrintable(opened.error));
        QCOMPARE(opened.kind, StudyLibrary::Kind::Library);
        QVERIFY(opened.db->path().startsWith(tmp.filePath(QStringLiteral("library"))));
    }

    void aDatabaseNamedDirectlyIsTheCoordinatorsUnlessItIsAPackage()
    {
        QTemporaryDir tmp;
        const QString master = tmp.filePath(QStringLiteral("master.sqlite"));
        StudyFolderLoader::Options noProbe;
        noProbe.probeMedia = false;
        QVERIFY(StudyImporter::importFolder(baseStudyDir(), master, noProbe).ok);
        const auto package = AnnotatorPackager::create(
            {master, QStringLiteral("r01"), tmp.filePath(QStringLiteral("package"))});
        QVERIFY2(package.ok, qPrintable(package.error));
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        auto coordinator = library.open(master);
        QVERIFY(coordinator.db);
        QCOMPARE(coordinator.kind, StudyLibrary::Kind::Database);
        QVERIFY(!coordinator.isForRating());
        coordinator.db.reset();
        auto annotator = library.open(package.database);
        QVERIFY(annotator.db);
        QCOMPARE(annotator.kind, StudyLibrary::Kind::Package);
        QVERIFY(annotator.isForRating());
    }

    // Any SQLite file picked with File > Open Study Database by mistake (another program's,
    // an empty one) is refused without a byte of it changing: no tables of ours written in.
    void aDatabaseThatIsNotOursIsRefusedAndLeftAsItWas()
    {
        QTemporaryDir tmp;
        const QString foreign = tmp.filePath(QStringLiteral("foreign.sqlite"));
        {
            const QString name = QStringLiteral("foreign-writer");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(foreign);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER, text TEXT)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES (1, 'mine')")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QString empty = tmp.filePath(QStringLiteral("empty.sqlite"));
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        const StudyLibrary library(tmp.filePath(QStringLiteral("library")));
        for (const QString &path : {foreign, empty}) {
            QFile before(path);
            QVERIFY(before.open(QIODevice::ReadOnly));
            const QByteArray bytes = before.readAll();
            before.close();
            auto opened = library.open(path);
            QVERIFY2(!opened.db, qPrintable(path));
            QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
            QFile after(path);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), bytes);
        }
    }

    void missingPathIsAClearError()
    {
        QTemporaryDir tmp;
        const StudyLibrary library(tmp.path());
        auto opened = library.open(QStringLiteral("/nonexistent/study"));
        QVERIFY(!opened.db);
        QCOMPARE(opened.error, QStringLiteral("'/nonexistent/study' does not exist"));
    }
};

QTEST_GUILESS_MAIN(TestStudyLibrary)
#include "tst_studylibrary.moc"
