#include "StudyReader.h"

#include "SqlError.h"
#include "StudyDatabase.h"
#include "StudyJsonParser.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace avemo {

namespace {

int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

bool StudyReader::summary(StudySummary &out, QString &error) const
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT study_id, title, definition_hash, source_folder FROM study")) ||
        !q.next()) {
        error = q.lastError().isValid() ? sqlError(tr("cannot read the study"), q)
                                        : tr("'%1' holds no study").arg(m_db.path());
        return false;
    }
    out.studyId = q.value(0).toString();
    out.title = q.value(1).toString();
    out.definitionHash = q.value(2).toString();
    out.sourceFolder = q.value(3).toString();
    out.items = scalar(db, QStringLiteral("SELECT count(*) FROM item"));
    out.dialogues = scalar(db, QStringLiteral("SELECT count(DISTINCT dialogue_id) FROM item"));
    out.turns = scalar(
        db, QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT dialogue_id, turn FROM item)"));
    // Gold items are check items, whatever system (if any) their rows name.
    out.systems = scalar(
        db, QStringLiteral("SELECT count(DISTINCT system) FROM item WHERE gold_json IS NULL"));
    out.raters = scalar(db, QStringLiteral("SELECT count(*) FROM rater"));
    out.questions = scalar(db, QStringLiteral("SELECT count(*) FROM question"));
    out.mediaFiles = scalar(db, QStringLiteral("SELECT count(*) FROM media"));
    out.goldItems =
        scalar(db, QStringLiteral("SELECT count(*) FROM item WHERE gold_json IS NOT NULL"));
    QSqlQuery d(db);
    out.totalMediaDurationMs =
        d.exec(QStringLiteral("SELECT coalesce(sum(duration_ms), 0) FROM media")) && d.next()
            ? d.value(0).toLongLong()
            : 0;
    return true;
}

bool StudyReader::definition(StudyDefinition &out, QString &error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT definition_json FROM study")) || !q.next()) {
        error = tr("'%1' holds no study").arg(m_db.path());
        return false;
    }
    const auto parsed =
        StudyJsonParser::parse(q.value(0).toString().toUtf8(), QStringLiteral("study.json"));
    if (hasErrors(parsed.problems)) {
        error = tr("the study definition stored in '%1' is damaged: %2")
                    .arg(m_db.path(), parsed.problems.first().toString());
        return false;
    }
    out = parsed.definition;
    return true;
}

QString StudyReader::mediaRoot() const
{
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT source_folder FROM study")) && q.next()) {
        const QString folder = q.value(0).toString();
        if (QFileInfo(folder).isDir())
            return folder;
    }
    return QFileInfo(m_db.path()).absolutePath();
}

bool StudyReader::items(QList<StoredItem> &out, QString &error) const
{
    QSqlDatabase db = m_db.connection();
    const QDir root(mediaRoot());
    QHash<qint64, QStringList> contexts;
    QHash<qint64, QList<std::optional<double>>> contextLoudness;
    QSqlQuery c(db);
    if (!c.exec(QStringLiteral(
            "SELECT c.item_id, m.path, m.loudness_lufs FROM item_context c JOIN media m ON m.id = "
            "c.media_id "
            "ORDER BY c.item_id, c.position"))) {
        error = sqlError(tr("cannot read the items' context media"), c);
        return false;
    }
    while (c.next()) {
        contexts[c.value(0).toLongLong()].append(c.value(1).toString());
        contextLoudness[c.value(0).toLongLong()].append(optionalReal(c.value(2)));
    }

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT i.id, i.item_id, i.dialogue_id, i.turn, i.system, r.path, r.has_video, a.path, "
            "i.reply_audio_offset_ms, i.transcript, i.intended_emotion, i.gold_json, i.csv_line, "
            "coalesce(a.loudness_lufs, CASE WHEN a.id IS NULL THEN r.loudness_lufs END) "
            "FROM item i JOIN media r ON r.id = i.reply_media_id LEFT JOIN media a ON a.id = "
            "i.reply_audio_media_id "
            "ORDER BY i.position"))) {
        error = sqlError(tr("cannot read the items"), q);
        return false;
    }
    out.clear();
    while (q.next()) {
        StoredItem s;
        s.rowId = q.value(0).toLongLong();
        s.item.itemId = q.value(1).toString();
        s.item.dialogueId = q.value(2).toString();
        s.item.turn = q.value(3).toInt();
        s.item.system = q.value(4).toString();
        s.item.replyMedia = q.value(5).toString();
        s.replyHasVideo = q.value(6).toBool();
        s.item.replyAudio = q.value(7).toString();
        s.item.replyAudioOffsetMs = q.value(8).toInt();
        s.item.transcript = q.value(9).toString();
        s.item.intendedEmotion = q.value(10).toString();
        const QJsonObject gold = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        for (auto it = gold.begin(); it != gold.end(); ++it)
            s.item.gold.insert(it.key(), it.value().toString());
        s.item.csvLine = q.value(12).toInt();
        s.item.contextMedia = contexts.value(s.rowId);
        s.contextLoudnessLufs = contextLoudness.value(s.rowId);
        s.replyLoudnessLufs = optionalReal(q.value(13));
        for (const QString &p : std::as_const(s.item.contextMedia))
            s.contextPaths.append(root.filePath(p));
        s.replyPath = root.filePath(s.item.replyMedia);
        if (!s.item.replyAudio.isEmpty())
            s.replyAudioPath = root.filePath(s.item.replyAudio);
        out.append(s);
    }
    return true;
}

QStringList StudyReader::systems() const
{
    QStringList result;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral(
            "SELECT DISTINCT system FROM item WHERE gold_json IS NULL ORDER BY system")))
        while (q.next())
            result.append(q.value(0).toString());
    return result;
}

} // namespace avemo
