#pragma once

#include "export/ExportData.h"
#include "export/ReportChart.h"
#include "export/ReportTable.h"

#include <QString>

#include <functional>

namespace avemo {

struct ReportOptions
{
    // HTML inserted after each question's tables, e.g. the dashboard's charts as
    // <img src="data:image/png;base64,...">, which keeps the report one self-contained file.
    std::function<QString(std::size_t question)> questionExtras;
    std::size_t mostDisagreedItems = 10; // per question
    std::size_t listedRows = 100;        // flagged items listed (flags.csv has all)
    // The charts of ReportCharts under each question's tables.
    bool charts = true;
    // How a chart goes into the document; empty: inline SVG (the browser's report). The PDF
    // swaps in <img> elements naming images it adds to its QTextDocument.
    std::function<QString(const ReportChart &chart)> chartHtml;
    // 0: charts flow side by side as wide as the browser window is; n: a borderless table of
    // up to n narrow charts a row (QTextDocument puts each image on a line of its own).
    int chartsPerRow = 0;
    // Print: column widths from the contents (see ReportTable); empty: the browser decides.
    ReportTextMetrics tableMetrics;
};

// The export's report as one HTML document: inline CSS, inline SVG charts, no scripts, no
// external files, so it opens in any browser; with ReportOptions::chartHtml giving images, it
// prints through QTextDocument (which understands this HTML subset: tables, headings, images,
// simple CSS, page breaks).
class ReportHtml
{
public:
    static QString build(const ExportData &data, const ReportOptions &options = {});
};

} // namespace avemo
