#pragma once

#include "TaskControl.h"
#include "export/StudyRatings.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <vector>

namespace avemo {

// A figure that may be missing is NaN; a note says why when the reason is worth reading.

// One item x question, over the included raters (gold items included: they are listed, and
// flagged, in items.csv).
struct ItemStatistics
{
    std::uint32_t item = 0; // StudyRatings item
    std::size_t n = 0;
    double mos = NAN, sd = NAN, ciLow = NAN, ciHigh = NAN; // mos/slider only; t-based CI95
    QStringList majority;      // category ids (categorical) or scores; several: a tie
    double agreement = NAN;    // share of the ratings on the (first) majority value
    double disagreement = NAN; // categorical: entropy in bits; mos/slider: range (max - min)
};

// One system x question, gold items and excluded raters left out.
struct SystemStatistics
{
    QString system;
    std::size_t n = 0, items = 0, raters = 0;
    double mos = NAN, sd = NAN, ciLow = NAN, ciHigh = NAN; // mos/slider only
    double bootLow = NAN, bootHigh = NAN; // two-way bootstrap over raters and items
    QString bootNote;
    std::vector<double> shares; // categorical: share per category, label-set order
    // mos/slider: REML mixed model score ~ system + (1|rater) + (1|item) over the question's
    // systems; the variance components are the question's (the same on each system).
    double mixedEstimate = NAN, mixedSe = NAN, mixedDf = NAN, mixedLow = NAN, mixedHigh = NAN;
    double mixedRaterVariance = NAN, mixedItemVariance = NAN, mixedResidualVariance = NAN;
    QString mixedNote; // why there is no fit, or which component is on the boundary
};

struct AgreementStatistics
{
    QString level; // alpha's metric: nominal (categorical) or interval (mos, slider)
    std::size_t items = 0, raters = 0, ratings = 0;
    double alpha = NAN, alphaLow = NAN, alphaHigh = NAN;
    QString alphaNote;
    double fleiss = NAN;
    QString fleissNote;
    QString cohenWeights; // none (categorical), quadratic (mos, slider)
    double cohenMean = NAN;
    std::size_t cohenPairs = 0; // pairs with a defined kappa
    QString cohenNote;
};

struct QuestionStatistics
{
    std::size_t question = 0;              // StudyRatings question
    std::vector<ItemStatistics> items;     // every item, in items.csv order
    std::vector<SystemStatistics> systems; // every system, sorted
    AgreementStatistics agreement;
};

struct StatisticsOptions
{
    std::size_t bootstrapResamples = 1000; // 0: no bootstrap CIs
    std::uint64_t seed = 1;                // the same seed for every bootstrap: reproducible
};

// The statistics of the exports, from the statistics engine, for every question that has
// them (not free text). Empty result when control is cancelled.
class StudyStatistics
{
public:
    static std::vector<QuestionStatistics> compute(const StudyRatings &study,
                                                   const StatisticsOptions &options,
                                                   const TaskControl &control = {});

    static QuestionStatistics computeQuestion(const StudyRatings &study, std::size_t question,
                                              const StatisticsOptions &options);

    // How a value of a question is written: the category id, or the score.
    static QString valueText(const StudyRatings &study, std::size_t question, double value);
};

} // namespace avemo
