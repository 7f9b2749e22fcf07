#pragma once

#include <QCoreApplication>
#include <QString>

namespace avemo {

// Resolves a media path from items.csv against the study folder, refusing anything that could
// reach outside it: absolute paths, ".." steps, backslashes, and symbolic links whose target
// lies outside the folder.
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
};

} // namespace avemo
