#include "export/ExportFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace avemo {

namespace {

QString systemError(int error = errno)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// The hidden temporaries of exports into outDir sit beside it: ".results.avemo-export-...".
QString temporaryPrefix(const QString &outDir)
{
    return QLatin1Char('.') + QFileInfo(outDir).fileName() + QStringLiteral(".avemo-export-");
}

// Before export.json, the temporary folder was made inside the output folder.
bool isOldTemporary(const QFileInfo &entry)
{
    return entry.isDir() && entry.fileName().startsWith(QLatin1String(".avemo-export-"));
}

// Opens a folder and takes its lock without waiting; -1 when another export holds it (or the
// folder cannot be opened).
int lockFolder(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool syncPath(const QString &path, QString &error)
{
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        error = QStringLiteral("cannot sync '%1' to disk: %2").arg(path, systemError());
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

// rename(2) cannot replace a folder that has files; renameat2 can swap two paths atomically.
int exchange(const QString &from, const QString &to)
{
    return ::renameat2(AT_FDCWD, native(from).constData(), AT_FDCWD, native(to).constData(),
                       RENAME_EXCHANGE);
}

} // namespace

ExportFolder::~ExportFolder()
{
    if (!m_committed && !m_tmpDir.isEmpty())
        QDir(m_tmpDir).removeRecursively();
    if (m_lockFd >= 0)
        ::close(m_lockFd);
    if (!m_committed)
        for (const QString &parent : std::as_const(m_createdParents))
            QDir().rmdir(parent); // deepest first; only if still empty
}

bool ExportFolder::isReplaceable(const QString &outDir, const QStringList &knownFiles,
                                 QString &reason)
{
    const QFileInfo info(outDir);
    if (!info.exists())
        return true;
    if (!info.isDir()) {
        reason = QStringLiteral("'%1' is a file, not a folder").arg(outDir);
        return false;
    }
    const QDir dir(outDir);
    const auto entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const bool known = (entry.isFile() && !entry.isSymLink() &&
                            (knownFiles.contains(name) || name == manifestName())) ||
                           isOldTemporary(entry);
        if (!known) {
            reason = QStringLiteral("'%1' holds '%2', which no export writes; an export "
                                    "replaces its folder as a whole, so it goes only into a new "
                                    "or empty folder or an earlier export")
                         .arg(outDir, name);
            return false;
        }
    }
    return true;
}

QStringList ExportFolder::staleTemporaries(const QString &outDir)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(outDir).absoluteFilePath()));
    const QDir parent(info.absolutePath());
    QStringList stale;
    const QString prefix = temporaryPrefix(info.absoluteFilePath());
    const auto entries =
        parent.entryInfoList({prefix + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const int fd = lockFolder(entry.absoluteFilePath());
        if (fd >= 0) {
            stale.append(entry.absoluteFilePath());
            ::close(fd);
        }
    }
    return stale;
}

bool ExportFolder::begin(const QString &outDir, const QStringList &knownFiles, QString &error)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(outDir).absoluteFilePath()));
    if (info.isSymLink()) { // replace what the link points to, keep the link
        if (!info.exists()) {
            error = QStringLiteral("'%1' is a symbolic link to nothing").arg(outDir);
            return false;
        }
        info = QFileInfo(info.canonicalFilePath());
    }
    m_outDir = info.absoluteFilePath();
    if (info.fileName().isEmpty() || info.isRoot()) {
        error = QStringLiteral("'%1' cannot be an export folder").arg(outDir);
        return false;
    }
    if (!isReplaceable(m_outDir, knownFiles, error))
        return false;

    // Parent folders that do not exist yet: made now (the temporary folder goes beside the
    // output), removed again if the export fails.
    const QString parent = info.absolutePath();
    for (QString p = parent; !QFileInfo::exists(p); p = QFileInfo(p).absolutePath())
        m_createdParents.append(p);
    if (!QDir().mkpath(parent)) {
        error = QStringLiteral("cannot create the folder '%1'").arg(parent);
        return false;
    }

    // Temporaries of runs that were killed: nobody holds their lock any more.
    for (const QString &stale : staleTemporaries(m_outDir)) {
        const int fd = lockFolder(stale);
        if (fd >= 0) {
            QDir(stale).removeRecursively();
            ::close(fd);
        }
    }

    // mkdir (not mkdtemp, which makes it private): the export gets the user's usual
    // permissions. Locked at once; a cleaner that got in between (it found the folder
    // unlocked and removed it) is noticed by the folder having no links left, and retried.
    const QString prefix = temporaryPrefix(m_outDir);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = QDir(parent).filePath(
            prefix + QString::number(QRandomGenerator::global()->generate64(), 36));
        if (::mkdir(native(candidate).constData(), 0777) != 0) {
            if (errno == EEXIST)
                continue;
            error = QStringLiteral("cannot write in '%1': %2").arg(parent, systemError());
            return false;
        }
        const int fd = lockFolder(candidate);
        struct stat st = {};
        if (fd >= 0 && ::fstat(fd, &st) == 0 && st.st_nlink > 0) {
            m_tmpDir = candidate;
            m_lockFd = fd;
            return true;
        }
        if (fd >= 0)
            ::close(fd);
    }
    error = QStringLiteral("cannot make a temporary folder in '%1'").arg(parent);
    return false;
}

QString ExportFolder::filePath(const QString &name) const
{
    return QDir(m_tmpDir).filePath(name);
}

bool ExportFolder::commit(QString &error)
{
    // Data first, then the folder's entries, then the swap, then the parent's entry: after a
    // power cut the new folder is either absent or complete.
    const auto files = QDir(m_tmpDir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files)
        if (!syncPath(file.absoluteFilePath(), error))
            return false;
    if (::fsync(m_lockFd) != 0) {
        error = QStringLiteral("cannot sync '%1' to disk: %2").arg(m_tmpDir, systemError());
        return false;
    }
    const QString parent = QFileInfo(m_outDir).absolutePath();
    if (QFileInfo::exists(m_outDir)) {
        if (exchange(m_tmpDir, m_outDir) != 0) {
            // A file system without RENAME_EXCHANGE (some network and FUSE ones): two renames,
            // with a moment between them when the folder is absent.
            if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP) {
                error = QStringLiteral("cannot replace '%1': %2").arg(m_outDir, systemError());
                return false;
            }
            const QString old = m_tmpDir + QStringLiteral("-old");
            if (::rename(native(m_outDir).constData(), native(old).constData()) != 0 ||
                ::rename(native(m_tmpDir).constData(), native(m_outDir).constData()) != 0) {
                error = QStringLiteral("cannot replace '%1': %2").arg(m_outDir, systemError());
                return false;
            }
            m_tmpDir = old;
        }
    } else if (::rename(native(m_tmpDir).constData(), native(m_outDir).constData()) != 0) {
        error = QStringLiteral("cannot move the export to '%1': %2").arg(m_outDir, systemError());
        return false;
    }
    m_committed = true;
    QString ignored; // the export is in place; a parent that cannot be synced changes nothing
    syncPath(parent, ignored);
    // The previous export now has the temporary name: removed, or by the next run if killed.
    if (QFileInfo::exists(m_tmpDir) && m_tmpDir != m_outDir)
        QDir(m_tmpDir).removeRecursively();
    return true;
}

} // namespace avemo
