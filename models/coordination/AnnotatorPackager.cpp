#include "coordination/AnnotatorPackager.h"

#include "SqlError.h"
#include "StudyDatabase.h"
#include "StudyReader.h"
#include "coordination/ItemsCsvWriter.h"
#include "coordination/PackageDatabase.h"
#include "coordination/PackageNames.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace avemo {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        error = AnnotatorPackager::tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Copies one media file and checks, on the way, that it is the file the study was imported
// with: a package must hash like its study, or the merge would refuse its results.
bool copyMedia(const QDir &from, const QDir &to, const MediaInfo &media, const QString &targetPath,
               QString &error)
{
    if (QDir::isAbsolutePath(media.path) || media.path.split(u'/').contains(QStringLiteral(".."))) {
        error =
            AnnotatorPackager::tr("the study database names a media path outside the study: '%1'")
                .arg(media.path);
        return false;
    }
    const QString source = from.filePath(media.path);
    const QString target = to.filePath(targetPath);
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        error =
            AnnotatorPackager::tr("cannot read media file '%1': %2 (the package needs every file "
                                  "the study uses)")
                .arg(source, in.errorString());
        return false;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        error = AnnotatorPackager::tr("cannot create the folder for '%1'").arg(target);
        return false;
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        error = AnnotatorPackager::tr("cannot write '%1': %2").arg(target, out.errorString());
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            error = AnnotatorPackager::tr("cannot read media file '%1': %2")
                        .arg(source, in.errorString());
            return false;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out.write(buffer.constData(), n) != n) {
            error = AnnotatorPackager::tr("cannot write '%1': %2").arg(target, out.errorString());
            return false;
        }
    }
    if (!out.flush()) {
        error = AnnotatorPackager::tr("cannot write '%1': %2").arg(target, out.errorString());
        return false;
    }
    if (hash.result().toHex() != media.sha256.toLower()) {
        error = AnnotatorPackager::tr(
                    "media file '%1' changed since the study was imported (its SHA-256 "
                    "differs); re-import the study or restore the file")
                    .arg(source);
        return false;
    }
    return true;
}

// QTemporaryDir makes its folder private (0700); the package is an ordinary folder the user
// copies and shares, so it gets what mkdir would give it under the user's umask.
bool giveUsualPermissions(const QString &folder)
{
#ifdef Q_OS_UNIX
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return ::chmod(QFile::encodeName(folder).constData(), 0777 & ~mask) == 0;
#else
    Q_UNUSED(folder);
    return true;
#endif
}

bool validRaterId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    return pattern.match(id).hasMatch();
}

class Packager
{
public:
    Packager(const PackageRequest &request, const TaskControl &control)
        : m_request(request)
        , m_control(control)
    {
    }

    PackageResult run()
    {
        if (!checkRequest() || !readMaster())
            return m_result;
        const QFileInfo out(m_request.outputFolder);
        QTemporaryDir temp(QDir(out.absolutePath())
                               .filePath(QStringLiteral(".%1.partial-XXXXXX").arg(out.fileName())));
        if (!temp.isValid()) {
            return fail(AnnotatorPackager::tr("cannot create a temporary folder beside '%1': %2")
                            .arg(out.absoluteFilePath(), temp.errorString()));
        }
        if (!giveUsualPermissions(temp.path()))
            return fail(
                AnnotatorPackager::tr("cannot set the permissions of '%1'").arg(temp.path()));
        m_names = PackageNames::make(m_items, m_media);
        if (!writeStudy(temp.path()) || !stepDone() || !copyAllMedia(temp.path()) ||
            !writeDatabase(temp.path()) || !stepDone() || !recordNames() ||
            !moveIntoPlace(temp.path())) {
            if (m_recorded)
                PackageNames::forget(*m_master, m_result.instanceUuid);
            return m_result;
        }
        m_result.ok = true;
        m_result.folder = out.absoluteFilePath();
        QDirIterator files(m_result.folder, QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            m_result.packageBytes += files.nextFileInfo().size();
        m_result.database = QDir(m_result.folder).filePath(databaseName());
        return m_result;
    }

private:
    PackageResult fail(const QString &error)
    {
        m_result.error = error;
        return m_result;
    }
    bool failed(const QString &error)
    {
        m_result.error = error;
        return false;
    }
    bool stepDone()
    {
        m_control.report(++m_done, m_total);
        if (!m_control.isCancelled())
            return true;
        m_result.cancelled = true;
        return failed(AnnotatorPackager::tr("cancelled; no package was written"));
    }
    QString databaseName() const
    {
        return QStringLiteral("%1-%2.sqlite").arg(m_result.studyId, m_request.raterId);
    }

    bool checkRequest()
    {
        if (!validRaterId(m_request.raterId))
            return failed(AnnotatorPackager::tr("'%1' is not a valid rater id (expected letters, "
                                                "digits, '-', '_' or '.')")
                              .arg(m_request.raterId));
        const QFileInfo out(m_request.outputFolder);
        if (m_request.outputFolder.isEmpty())
            return failed(AnnotatorPackager::tr("no output folder given"));
        if (out.exists() && (!out.isDir() || !QDir(out.absoluteFilePath()).isEmpty()))
            return failed(
                AnnotatorPackager::tr("'%1' already exists (expected a new or empty folder)")
                    .arg(m_request.outputFolder));
        if (!QDir().mkpath(out.absolutePath()))
            return failed(
                AnnotatorPackager::tr("cannot create the folder '%1'").arg(out.absolutePath()));
        return true;
    }

    bool readMaster()
    {
        QString error;
        {
            // Looked at read-only first: a file that is not a study database of ours (a typo,
            // a media file) is neither created nor migrated.
            auto check = StudyDatabase::openReadOnly(m_request.studyDatabase, error);
            if (!check)
                return failed(error);
            if (!check->hasStudy())
                return failed(
                    AnnotatorPackager::tr("'%1' holds no study").arg(m_request.studyDatabase));
        }
        // Opened for writing: the master keeps what the package's opaque names stand for.
        m_master = StudyDatabase::open(m_request.studyDatabase, error);
        if (!m_master)
            return failed(error);
        StudyDatabase *master = m_master.get();
        StudySummary summary;
        StudyReader reader(*master);
        if (!reader.summary(summary, error) ||
            !PackageDatabase::checkRaterIsFree(*master, m_request.raterId, error) ||
            !PackageDatabase::readStudyFiles(*master, m_studyJson, m_media, error) ||
            !reader.items(m_items, error))
            return failed(error);
        StudyDefinition definition;
        if (!reader.definition(definition, error))
            return failed(error);
        const bool listed =
            std::any_of(definition.raters.cbegin(), definition.raters.cend(),
                        [&](const RaterInfo &r) { return r.id == m_request.raterId; });
        if (!definition.presentation.allowNewRaters && !listed)
            m_result.warnings.append(
                AnnotatorPackager::tr("rater '%1' is not listed in study.json and the study does "
                                      "not allow new raters (presentation.allow_new_raters is "
                                      "false); the package works, but check the rater id")
                    .arg(m_request.raterId));
        if (definition.design && !keepOnlyAssigned())
            return false;
        m_result.studyId = summary.studyId;
        m_result.items = int(m_items.size());
        m_result.mediaFiles = int(m_media.size());
        m_mediaRoot = reader.mediaRoot();
        m_total = int(m_media.size()) + 2;
        return true;
    }

    // A study with a design: the package holds the rater's assigned items (calibration and
    // gold included) and only the media they use, so 300 of 9,000 items travel, not the whole
    // set. Its study.json leaves the design out: the package's own item order is the design's
    // share, and the design's calibration ids name items the package does not hold.
    bool keepOnlyAssigned()
    {
        QSqlQuery q(m_master->connection());
        q.prepare(QStringLiteral("SELECT i.item_id FROM assignment a JOIN rater r ON r.id = "
                                 "a.rater_id JOIN item i ON i.id = a.item_id JOIN design_rater d "
                                 "ON d.rater_id = r.id WHERE r.rater_id = ?"));
        q.addBindValue(m_request.raterId);
        if (!q.exec())
            return failed(sqlError(AnnotatorPackager::tr("cannot read the assignment"), q));
        QSet<QString> assigned;
        while (q.next())
            assigned.insert(q.value(0).toString());
        if (assigned.isEmpty())
            return failed(AnnotatorPackager::tr(
                              "the study has a design, and rater '%1' has no items assigned by it "
                              "(expected a rater of the design: run avemo-cli assign on '%2' "
                              "first, with --add %1 for a rater who joins)")
                              .arg(m_request.raterId, m_request.studyDatabase));
        QSet<QString> usedMedia;
        QList<StoredItem> kept;
        for (const StoredItem &it : std::as_const(m_items)) {
            if (!assigned.contains(it.item.itemId))
                continue;
            kept.append(it);
            for (const QString &path : it.item.contextMedia)
                usedMedia.insert(path);
            usedMedia.insert(it.item.replyMedia);
            if (!it.item.replyAudio.isEmpty())
                usedMedia.insert(it.item.replyAudio);
        }
        m_items = kept;
        m_media.erase(
            std::remove_if(m_media.begin(), m_media.end(),
                           [&](const MediaInfo &m) { return !usedMedia.contains(m.path); }),
            m_media.end());
        QJsonObject study = QJsonDocument::fromJson(m_studyJson).object();
        study.remove(QStringLiteral("design"));
        m_studyJson = QJsonDocument(study).toJson(QJsonDocument::Compact);
        return true;
    }

    bool writeStudy(const QString &folder)
    {
        QString error;
        if (!writeFile(QDir(folder).filePath(QStringLiteral("study.json")), m_studyJson, error) ||
            !writeFile(QDir(folder).filePath(QStringLiteral("items.csv")),
                       ItemsCsvWriter::write(m_names.items()), error))
            return failed(error);
        return true;
    }

    bool copyAllMedia(const QString &folder)
    {
        QString error;
        for (const MediaInfo &media : std::as_const(m_media)) {
            if (!copyMedia(QDir(m_mediaRoot), QDir(folder), media, m_names.mediaAlias(media.path),
                           error))
                return failed(error);
            m_result.mediaBytes += media.sizeBytes;
            if (!stepDone())
                return false;
        }
        return true;
    }

    bool writeDatabase(const QString &folder)
    {
        QString error;
        if (!PackageDatabase::create(*m_master, m_studyJson, m_items, m_names,
                                     QDir(folder).filePath(databaseName()), m_request.raterId,
                                     m_result.assignmentGenerated, m_result.instanceUuid,
                                     m_definitionHash, error))
            return failed(error);
        return true;
    }

    // Last before the package is moved into place: a package whose names the master does not
    // know could never be merged.
    bool recordNames()
    {
        QString error;
        if (!m_names.record(*m_master, m_result.instanceUuid, m_request.raterId, m_definitionHash,
                            error))
            return failed(AnnotatorPackager::tr("%1; no package was written").arg(error));
        m_recorded = true;
        return true;
    }

    bool moveIntoPlace(const QString &temp)
    {
        const QFileInfo out(m_request.outputFolder);
        // An empty folder the user picked in a dialog is replaced by the finished package.
        if (out.isDir() && !QDir().rmdir(out.absoluteFilePath()))
            return failed(AnnotatorPackager::tr("cannot replace the empty folder '%1'")
                              .arg(out.absoluteFilePath()));
        if (!QDir().rename(temp, out.absoluteFilePath()))
            return failed(AnnotatorPackager::tr("cannot move the finished package to '%1'")
                              .arg(out.absoluteFilePath()));
        return true;
    }

    const PackageRequest &m_request;
    const TaskControl &m_control;
    std::unique_ptr<StudyDatabase> m_master;
    PackageResult m_result;
    QByteArray m_studyJson;
    QList<MediaInfo> m_media;
    QList<StoredItem> m_items;
    PackageNames m_names;
    QString m_definitionHash; // the package's own, recorded in the master
    bool m_recorded = false;
    QString m_mediaRoot;
    int m_done = 0;
    int m_total = 0;
};

} // namespace

PackageResult AnnotatorPackager::create(const PackageRequest &request, const TaskControl &control)
{
    return Packager(request, control).run();
}

QString AnnotatorPackager::databaseIn(const QString &folder)
{
    const QFileInfoList found =
        QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    return found.size() == 1 ? found.first().absoluteFilePath() : QString();
}

} // namespace avemo
