#include "StudyImporter.h"

#include "AvemoVersion.h"
#include "ScopedTransaction.h"
#include "SqlError.h"
#include "SqliteStatement.h"
#include "StudyDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace avemo {

namespace {

// Makes a rename durable: the new directory entry is on disk, not only the file's contents.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// The temporary file an import builds in, beside the target, held under an flock(2) for the whole
// import. SQLite's own locks are fcntl(2) locks, independent of flock on Linux, so the two never
// interfere; and the fd is closed only after SQLite has closed the file (closing any fd of a file
// drops the process's fcntl locks on it).
class ImportTemporary
{
public:
    explicit ImportTemporary(const QFileInfo &target)
    {
        removeStale(target);
        for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
            m_path = target.dir().filePath(prefix(target) +
                                           QUuid::createUuid().toString(QUuid::Id128).left(12));
            // O_EXCL: a name nobody else has; 0666 under the umask: the user's usual permissions.
            m_fd = ::open(QFile::encodeName(m_path).constData(),
                          O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
            if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
                ::close(m_fd);
                m_fd = -1;
            }
            if (m_fd < 0 && errno != EEXIST && errno != EWOULDBLOCK)
                break;
        }
        if (m_fd < 0) {
            m_error = errno;
            m_path.clear();
        }
    }
    ~ImportTemporary()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    ImportTemporary(const ImportTemporary &) = delete;
    ImportTemporary &operator=(const ImportTemporary &) = delete;

    // Empty when no temporary file could be made; error() then says why (an errno).
    QString path() const { return m_path; }
    int error() const { return m_error; }

    static void removeFiles(const QString &path)
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(path + suffix);
    }

private:
    static QString prefix(const QFileInfo &target)
    {
        return QStringLiteral(".%1.importing-").arg(target.fileName());
    }

    // What a killed import left: a temporary nobody holds locked any more.
    static void removeStale(const QFileInfo &target)
    {
        const auto entries = target.dir().entryInfoList({prefix(target) + u'*'},
                                                        QDir::Files | QDir::Hidden | QDir::System);
        for (const QFileInfo &entry : entries) {
            const QString path = entry.absoluteFilePath();
            if (path.endsWith(QLatin1String("-wal")) || path.endsWith(QLatin1String("-shm")) ||
                path.endsWith(QLatin1String("-journal")))
                continue; // removed with their database
            const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
                removeFiles(path);
            ::close(fd);
        }
    }

    QString m_path;
    int m_fd = -1;
    int m_error = 0;
};

// Qt binds a null QString as SQL NULL; NOT NULL text columns want an empty string instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

class ImportWriter
{
public:
    ImportWriter(QSqlDatabase db, const Study &study)
        : m_db(std::move(db))
        , m_study(study)
    {
    }

    bool run(QString &error)
    {
        return writeStudy(error) && writeLabelSets(error) && writeQuestions(error) &&
               writeMedia(error) && writeItems(error) && writeRaters(error);
    }

private:
    bool exec(QSqlQuery &q, const QString &what, QString &error)
    {
        if (q.exec())
            return true;
        error = sqlError(StudyImporter::tr("import failed while writing %1").arg(what), q);
        return false;
    }

    bool prepare(QSqlQuery &q, const QString &sql, QString &error)
    {
        if (q.prepare(sql))
            return true;
        error = sqlError(StudyImporter::tr("import failed preparing a statement"), q);
        return false;
    }

    // The text columns (study title and instructions, label text, question prompt, anchors) hold
    // the English text, for SQL readers and the exports; the texts in other languages live in
    // definition_json, the study.json as read, from which StudyReader::definition() reads the
    // whole definition back. An annotator package copies that row, so it carries them too.
    bool writeStudy(QString &error)
    {
        const StudyDefinition &def = m_study.definition;
        QSqlQuery q(m_db);
        if (!prepare(q,
                     QStringLiteral(
                         "INSERT INTO study (id, study_id, title, instructions, definition_json, "
                         "definition_hash, source_folder, imported_at, app_version) "
                         "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     error))
            return false;
        q.addBindValue(def.id);
        q.addBindValue(def.title.text());
        q.addBindValue(text(def.instructions));
        q.addBindValue(QString::fromUtf8(m_study.definitionJson));
        q.addBindValue(QString::fromLatin1(m_study.definitionHash()));
        q.addBindValue(m_study.folder);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(QStringLiteral(AVEMO_VERSION));
        return exec(q, StudyImporter::tr("the study"), error);
    }

    bool writeLabelSets(QString &error)
    {
        QSqlQuery setQuery(m_db);
        QSqlQuery labelQuery(m_db);
        if (!prepare(setQuery, QStringLiteral("INSERT INTO label_set (name) VALUES (?)"), error) ||
            !prepare(
                labelQuery,
                QStringLiteral("INSERT INTO label (label_set_id, position, code, text, shortcut) "
                               "VALUES (?, ?, ?, ?, ?)"),
                error))
            return false;
        for (const LabelSet &set : m_study.definition.labelSets) {
            setQuery.addBindValue(set.name);
            if (!exec(setQuery, StudyImporter::tr("label set '%1'").arg(set.name), error))
                return false;
            const qint64 setId = setQuery.lastInsertId().toLongLong();
            m_labelSetIds.insert(set.name, setId);
            for (int i = 0; i < set.categories.size(); ++i) {
                const Category &c = set.categories[i];
                labelQuery.addBindValue(setId);
                labelQuery.addBindValue(i);
                labelQuery.addBindValue(c.id);
                labelQuery.addBindValue(text(c.label));
                labelQuery.addBindValue(c.key.isNull() ? QVariant() : QVariant(QString(c.key)));
                if (!exec(labelQuery, StudyImporter::tr("category '%1'").arg(c.id), error))
                    return false;
            }
        }
        return true;
    }

    bool writeQuestions(QString &error)
    {
        QSqlQuery q(m_db);
        if (!prepare(
                q,
                QStringLiteral(
                    "INSERT INTO question (question_id, position, prompt, kind, target, required, "
                    "label_set_id, scale_min, scale_max, scale_step, anchors_json) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                error))
            return false;
        const auto &questions = m_study.definition.questions;
        for (int i = 0; i < questions.size(); ++i) {
            const Question &question = questions[i];
            const bool scaled =
                question.kind == QuestionKind::Mos || question.kind == QuestionKind::Slider;
            QJsonObject anchors;
            for (auto it = question.scale.anchors.cbegin(); it != question.scale.anchors.cend();
                 ++it)
                anchors.insert(QString::number(it.key()), it.value().text());
            q.addBindValue(question.id);
            q.addBindValue(i);
            q.addBindValue(question.prompt.text());
            q.addBindValue(toString(question.kind));
            q.addBindValue(toString(question.target));
            q.addBindValue(question.required ? 1 : 0);
            q.addBindValue(question.kind == QuestionKind::Categorical
                               ? QVariant(m_labelSetIds.value(question.labelSet))
                               : QVariant());
            q.addBindValue(scaled ? QVariant(question.scale.min) : QVariant());
            q.addBindValue(scaled ? QVariant(question.scale.max) : QVariant());
            q.addBindValue(scaled ? QVariant(question.scale.step) : QVariant());
            q.addBindValue(scaled ? QVariant(QString::fromUtf8(
                                        QJsonDocument(anchors).toJson(QJsonDocument::Compact)))
                                  : QVariant());
            if (!exec(q, StudyImporter::tr("question '%1'").arg(question.id), error))
                return false;
        }
        return true;
    }

    bool writeMedia(QString &error)
    {
        QSqlQuery q(m_db);
        if (!prepare(q,
                     QStringLiteral("INSERT INTO media (path, size_bytes, sha256, duration_ms, "
                                    "has_video, has_audio, loudness_lufs, true_peak_dbtp) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                     error))
            return false;
        for (const MediaInfo &m : m_study.media) {
            q.addBindValue(m.path);
            q.addBindValue(m.sizeBytes);
            q.addBindValue(QString::fromLatin1(m.sha256));
            q.addBindValue(m.durationMs);
            q.addBindValue(m.hasVideo ? 1 : 0);
            q.addBindValue(m.hasAudio ? 1 : 0);
            q.addBindValue(m.loudnessLufs ? QVariant(*m.loudnessLufs) : QVariant());
            q.addBindValue(m.truePeakDbtp ? QVariant(*m.truePeakDbtp) : QVariant());
            if (!exec(q, StudyImporter::tr("media '%1'").arg(m.path), error))
                return false;
            m_mediaIds.insert(m.path, q.lastInsertId().toLongLong());
        }
        return true;
    }

    bool writeItems(QString &error)
    {
        // The one bulk path: a study may have 100,000 items, so it goes through SqliteStatement.
        SqliteStatement item(
            m_db, "INSERT INTO item (item_id, position, dialogue_id, turn, system, reply_media_id, "
                  "reply_audio_media_id, reply_audio_offset_ms, transcript, intended_emotion, "
                  "gold_json, csv_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        SqliteStatement context(
            m_db, "INSERT INTO item_context (item_id, position, media_id) VALUES (?, ?, ?)");
        if (!item.isValid() || !context.isValid()) {
            error = StudyImporter::tr("import failed preparing a statement: %1")
                        .arg(item.errorMessage());
            return false;
        }
        const auto &items = m_study.items;
        for (int i = 0; i < items.size(); ++i) {
            const StudyItem &it = items[i];
            item.bind(1, it.itemId);
            item.bind(2, qint64(i));
            item.bind(3, it.dialogueId);
            item.bind(4, qint64(it.turn));
            item.bind(5, it.system);
            item.bind(6, m_mediaIds.value(it.replyMedia));
            if (it.replyAudio.isEmpty())
                item.bindNull(7);
            else
                item.bind(7, m_mediaIds.value(it.replyAudio));
            item.bind(8, qint64(it.replyAudioOffsetMs));
            item.bind(9, text(it.transcript));
            if (it.intendedEmotion.isEmpty())
                item.bindNull(10);
            else
                item.bind(10, it.intendedEmotion);
            if (it.isGold()) {
                QJsonObject gold;
                for (auto g = it.gold.cbegin(); g != it.gold.cend(); ++g)
                    gold.insert(g.key(), g.value());
                item.bind(11,
                          QString::fromUtf8(QJsonDocument(gold).toJson(QJsonDocument::Compact)));
            } else {
                item.bindNull(11);
            }
            item.bind(12, qint64(it.csvLine));
            if (!item.step()) {
                error = StudyImporter::tr("import failed while writing item '%1': %2")
                            .arg(it.itemId, item.errorMessage());
                return false;
            }
            const qint64 rowId = item.lastInsertRowId();
            for (int c = 0; c < it.contextMedia.size(); ++c) {
                context.bind(1, rowId);
                context.bind(2, qint64(c));
                context.bind(3, m_mediaIds.value(it.contextMedia[c]));
                if (!context.step()) {
                    error = StudyImporter::tr(
                                "import failed while writing the context of item '%1': %2")
                                .arg(it.itemId, context.errorMessage());
                    return false;
                }
            }
        }
        return true;
    }

    bool writeRaters(QString &error)
    {
        QSqlQuery q(m_db);
        if (!prepare(
                q,
                QStringLiteral("INSERT INTO rater (rater_id, name, created_at) VALUES (?, ?, ?)"),
                error))
            return false;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const RaterInfo &r : m_study.definition.raters) {
            q.addBindValue(r.id);
            q.addBindValue(text(r.name));
            q.addBindValue(now);
            if (!exec(q, StudyImporter::tr("rater '%1'").arg(r.id), error))
                return false;
        }
        return true;
    }

    QSqlDatabase m_db;
    const Study &m_study;
    QHash<QString, qint64> m_labelSetIds;
    QHash<QString, qint64> m_mediaIds;
};

} // namespace

bool StudyImporter::import(StudyDatabase &db, const Study &study, QString &error)
{
    if (db.hasStudy()) {
        error =
            tr("'%1' already holds a study (expected a new, empty database file)").arg(db.path());
        return false;
    }
    // A large study is written in one transaction; with SQLite's default 2 MB page cache it
    // would spill pages to the WAL mid-way. 64 MB keeps a 100,000-item import in memory.
    QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    ScopedTransaction transaction(db.connection());
    if (!transaction.isActive()) {
        error = sqlError(tr("cannot start the import"), db.connection().lastError());
        return false;
    }
    if (!ImportWriter(db.connection(), study).run(error))
        return false; // the transaction rolls back
    if (!transaction.commit()) {
        error = sqlError(tr("cannot commit the import"), db.connection().lastError());
        return false;
    }
    return true;
}

StudyImporter::FolderResult StudyImporter::importFolder(const QString &folder,
                                                        const QString &dbPath,
                                                        const StudyFolderLoader::Options &options)
{
    FolderResult result;
    if (QFile::exists(dbPath)) {
        result.error =
            tr("'%1' already exists (expected a new file; remove it or pick another name)")
                .arg(dbPath);
        return result;
    }
    if (!QFileInfo(dbPath).absoluteDir().exists()) {
        // Said before SQLite fails on the hidden temporary name, which the user never gave.
        result.error = tr("cannot create '%1': the folder '%2' does not exist")
                           .arg(dbPath, QFileInfo(dbPath).absolutePath());
        return result;
    }
    const auto loaded = StudyFolderLoader::load(folder, options);
    result.problems = loaded.problems;
    if (!loaded.ok()) {
        result.error = tr("%n error(s) in the study folder", nullptr, countErrors(loaded.problems));
        return result;
    }
    // Built under a temporary name beside the target and renamed when complete: a killed
    // import leaves no half-made database under the name the user gave (which the next import
    // would refuse as existing and an export would call empty), only a hidden temporary file.
    const QFileInfo target(dbPath);
    // Stale temporaries of killed imports into the same target are removed first.
    const ImportTemporary temporary(target);
    const QString tempPath = temporary.path();
    if (tempPath.isEmpty()) {
        result.error = tr("cannot create a file in '%1': %2")
                           .arg(target.absolutePath(),
                                QString::fromLocal8Bit(std::strerror(temporary.error())));
        return result;
    }
    {
        auto db = StudyDatabase::open(tempPath, result.error);
        result.ok = db && import(*db, loaded.study, result.error);
        result.error.replace(tempPath, dbPath); // name the file the user gave
    } // closing the last connection checkpoints the WAL into the file and removes it
    if (result.ok && QFile::exists(tempPath + QStringLiteral("-wal"))) {
        result.ok = false;
        result.error =
            tr("cannot finish '%1': its write-ahead log was not folded back").arg(tempPath);
    }
    if (result.ok && !QFile::rename(tempPath, dbPath)) {
        result.ok = false;
        result.error =
            tr("cannot rename the finished import to '%1' (does it exist now?)").arg(dbPath);
    }
    if (!result.ok) {
        ImportTemporary::removeFiles(tempPath);
        return result;
    }
    syncFolder(target.absolutePath());
    return result;
}

} // namespace avemo
