#pragma once

#include "ExportData.h"

#include <QString>

#include <functional>

namespace avemo {

struct ReportOptions
{
    // HTML inserted after each question's tables, e.g. the dashboard's charts as
    // <img src="data:image/png;base64,...">, which keeps the report one self-contained file.
    std::function<QString(std::size_t question)> questionExtras;
    std::size_t mostDisagreedItems = 10; // per question
};

// The export's report as one HTML document: inline CSS, no scripts, no external files, so it
// opens in any browser and prints through QTextDocument (which understands this HTML subset:
// tables, headings, simple CSS).
class ReportHtml
{
public:
    static QString build(const ExportData &data, const ReportOptions &options = {});
};

} // namespace avemo
