#include "export/StudyExporter.h"

#include "StudyDatabase.h"
#include "export/CsvWriter.h"
#include "export/ExportCsvFiles.h"
#include "export/ExportFolder.h"
#include "export/ExportLog.h"
#include "export/ReportPdf.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <future>

namespace avemo {

Q_LOGGING_CATEGORY(lcExport, "avemo.models.export", QtInfoMsg)

namespace {

// Progress in per-mille of the whole export, by phase.
constexpr qint64 kTotal = 1000;
constexpr qint64 kLoaded = 200, kStatistics = 550, kTables = 900;

class Run
{
public:
    Run(const QString &outDir, const TaskControl &control, ExportSummary &summary)
        : m_outDir(outDir)
        , m_control(control)
        , m_summary(summary)
    {
    }

    void progress(qint64 done) const { m_control.report(done, kTotal); }
    bool cancelled()
    {
        if (m_control.isCancelled())
            m_summary.cancelled = true;
        return m_summary.cancelled;
    }

    bool begin() { return m_folder.begin(m_outDir, StudyExporter::fileNames(), m_summary.error); }

    // Writes one CSV into the temporary folder; body returns false when cancelled. Touches
    // nothing shared, so it can run on a second thread.
    bool writeCsv(const QString &name, const std::function<bool(CsvWriter &)> &body,
                  ExportedFile &written, QString &error) const
    {
        QFile file(m_folder.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            error = QStringLiteral("cannot write '%1': %2")
                        .arg(QDir(m_outDir).filePath(name), file.errorString());
            return false;
        }
        CsvWriter writer(file);
        QElapsedTimer timer;
        timer.start();
        if (!body(writer))
            return false;
        if (!writer.flush() || !file.flush()) {
            error = QStringLiteral("cannot write '%1': %2")
                        .arg(QDir(m_outDir).filePath(name), writer.errorString());
            return false;
        }
        written = {name, writer.rowsWritten() - 1};
        qCDebug(lcExport) << name << timer.elapsed() << "ms";
        return true;
    }

    bool csv(const QString &name, const std::function<bool(CsvWriter &)> &body)
    {
        ExportedFile written;
        if (!writeCsv(name, body, written, m_summary.error))
            return false;
        m_summary.files.append(written);
        return true;
    }

    // The PDF is laid out from the data (its charts are images, not the HTML's SVG). Like
    // writeCsv, touches nothing shared.
    bool writeReport(const QString &name, const QString &html, QString &error,
                     const ExportData *pdfData = nullptr,
                     const ReportOptions *pdfOptions = nullptr) const
    {
        const QString path = m_folder.filePath(name);
        if (pdfData)
            return ReportPdf::write(*pdfData, *pdfOptions, path, error);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.flush()) {
            error = QStringLiteral("cannot write '%1': %2")
                        .arg(QDir(m_outDir).filePath(name), file.errorString());
            return false;
        }
        return true;
    }

    // export.json, written last: what the folder holds, so a reader (and the next export,
    // before it replaces the folder) can tell a complete export from anything else.
    bool writeManifest(const QString &studyId)
    {
        QJsonArray files;
        for (const ExportedFile &f : std::as_const(m_summary.files)) {
            const bool table = f.name.endsWith(QLatin1String(".csv"));
            QJsonObject o{{QStringLiteral("name"), f.name},
                          {QStringLiteral("bytes"), QFileInfo(m_folder.filePath(f.name)).size()}};
            if (table)
                o.insert(QStringLiteral("rows"), f.rows);
            files.append(o);
        }
        const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("avemo-export")},
                                   {QStringLiteral("format_version"), 1},
                                   {QStringLiteral("study_id"), studyId},
                                   {QStringLiteral("exported_at"),
                                    QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("files"), files}};
        const QString path = m_folder.filePath(ExportFolder::manifestName());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) < 0 ||
            !file.flush()) {
            m_summary.error =
                QStringLiteral("cannot write '%1': %2")
                    .arg(QDir(m_outDir).filePath(ExportFolder::manifestName()), file.errorString());
            return false;
        }
        return true;
    }

    // Swaps the finished folder in for the output folder (see ExportFolder).
    bool commit() { return m_folder.commit(m_summary.error); }

private:
    QString m_outDir;
    const TaskControl &m_control;
    ExportSummary &m_summary;
    ExportFolder m_folder;
};

// The tables computed from the statistics: everything but ratings.csv and the reports.
bool writeTables(Run &run, const ExportData &data)
{
    const auto simple = [&](const char *name, void (*writer)(CsvWriter &, const ExportData &)) {
        return run.csv(QString::fromLatin1(name), [&](CsvWriter &w) {
            writer(w, data);
            return true;
        });
    };
    if (!simple("items.csv", ExportCsvFiles::writeItems) ||
        !simple("systems.csv", ExportCsvFiles::writeSystems) ||
        !simple("agreement.csv", ExportCsvFiles::writeAgreement) ||
        !simple("flags.csv", ExportCsvFiles::writeFlags))
        return false;
    return !data.metrics ||
           (simple("items_with_metrics.csv", ExportCsvFiles::writeItemsWithMetrics) &&
            simple("systems_with_metrics.csv", ExportCsvFiles::writeSystemsWithMetrics) &&
            simple("correlations.csv", ExportCsvFiles::writeCorrelations));
}

// report.html and report.pdf, as asked; appends the names written to files.
bool writeReports(const Run &run, const ExportData &data, const ExportOptions &options,
                  QStringList &files, QString &error)
{
    QElapsedTimer timer;
    timer.start();
    const auto html = QStringLiteral("report.html"), pdf = QStringLiteral("report.pdf");
    if (options.html && !run.writeReport(html, ReportHtml::build(data, options.report), error))
        return false;
    if (options.html)
        files.append(html);
    if (options.pdf && !run.writeReport(pdf, {}, error, &data, &options.report))
        return false;
    if (options.pdf)
        files.append(pdf);
    qCDebug(lcExport) << "reports" << timer.elapsed() << "ms";
    return true;
}

// The statistics, the metrics join and the correlations into data; false when cancelled or
// when the metrics file cannot be joined (summary says why).
bool prepare(Run &run, ExportData &data, const ExportOptions &options, ExportSummary &summary)
{
    QElapsedTimer timer;
    timer.start();
    TaskControl statistics;
    statistics.cancelled = [&] { return run.cancelled(); };
    data.questions = StudyStatistics::compute(*data.study, options.statistics, statistics);
    qCDebug(lcExport) << "statistics" << timer.elapsed() << "ms";
    if (run.cancelled())
        return false;
    if (options.metricsPath.isEmpty())
        return true;
    timer.restart();
    data.metricsFile = options.metricsPath;
    data.metrics =
        MetricsTable::read(options.metricsPath, *data.study,
                           ExportData::reservedMetricNames(*data.study), summary.problems);
    if (!data.metrics) {
        summary.error =
            QStringLiteral("the metrics file '%1' cannot be joined").arg(options.metricsPath);
        return false;
    }
    summary.unmatchedMetricRows = data.metrics->unmatchedMetricRows();
    summary.unmatchedItems = data.metrics->unmatchedItems();
    data.computeCorrelations();
    qCDebug(lcExport) << "metrics and correlations" << timer.elapsed() << "ms";
    return !run.cancelled();
}

} // namespace

QStringList StudyExporter::fileNames()
{
    return {QStringLiteral("ratings.csv"),
            QStringLiteral("items.csv"),
            QStringLiteral("systems.csv"),
            QStringLiteral("agreement.csv"),
            QStringLiteral("flags.csv"),
            QStringLiteral("items_with_metrics.csv"),
            QStringLiteral("systems_with_metrics.csv"),
            QStringLiteral("correlations.csv"),
            QStringLiteral("report.html"),
            QStringLiteral("report.pdf")};
}

ExportSummary StudyExporter::run(const QString &databasePath, const QString &outDir,
                                 const ExportOptions &options, const TaskControl &control)
{
    ExportSummary summary;
    if (!QFile::exists(databasePath)) {
        summary.error = QStringLiteral("no study database at '%1'").arg(databasePath);
        return summary;
    }
    control.report(0, kTotal);
    QElapsedTimer timer;
    timer.start();
    // Export only reads: the file is never written, an older schema is read through a
    // migrated temporary copy (StudyDatabase::openForReading).
    const auto db = StudyDatabase::openForReading(databasePath, summary.error);
    if (!db)
        return summary;
    const auto study = StudyRatings::load(*db, summary.error, summary.problems);
    if (!study)
        return summary;
    qCDebug(lcExport) << "loaded" << study->responses().size() << "responses in" << timer.elapsed()
                      << "ms";
    control.report(kLoaded, kTotal);
    return run(*study, outDir, options, control); // which lists the rows left out again
}

ExportSummary StudyExporter::run(const StudyRatings &study, const QString &outDir,
                                 const ExportOptions &options, const TaskControl &control)
{
    ExportSummary summary;
    // The rows the load left out come first: they concern everything after them.
    summary.problems = study.leftOutProblems();
    Run run(outDir, control, summary);
    if (options.pdf && !ReportPdf::canWrite()) {
        summary.error = QStringLiteral("a PDF report needs a QGuiApplication");
        return summary;
    }
    ExportData data;
    data.study = &study;
    data.options = options.statistics;
    if (!run.begin())
        return summary;
    // Two threads share the work, so both cores are busy from start to end: ratings.csv, the
    // longest file, needs no statistics, so a second thread writes it while this one computes
    // them, reads the metrics and correlates; then this thread writes the other tables and the
    // second the reports. The second thread only reads the study, the data once this thread
    // says it is ready, and the cancel flag; the summary is updated after the join.
    std::promise<bool> dataReady;
    ExportedFile ratingsFile;
    QStringList reports;
    QString sideError;
    auto sideWritten =
        std::async(std::launch::async, [&, ready = dataReady.get_future()]() mutable {
            const bool ratingsWritten = run.writeCsv(
                QStringLiteral("ratings.csv"),
                [&](CsvWriter &w) {
                    return ExportCsvFiles::writeRatings(
                        w, study, [&](std::size_t) { return !control.isCancelled(); });
                },
                ratingsFile, sideError);
            return ratingsWritten && ready.get() &&
                   writeReports(run, data, options, reports, sideError);
        });
    const bool prepared = prepare(run, data, options, summary);
    dataReady.set_value(prepared);
    if (prepared)
        run.progress(kStatistics);
    const bool tablesWritten = prepared && writeTables(run, data);
    const bool sideOk = sideWritten.get();
    if (run.cancelled() || !prepared || !tablesWritten)
        return summary;
    if (!sideOk) {
        summary.error = sideError;
        return summary;
    }
    summary.files.prepend(ratingsFile);
    for (const QString &name : std::as_const(reports))
        summary.files.append({name, 0});
    run.progress(kTables);
    if (!run.writeManifest(study.studyId()) || !run.commit())
        return summary;
    run.progress(kTotal);
    qCDebug(lcExport) << "exported" << study.studyId() << "to" << outDir;
    summary.ok = true;
    return summary;
}

QJsonObject ExportSummary::toJson() const
{
    QJsonArray fileArray;
    for (const ExportedFile &f : files)
        fileArray.append(
            QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("rows"), f.rows}});
    QJsonArray problemArray;
    for (const Problem &p : problems)
        problemArray.append(p.toString());
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("files"), fileArray},
                  {QStringLiteral("unmatched_metric_rows"), unmatchedMetricRows},
                  {QStringLiteral("unmatched_items"), unmatchedItems},
                  {QStringLiteral("problems"), problemArray}};
    if (cancelled)
        o.insert(QStringLiteral("cancelled"), true);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace avemo
