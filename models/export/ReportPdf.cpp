#include "ReportPdf.h"

#include <QAbstractEventDispatcher>
#include <QAbstractTextDocumentLayout>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <optional>

namespace avemo {

namespace {

// Pixels per chart unit: a 640-unit chart fills the 180 mm text width of an A4 page at about
// 270 dpi, sharp in print without making the file heavy.
constexpr double kChartScale = 3.0;

} // namespace

bool ReportPdf::canWrite()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

bool ReportPdf::write(const ExportData &data, const ReportOptions &options, const QString &path,
                      QString &error)
{
    if (!canWrite()) {
        error = QStringLiteral("cannot write '%1': a PDF needs a QGuiApplication").arg(path);
        return false;
    }
    // Each chart becomes an image resource of the document, sized in the document's pixels
    // (the chart's units) and painted at kChartScale for print; QImage, not QPixmap, since
    // this may run on a worker thread.
    QList<std::pair<QString, QImage>> images;
    ReportOptions pdf = options;
    pdf.chartsPerRow = 2; // a page holds two scatter plots side by side
    pdf.chartHtml = [&images](const ReportChart &chart) {
        const QString name = QStringLiteral("avemo-chart-%1.png").arg(images.size());
        images.append({name, chart.toImage(kChartScale)});
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
            .arg(name)
            .arg(qRound(chart.width()))
            .arg(qRound(chart.height()));
    };
    return print(ReportHtml::build(data, pdf), images, path, error);
}

bool ReportPdf::write(const QString &html, const QString &path, QString &error)
{
    if (!canWrite()) {
        error = QStringLiteral("cannot write '%1': a PDF needs a QGuiApplication").arg(path);
        return false;
    }
    return print(html, {}, path, error);
}

bool ReportPdf::print(const QString &html, const QList<std::pair<QString, QImage>> &images,
                      const QString &path, QString &error)
{
    // QTextDocument's layout starts timers, which need an event dispatcher: a worker thread
    // that is not a QThread (TaskRunner's std::thread) has none until a QEventLoop object
    // makes one (it is never run; the layout is finished synchronously by print()).
    std::optional<QEventLoop> dispatcher;
    if (!QAbstractEventDispatcher::instance())
        dispatcher.emplace();
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("AV-EMO Rater export report"));
        writer.setCreator(QStringLiteral("AV-EMO Rater"));
        QTextDocument document;
        // Laid out on the writer itself, at its resolution: left to print() the document is
        // laid out for the screen and scaled, and table columns come out too narrow for their
        // words ("syste m").
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        for (const auto &[name, image] : images)
            document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        document.setHtml(html);
        document.print(&writer);
    }
    // QPdfWriter reports no errors; an empty or missing file is how a failure shows.
    if (QFile(path).size() <= 0) {
        error = QStringLiteral("cannot write '%1'").arg(path);
        return false;
    }
    return true;
}

} // namespace avemo
