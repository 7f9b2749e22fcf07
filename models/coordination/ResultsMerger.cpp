#include "coordination/ResultsMerger.h"

#include "StudyDatabase.h"
#include "StudyReader.h"
#include "coordination/MergeWriter.h"
#include "coordination/PackageDatabase.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace avemo {

namespace {

// An annotator database as the merge reads it: never written, opened read-only; immutable
// (no locks, no -shm or -wal created beside it) unless a -wal file beside it may hold answers
// not yet in the main file (the laptop's program was killed), in which case the pair is copied
// into a temporary folder and the copy is read.
struct Source
{
    QString path;
    QString uri; // what MergeWriter attaches
    qint64 bytes = 0;
    QString studyId;
    QString definitionHash;
    QString instanceUuid;
    bool opaqueNames = false; // a package that calls items and systems by aliases
    std::unique_ptr<QTemporaryDir> copy;
};

// Annotator packages were introduced with schema version 3; an older file has no instance id
// that could tell its raters' origin.
constexpr int kFirstPackageSchema = 3;

bool copyWithWal(const QString &path, Source &out, QString &readPath, QString &error)
{
    out.copy = std::make_unique<QTemporaryDir>();
    readPath = out.copy->filePath(QStringLiteral("source.sqlite"));
    if (!out.copy->isValid() || !QFile::copy(path, readPath) ||
        !QFile::copy(path + QStringLiteral("-wal"), readPath + QStringLiteral("-wal"))) {
        error = ResultsMerger::tr("cannot copy '%1' and its -wal file to a temporary folder to "
                                  "read them")
                    .arg(path);
        return false;
    }
    return true;
}

bool openSource(const QString &path, Source &out, QString &error)
{
    out.path = path;
    if (!QFileInfo(path).isFile()) {
        error = ResultsMerger::tr("'%1' does not exist or is not a file").arg(path);
        return false;
    }
    QString readPath = path;
    auto mode = StudyDatabase::ReadMode::Snapshot;
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        if (!copyWithWal(path, out, readPath, error))
            return false;
        mode = StudyDatabase::ReadMode::Live; // the copy's WAL must be read
    }
    auto db = StudyDatabase::openReadOnly(readPath, error, mode);
    if (db && db->schemaVersion() < kFirstPackageSchema) {
        // It is never migrated in place.
        error = ResultsMerger::tr("'%1' has schema version %2, older than any annotator package "
                                  "(%3); it cannot be merged")
                    .arg(path)
                    .arg(db->schemaVersion())
                    .arg(kFirstPackageSchema);
        return false;
    }
    if (!db) {
        error.replace(readPath, path);
        return false;
    }
    if (!db->hasStudy()) {
        error = ResultsMerger::tr("'%1' is a database without a study").arg(path);
        return false;
    }
    StudySummary summary;
    if (!StudyReader(*db).summary(summary, error))
        return false;
    out.studyId = summary.studyId;
    out.definitionHash = summary.definitionHash;
    out.instanceUuid = db->instanceUuid();
    {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM database_info WHERE key = ?"));
        q.addBindValue(PackageDatabase::opaqueNamesKey());
        out.opaqueNames = q.exec() && q.next() && q.value(0).toInt() > 0;
    }
    out.uri = StudyDatabase::readOnlyUri(readPath, mode);
    out.bytes = QFileInfo(readPath).size() + QFileInfo(readPath + QStringLiteral("-wal")).size();
    if (out.instanceUuid.isEmpty()) {
        error = ResultsMerger::tr("'%1' has no instance id").arg(path);
        return false;
    }
    return true;
}

// The study hash the master recorded for a package made from it (its own, under the package's
// opaque names), or empty when this master made no package with that instance id.
QString packageHash(StudyDatabase &master, const QString &instance)
{
    QSqlQuery q(master.connection());
    q.prepare(QStringLiteral("SELECT definition_hash FROM package WHERE instance_uuid = ?"));
    q.addBindValue(instance);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Why a source cannot be merged into this master, or empty when it can. mapped tells whether
// its items are matched through the names the master recorded for it.
QString refusal(const Source &source, const StudySummary &master, const QString &masterInstance,
                const QString &recordedHash)
{
    if (source.studyId != master.studyId)
        return ResultsMerger::tr("'%1' is from study '%2', the master holds '%3'")
            .arg(source.path, source.studyId, master.studyId);
    if (!recordedHash.isEmpty()) {
        if (source.definitionHash == recordedHash)
            return {};
        return ResultsMerger::tr("'%1' holds a different version of study '%2' than the package "
                                 "made for it: its definition hash is %3..., the package's was "
                                 "%4... (its study, items or media were changed since)")
            .arg(source.path, source.studyId, source.definitionHash.left(12),
                 recordedHash.left(12));
    }
    if (source.opaqueNames)
        return ResultsMerger::tr("'%1' is an annotator package whose item and system names this "
                                 "master database does not hold: it was made from another master "
                                 "database (or from a copy of this one); merge it into the "
                                 "database it was packaged from")
            .arg(source.path);
    if (source.definitionHash != master.definitionHash)
        return ResultsMerger::tr("'%1' holds a different version of study '%2': its definition "
                                 "hash is %3..., the master's is %4... (the study definition, its "
                                 "items or its media changed between the two imports)")
            .arg(source.path, source.studyId, source.definitionHash.left(12),
                 master.definitionHash.left(12));
    if (source.instanceUuid == masterInstance)
        return ResultsMerger::tr("'%1' is the master database itself (or a copy of it)")
            .arg(source.path);
    return {};
}

// The master: checked read-only first, so a file that is not a study database (empty, a media
// file, a colleague's database) is neither created, migrated nor touched; then opened for
// writing, which migrates an older study database of ours.
std::unique_ptr<StudyDatabase> openMaster(const QString &path, QString &error)
{
    // Writability first: even a read-only look at a file we may not write would leave -shm
    // and -wal files beside it that keep it unwritable.
    const QFileInfo info(path);
    if (info.isFile() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        error = ResultsMerger::tr("cannot write the master database '%1': %2 is read-only; "
                                  "nothing was merged")
                    .arg(path, info.isWritable() ? ResultsMerger::tr("its folder")
                                                 : ResultsMerger::tr("the file"));
        return nullptr;
    }
    {
        auto check = StudyDatabase::openReadOnly(path, error);
        if (!check) {
            error = ResultsMerger::tr("the master database: %1").arg(error);
            return nullptr;
        }
        if (!check->hasStudy()) {
            error = ResultsMerger::tr("the master database '%1' holds no study").arg(path);
            return nullptr;
        }
    }
    auto master = StudyDatabase::open(path, error);
    if (!master)
        error = ResultsMerger::tr("the master database: %1").arg(error);
    return master;
}

} // namespace

MergeReport ResultsMerger::merge(const QString &masterPath, const QStringList &sourcePaths,
                                 const TaskControl &control)
{
    MergeReport report;
    auto master = openMaster(masterPath, report.error);
    if (!master)
        return report;
    StudySummary masterSummary;
    StudyDefinition study;
    const StudyReader masterReader(*master);
    if (!masterReader.summary(masterSummary, report.error) ||
        !masterReader.definition(study, report.error))
        return report;
    const QString masterInstance = master->instanceUuid();
    MergeWriter writer(master->connection(), masterInstance, study, control);
    for (int i = 0; i < sourcePaths.size(); ++i) {
        MergeSourceReport sourceReport;
        sourceReport.path = sourcePaths[i];
        if (control.isCancelled()) {
            report.cancelled = true;
            sourceReport.outcome = MergeSourceReport::Outcome::Cancelled;
            sourceReport.message = tr("cancelled before '%1'").arg(sourceReport.path);
            report.sources.append(sourceReport);
            continue;
        }
        Source source;
        QString error;
        if (!openSource(sourceReport.path, source, error)) {
            sourceReport.message = error;
        } else {
            sourceReport.instanceUuid = source.instanceUuid;
            const QString recordedHash = packageHash(*master, source.instanceUuid);
            sourceReport.message = refusal(source, masterSummary, masterInstance, recordedHash);
            if (sourceReport.message.isEmpty())
                writer.merge(source.uri, QFileInfo(source.path).absoluteFilePath(), source.bytes,
                             source.instanceUuid, !recordedHash.isEmpty(), sourceReport);
        }
        if (sourceReport.outcome == MergeSourceReport::Outcome::Cancelled)
            report.cancelled = true;
        report.sources.append(sourceReport);
        control.report(i + 1, int(sourcePaths.size()));
    }
    return report;
}

} // namespace avemo
