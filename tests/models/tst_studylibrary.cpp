#include "AnnotatorPackager.h"
#include "StudyFixture.h"
#include "StudyImporter.h"
#include "StudyLibrary.h"

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
