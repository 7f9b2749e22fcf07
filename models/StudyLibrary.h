#pragma once

#include "Problem.h"
#include "StudyDatabase.h"
#include "StudyFolderLoader.h"

#include <QCoreApplication>

#include <memory>

namespace avemo {

// Opens what a user names: a study database file as it is, or a study folder, which is imported
// once into a database kept in the library folder (one per study version, named by the study
// id and a hash of its definition, items and media paths) and reused on every later open. The
// study folder itself is never written to: it may be read-only (an installed demo, a shared
// drive). A folder is opened only when it is a study folder (study.json or items.csv in it); a
// database inside it is used only when it is that study's annotator package.
class StudyLibrary
{
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyLibrary)

public:
    explicit StudyLibrary(QString libraryFolder);
    // The per-user default: <AppDataLocation>/studies.
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Where the answers go, which decides what an annotator hands back and whether the
    // coordinator's views start locked (see docs/architecture.md, "Opened for rating").
    enum class Kind
    {
        Database, // a database file named by the user: a coordinator's own study database
        Package,  // an annotator package (its folder, or its database named directly)
        Library,  // a study folder, rated in this user's library copy
    };

    struct Opened
    {
        std::unique_ptr<StudyDatabase> db;
        ProblemList problems; // when a folder did not validate
        QString error;        // when db is null
        bool importedNow = false;
        Kind kind = Kind::Database;
        // Library copies only: media files whose contents differ from the import (damaged or
        // replaced since). The study still opens; such an item shows its playback error and
        // can be flagged.
        int changedMedia = 0;

        // An annotator may be sitting here: coordinator views stay locked until unlocked.
        bool isForRating() const { return kind != Kind::Database; }
    };

    Opened open(const QString &path, const StudyFolderLoader::Options &options = {}) const;

private:
    Opened openDatabase(const QString &path, Kind kind,
                        const std::function<void(int, int)> &mediaProgress = {}) const;
    Opened openFolder(const QString &path, const StudyFolderLoader::Options &options) const;
    bool isInLibrary(const QString &path) const;

    QString m_folder;
};

} // namespace avemo
