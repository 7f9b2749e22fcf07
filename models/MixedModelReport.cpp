#include "MixedModelReport.h"

#include "AgreementReport.h"

#include <QJsonArray>
#include <QTextStream>

#include <cmath>

namespace avemo {

namespace {

QString number(double v, int decimals = 3)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QString::number(v, 'f', decimals);
}

QString pValue(double p)
{
    return p < 1e-4 ? QStringLiteral("<0.0001") : QString::number(p, 'f', 4);
}

QJsonObject component(double variance, bool boundary)
{
    return {{QStringLiteral("variance"), jsonNumber(variance)},
            {QStringLiteral("sd"), jsonNumber(std::sqrt(variance))},
            {QStringLiteral("boundary"), boundary}};
}

} // namespace

MixedModelReport MixedModelReport::fit(const ratings::RatingTable &table, QStringList groupNames)
{
    MixedModelReport r;
    r.m_names = std::move(groupNames);
    r.m_fit = ratings::fitMixedModel(table);
    return r;
}

QJsonObject MixedModelReport::toJson() const
{
    QJsonObject json{{QStringLiteral("formula"), formula()},
                     {QStringLiteral("df_method"), dfMethod()}};
    if (!m_fit) {
        json.insert(QStringLiteral("reason"), QString::fromStdString(m_fit.reason()));
        return json;
    }
    const auto &f = m_fit.value();
    QJsonArray groups;
    for (std::size_t g = 0; g < f.groups.size(); ++g) {
        const auto &e = f.groups[g];
        groups.append(QJsonObject{
            {QStringLiteral("group"), m_names.value(qsizetype(g))},
            {QStringLiteral("estimate"), jsonNumber(e.estimate)},
            {QStringLiteral("se"), jsonNumber(e.se)},
            {QStringLiteral("df"), jsonNumber(e.df)},
            {QStringLiteral("ci95"), QJsonArray{jsonNumber(e.ciLow), jsonNumber(e.ciHigh)}},
            {QStringLiteral("n"), qint64(e.n)}});
    }
    QJsonArray contrasts;
    for (const auto &c : f.contrasts)
        contrasts.append(QJsonObject{{QStringLiteral("a"), m_names.value(qsizetype(c.a))},
                                     {QStringLiteral("b"), m_names.value(qsizetype(c.b))},
                                     {QStringLiteral("estimate"), jsonNumber(c.estimate)},
                                     {QStringLiteral("se"), jsonNumber(c.se)},
                                     {QStringLiteral("df"), jsonNumber(c.df)},
                                     {QStringLiteral("t"), jsonNumber(c.t)},
                                     {QStringLiteral("p"), jsonNumber(c.p)},
                                     {QStringLiteral("p_holm"), jsonNumber(c.pHolm)}});
    json.insert(QStringLiteral("groups"), groups);
    json.insert(QStringLiteral("contrasts"), contrasts);
    json.insert(QStringLiteral("rater"), component(f.raterVariance, f.raterAtBoundary));
    json.insert(QStringLiteral("item"), component(f.itemVariance, f.itemAtBoundary));
    json.insert(QStringLiteral("residual"), component(f.residualVariance, false));
    json.insert(QStringLiteral("reml_criterion"), f.remlCriterion);
    json.insert(QStringLiteral("observations"), qint64(f.observations));
    return json;
}

QString MixedModelReport::toText() const
{
    QString text;
    QTextStream s(&text);
    s << "mixed model: " << formula() << ", CI95 on " << dfMethod() << " df\n";
    if (!m_fit) {
        s << "  " << QString::fromStdString(m_fit.reason()) << '\n';
        return text;
    }
    const auto &f = m_fit.value();
    s << "  " << QStringLiteral("group").leftJustified(16, QLatin1Char(' '))
      << "  estimate      SE       df   CI95\n";
    for (std::size_t g = 0; g < f.groups.size(); ++g) {
        const auto &e = f.groups[g];
        const QString name = m_names.value(qsizetype(g));
        s << "  "
          << (name.isEmpty() ? QStringLiteral("(all)") : name).leftJustified(16, QLatin1Char(' '))
          << "  " << number(e.estimate).rightJustified(8) << "  " << number(e.se).rightJustified(6)
          << "  " << number(e.df, 1).rightJustified(7) << "   [" << number(e.ciLow) << ", "
          << number(e.ciHigh) << "]\n";
    }
    auto componentLine = [&](const char *name, double variance, bool boundary) {
        s << "  " << QString::fromLatin1(name).leftJustified(10, QLatin1Char(' ')) << " variance "
          << number(variance, 4) << "  SD " << number(std::sqrt(variance), 4)
          << (boundary ? "  (on the boundary: estimated as 0)" : "") << '\n';
    };
    componentLine("rater", f.raterVariance, f.raterAtBoundary);
    componentLine("item", f.itemVariance, f.itemAtBoundary);
    componentLine("residual", f.residualVariance, false);
    for (const auto &c : f.contrasts)
        s << "  " << m_names.value(qsizetype(c.a)) << " - " << m_names.value(qsizetype(c.b)) << ": "
          << number(c.estimate) << "  SE " << number(c.se) << "  df " << number(c.df, 1) << "  t "
          << number(c.t, 2) << "  p " << pValue(c.p) << "  p(Holm) " << pValue(c.pHolm) << '\n';
    return text;
}

} // namespace avemo
