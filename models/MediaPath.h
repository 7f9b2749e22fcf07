#pragma once

#include <QCoreApplication>
#include <QString>

namespace avemo {

// Resolves a media path from items.csv against the study folder, refusing anything that could
// reach outside it: absolute paths, paths whose ".." steps climb above the folder, backslashes,
// and symbolic links whose target lies outside the folder.
class MediaPath
{
    // Messages are for the study author; the GUI shows them in its language.
    Q_DECLARE_TR_FUNCTIONS(avemo::MediaPath)

public:
    struct Resolved
    {
        QString absolutePath; // empty when refused
        QString problem;      // why it was refused, or empty
    };

    static Resolved resolve(const QString &studyFolder, const QString &relativePath);

    // The path with "." steps, doubled '/' and "dir/.." pairs removed ("./media/x.flac" and
    // "media/../media/x.flac" both become "media/x.flac"), so one file has one name. A path
    // that climbs out of the folder keeps a leading "..".
    static QString normalised(const QString &relativePath);
};

} // namespace avemo
