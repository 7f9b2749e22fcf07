#include "ExportFixture.h"
#include "ExportFolderChecks.h"
#include "export/ExportFolder.h"
#include "export/StudyExporter.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace avemo;

// The export's folder contract (docs/export-format.md): --out DIR is replaced as a whole, in
// one atomic swap, only when it is new, empty or an earlier export; a failure leaves it, and
// the folders around it, as they were.
class TestExportFolder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db;

    static ExportOptions options()
    {
        ExportOptions o;
        o.statistics.bootstrapResamples = 20;
        return o;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return QDir().mkpath(QFileInfo(path).absolutePath()) && f.open(QIODevice::WriteOnly) &&
               f.write(bytes) == bytes.size();
    }

    static QString badMetrics()
    {
        return QStringLiteral(AVEMO_SOURCE_DIR "/tests/models/export/data/metrics-not-numeric.csv");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        ExportFixture fixture;
        QString error;
        QVERIFY2(fixture.build(m_db, error), qPrintable(error));
    }

    void aNewFolderAppearsOnlyComplete()
    {
        const QString out = m_tmp.filePath(QStringLiteral("new/deeper/results"));
        const auto summary = StudyExporter::run(m_db, out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(incompleteExport(out), QString());
        QCOMPARE(exportTemporaries(out), QStringList());
    }

    // "A failed export leaves no empty output folder": not the folder, not its parents.
    void aFailedExportCreatesNoFolder()
    {
        const QString out = m_tmp.filePath(QStringLiteral("failed/deeper/results"));
        ExportOptions o = options();
        o.metricsPath = badMetrics();
        const auto summary = StudyExporter::run(m_db, out, o);
        QVERIFY(!summary.ok);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("failed"))));
    }

    void aFolderOfOtherFilesIsRefusedAndKept()
    {
        const QString out = m_tmp.filePath(QStringLiteral("documents"));
        QVERIFY(write(QDir(out).filePath(QStringLiteral("notes.txt")), "mine"));
        QVERIFY(write(QDir(out).filePath(QStringLiteral("ratings.csv")), "an older export"));
        const auto summary = StudyExporter::run(m_db, out, options());
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains(QLatin1String("'notes.txt', which no export writes")),
                 qPrintable(summary.error));
        QCOMPARE(readAll(QDir(out).filePath(QStringLiteral("notes.txt"))), QByteArray("mine"));
        QCOMPARE(readAll(QDir(out).filePath(QStringLiteral("ratings.csv"))),
                 QByteArray("an older export"));
        QCOMPARE(exportTemporaries(out), QStringList());
    }

    void aFileIsRefused()
    {
        const QString out = m_tmp.filePath(QStringLiteral("a-file"));
        QVERIFY(write(out, "x"));
        const auto summary = StudyExporter::run(m_db, out, options());
        QVERIFY(!summary.ok);
        QVERIFY2(summary.error.contains(QLatin1String("is a file")), qPrintable(summary.error));
        QCOMPARE(readAll(out), QByteArray("x"));
    }

    // An earlier export is replaced as a whole: a file this run does not write is gone, and so
    // are the hidden temporaries an export killed before export.json existed left inside it.
    void anEarlierExportIsReplacedAsAWhole()
    {
        const QString out = m_tmp.filePath(QStringLiteral("replaced"));
        ExportOptions withMetrics = options();
        withMetrics.metricsPath = QStringLiteral(AVEMO_DEMO_STUDY_DIR "/metrics.csv");
        QVERIFY(StudyExporter::run(m_db, out, withMetrics).ok);
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("correlations.csv"))));
        QVERIFY(
            write(QDir(out).filePath(QStringLiteral(".avemo-export-Ab12cd/ratings.csv")), "half"));
        const auto summary = StudyExporter::run(m_db, out, options());
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(incompleteExport(out), QString());
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("correlations.csv"))));
    }

    // Temporaries of killed runs go; the one a running export holds (its lock) stays.
    void staleTemporariesAreRemovedLiveOnesKept()
    {
        const QString out = m_tmp.filePath(QStringLiteral("cleaned"));
        const QString stale = m_tmp.filePath(QStringLiteral(".cleaned.avemo-export-stale"));
        const QString live = m_tmp.filePath(QStringLiteral(".cleaned.avemo-export-live"));
        QVERIFY(write(QDir(stale).filePath(QStringLiteral("ratings.csv")), "killed"));
        QVERIFY(QDir().mkpath(live));
        const int fd = ::open(QFile::encodeName(live).constData(), O_RDONLY | O_DIRECTORY);
        QVERIFY(fd >= 0 && ::flock(fd, LOCK_EX) == 0);
        QCOMPARE(ExportFolder::staleTemporaries(out), QStringList{stale});
        const auto summary = StudyExporter::run(m_db, out, options());
        ::close(fd);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(live));
        QCOMPARE(ExportFolder::staleTemporaries(out), QStringList{live}); // its lock is gone
    }

    // A link to a folder: the folder it names is replaced; the link stays a link.
    void aSymbolicLinkKeepsPointingAtTheExport()
    {
        const QString target = m_tmp.filePath(QStringLiteral("link-target"));
        const QString link = m_tmp.filePath(QStringLiteral("link"));
        QVERIFY(QDir().mkpath(target));
        QVERIFY(QFile::link(target, link));
        QVERIFY(StudyExporter::run(m_db, link, options()).ok);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(incompleteExport(target), QString());
    }

    // The folder gets the user's usual permissions (umask), not a temporary folder's 0700.
    void theFolderHasTheUsersPermissions()
    {
        const mode_t mask = ::umask(022);
        const QString out = m_tmp.filePath(QStringLiteral("permissions"));
        const auto summary = StudyExporter::run(m_db, out, options());
        ::umask(mask);
        QVERIFY(summary.ok);
        struct stat st = {};
        QVERIFY(::stat(QFile::encodeName(out).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0755));
    }
};

QTEST_GUILESS_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
