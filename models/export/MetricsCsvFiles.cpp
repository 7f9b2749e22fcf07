// The metrics-join files of ExportCsvFiles: items_with_metrics.csv, systems_with_metrics.csv
// and correlations.csv.
#include "export/ExportCsvFiles.h"

namespace avemo::ExportCsvFiles {

namespace {

bool isNumeric(const Question &q)
{
    return q.kind == QuestionKind::Mos || q.kind == QuestionKind::Slider;
}

} // namespace

void writeItemsWithMetrics(CsvWriter &csv, const ExportData &data)
{
    const StudyRatings &study = *data.study;
    const MetricsTable &metrics = *data.metrics;
    QStringList names{QStringLiteral("item_id"), QStringLiteral("dialogue_id"),
                      QStringLiteral("turn"), QStringLiteral("system"), QStringLiteral("gold")};
    for (const QuestionStatistics &qs : data.questions) {
        const Question &q = study.questions()[qsizetype(qs.question)];
        if (isNumeric(q))
            names << q.id + QStringLiteral("_mos") << q.id + QStringLiteral("_n");
        else
            names << q.id + QStringLiteral("_majority");
    }
    names << QStringLiteral("metrics_matched");
    for (const MetricsTable::Column &c : metrics.columns())
        names << c.name;
    for (const QString &name : std::as_const(names))
        csv.text(name);
    csv.endRow();

    for (std::size_t i = 0; i < study.items().size(); ++i) {
        const RatedItem &item = study.items()[i];
        csv.text(item.itemId);
        csv.text(item.dialogueId);
        csv.integer(item.turn);
        csv.text(item.system);
        csv.integer(item.isGold() ? 1 : 0);
        for (const QuestionStatistics &qs : data.questions) {
            const ItemStatistics &s = qs.items[i];
            if (isNumeric(study.questions()[qsizetype(qs.question)])) {
                csv.number(s.mos);
                csv.integer(qint64(s.n));
            } else {
                csv.text(s.majority.join(QLatin1Char('|')));
            }
        }
        csv.integer(metrics.matched(i) ? 1 : 0);
        for (std::size_t m = 0; m < metrics.columns().size(); ++m)
            csv.number(metrics.value(i, m));
        csv.endRow();
    }
}

void writeSystemsWithMetrics(CsvWriter &csv, const ExportData &data)
{
    const StudyRatings &study = *data.study;
    const MetricsTable &metrics = *data.metrics;
    QStringList names{QStringLiteral("system"), QStringLiteral("n_items")};
    std::vector<const QuestionStatistics *> numeric;
    for (const QuestionStatistics &qs : data.questions) {
        const Question &q = study.questions()[qsizetype(qs.question)];
        if (isNumeric(q)) {
            names << q.id + QStringLiteral("_mos");
            numeric.push_back(&qs);
        }
    }
    for (const MetricsTable::Column &c : metrics.columns())
        names << c.name;
    for (const QString &name : std::as_const(names))
        csv.text(name);
    csv.endRow();

    // Metric means over the system's non-gold items that have a value, as the MOS leaves
    // gold items out.
    const std::size_t systems = std::size_t(study.systems().size());
    const std::size_t width = metrics.columns().size();
    std::vector<double> sums(systems * width, 0.0);
    std::vector<std::size_t> counts(systems * width, 0), items(systems, 0);
    for (std::size_t i = 0; i < study.items().size(); ++i) {
        const RatedItem &item = study.items()[i];
        if (item.isGold())
            continue;
        ++items[item.systemIndex];
        for (std::size_t m = 0; m < width; ++m) {
            const double v = metrics.value(i, m);
            if (std::isnan(v))
                continue;
            sums[item.systemIndex * width + m] += v;
            ++counts[item.systemIndex * width + m];
        }
    }
    for (std::size_t s = 0; s < systems; ++s) {
        csv.text(study.systems()[qsizetype(s)]);
        csv.integer(qint64(items[s]));
        for (const QuestionStatistics *qs : numeric)
            csv.number(qs->systems[s].mos);
        for (std::size_t m = 0; m < width; ++m) {
            const std::size_t k = s * width + m;
            csv.number(counts[k] ? sums[k] / double(counts[k]) : NAN);
        }
        csv.endRow();
    }
}

void writeCorrelations(CsvWriter &csv, const ExportData &data)
{
    const StudyRatings &study = *data.study;
    QStringList names{QStringLiteral("question_id"), QStringLiteral("metric"), QStringLiteral("n")};
    for (const char *method : {"pearson_r", "spearman_rho", "kendall_tau_b"}) {
        const QString m = QString::fromLatin1(method);
        const QString base = m.left(m.indexOf(QLatin1Char('_')));
        names << m << base + QStringLiteral("_ci95_low") << base + QStringLiteral("_ci95_high")
              << base + QStringLiteral("_p");
    }
    names << QStringLiteral("note");
    for (const QString &name : std::as_const(names))
        csv.text(name);
    csv.endRow();
    for (const MetricCorrelation &c : data.correlations) {
        csv.text(study.questions()[qsizetype(c.question)].id);
        csv.text(data.metrics->columns()[c.metric].name);
        csv.integer(qint64(c.n));
        QStringList notes;
        for (const auto *e : {&c.pearson, &c.spearman, &c.kendall}) {
            csv.number(e->value);
            csv.number(e->ciLow);
            csv.number(e->ciHigh);
            csv.number(e->p);
            if (!e->note.isEmpty() && !notes.contains(e->note))
                notes.append(e->note);
        }
        csv.text(notes.join(QStringLiteral("; ")));
        csv.endRow();
    }
}

} // namespace avemo::ExportCsvFiles
