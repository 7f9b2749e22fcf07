#pragma once

#include "ExportData.h"
#include "ReportHtml.h"

#include <QString>

namespace avemo {

// Prints the report to a PDF with QTextDocument and QPdfWriter (Qt Gui; no Widgets). Laying
// out text needs fonts, so a QGuiApplication must exist (the offscreen platform is enough);
// without one this returns false with a message instead of crashing. Everything here is
// reentrant (QTextDocument, QPainter on a QImage or a QPdfWriter), so it runs on the export's
// worker thread as long as the QGuiApplication lives on the main one.
class ReportPdf
{
public:
    static bool canWrite();
    // The report of ReportHtml, its charts painted as images (QTextDocument shows no SVG).
    static bool write(const ExportData &data, const ReportOptions &options, const QString &path,
                      QString &error);
    // HTML as given (no charts unless it holds <img> resources QTextDocument can load).
    static bool write(const QString &html, const QString &path, QString &error);

private:
    static bool print(const QString &html, const QList<std::pair<QString, QImage>> &images,
                      const QString &path, QString &error);
};

} // namespace avemo
