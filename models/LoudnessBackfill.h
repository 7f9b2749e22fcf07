#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace avemo {

class StudyDatabase;

// Measures, once, the audio tracks of a study database that has no loudness for them: one
// imported before loudness was measured at import (schema 4 and older; migration 0005 adds the
// columns empty). Without it such a study plays every track as recorded while a fresh import of
// the same folder plays them at the study's loudness. The figures come from the import's own
// measurement (LoudnessMeter::measure, LoudnessMeter::forStorage) and are written in one
// transaction; the database then records that it was done (database_info
// 'loudness_measured'), so a track that is silent or cannot be decoded is not measured again
// on every open. A track whose file is missing is left for a later open, when the media may be
// back (a coordinator's database whose study folder moved).
//
// A read-only database (StudyDatabase::openReadOnly, openForReading: an export, the dashboard,
// a merge reading an annotator's file as a snapshot) is left as it is, with one log line: those
// never play anything, and nothing may be written to them.
class LoudnessBackfill
{
    Q_DECLARE_TR_FUNCTIONS(avemo::LoudnessBackfill)

public:
    struct Result
    {
        int pending = 0;    // audio tracks without figures when it began
        int measured = 0;   // of them, stored with figures
        int unmeasured = 0; // silent or not decodable: stored as such, not retried
        int missing = 0;    // no file at their path: retried on a later open
        bool skippedReadOnly = false;
        QString error; // the transaction failed: nothing was stored
    };

    // progress(done, total) after each track, as StudyFolderLoader::Options::mediaProgress.
    static Result run(StudyDatabase &db, const std::function<void(int, int)> &progress = {});
};

} // namespace avemo
