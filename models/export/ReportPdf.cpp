#include "ReportPdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace avemo {

bool ReportPdf::canWrite()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

bool ReportPdf::write(const QString &html, const QString &path, QString &error)
{
    if (!canWrite()) {
        error = QStringLiteral("cannot write '%1': a PDF needs a QGuiApplication").arg(path);
        return false;
    }
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("AV-EMO Rater export report"));
        writer.setCreator(QStringLiteral("AV-EMO Rater"));
        QTextDocument document;
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
