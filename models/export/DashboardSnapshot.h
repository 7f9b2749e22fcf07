#pragma once

#include "RaterScreening.h"
#include "StudyReader.h"
#include "TaskControl.h"
#include "export/StudyStatistics.h"

#include <QString>

#include <cmath>
#include <memory>
#include <optional>
#include <vector>

namespace avemo {

// What the dashboard knows about one rater, whatever the question.
struct RaterFigures
{
    int itemsDone = 0;     // items with at least one response
    int itemsAssigned = 0; // the rater's item order, or every item when they have none yet
    double medianSecondsPerItem = NAN;
};

// Screening of every rater on one question; perRater is indexed like StudyRatings::raters()
// and empty for a rater without a rating of this question.
struct QuestionScreening
{
    std::size_t question = 0;
    std::vector<std::optional<ratings::RaterScreening>> perRater;
};

// Everything the dashboard shows, computed at once on a worker thread from the study
// database and then only read (shared between the tabs, never changed): recomputing after an
// exclusion makes a new snapshot.
struct DashboardSnapshot
{
    QString databasePath;
    StudyRatings study;
    QList<StoredItem> storedItems; // same order as study.items(): for playback
    std::vector<QuestionStatistics> statistics;
    std::vector<QuestionScreening> screening; // same order as statistics
    std::vector<RaterFigures> raters;         // indexed like study.raters()
    std::size_t bootstrapResamples = 0;

    const QuestionStatistics *statisticsOf(std::size_t question) const;
    const QuestionScreening *screeningOf(std::size_t question) const;
    // Questions with statistics, in study order.
    std::vector<std::size_t> statisticQuestions() const;
    // Of those, the ones with a numeric answer (mos, slider).
    std::vector<std::size_t> numericQuestions() const;
    std::vector<std::size_t> categoricalQuestions() const;
    int includedRaters() const;

    struct Options
    {
        std::size_t bootstrapResamples = 1000;
    };
    // Opens its own connection to databasePath (call it on the worker thread). Null with
    // error when the study cannot be read, or when cancelled (error empty then).
    static std::shared_ptr<const DashboardSnapshot> compute(const QString &databasePath,
                                                            const Options &options,
                                                            const TaskControl &control,
                                                            QString &error);
};

} // namespace avemo
