#include "MosReport.h"

#include "AgreementReport.h"

#include <QJsonArray>
#include <QTextStream>

#include <cmath>
#include <set>

namespace avemo {

namespace {

constexpr std::size_t maxGroupsForDifferences = 8;

QString number(double v, int decimals = 3)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QString::number(v, 'f', decimals);
}

} // namespace

MosReport MosReport::compute(const ratings::RatingTable &table, const MosOptions &options)
{
    MosReport r;
    r.m_table = &table;
    r.m_options = options;
    const ratings::MosAnalysis mos(table, options.zNormalize);
    r.m_excludedRaters = mos.excludedRaters();
    std::vector<std::set<std::uint32_t>> items(table.groupCount()), raters(table.groupCount());
    for (const auto &rating : table.ratings()) {
        items[rating.group].insert(rating.item);
        raters[rating.group].insert(rating.rater);
    }
    for (std::size_t g = 0; g < table.groupCount(); ++g) {
        Group group;
        // A composite --by key (system, question_id) reads "A, q1".
        group.keys = QString::fromStdString(table.groupId(g)).split(QChar(0x1f));
        group.name = group.keys.join(QLatin1String(", "));
        group.summary = mos.ofGroup(g);
        group.items = items[g].size();
        group.raters = raters[g].size();
        if (options.bootstrapResamples > 0)
            group.bootstrap = mos.groupBootstrap(g, options.bootstrapResamples, options.seed);
        r.m_groups.push_back(std::move(group));
    }
    if (options.bootstrapResamples > 0 && table.groupCount() <= maxGroupsForDifferences) {
        for (std::size_t a = 0; a < table.groupCount(); ++a)
            for (std::size_t b = a + 1; b < table.groupCount(); ++b)
                r.m_differences.push_back(
                    {a, b,
                     mos.differenceBootstrap(a, b, options.bootstrapResamples, options.seed)});
    }
    if (options.mixedModel) {
        QStringList names;
        for (const auto &g : r.m_groups)
            names.append(g.name);
        r.m_mixed = MixedModelReport::fit(table, names);
    }
    return r;
}

QJsonObject MosReport::toJson() const
{
    QJsonArray groups;
    for (const auto &g : m_groups) {
        QJsonObject o{{QStringLiteral("group"), g.name},
                      {QStringLiteral("keys"), QJsonArray::fromStringList(g.keys)},
                      {QStringLiteral("items"), qint64(g.items)},
                      {QStringLiteral("raters"), qint64(g.raters)}};
        if (g.summary) {
            const auto &s = g.summary.value();
            o.insert(QStringLiteral("mos"), s.mean);
            o.insert(QStringLiteral("sd"), jsonNumber(s.sd));
            o.insert(QStringLiteral("n"), qint64(s.n));
            o.insert(QStringLiteral("ci95"), QJsonArray{jsonNumber(s.ciLow), jsonNumber(s.ciHigh)});
            o.insert(QStringLiteral("ci95_half_width"), jsonNumber(s.ciHalfWidth));
        } else {
            o.insert(QStringLiteral("mos"), QJsonValue::Null);
            o.insert(QStringLiteral("reason"), QString::fromStdString(g.summary.reason()));
        }
        if (g.bootstrap && *g.bootstrap)
            o.insert(QStringLiteral("bootstrap_ci95"),
                     QJsonArray{g.bootstrap->value().low, g.bootstrap->value().high});
        else if (g.bootstrap)
            o.insert(QStringLiteral("bootstrap_reason"),
                     QString::fromStdString(g.bootstrap->reason()));
        groups.append(o);
    }
    QJsonArray differences;
    for (const auto &d : m_differences) {
        QJsonObject o{{QStringLiteral("a"), m_groups[d.a].name},
                      {QStringLiteral("b"), m_groups[d.b].name}};
        if (d.value) {
            o.insert(QStringLiteral("difference"), d.value->difference);
            o.insert(QStringLiteral("ci95"), QJsonArray{d.value->ci.low, d.value->ci.high});
        } else {
            o.insert(QStringLiteral("difference"), QJsonValue::Null);
            o.insert(QStringLiteral("reason"), QString::fromStdString(d.value.reason()));
        }
        differences.append(o);
    }
    QJsonArray excluded;
    for (const auto r : m_excludedRaters)
        excluded.append(QString::fromStdString(m_table->raterId(r)));
    QJsonObject json{
        {QStringLiteral("items"), qint64(m_table->itemCount())},
        {QStringLiteral("raters"), qint64(m_table->raterCount())},
        {QStringLiteral("ratings"), qint64(m_table->ratingCount())},
        {QStringLiteral("by"),
         m_options.groupColumn.isEmpty() ? QJsonValue() : QJsonValue(m_options.groupColumn)},
        {QStringLiteral("normalization"),
         m_options.zNormalize ? QStringLiteral("z-score per rater") : QStringLiteral("none")},
        {QStringLiteral("ci_method"), QStringLiteral("Student t, t(0.975, N-1) * SD / sqrt(N)")},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("excluded_raters"), excluded}};
    if (m_options.bootstrapResamples > 0) {
        json.insert(QStringLiteral("bootstrap"),
                    QJsonObject{{QStringLiteral("resamples"), qint64(m_options.bootstrapResamples)},
                                {QStringLiteral("seed"), QString::number(m_options.seed)},
                                {QStringLiteral("method"),
                                 QStringLiteral("percentile, raters and items resampled")}});
        json.insert(QStringLiteral("differences"), differences);
    }
    if (m_mixed)
        json.insert(QStringLiteral("mixed_model"), m_mixed->toJson());
    return json;
}

QString MosReport::toText() const
{
    QString text;
    QTextStream s(&text);
    s << "ratings " << m_table->ratingCount() << ", items " << m_table->itemCount() << ", raters "
      << m_table->raterCount() << (m_options.zNormalize ? ", scores are per-rater z-scores" : "")
      << "\n\n";
    const QString groupTitle =
        m_options.groupColumn.isEmpty() ? QStringLiteral("group") : m_options.groupColumn;
    s << "  " << groupTitle.leftJustified(16, QLatin1Char(' ')) << "    MOS      SD      N   CI95"
      << (m_options.bootstrapResamples ? "                 bootstrap CI95 (raters x items)" : "")
      << '\n';
    for (const auto &g : m_groups) {
        s << "  "
          << (g.name.isEmpty() ? QStringLiteral("(all)") : g.name)
                 .leftJustified(16, QLatin1Char(' '));
        if (!g.summary) {
            s << "  " << QString::fromStdString(g.summary.reason()) << '\n';
            continue;
        }
        const auto &m = g.summary.value();
        s << "  " << number(m.mean).rightJustified(6) << "  " << number(m.sd).rightJustified(6)
          << "  " << QString::number(m.n).rightJustified(5) << "   [" << number(m.ciLow) << ", "
          << number(m.ciHigh) << "]";
        if (g.bootstrap && *g.bootstrap)
            s << "       [" << number(g.bootstrap->value().low) << ", "
              << number(g.bootstrap->value().high) << "]";
        else if (g.bootstrap)
            s << "       " << QString::fromStdString(g.bootstrap->reason());
        s << '\n';
    }
    for (const auto &d : m_differences) {
        s << "  " << m_groups[d.a].name << " - " << m_groups[d.b].name << ": ";
        if (d.value)
            s << number(d.value->difference) << "  95% CI [" << number(d.value->ci.low) << ", "
              << number(d.value->ci.high) << "]\n";
        else
            s << QString::fromStdString(d.value.reason()) << '\n';
    }
    if (!m_excludedRaters.empty())
        s << "  raters left out of the z-scores (no spread): " << m_excludedRaters.size() << '\n';
    if (m_mixed)
        s << '\n' << m_mixed->toText();
    return text;
}

} // namespace avemo
