#pragma once

#include "StudyFolderLoader.h"
#include "StudyTypes.h"

#include <QCoreApplication>

namespace avemo {

class StudyDatabase;

// Writes a validated Study into an empty study database, all or nothing.
class StudyImporter
{
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyImporter)

public:
    // False (with a reason) when the database already holds a study or a write fails; the
    // database is then exactly as it was.
    static bool import(StudyDatabase &db, const Study &study, QString &error);

    struct FolderResult
    {
        ProblemList problems; // from validating the folder
        QString error;        // why nothing was written, when !ok
        bool ok = false;
    };

    // Validates a study folder and writes it into a new database file at dbPath. On any problem
    // the file does not exist afterwards: a failed import leaves nothing behind.
    static FolderResult importFolder(const QString &folder, const QString &dbPath,
                                     const StudyFolderLoader::Options &options = {});
};

} // namespace avemo
