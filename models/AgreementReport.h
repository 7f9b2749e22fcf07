#pragma once

#include "CohenKappa.h"
#include "FleissKappa.h"
#include "Icc.h"
#include "KrippendorffAlpha.h"

#include <QJsonObject>
#include <QString>

namespace avemo {

struct AgreementOptions
{
    ratings::Level level = ratings::Level::Nominal;
    ratings::KappaWeights weights = ratings::KappaWeights::None;
    std::size_t bootstrapResamples = 0; // 0: no bootstrap CI for alpha
    quint64 seed = 1;
    QString levelSource;   // why this level (shown next to it): "--level", "categorical question"
    QString weightsSource; // "--weights" or the default for the level
};

// Every agreement statistic of one ratings table, as the JSON object and the text table that
// `avemo-cli agreement` prints. A statistic that cannot be computed carries its reason.
class AgreementReport
{
public:
    static AgreementReport compute(const ratings::RatingTable &table,
                                   const AgreementOptions &options);

    QJsonObject toJson() const;
    QString toText() const;

private:
    const ratings::RatingTable *m_table = nullptr;
    AgreementOptions m_options;
    std::size_t m_pairableItems = 0;
    ratings::Result<ratings::AlphaEstimate> m_alpha =
        ratings::Result<ratings::AlphaEstimate>::fail({});
    std::optional<ratings::Result<ratings::BootstrapInterval>> m_alphaCi;
    ratings::Result<ratings::FleissKappaEstimate> m_fleiss =
        ratings::Result<ratings::FleissKappaEstimate>::fail({});
    ratings::Result<ratings::CohenKappaSummary> m_cohen =
        ratings::Result<ratings::CohenKappaSummary>::fail({});
    ratings::Result<ratings::IccEstimate> m_icc = ratings::Result<ratings::IccEstimate>::fail({});
};

// JSON for a number that may be NaN (not available): null then.
QJsonValue jsonNumber(double value);

} // namespace avemo
