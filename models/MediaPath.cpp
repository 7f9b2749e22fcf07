#include "MediaPath.h"

#include <QDir>
#include <QFileInfo>

namespace avemo {

MediaPath::Resolved MediaPath::resolve(const QString &studyFolder, const QString &relativePath)
{
    const auto refuse = [](const QString &why) { return Resolved{QString(), why}; };
    if (relativePath.startsWith(u'/') || QDir::isAbsolutePath(relativePath) ||
        (relativePath.size() > 1 && relativePath[1] == u':'))
        return refuse(tr("absolute path '%1' (expected a path relative to the study folder)")
                          .arg(relativePath));
    if (relativePath.contains(u'\\'))
        return refuse(
            tr("path '%1' contains a backslash (expected '/' between folders)").arg(relativePath));
    // "media/../media/x.flac" stays inside; only a ".." left after normalising climbs out.
    const QString path = normalised(relativePath);
    if (path == u".." || path.startsWith(QLatin1String("../")))
        return refuse(tr("path '%1' climbs out with '..' (expected a path inside the study folder)")
                          .arg(relativePath));

    const QString folder = QFileInfo(studyFolder).canonicalFilePath();
    const QString joined = QDir(folder).filePath(path);
    const QFileInfo info(joined);
    if (!info.exists())
        return refuse(tr("file '%1' does not exist").arg(relativePath));
    // canonicalFilePath() follows every symbolic link on the way, so a link anywhere in the path
    // that points outside the folder is caught here.
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(folder + u'/'))
        return refuse(
            tr("'%1' is a symbolic link that leaves the study folder (expected a file inside it)")
                .arg(relativePath));
    if (!info.isFile())
        return refuse(tr("'%1' is not a regular file").arg(relativePath));
    if (!info.isReadable())
        return refuse(tr("file '%1' is not readable (check its permissions)").arg(relativePath));
    return {canonical, QString()};
}

QString MediaPath::normalised(const QString &relativePath)
{
    // QDir::cleanPath works on the text alone (no file system), the same on every platform.
    return QDir::cleanPath(relativePath);
}

} // namespace avemo
