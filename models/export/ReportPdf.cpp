#include "export/ReportPdf.h"

#include <QAbstractEventDispatcher>
#include <QAbstractTextDocumentLayout>
#include <QEventLoop>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
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
constexpr double kMarginMm = 15;
constexpr int kResolution = 300;

} // namespace

bool ReportPdf::canWrite()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

namespace {

void setUp(QPdfWriter &writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                          QPageLayout::Millimeter);
    writer.setResolution(kResolution);
    writer.setTitle(QStringLiteral("AV-EMO Rater export report"));
    writer.setCreator(QStringLiteral("AV-EMO Rater"));
}

std::unique_ptr<QTextDocument>
layOutHtml(const QString &html, const QList<std::pair<QString, QImage>> &images, QPdfWriter &writer)
{
    setUp(writer);
    auto document = std::make_unique<QTextDocument>();
    // Laid out on the writer itself, at its resolution (left to print(), the document would be
    // laid out for the screen and scaled).
    document->documentLayout()->setPaintDevice(&writer);
    document->setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    for (const auto &[name, image] : images)
        document->addResource(QTextDocument::ImageResource, QUrl(name), image);
    document->setHtml(html);
    return document;
}

// Tables get their column widths from their contents (see ReportTable), measured in the
// report's font (report.html's CSS: sans-serif 10pt) at the writer's resolution on an image of
// that resolution (the platform's screen may say 72 dpi or 96), against the text width of the
// page; a little slack for the printer's unhinted glyphs.
ReportTextMetrics tableMetrics()
{
    QImage probe(1, 1, QImage::Format_RGB32);
    probe.setDotsPerMeterX(qRound(kResolution / 0.0254));
    probe.setDotsPerMeterY(qRound(kResolution / 0.0254));
    QFont regular(QStringLiteral("sans-serif"));
    regular.setPointSizeF(10);
    QFont bold = regular;
    bold.setBold(true);
    const QFontMetricsF regularMetrics(regular, &probe), boldMetrics(bold, &probe);
    ReportTextMetrics metrics;
    metrics.textWidth = [regularMetrics, boldMetrics](const QString &text, bool header) {
        return 1.08 * (header ? boldMetrics : regularMetrics).horizontalAdvance(text);
    };
    metrics.fontPointSize = 10;
    // The text width of the page, less the body's 2em margins, which QTextDocument applies
    // to tables but not to paragraphs.
    metrics.pageWidth =
        (210.0 - 2 * kMarginMm) / 25.4 * kResolution - 4 * 10.0 / 72.0 * kResolution;
    metrics.cellPadding = 3;
    metrics.cssPixel = kResolution / 96.0;
    return metrics;
}

// QPdfWriter reports no errors; an empty or missing file is how a failure shows.
bool written(const QString &path, QString &error)
{
    if (QFile(path).size() > 0)
        return true;
    error = QStringLiteral("cannot write '%1'").arg(path);
    return false;
}

} // namespace

std::unique_ptr<QTextDocument> ReportPdf::layOut(const ExportData &data,
                                                 const ReportOptions &options, QPdfWriter &writer)
{
    // Each chart becomes an image resource of the document, sized in the document's pixels
    // (the chart's units) and painted at kChartScale for print; QImage, not QPixmap, since
    // this may run on a worker thread.
    QList<std::pair<QString, QImage>> images;
    ReportOptions pdf = options;
    pdf.chartsPerRow = 2; // a page holds two scatter plots side by side
    pdf.tableMetrics = tableMetrics();
    pdf.chartHtml = [&images](const ReportChart &chart) {
        const QString name = QStringLiteral("avemo-chart-%1.png").arg(images.size());
        images.append({name, chart.toImage(kChartScale)});
        return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\">")
            .arg(name)
            .arg(qRound(chart.width()))
            .arg(qRound(chart.height()));
    };
    const QString html = ReportHtml::build(data, pdf);
    return layOutHtml(html, images, writer);
}

bool ReportPdf::write(const ExportData &data, const ReportOptions &options, const QString &path,
                      QString &error)
{
    if (!canWrite()) {
        error = QStringLiteral("cannot write '%1': a PDF needs a QGuiApplication").arg(path);
        return false;
    }
    const EventDispatcher dispatcher;
    {
        QPdfWriter writer(path);
        layOut(data, options, writer)->print(&writer);
    }
    return written(path, error);
}

bool ReportPdf::write(const QString &html, const QString &path, QString &error)
{
    if (!canWrite()) {
        error = QStringLiteral("cannot write '%1': a PDF needs a QGuiApplication").arg(path);
        return false;
    }
    const EventDispatcher dispatcher;
    {
        QPdfWriter writer(path);
        layOutHtml(html, {}, writer)->print(&writer);
    }
    return written(path, error);
}

ReportPdf::EventDispatcher::EventDispatcher()
{
    // QTextDocument's layout starts timers, which need an event dispatcher: a worker thread
    // that is not a QThread (TaskRunner's std::thread) has none until a QEventLoop object
    // makes one (it is never run; the layout is finished synchronously by print()).
    if (!QAbstractEventDispatcher::instance())
        m_loop.emplace();
}

} // namespace avemo
