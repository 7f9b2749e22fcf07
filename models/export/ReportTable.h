#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace avemo {

// How wide a text is in the report's font (bold: a header), and how wide the page's text is,
// in the same unit. Given for print only (see ReportTable).
struct ReportTextMetrics
{
    std::function<double(const QString &text, bool bold)> textWidth;
    double pageWidth = 0;
    int cellPadding = 0;       // the tables' cellpadding attribute, in CSS pixels
    double cssPixel = 1;       // one CSS pixel in the unit of textWidth
    double fontPointSize = 10; // the size textWidth measures
    bool active() const { return textWidth && pageWidth > 0; }
};

// One table of the report: a header row of plain texts, then rows of HTML cells (escaped by
// the caller where they hold data).
//
// For print it also sets the columns' widths: QTextDocument's own table layout gives a column
// less than its longest word and breaks it ("syste m", "user_em otion") even when the page
// has room. With metrics, every column gets at least its longest word (words split at spaces
// only, so "audio-visual-input" stays whole) and the room left goes to the columns whose text
// is longer than that, in proportion to what they lack, as a browser's automatic layout does.
// A table whose words do not fit even so gets a smaller font (down to 70%), in every cell.
// The padding is the table's cellpadding then, which QTextDocument counts in (a CSS padding it
// leaves out of its column widths: the other half of the broken words).
class ReportTable
{
public:
    explicit ReportTable(const QStringList &headers, const ReportTextMetrics &metrics = {});
    void row(const QStringList &cells);
    QString html() const;

private:
    struct Layout
    {
        QStringList columns; // percentages of the table; empty without metrics
        QString table;       // percentage of the page
        QString fontSize;    // points, when smaller than the report's
    };
    Layout layout() const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    ReportTextMetrics m_metrics;
};

} // namespace avemo
