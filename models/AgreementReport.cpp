#include "AgreementReport.h"

#include <QJsonArray>
#include <QTextStream>

#include <cmath>
#include <future>

namespace avemo {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QJsonObject unavailable(const std::string &reason)
{
    return QJsonObject{{QStringLiteral("value"), QJsonValue::Null},
                       {QStringLiteral("reason"), QString::fromStdString(reason)}};
}

QJsonArray interval(double low, double high)
{
    return QJsonArray{jsonNumber(low), jsonNumber(high)};
}

QString number(double v, int decimals = 3)
{
    return std::isnan(v) ? QStringLiteral("n/a") : QString::number(v, 'f', decimals);
}

QString distancesName(ratings::ValueSetSource source)
{
    return source == ratings::ValueSetSource::DeclaredScale ? QStringLiteral("declared scale")
                                                            : QStringLiteral("observed values");
}

} // namespace

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

AgreementReport AgreementReport::compute(const ratings::RatingTable &table,
                                         const AgreementOptions &options)
{
    using namespace ratings;
    AgreementReport r;
    r.m_table = &table;
    r.m_options = options;
    for (std::size_t i = 0; i < table.itemCount(); ++i)
        r.m_pairableItems += table.ratingsOfItem(i).size() >= 2 ? 1 : 0;
    // The statistics only read the table: on a million ratings, Cohen's pair tables (and
    // the ICCs) on other threads overlap with the rest. Alpha and Fleiss share one pass of
    // value counts.
    auto cohen =
        std::async(std::launch::async, [&] { return cohenKappaPairs(table, options.weights); });
    std::future<Result<IccEstimate>> icc; // ICC needs numbers
    if (options.level != Level::Nominal)
        icc = std::async(std::launch::async, [&] { return intraclassCorrelations(table); });
    {
        const ItemValueCounts counts(table);
        r.m_alpha = krippendorffAlpha(table, counts, options.level);
        r.m_fleiss = fleissKappa(table, counts);
    }
    if (options.bootstrapResamples > 0 && r.m_alpha)
        r.m_alphaCi = krippendorffAlphaBootstrap(table, options.level, options.bootstrapResamples,
                                                 options.seed);
    r.m_icc = icc.valid() ? icc.get()
                          : Result<IccEstimate>::fail(
                                "not applicable: ICC needs numeric ratings (level is nominal)");
    r.m_cohen = cohen.get();
    return r;
}

QJsonObject AgreementReport::toJson() const
{
    const auto &t = *m_table;
    QJsonObject json{{QStringLiteral("items"), qint64(t.itemCount())},
                     {QStringLiteral("raters"), qint64(t.raterCount())},
                     {QStringLiteral("ratings"), qint64(t.ratingCount())},
                     {QStringLiteral("pairable_items"), qint64(m_pairableItems)},
                     {QStringLiteral("level"), qs(ratings::levelName(m_options.level))}};
    if (!m_options.levelSource.isEmpty())
        json.insert(QStringLiteral("level_source"), m_options.levelSource);

    QJsonObject alpha =
        m_alpha
            ? QJsonObject{{QStringLiteral("value"), m_alpha->alpha},
                          {QStringLiteral("observed_disagreement"), m_alpha->observedDisagreement},
                          {QStringLiteral("expected_disagreement"), m_alpha->expectedDisagreement},
                          {QStringLiteral("pairable_values"), qint64(m_alpha->pairableValues)}}
            : unavailable(m_alpha.reason());
    if (m_alphaCi && *m_alphaCi) {
        const auto &ci = m_alphaCi->value();
        alpha.insert(QStringLiteral("ci95"), interval(ci.low, ci.high));
        alpha.insert(
            QStringLiteral("bootstrap"),
            QJsonObject{{QStringLiteral("resamples"), qint64(ci.resamples)},
                        {QStringLiteral("seed"), QString::number(ci.seed)},
                        {QStringLiteral("undefined_resamples"), qint64(ci.undefinedResamples)},
                        {QStringLiteral("method"), QStringLiteral("percentile, items resampled")}});
    } else if (m_alphaCi) {
        alpha.insert(QStringLiteral("ci95"), QJsonValue::Null);
        alpha.insert(QStringLiteral("ci95_reason"), QString::fromStdString(m_alphaCi->reason()));
    }
    json.insert(QStringLiteral("krippendorff_alpha"), alpha);

    if (m_fleiss) {
        QJsonArray categories;
        for (const auto &c : m_fleiss->categories)
            categories.append(QJsonObject{
                {QStringLiteral("value"), c.value},
                {QStringLiteral("proportion"), c.proportion},
                {QStringLiteral("kappa"), c.kappa ? QJsonValue(*c.kappa) : QJsonValue()}});
        json.insert(
            QStringLiteral("fleiss_kappa"),
            QJsonObject{{QStringLiteral("value"), m_fleiss->kappa},
                        {QStringLiteral("se"), m_fleiss->standardErrorNull},
                        {QStringLiteral("se_kind"),
                         QStringLiteral("under kappa = 0 (Fleiss, Nee & Landis 1979)")},
                        {QStringLiteral("z"), m_fleiss->z},
                        {QStringLiteral("p"), m_fleiss->pValue},
                        {QStringLiteral("ratings_per_item"), qint64(m_fleiss->ratingsPerItem)},
                        {QStringLiteral("categories"), categories}});
    } else {
        auto f = unavailable(m_fleiss.reason());
        f.insert(QStringLiteral("se"), QJsonValue::Null);
        json.insert(QStringLiteral("fleiss_kappa"), f);
    }

    if (m_cohen) {
        QJsonArray pairs;
        for (const auto &p : m_cohen->pairs) {
            QJsonObject pair{
                {QStringLiteral("rater_a"), QString::fromStdString(t.raterId(p.raterA))},
                {QStringLiteral("rater_b"), QString::fromStdString(t.raterId(p.raterB))},
                {QStringLiteral("shared_items"), qint64(p.sharedItems)},
                {QStringLiteral("kappa"), p.kappa ? QJsonValue(*p.kappa) : QJsonValue()}};
            if (!p.kappa)
                pair.insert(QStringLiteral("reason"), QString::fromStdString(p.reason));
            pairs.append(pair);
        }
        QJsonArray isolated;
        for (const auto r : m_cohen->ratersWithoutSharedItems)
            isolated.append(QString::fromStdString(t.raterId(r)));
        json.insert(
            QStringLiteral("cohen_kappa"),
            QJsonObject{
                {QStringLiteral("mean"), m_cohen->mean ? QJsonValue(*m_cohen->mean) : QJsonValue()},
                {QStringLiteral("weights"), qs(ratings::weightsName(m_cohen->weights))},
                {QStringLiteral("weights_source"), m_options.weightsSource},
                {QStringLiteral("distances"), distancesName(m_cohen->distances)},
                {QStringLiteral("defined_pairs"), qint64(m_cohen->definedPairs)},
                {QStringLiteral("pairs"), pairs},
                {QStringLiteral("pairs_without_shared_items"),
                 qint64(m_cohen->pairsWithoutSharedItems)},
                {QStringLiteral("raters_without_shared_items"), isolated}});
    } else {
        auto c = unavailable(m_cohen.reason());
        c.insert(QStringLiteral("mean"), QJsonValue::Null);
        c.insert(QStringLiteral("weights"), qs(ratings::weightsName(m_options.weights)));
        c.insert(QStringLiteral("pairs"), QJsonArray());
        json.insert(QStringLiteral("cohen_kappa"), c);
    }

    if (m_icc) {
        QJsonObject icc;
        for (const auto &f : m_icc->forms)
            icc.insert(QString::fromStdString(f.name),
                       QJsonObject{{QStringLiteral("value"), jsonNumber(f.value)},
                                   {QStringLiteral("ci95"), interval(f.ciLow, f.ciHigh)},
                                   {QStringLiteral("f"), jsonNumber(f.f)},
                                   {QStringLiteral("df1"), jsonNumber(f.df1)},
                                   {QStringLiteral("df2"), jsonNumber(f.df2)},
                                   {QStringLiteral("p"), jsonNumber(f.pValue)}});
        json.insert(QStringLiteral("icc"), icc);
    } else {
        json.insert(QStringLiteral("icc"), unavailable(m_icc.reason()));
    }
    return json;
}

QString AgreementReport::toText() const
{
    const auto &t = *m_table;
    QString text;
    QTextStream s(&text);
    s << "items " << t.itemCount() << ", raters " << t.raterCount() << ", ratings "
      << t.ratingCount() << ", pairable items " << m_pairableItems << ", level "
      << qs(ratings::levelName(m_options.level));
    if (!m_options.levelSource.isEmpty())
        s << " (" << m_options.levelSource << ")";
    s << ", Cohen's weights " << qs(ratings::weightsName(m_options.weights));
    if (!m_options.weightsSource.isEmpty())
        s << " (" << m_options.weightsSource << ")";
    s << "\n\n";
    const auto line = [&s](const QString &name, const QString &value) {
        s << "  " << name.leftJustified(34, QLatin1Char(' ')) << value << '\n';
    };
    QString alpha = m_alpha ? number(m_alpha->alpha) : QString::fromStdString(m_alpha.reason());
    if (m_alphaCi && *m_alphaCi)
        alpha += QStringLiteral("   95% CI [%1, %2] (bootstrap %3, seed %4)")
                     .arg(number(m_alphaCi->value().low), number(m_alphaCi->value().high))
                     .arg(m_alphaCi->value().resamples)
                     .arg(m_alphaCi->value().seed);
    else if (m_alphaCi)
        alpha += QStringLiteral("   (no CI: %1)").arg(QString::fromStdString(m_alphaCi->reason()));
    line(QStringLiteral("Krippendorff's alpha (%1)").arg(qs(ratings::levelName(m_options.level))),
         alpha);
    line(QStringLiteral("Fleiss' kappa"),
         m_fleiss ? QStringLiteral("%1   SE0 %2, p %3")
                        .arg(number(m_fleiss->kappa), number(m_fleiss->standardErrorNull, 4),
                             QString::number(m_fleiss->pValue, 'g', 3))
                  : QString::fromStdString(m_fleiss.reason()));
    const QString weights = qs(ratings::weightsName(m_options.weights));
    if (m_cohen) {
        line(QStringLiteral("Cohen's kappa (%1), mean").arg(weights),
             QStringLiteral("%1   over %2 rater pairs; distances: %3")
                 .arg(m_cohen->mean ? number(*m_cohen->mean) : QStringLiteral("n/a"))
                 .arg(m_cohen->definedPairs)
                 .arg(distancesName(m_cohen->distances)));
        if (m_cohen->pairs.size() <= 45) {
            for (const auto &p : m_cohen->pairs)
                s << "      " << QString::fromStdString(t.raterId(p.raterA)) << " x "
                  << QString::fromStdString(t.raterId(p.raterB)) << ": "
                  << (p.kappa ? number(*p.kappa) : QString::fromStdString(p.reason)) << " ("
                  << p.sharedItems << " items)\n";
        }
        if (!m_cohen->ratersWithoutSharedItems.empty())
            s << "      raters sharing no item: " << m_cohen->ratersWithoutSharedItems.size()
              << '\n';
    } else {
        line(QStringLiteral("Cohen's kappa (%1)").arg(weights),
             QString::fromStdString(m_cohen.reason()));
    }
    if (m_icc) {
        for (const auto &f : m_icc->forms)
            line(QString::fromStdString(f.name),
                 QStringLiteral("%1   95% CI [%2, %3]")
                     .arg(number(f.value), number(f.ciLow), number(f.ciHigh)));
    } else {
        line(QStringLiteral("ICC"), QString::fromStdString(m_icc.reason()));
    }
    return text;
}

} // namespace avemo
