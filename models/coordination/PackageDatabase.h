#pragma once

#include "StudyTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace avemo {

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
    // instance_uuid): the study, its items and media records, and only this rater with their
    // item order, copied from the master or generated the way AnnotationSession does.
    // assignmentGenerated tells which. The package's instance id is a PackageToken for raterId
    // keyed with masterInstance.
    static bool create(const QString &masterPath, const QString &masterInstance,
                       const QString &packagePath, const QString &raterId,
                       bool &assignmentGenerated, QString &instanceUuid, QString &error);

private:
    static bool copyStudy(StudyDatabase &package, const QString &masterPath, const QString &raterId,
                          QString &error);
    static bool generateAssignment(StudyDatabase &package, const QString &raterId, QString &error);
};

} // namespace avemo
