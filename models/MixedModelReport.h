#pragma once

#include "MixedModel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace avemo {

// The mixed model score ~ system + (1|rater) + (1|item) of a ratings table, in the words of
// the CLI, the export and the dashboard: each group's estimate with its Satterthwaite t CI, the
// variance components (and which sit on the boundary), and the Holm-adjusted pairwise contrasts.
class MixedModelReport
{
public:
    // groupNames: one per table group, in table order.
    static MixedModelReport fit(const ratings::RatingTable &table, QStringList groupNames);

    const ratings::Result<ratings::MixedModelFit> &result() const { return m_fit; }
    const QStringList &groupNames() const { return m_names; }

    QJsonObject toJson() const;
    QString toText() const;

    static QString formula()
    {
        return QStringLiteral("score ~ system + (1|rater) + (1|item), REML");
    }
    static QString dfMethod() { return QStringLiteral("Satterthwaite"); }

private:
    ratings::Result<ratings::MixedModelFit> m_fit =
        ratings::Result<ratings::MixedModelFit>::fail({});
    QStringList m_names;
};

} // namespace avemo
