#pragma once

#include "StudyReader.h"
#include "StudyTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace avemo {

class PackageNames;
class StudyDatabase;

// The SQL side of an annotator package: what the packager reads from the coordinator's
// database, and the package's own database.
class PackageDatabase
{
    Q_DECLARE_TR_FUNCTIONS(avemo::PackageDatabase)

public:
    // The stored study.json (compact, as imported) and every media file of the study.
    static bool readStudyFiles(StudyDatabase &master, QByteArray &studyJson,
                               QList<MediaInfo> &media, QString &error);

    // Refuses a rater whose results already came from another database (a second package for
    // them would be refused at merge) or who rated in the master itself.
    static bool checkRaterIsFree(StudyDatabase &master, const QString &raterId, QString &error);

    // Creates the package database at packagePath (a new file, so it gets its own
    // instance_uuid): the study under the package's opaque names (items, systems and media as
    // `names` gives them; nothing of the study's own names), and only this rater with their
    // item order, copied from the master or generated the way AnnotationSession does, then
    // translated to the package's items. assignmentGenerated tells which. The package's
    // instance id is a PackageToken for raterId keyed with the master's instance id;
    // definitionHash is the package's own study hash (what its folder hashes to).
    static bool create(StudyDatabase &master, const QByteArray &studyJson,
                       const QList<StoredItem> &items, const PackageNames &names,
                       const QString &packagePath, const QString &raterId,
                       bool &assignmentGenerated, QString &instanceUuid, QString &definitionHash,
                       QString &error);

    // The database_info key that marks a package database using opaque names: the merge
    // refuses such a file when the master does not know its names.
    static QString opaqueNamesKey() { return QStringLiteral("opaque_names"); }

private:
    // The rater's item order in the master (item ids), or one generated for them.
    static bool masterOrder(StudyDatabase &master, const StudyDefinition &definition,
                            const QList<StoredItem> &items, const QString &raterId,
                            QStringList &itemIds, quint64 &seed, bool &generated, QString &error);
};

} // namespace avemo
