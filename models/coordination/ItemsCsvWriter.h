#pragma once

#include "StudyTypes.h"

#include <QByteArray>
#include <QList>

namespace avemo {

// Writes items back out as an items.csv (docs/study-format.md) that StudyFolderLoader reads to
// the same items, so a package built from a database validates and hashes like its source.
class ItemsCsvWriter
{
public:
    static QByteArray write(const QList<StudyItem> &items);
};

} // namespace avemo
