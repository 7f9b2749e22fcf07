#include "RatingsArguments.h"

#include "CliSupport.h"

#include <cmath>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace avemo::cli {

void addRatingsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("ratings"),
                      QStringLiteral("long-format CSV, one row per rating (e.g. the export's "
                                     "ratings.csv)"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("item"), QStringLiteral("column of the item ids"),
                      QStringLiteral("COLUMN"), QStringLiteral("item_id")});
    parser.addOption({QStringLiteral("rater"), QStringLiteral("column of the rater ids"),
                      QStringLiteral("COLUMN"), QStringLiteral("rater_id")});
    parser.addOption({QStringLiteral("value"),
                      QStringLiteral("column of the values: numbers or category labels"),
                      QStringLiteral("COLUMN"), QStringLiteral("value")});
    parser.addOption({QStringLiteral("question"),
                      QStringLiteral("only the rows of this question_id"), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("by"),
                      QStringLiteral("one result per value of these columns, e.g. "
                                     "system,question_id"),
                      QStringLiteral("COLUMNS")});
    parser.addOption({QStringLiteral("scale"),
                      QStringLiteral("declared scale: numbers (1,2,3,4,5: values off it are "
                                     "rejected, weighted kappa uses their distances) or labels "
                                     "in their order (neutral,mild,strong)"),
                      QStringLiteral("POINTS")});
    parser.addOption({QStringLiteral("bootstrap"),
                      QStringLiteral("bootstrap resamples for confidence intervals (0: none)"),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("bootstrap random seed"),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
}

std::optional<RatingsArguments> readRatingsOptions(const QCommandLineParser &parser,
                                                   const QString &command, QTextStream &err)
{
    RatingsArguments a;
    const auto usage = [&](const QString &message) {
        err << "avemo-cli " << command << ": " << message << "\n\n" << parser.helpText();
        return std::nullopt;
    };
    auto &r = a.request;
    r.path = parser.value(QStringLiteral("ratings"));
    if (r.path.isEmpty())
        return usage(QStringLiteral("--ratings FILE is required"));
    for (const auto &[option, target] :
         {std::pair{"item", &r.columns.itemColumn}, std::pair{"rater", &r.columns.raterColumn},
          std::pair{"value", &r.columns.valueColumn}}) {
        *target = parser.value(QLatin1String(option)).trimmed().toStdString();
        if (target->empty())
            return usage(QStringLiteral("--%1 needs a column name").arg(QLatin1String(option)));
    }
    r.columns.question = parser.value(QStringLiteral("question")).trimmed().toStdString();
    a.by = parser.value(QStringLiteral("by")).trimmed();
    if (!a.by.isEmpty()) {
        for (const QString &part : a.by.split(QLatin1Char(','))) {
            if (part.trimmed().isEmpty())
                return usage(QStringLiteral("--by: empty column name in '%1'").arg(a.by));
            r.columns.groupColumns.push_back(part.trimmed().toStdString());
        }
    }
    bool ok = false;
    a.bootstrap = parser.value(QStringLiteral("bootstrap")).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--bootstrap needs a whole number of resamples"));
    if (a.bootstrap == 1)
        return usage(QStringLiteral("--bootstrap needs at least 2 resamples (or 0 for none)"));
    a.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed needs a non-negative whole number"));
    if (parser.isSet(QStringLiteral("scale"))) {
        const QStringList parts = parser.value(QStringLiteral("scale")).split(QLatin1Char(','));
        std::vector<double> points;
        for (const QString &part : parts) {
            const double v = part.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v))
                break;
            points.push_back(v);
        }
        if (points.size() == std::size_t(parts.size())) {
            r.numericScale = ratings::Scale::fromPoints(std::move(points));
        } else {
            // Labels: their order is the scale's order.
            for (const QString &part : parts) {
                const std::string label = part.trimmed().toStdString();
                if (label.empty())
                    return usage(QStringLiteral("--scale: empty label in '%1'")
                                     .arg(parser.value(QStringLiteral("scale"))));
                if (std::find(r.labelScale.begin(), r.labelScale.end(), label) !=
                    r.labelScale.end())
                    return usage(
                        QStringLiteral("--scale: label '%1' appears twice").arg(part.trimmed()));
                r.labelScale.push_back(label);
            }
        }
    }
    return a;
}

void tuneAllocatorForLargeTables()
{
#ifdef __GLIBC__
    // The statistics allocate and free tables of up to tens of MiB in turn. glibc's defaults
    // map each from the kernel and give it back on free, so every table costs fresh page
    // faults; keeping freed memory (and growing the heap in 64 MiB steps, untouched pages
    // cost nothing) saves a fifth of the run time on a million ratings.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
}

void printRatingsProblems(const QString &path, const ProblemList &problems,
                          const QStringList &notes, QTextStream &err)
{
    for (const QString &note : notes)
        err << path << ": note: " << note << '\n';
    if (problems.isEmpty())
        return;
    err << path
        << ": expected a long-format ratings CSV: a header, then one row per rating with an "
           "item, a rater and a value (numbers, or category labels at --level nominal or "
           "ordered with --scale a,b,c)\n";
    printProblems(problems, err);
}

} // namespace avemo::cli
