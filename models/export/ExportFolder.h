#pragma once

#include <QString>
#include <QStringList>

namespace avemo {

// The output folder of an export, replaced as a whole: everything is written into a hidden
// temporary folder beside it (same file system), synced to disk, and then swapped with the
// output folder in one atomic rename (Linux renameat2 RENAME_EXCHANGE). At every moment the
// output folder is either the previous export or the new one, complete; a kill at any point
// leaves at worst a temporary folder, which the next export into the same place removes.
//
// Only a folder that is missing, empty, or an earlier export (it has export.json, or only
// export files, or is from before export.json existed) is replaced: anything else is refused,
// so pointing --out at a folder of documents never deletes them. A folder that does not exist
// yet appears only when the export succeeds (missing parent folders too).
class ExportFolder
{
public:
    // The manifest, written last: which files the export holds, with sizes and row counts.
    static QString manifestName() { return QStringLiteral("export.json"); }

    ExportFolder() = default;
    ~ExportFolder(); // removes the temporary folder (and parents made for it) unless committed
    ExportFolder(const ExportFolder &) = delete;
    ExportFolder &operator=(const ExportFolder &) = delete;

    // Checks outDir, removes stale temporaries of earlier runs that were killed, makes the
    // temporary folder. knownFiles: the names an export writes (what an old export holds).
    bool begin(const QString &outDir, const QStringList &knownFiles, QString &error);
    // A file's path inside the temporary folder.
    QString filePath(const QString &name) const;
    // Syncs every file and the folder, swaps it in, syncs the parent, removes the previous
    // export. False with the reason when the swap failed (outDir is then as it was).
    bool commit(QString &error);

    // Whether outDir may be replaced by an export; why not in reason.
    static bool isReplaceable(const QString &outDir, const QStringList &knownFiles,
                              QString &reason);
    // Temporary folders of exports into outDir whose process has ended (a kill, a crash).
    static QStringList staleTemporaries(const QString &outDir);

private:
    QString m_outDir;  // absolute, symbolic links resolved
    QString m_tmpDir;  // beside it, hidden
    int m_lockFd = -1; // the temporary folder, locked while this export runs
    QStringList m_createdParents;
    bool m_committed = false;
};

} // namespace avemo
