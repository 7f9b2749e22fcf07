#include "StudyLibrary.h"

#include "LoudnessBackfill.h"
#include "StudyImporter.h"
#include "StudyReader.h"
#include "coordination/AnnotatorPackager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace avemo {

namespace {

struct StudyRow
{
    bool found = false;
    QString studyId;
    QString sourceFolder;
};

// What study a database file holds, read without writing anything to it (no migration, no
// journal mode change): a folder may hold any file, and only one of ours may be opened.
StudyRow readStudyRow(const QString &path)
{
    StudyRow row;
    const QString name = QStringLiteral("avemo-peek-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT study_id, source_folder FROM study WHERE id = 1")) &&
                q.next()) {
                row.found = true;
                row.studyId = q.value(0).toString();
                row.sourceFolder = q.value(1).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return row;
}

// The id study.json gives, or an empty string when it cannot be read (the loader then says
// why, with the line and column).
QString studyIdOfFolder(const QString &folder)
{
    QFile file(QDir(folder).filePath(QStringLiteral("study.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("id")).toString();
}

// The study without its media contents hashes the same after a media file was damaged or
// replaced: it names the library database, so that such a folder opens the answers already
// given instead of importing again (which would refuse the damaged file and lock the annotator
// out of the whole study).
QByteArray structureHash(const Study &study)
{
    Study withoutContents = study;
    for (MediaInfo &media : withoutContents.media)
        media.sha256.clear();
    return withoutContents.definitionHash();
}

int countChangedMedia(StudyDatabase &db, const Study &study)
{
    QHash<QString, QString> current;
    for (const MediaInfo &media : study.media)
        current.insert(media.path, QString::fromLatin1(media.sha256));
    int changed = 0;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT path, sha256 FROM media")))
        while (q.next())
            if (current.value(q.value(0).toString()) != q.value(1).toString())
                ++changed;
    return changed;
}

} // namespace

StudyLibrary::StudyLibrary(QString libraryFolder)
    : m_folder(std::move(libraryFolder))
{
}

QString StudyLibrary::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("studies"));
}

bool StudyLibrary::isInLibrary(const QString &path) const
{
    const QString library = QFileInfo(m_folder).canonicalFilePath();
    return !library.isEmpty() &&
           QFileInfo(QFileInfo(path).canonicalPath()).canonicalFilePath() == library;
}

StudyLibrary::Opened StudyLibrary::open(const QString &path,
                                        const StudyFolderLoader::Options &options) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        Opened result;
        result.error = tr("'%1' does not exist").arg(path);
        return result;
    }
    if (!info.isDir()) {
        const bool package = readStudyRow(path).sourceFolder.isEmpty();
        return openDatabase(path,
                            isInLibrary(path) ? Kind::Library
                            : package         ? Kind::Package
                                              : Kind::Database,
                            options.mediaProgress);
    }
    const QDir dir(path);
    if (!dir.exists(QStringLiteral("study.json")) && !dir.exists(QStringLiteral("items.csv"))) {
        Opened result;
        result.error = tr("'%1' is not a study folder: it holds neither study.json nor items.csv "
                          "(a study database file opens with File > Open Study Database)")
                           .arg(path);
        return result;
    }
    // An annotator package is a study folder with its own database beside it: ratings belong in
    // that database (it is what the coordinator merges), not in a library copy. Any other
    // database left in the folder is not ours to open.
    const QString packaged = AnnotatorPackager::databaseIn(path);
    if (!packaged.isEmpty()) {
        const StudyRow row = readStudyRow(packaged);
        const QString studyId = studyIdOfFolder(path);
        if (row.found && !studyId.isEmpty() && row.studyId == studyId && row.sourceFolder.isEmpty())
            return openDatabase(packaged, Kind::Package, options.mediaProgress);
    }
    return openFolder(path, options);
}

StudyLibrary::Opened
StudyLibrary::openDatabase(const QString &path, Kind kind,
                           const std::function<void(int, int)> &mediaProgress) const
{
    Opened result;
    result.kind = kind;
    // Looked at read-only first: a file that is not a study database of ours (any SQLite file
    // picked by mistake) is refused without a byte of it changing; only ours is migrated.
    auto probe = StudyDatabase::openReadOnly(path, result.error);
    if (!probe)
        return result;
    const bool holdsStudy = probe->hasStudy();
    probe.reset();
    if (holdsStudy)
        result.db = StudyDatabase::open(path, result.error);
    if (!holdsStudy) {
        result.error = tr("'%1' is a database without a study (expected one made by "
                          "avemo-cli import or by opening a study folder)")
                           .arg(path);
        result.db.reset();
    }
    // A study imported before loudness was measured at import plays at the study's loudness
    // like a fresh import of it: its tracks are measured now, once.
    if (result.db)
        LoudnessBackfill::run(*result.db, mediaProgress);
    return result;
}

StudyLibrary::Opened StudyLibrary::openFolder(const QString &path,
                                              const StudyFolderLoader::Options &options) const
{
    Opened result;
    // A quick pass without opening the media gives the hashes that name the database of this
    // study version.
    StudyFolderLoader::Options quick = options;
    quick.probeMedia = false;
    const auto loaded = StudyFolderLoader::load(path, quick);
    if (!loaded.ok()) {
        result.problems = loaded.problems;
        result.error =
            tr("the study folder '%1' has %n error(s)", nullptr, countErrors(loaded.problems))
                .arg(path);
        return result;
    }
    if (!QDir().mkpath(m_folder)) {
        result.error = tr("cannot create the study library folder '%1'").arg(m_folder);
        return result;
    }
    const QString id = loaded.study.definition.id;
    const auto nameFor = [&](const QByteArray &hash) {
        return QDir(m_folder).filePath(
            QStringLiteral("%1-%2.sqlite").arg(id, QString::fromLatin1(hash.left(12))));
    };
    // Earlier versions named the database by the hash with the media contents; answers given
    // there stay where they are.
    QString dbPath = nameFor(loaded.study.definitionHash());
    if (!QFileInfo::exists(dbPath))
        dbPath = nameFor(structureHash(loaded.study));
    bool importedNow = false;
    if (!QFileInfo::exists(dbPath)) {
        const auto imported = StudyImporter::importFolder(path, dbPath, options);
        if (!imported.ok) {
            result.problems = imported.problems;
            result.error = imported.error;
            return result;
        }
        importedNow = true;
    }
    result = openDatabase(dbPath, Kind::Library, options.mediaProgress);
    result.importedNow = importedNow;
    if (result.db)
        result.changedMedia = countChangedMedia(*result.db, loaded.study);
    return result;
}

} // namespace avemo
