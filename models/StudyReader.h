#pragma once

#include "StudyTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace avemo {

class StudyDatabase;

struct StudySummary
{
    QString studyId;
    QString title;
    QString definitionHash;
    QString sourceFolder;
    int items = 0;
    int dialogues = 0;
    int turns = 0;   // distinct (dialogue, turn) pairs
    int systems = 0; // of the non-gold items
    int raters = 0;
    int questions = 0;
    int mediaFiles = 0;
    qint64 totalMediaDurationMs = 0;
    int goldItems = 0;
};

// An item as stored, with its media resolved to absolute paths for playback.
struct StoredItem
{
    qint64 rowId = 0;
    StudyItem item;
    QStringList contextPaths; // absolute
    QString replyPath;        // absolute
    QString replyAudioPath;   // absolute, or empty
    bool replyHasVideo = false;
    // Measured loudness (LUFS) of what each segment plays: the context clips in order, then the
    // reply's audio (its separate audio track when it has one). Unset: not measured or silent.
    QList<std::optional<double>> contextLoudnessLufs;
    std::optional<double> replyLoudnessLufs;
};

// Reads a study back out of a study database.
class StudyReader
{
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyReader)

public:
    explicit StudyReader(StudyDatabase &db)
        : m_db(db)
    {
    }

    bool summary(StudySummary &out, QString &error) const;
    bool definition(StudyDefinition &out, QString &error) const;
    bool items(QList<StoredItem> &out, QString &error) const;
    QStringList systems() const; // of the non-gold items, sorted

    // Where media paths are relative to: the folder the study was imported from, or the folder
    // holding the database when that one has moved (an annotator package).
    QString mediaRoot() const;

private:
    StudyDatabase &m_db;
};

} // namespace avemo
