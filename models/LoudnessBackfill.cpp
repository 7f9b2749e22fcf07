#include "LoudnessBackfill.h"

#include "LoudnessMeter.h"
#include "ScopedTransaction.h"
#include "SqlError.h"
#include "StudyDatabase.h"
#include "StudyReader.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

namespace avemo {

namespace {

Q_LOGGING_CATEGORY(lcLoudness, "avemo.models.loudness", QtInfoMsg)

const QString kMeasuredKey = QStringLiteral("loudness_measured");

struct Track
{
    qint64 id = 0;
    QString path;
    LoudnessMeter::Stored figures;
};

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

bool alreadyMeasured(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM database_info WHERE key = ?"));
    q.addBindValue(kMeasuredKey);
    return q.exec() && q.next();
}

// Audio tracks with neither figure: a silent track measured at import keeps its true peak.
QList<Track> pendingTracks(const QSqlDatabase &db, QString &error)
{
    QList<Track> tracks;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, path FROM media WHERE has_audio = 1 AND loudness_lufs "
                               "IS NULL AND true_peak_dbtp IS NULL ORDER BY id"))) {
        error = sqlError(LoudnessBackfill::tr("cannot read the media to measure"), q);
        return {};
    }
    while (q.next())
        tracks.append({q.value(0).toLongLong(), q.value(1).toString(), {}});
    return tracks;
}

bool store(const QSqlDatabase &db, const QList<Track> &measured, bool markDone, QString &error)
{
    ScopedTransaction transaction(db);
    QSqlQuery q(db);
    if (!transaction.isActive()) {
        error = sqlError(LoudnessBackfill::tr("cannot begin a transaction"), db.lastError());
        return false;
    }
    q.prepare(
        QStringLiteral("UPDATE media SET loudness_lufs = ?, true_peak_dbtp = ? WHERE id = ?"));
    for (const Track &track : measured) {
        q.addBindValue(optionalValue(track.figures.loudnessLufs));
        q.addBindValue(optionalValue(track.figures.truePeakDbtp));
        q.addBindValue(track.id);
        if (!q.exec()) {
            error = sqlError(
                LoudnessBackfill::tr("cannot store the loudness of '%1'").arg(track.path), q);
            return false;
        }
    }
    if (markDone) {
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO database_info (key, value) VALUES (?, ?)"));
        q.addBindValue(kMeasuredKey);
        q.addBindValue(QStringLiteral("1"));
        if (!q.exec()) {
            error = sqlError(LoudnessBackfill::tr("cannot record that loudness was measured"), q);
            return false;
        }
    }
    if (!transaction.commit()) {
        error =
            sqlError(LoudnessBackfill::tr("cannot commit the measured loudness"), db.lastError());
        return false;
    }
    return true;
}

} // namespace

LoudnessBackfill::Result LoudnessBackfill::run(StudyDatabase &db,
                                               const std::function<void(int, int)> &progress)
{
    Result result;
    const QSqlDatabase connection = db.connection();
    if (db.schemaVersion() < 5 || alreadyMeasured(connection))
        return result;
    QList<Track> tracks = pendingTracks(connection, result.error);
    result.pending = int(tracks.size());
    if (!result.error.isEmpty()) {
        qCWarning(lcLoudness).noquote()
            << QStringLiteral("%1: %2").arg(db.sourcePath(), result.error);
        return result;
    }
    if (result.pending == 0)
        return result;
    if (db.isReadOnly()) {
        result.skippedReadOnly = true;
        qCInfo(lcLoudness).noquote()
            << QStringLiteral("%1: %2 track(s) without loudness, not measured: opened read-only; "
                              "they play without loudness normalisation until the study is "
                              "opened for rating")
                   .arg(db.sourcePath())
                   .arg(result.pending);
        return result;
    }
    const QDir root(StudyReader(db).mediaRoot());
    QList<Track> done;
    for (Track &track : tracks) {
        const QString absolute = root.filePath(track.path);
        if (!QFileInfo(absolute).isFile()) {
            ++result.missing;
        } else {
            const LoudnessMeter::Result measured = LoudnessMeter::measure(absolute);
            if (measured.ok)
                track.figures = LoudnessMeter::forStorage(measured.figures);
            else
                qCInfo(lcLoudness).noquote()
                    << QStringLiteral("cannot measure the loudness of %1: %2")
                           .arg(absolute, measured.error);
            if (track.figures.loudnessLufs)
                ++result.measured;
            else
                ++result.unmeasured;
            done.append(track);
        }
        if (progress)
            progress(result.measured + result.unmeasured + result.missing, result.pending);
    }
    if (!store(connection, done, result.missing == 0, result.error)) {
        qCWarning(lcLoudness).noquote()
            << QStringLiteral("%1: %2; its tracks play without loudness normalisation")
                   .arg(db.sourcePath(), result.error);
        return result;
    }
    qCInfo(lcLoudness).noquote()
        << QStringLiteral("%1: measured the loudness of %2 of %3 track(s) imported without it; "
                          "%4 silent or not decodable (no gain), %5 missing (measured on a "
                          "later open)")
               .arg(db.sourcePath())
               .arg(result.measured)
               .arg(result.pending)
               .arg(result.unmeasured)
               .arg(result.missing);
    return result;
}

} // namespace avemo
