#pragma once

#include "AvemoTestPaths.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

// Copies a folder (recursively) so a test can change a study without touching the fixtures.
inline bool copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    const auto entries =
        source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
    for (const QFileInfo &info : entries) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isSymLink())
            continue;
        if (info.isDir() ? !copyFolder(info.filePath(), target)
                         : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

inline QString baseStudyDir()
{
    return QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study");
}
