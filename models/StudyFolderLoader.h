#pragma once

#include "Problem.h"
#include "StudyTypes.h"

#include <QCoreApplication>

#include <functional>

namespace avemo {

// Reads and checks a whole study folder: study.json, items.csv and every media file they name.
// Writes nothing. Used by `avemo-cli validate`, by import and by the GUI's File > Open.
class StudyFolderLoader
{
    // Messages are for the study author; the GUI shows them in its language.
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyFolderLoader)

public:
    struct Options
    {
        bool probeMedia = true; // open every media file with GStreamer (MediaProbe)
        std::function<void(int done, int total)> mediaProgress;
    };

    struct Result
    {
        Study study;
        ProblemList problems;
        bool ok() const { return !hasErrors(problems); }
    };

    static Result load(const QString &folder, const Options &options);
    static Result load(const QString &folder) { return load(folder, Options{}); }
};

} // namespace avemo
