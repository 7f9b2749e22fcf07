#pragma once

#include "MixedModelReport.h"
#include "Mos.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace avemo {

struct MosOptions
{
    QString groupColumn;                // --by: column names, comma-separated; empty: one group
    bool zNormalize = false;            // per-rater z-scores before averaging
    std::size_t bootstrapResamples = 0; // 0: t-based CI only
    quint64 seed = 1;
    bool mixedModel = false; // --model mixed: also fit score ~ group + (1|rater) + (1|item)
};

// MOS per group (e.g. per system) with SD, N and the Student-t CI95 of ITU-T P.800.2; with
// bootstrap, the system-level CI over raters and items and the pairwise differences. The
// report refers to the table, which must outlive it.
class MosReport
{
public:
    static MosReport compute(const ratings::RatingTable &table, const MosOptions &options);

    QJsonObject toJson() const;
    QString toText() const;

private:
    struct Group
    {
        QString name;
        QStringList keys; // one value per --by column
        ratings::Result<ratings::MosSummary> summary =
            ratings::Result<ratings::MosSummary>::fail({});
        std::size_t items = 0, raters = 0;
        std::optional<ratings::Result<ratings::BootstrapInterval>> bootstrap;
    };
    struct Difference
    {
        std::size_t a = 0, b = 0;
        ratings::Result<ratings::MosDifference> value =
            ratings::Result<ratings::MosDifference>::fail({});
    };

    const ratings::RatingTable *m_table = nullptr;
    MosOptions m_options;
    std::vector<Group> m_groups;
    std::vector<Difference> m_differences;
    std::vector<std::size_t> m_excludedRaters;
    std::optional<MixedModelReport> m_mixed;
};

} // namespace avemo
