#pragma once

#include "export/StudyRatings.h"
#include "export/StudyStatistics.h"

#include <vector>

namespace avemo {

// One categorical question's ratings counted by the label given and the item's reference label.
// The dashboard's heat map (ConfusionMatrixModel) and the report's (ReportCharts) both count
// with this, so the two can never disagree.
struct LabelConfusion
{
    enum class Reference
    {
        IntendedEmotion, // the item's intended emotion
        Consensus        // the item's single majority label over the included raters
    };

    int size = 0;            // categories of the question's label set
    std::vector<int> counts; // counts[given * size + reference]
    int total = 0;
    int leftOut = 0;           // ratings of items without a reference label (none, or a tie)
    bool anyReference = false; // some item has a reference label

    int count(int given, int reference) const
    {
        return counts[std::size_t(given * size + reference)];
    }

    // rater: a StudyRatings rater, or -1 for every included rater. Every item counts, gold ones
    // too. Empty (size 0) when the question has no label set.
    static LabelConfusion compute(const StudyRatings &study, const QuestionStatistics &question,
                                  Reference reference, int rater = -1);
};

} // namespace avemo
