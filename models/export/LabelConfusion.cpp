#include "export/LabelConfusion.h"

#include <cmath>

namespace avemo {

LabelConfusion LabelConfusion::compute(const StudyRatings &study,
                                       const QuestionStatistics &question, Reference reference,
                                       int rater)
{
    LabelConfusion c;
    const LabelSet *set = study.labelSet(question.question);
    if (!set)
        return c;
    c.size = int(set->categories.size());
    c.counts.assign(std::size_t(c.size * c.size), 0);
    // The reference label of every item, -1 when it has none (question.items is in items order).
    std::vector<int> truth(study.items().size(), -1);
    for (std::size_t i = 0; i < truth.size(); ++i) {
        if (reference == Reference::IntendedEmotion) {
            truth[i] = set->indexOf(study.items()[i].intendedEmotion);
        } else if (i < question.items.size()) {
            const QStringList &majority = question.items[i].majority;
            truth[i] = majority.size() == 1 ? set->indexOf(majority.first()) : -1;
        }
        c.anyReference = c.anyReference || truth[i] >= 0;
    }
    for (const RatedResponse &r : study.responses()) {
        if (r.question != question.question || std::isnan(r.number))
            continue;
        if (rater >= 0 ? int(r.rater) != rater : study.raters()[r.rater].excluded)
            continue;
        const int t = truth[r.item];
        if (t < 0) {
            ++c.leftOut;
            continue;
        }
        ++c.counts[std::size_t(int(r.number) * c.size + t)];
        ++c.total;
    }
    return c;
}

} // namespace avemo
