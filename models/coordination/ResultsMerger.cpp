#include "ResultsMerger.h"

#include "MergeWriter.h"
#include "StudyDatabase.h"
#include "StudyReader.h"

#include <QFileInfo>

namespace avemo {

namespace {

struct Identity
{
    QString studyId;
    QString definitionHash;
    QString instanceUuid;
};

bool readIdentity(const QString &path, Identity &out, QString &error)
{
    if (!QFileInfo(path).isFile()) {
        error = ResultsMerger::tr("'%1' does not exist or is not a file").arg(path);
        return false;
    }
    // Opening brings an annotator database from an older version up to the current schema.
    auto db = StudyDatabase::open(path, error);
    if (!db)
        return false;
    if (!db->hasStudy()) {
        error = ResultsMerger::tr("'%1' is a database without a study").arg(path);
        return false;
    }
    StudySummary summary;
    if (!StudyReader(*db).summary(summary, error))
        return false;
    out = {summary.studyId, summary.definitionHash, db->instanceUuid()};
    if (out.instanceUuid.isEmpty()) {
        error = ResultsMerger::tr("'%1' has no instance id").arg(path);
        return false;
    }
    return true;
}

// Why a source cannot be merged into this master, or empty when it can.
QString refusal(const QString &path, const Identity &source, const Identity &master)
{
    if (source.studyId != master.studyId)
        return ResultsMerger::tr("'%1' is from study '%2', the master holds '%3'")
            .arg(path, source.studyId, master.studyId);
    if (source.definitionHash != master.definitionHash)
        return ResultsMerger::tr("'%1' holds a different version of study '%2': its definition "
                                 "hash is %3..., the master's is %4... (the study definition, its "
                                 "items or its media changed between the two imports)")
            .arg(path, source.studyId, source.definitionHash.left(12),
                 master.definitionHash.left(12));
    if (source.instanceUuid == master.instanceUuid)
        return ResultsMerger::tr("'%1' is the master database itself (or a copy of it)").arg(path);
    return {};
}

} // namespace

MergeReport ResultsMerger::merge(const QString &masterPath, const QStringList &sourcePaths,
                                 const TaskControl &control)
{
    MergeReport report;
    Identity masterIdentity;
    if (!readIdentity(masterPath, masterIdentity, report.error))
        return report;
    auto master = StudyDatabase::open(masterPath, report.error);
    if (!master)
        return report;
    MergeWriter writer(master->connection(), control);
    for (int i = 0; i < sourcePaths.size(); ++i) {
        MergeSourceReport source;
        source.path = sourcePaths[i];
        if (control.isCancelled()) {
            report.cancelled = true;
            source.outcome = MergeSourceReport::Outcome::Cancelled;
            source.message = tr("cancelled before '%1'").arg(source.path);
            report.sources.append(source);
            continue;
        }
        Identity identity;
        QString error;
        if (!readIdentity(source.path, identity, error)) {
            source.message = error;
        } else {
            source.instanceUuid = identity.instanceUuid;
            source.message = refusal(source.path, identity, masterIdentity);
            if (source.message.isEmpty())
                writer.merge(QFileInfo(source.path).absoluteFilePath(), identity.instanceUuid,
                             source);
        }
        if (source.outcome == MergeSourceReport::Outcome::Cancelled)
            report.cancelled = true;
        report.sources.append(source);
        control.report(i + 1, int(sourcePaths.size()));
    }
    return report;
}

} // namespace avemo
