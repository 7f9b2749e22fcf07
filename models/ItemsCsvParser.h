#pragma once

#include "CsvReader.h"
#include "Problem.h"
#include "StudyTypes.h"

#include <QCoreApplication>

namespace avemo {

// Where a media file is first named in items.csv, so a media problem can point at that cell.
struct MediaReference
{
    QString path;    // normalised (MediaPath::normalised): one name per file
    QString written; // as first written in items.csv, for messages
    int line = 0;
    int column = 0;
    bool needsVideo = false; // a reply video that a separate audio track plays over
    bool needsAudio = false; // a separate reply audio track
};

// Turns the rows of items.csv into StudyItems, checking each cell against the study definition.
class ItemsCsvParser
{
    // Messages are for the study author; the GUI shows them in its language.
    Q_DECLARE_TR_FUNCTIONS(avemo::ItemsCsvParser)

public:
    struct Result
    {
        QList<StudyItem> items;
        QList<MediaReference> media; // each distinct path once, in first-use order
        ProblemList problems;
    };

    // Without a usable definition (study.json has errors) the checks that need one (gold
    // answers, intended emotions) are skipped rather than reported as noise.
    static Result parse(const CsvTable &table, const StudyDefinition &definition,
                        const QString &fileName, bool definitionUsable = true);
};

} // namespace avemo
