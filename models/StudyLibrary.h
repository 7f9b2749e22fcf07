#pragma once

#include "Problem.h"
#include "StudyDatabase.h"
#include "StudyFolderLoader.h"

#include <QCoreApplication>

#include <memory>

namespace avemo {

// Opens what a user names: a study database file as it is, or a study folder, which is imported
// once into a database kept in the library folder (one per study version, named by the study
// id and its definition hash) and reused on every later open. The study folder itself is never
// written to: it may be read-only (an installed demo, a shared drive).
class StudyLibrary
{
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyLibrary)

public:
    explicit StudyLibrary(QString libraryFolder);
    // The per-user default: <AppDataLocation>/studies.
    static QString defaultFolder();

    struct Opened
    {
        std::unique_ptr<StudyDatabase> db;
        ProblemList problems; // when a folder did not validate
        QString error;        // when db is null
        bool importedNow = false;
    };

    Opened open(const QString &path, const StudyFolderLoader::Options &options = {}) const;

private:
    QString m_folder;
};

} // namespace avemo
