#pragma once

#include "Problem.h"
#include "StudyTypes.h"

#include <functional>

namespace avemo {

// Reads and checks a whole study folder: study.json, items.csv and every media file they name.
// Writes nothing. Used by `avemo-cli validate`, by import and by the GUI's File > Open.
class StudyFolderLoader
{
public:
    struct Options
    {
        bool probeMedia = true; // open every media file with Qt Multimedia
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
