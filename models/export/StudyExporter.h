#pragma once

#include "Problem.h"
#include "export/ExportData.h"
#include "export/ReportHtml.h"
#include "export/StudyStatistics.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace avemo {

struct ExportOptions
{
    QString metricsPath; // empty: no metrics join
    StatisticsOptions statistics;
    bool html = true;
    bool pdf = false; // needs a QGuiApplication (see ReportPdf)
    ReportOptions report;
};

struct ExportedFile
{
    QString name;    // e.g. "ratings.csv"
    qint64 rows = 0; // data rows, header not counted; 0 for the reports
};

struct ExportSummary
{
    bool ok = false;
    bool cancelled = false;
    QString error;        // why nothing was written, when !ok
    ProblemList problems; // warnings (unmatched metrics rows and items), or the errors
    QList<ExportedFile> files;
    int unmatchedMetricRows = 0;
    int unmatchedItems = 0;

    QJsonObject toJson() const;
};

// Writes a study's exports into a folder: ratings.csv, items.csv, systems.csv, agreement.csv,
// flags.csv, with metrics items_with_metrics.csv, systems_with_metrics.csv and
// correlations.csv, report.html / report.pdf, and last export.json (what the folder holds).
// The GUI runs it on a worker thread, the CLI directly: the same code path. The output folder
// is replaced as a whole, atomically (ExportFolder): it is always the previous export or this
// one, complete, never a mix; a failure or a cancellation leaves it as it was (and a folder
// that did not exist is not created). Stored values the study does not allow are left out
// and listed in problems (warnings) and in the report.
class StudyExporter
{
public:
    // Opens the database on the calling thread (a worker thread gets its own connection).
    static ExportSummary run(const QString &databasePath, const QString &outDir,
                             const ExportOptions &options, const TaskControl &control = {});
    // From ratings already loaded (the dashboard loads them once).
    static ExportSummary run(const StudyRatings &study, const QString &outDir,
                             const ExportOptions &options, const TaskControl &control = {});

    // Every file name an export may write (export.json aside).
    static QStringList fileNames();
};

} // namespace avemo
