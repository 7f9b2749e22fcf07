#include "StudyLibrary.h"

#include "AnnotatorPackager.h"
#include "StudyImporter.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace avemo {

StudyLibrary::StudyLibrary(QString libraryFolder)
    : m_folder(std::move(libraryFolder))
{
}

QString StudyLibrary::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("studies"));
}

StudyLibrary::Opened StudyLibrary::open(const QString &path,
                                        const StudyFolderLoader::Options &options) const
{
    Opened result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("'%1' does not exist").arg(path);
        return result;
    }
    // An annotator package is a study folder with its own database beside it: ratings belong in
    // that database (it is what the coordinator merges), not in a library copy.
    const QString packaged = info.isDir() ? AnnotatorPackager::databaseIn(path) : QString();
    if (!info.isDir() || !packaged.isEmpty()) {
        const QString dbPath = packaged.isEmpty() ? path : packaged;
        result.db = StudyDatabase::open(dbPath, result.error);
        if (result.db && !result.db->hasStudy()) {
            result.error = tr("'%1' is a database without a study (expected one made by "
                              "avemo-cli import or by opening a study folder)")
                               .arg(dbPath);
            result.db.reset();
        }
        return result;
    }

    // A quick pass without opening the media gives the definition hash (it covers the media
    // contents through their SHA-256), which names the database of this study version.
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
    const QString dbPath = QDir(m_folder).filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(loaded.study.definition.id,
                 QString::fromLatin1(loaded.study.definitionHash().left(12))));
    if (!QFileInfo::exists(dbPath)) {
        const auto imported = StudyImporter::importFolder(path, dbPath, options);
        if (!imported.ok) {
            result.problems = imported.problems;
            result.error = imported.error;
            return result;
        }
        result.importedNow = true;
    }
    result.db = StudyDatabase::open(dbPath, result.error);
    return result;
}

} // namespace avemo
