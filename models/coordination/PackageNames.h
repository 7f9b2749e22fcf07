#pragma once

#include "StudyReader.h"
#include "StudyTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace avemo {

class StudyDatabase;

// The opaque names one annotator package uses, so that nothing in its files (items.csv, its
// database, its media file names) tells which system made a reply: every item gets a random
// alias id ("i-3f9a1c"), every system a random code ("s7c2a"), every media file a random name
// ("media/5d0e94b2.ogg"), and the items are listed in a random order (so neither row order nor
// row ids follow the study's, which may be sorted by system). The random parts come from the
// operating system's generator; nothing is derived from the real names. The mapping back is
// kept only in the master database (tables package, package_item, package_system), where the
// merge reads it.
class PackageNames
{
    Q_DECLARE_TR_FUNCTIONS(avemo::PackageNames)

public:
    // Fresh names for the study's items and media (as StudyReader and PackageDatabase read them).
    static PackageNames make(const QList<StoredItem> &items, const QList<MediaInfo> &media);

    // The package's items: aliased, in the package's order, csvLine as in its items.csv.
    const QList<StudyItem> &items() const { return m_items; }
    // The package's media: aliased paths, in the order of first use in items(), as the folder
    // loader lists them (so the package's database hashes like its folder).
    const QList<MediaInfo> &media() const { return m_media; }
    // The package's name for a media path of the study.
    QString mediaAlias(const QString &path) const { return m_mediaAlias.value(path); }
    // The package's id for an item id of the study.
    QString itemAlias(const QString &itemId) const { return m_itemAlias.value(itemId); }

    // Records the mapping in the master, in one transaction, for the package whose database
    // has this instance id and this (aliased) definition hash.
    bool record(StudyDatabase &master, const QString &instanceUuid, const QString &raterId,
                const QString &definitionHash, QString &error) const;
    // Takes a recorded mapping out again (a package that was not finished).
    static void forget(StudyDatabase &master, const QString &instanceUuid);

private:
    QList<StudyItem> m_items;
    QList<MediaInfo> m_media;
    QHash<QString, QString> m_itemAlias;  // study item id -> alias
    QHash<QString, QString> m_systemCode; // system -> code
    QHash<QString, QString> m_mediaAlias; // study media path -> package path
};

} // namespace avemo
