#pragma once

#include <QString>

namespace avemo {

// Prints report HTML to a PDF with QTextDocument and QPdfWriter (Qt Gui; no Widgets). Laying
// out text needs fonts, so a QGuiApplication must exist (the offscreen platform is enough);
// without one this returns false with a message instead of crashing.
class ReportPdf
{
public:
    static bool canWrite();
    static bool write(const QString &html, const QString &path, QString &error);
};

} // namespace avemo
