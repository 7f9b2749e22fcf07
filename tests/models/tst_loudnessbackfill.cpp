#include "LoudnessBackfill.h"
#include "StudyDatabase.h"
#include "StudyFixture.h"
#include "StudyImporter.h"
#include "StudyLibrary.h"
#include "StudyReader.h"
#include "ToneWav.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace avemo;

namespace {

struct Figures
{
    std::optional<double> lufs;
    std::optional<double> peak;
};

Figures storedFigures(const QSqlDatabase &db, const QString &mediaPath)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT loudness_lufs, true_peak_dbtp FROM media WHERE path = ?"));
    q.addBindValue(mediaPath);
    Figures f;
    if (q.exec() && q.next()) {
        if (!q.value(0).isNull())
            f.lufs = q.value(0).toDouble();
        if (!q.value(1).isNull())
            f.peak = q.value(1).toDouble();
    }
    return f;
}

bool markedMeasured(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM database_info WHERE key = 'loudness_measured'")) &&
           q.next();
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// A database imported before loudness was measured at import (the schema 4 fixture, with a
// real file at its media path) gets its tracks measured once when it is opened, by the
// import's own measurement, so it plays with the gain a fresh import would give it.
class TestLoudnessBackfill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    // The v4 fixture in a folder of its own; its source folder does not exist, so its media
    // path (media/r.ogg) is read beside it, as for a package. withMedia: the base study's
    // reply.ogg as that file.
    QString v4Copy(const QString &name, bool withMedia)
    {
        const QDir dir(m_tmp.filePath(name));
        if (!dir.mkpath(QStringLiteral("media")))
            return {};
        const QString db = dir.filePath(QStringLiteral("study.sqlite"));
        if (!QFile::copy(QStringLiteral(AVEMO_TEST_DATA_DIR "/schema/v4.sqlite"), db))
            return {};
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        if (withMedia &&
            !QFile::copy(QDir(baseStudyDir()).filePath(QStringLiteral("media/reply.ogg")),
                         dir.filePath(QStringLiteral("media/r.ogg"))))
            return {};
        return db;
    }

    // What a fresh import of the same file stores.
    Figures freshImportFigures()
    {
        const QString db = m_tmp.filePath(QStringLiteral("fresh.sqlite"));
        if (!QFileInfo::exists(db)) {
            const auto imported = StudyImporter::importFolder(baseStudyDir(), db);
            if (!imported.ok)
                return {};
        }
        QString error;
        auto fresh = StudyDatabase::open(db, error);
        return fresh ? storedFigures(fresh->connection(), QStringLiteral("media/reply.ogg"))
                     : Figures{};
    }

private slots:
    void aVersionFourDatabaseOpenedPlaysAtTheLoudnessOfAFreshImport()
    {
        const Figures fresh = freshImportFigures();
        QVERIFY(fresh.lufs);
        QVERIFY(fresh.peak);
        const QString path = v4Copy(QStringLiteral("v4"), true);
        QVERIFY(!path.isEmpty());
        const StudyLibrary library(m_tmp.filePath(QStringLiteral("library")));
        int progressCalls = 0;
        StudyFolderLoader::Options options;
        options.mediaProgress = [&](int done, int total) {
            ++progressCalls;
            QCOMPARE(total, 1);
            QCOMPARE(done, 1);
        };
        auto opened = library.open(path, options);
        QVERIFY2(opened.db, qPrintable(opened.error));
        QCOMPARE(opened.db->schemaVersion(), StudyDatabase::kSchemaVersion);
        const Figures filled =
            storedFigures(opened.db->connection(), QStringLiteral("media/r.ogg"));
        QVERIFY(filled.lufs);
        QVERIFY(filled.peak);
        QCOMPARE(*filled.lufs, *fresh.lufs);
        QCOMPARE(*filled.peak, *fresh.peak);
        // What playback reads: the reply's loudness, hence the same gain as the fresh import.
        QList<StoredItem> items;
        QString error;
        QVERIFY2(StudyReader(*opened.db).items(items, error), qPrintable(error));
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first().replyLoudnessLufs);
        QCOMPARE(*items.first().replyLoudnessLufs, *fresh.lufs);
        QVERIFY(markedMeasured(opened.db->connection()));
        QCOMPARE(progressCalls, 1); // the open's progress dialog counts the measured tracks
    }

    // A track found silent is stored as such and not measured again on the next open.
    void aTrackIsMeasuredOnlyOnce()
    {
        const QString path = v4Copy(QStringLiteral("silent"), false);
        QVERIFY(!path.isEmpty());
        const QString media = QFileInfo(path).dir().filePath(QStringLiteral("media/r.ogg"));
        ToneWav silence;
        silence.silent = true;
        silence.seconds = 1.0;
        QVERIFY(silence.write(media));
        const StudyLibrary library(m_tmp.filePath(QStringLiteral("library")));
        {
            auto opened = library.open(path);
            QVERIFY2(opened.db, qPrintable(opened.error));
            QVERIFY(!storedFigures(opened.db->connection(), QStringLiteral("media/r.ogg")).lufs);
            QVERIFY(markedMeasured(opened.db->connection()));
        }
        const ToneWav tone{2, -23.0};
        QVERIFY(tone.write(media));
        auto again = library.open(path);
        QVERIFY2(again.db, qPrintable(again.error));
        QVERIFY(!storedFigures(again.db->connection(), QStringLiteral("media/r.ogg")).lufs);
    }

    // A coordinator's database whose media are not there (the study folder moved) opens, and
    // its tracks are measured on the first open that finds them.
    void aMissingFileIsMeasuredOnALaterOpen()
    {
        const QString path = v4Copy(QStringLiteral("missing"), false);
        QVERIFY(!path.isEmpty());
        QString error;
        {
            auto db = StudyDatabase::open(path, error);
            QVERIFY2(db, qPrintable(error));
            const LoudnessBackfill::Result result = LoudnessBackfill::run(*db);
            QCOMPARE(result.pending, 1);
            QCOMPARE(result.missing, 1);
            QCOMPARE(result.measured, 0);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QVERIFY(!storedFigures(db->connection(), QStringLiteral("media/r.ogg")).lufs);
            QVERIFY(!markedMeasured(db->connection()));
        }
        const ToneWav tone{2, -23.0};
        QVERIFY(tone.write(QFileInfo(path).dir().filePath(QStringLiteral("media/r.ogg"))));
        auto db = StudyDatabase::open(path, error);
        QVERIFY2(db, qPrintable(error));
        const LoudnessBackfill::Result result = LoudnessBackfill::run(*db);
        QCOMPARE(result.measured, 1);
        const Figures filled = storedFigures(db->connection(), QStringLiteral("media/r.ogg"));
        QVERIFY(filled.lufs);
        QVERIFY2(std::abs(*filled.lufs + 23.0) <= 0.1, qPrintable(QString::number(*filled.lufs)));
        QVERIFY(markedMeasured(db->connection()));
    }

    // Read-only opens (export, dashboard, a merge's snapshot of an annotator's file) never
    // play: the database is left as it is, byte for byte, and nothing fails.
    void aReadOnlyDatabaseIsLeftAsItIs()
    {
        const QString path = v4Copy(QStringLiteral("readonly"), true);
        QVERIFY(!path.isEmpty());
        QString error;
        {
            auto migrated = StudyDatabase::open(path, error);
            QVERIFY2(migrated, qPrintable(error));
        }
        const QByteArray before = sha256(path);
        for (const auto mode : {StudyDatabase::ReadMode::Live, StudyDatabase::ReadMode::Snapshot}) {
            auto db = StudyDatabase::openReadOnly(path, error, mode);
            QVERIFY2(db, qPrintable(error));
            const LoudnessBackfill::Result result = LoudnessBackfill::run(*db);
            QVERIFY(result.skippedReadOnly);
            QCOMPARE(result.pending, 1);
            QCOMPARE(result.measured, 0);
            QVERIFY(!storedFigures(db->connection(), QStringLiteral("media/r.ogg")).lufs);
        }
        QCOMPARE(sha256(path), before);
    }
};

QTEST_GUILESS_MAIN(TestLoudnessBackfill)
#include "tst_loudnessbackfill.moc"
