#pragma once

#include "export/ExportData.h"
#include "export/ReportHtml.h"

#include <QEventLoop>
#include <QString>

#include <memory>
#include <optional>

class QPdfWriter;
class QTextDocument;

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

    // The report laid out as write() prints it, on `writer` (set up here: A4, margins,
    // resolution), which must outlive the document: for tests that look at its tables.
    static std::unique_ptr<QTextDocument> layOut(const ExportData &data,
                                                 const ReportOptions &options, QPdfWriter &writer);

    // An event dispatcher for the calling thread while this lives, if it has none.
    class EventDispatcher
    {
    public:
        EventDispatcher();

    private:
        std::optional<QEventLoop> m_loop;
    };
};

} // namespace avemo
