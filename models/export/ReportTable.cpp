#include "export/ReportTable.h"

#include <QTextDocumentFragment>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace avemo {

namespace {

struct ColumnNeed
{
    double word = 0; // the longest word
    double text = 0; // the longest cell, on one line
};

} // namespace

ReportTable::ReportTable(const QStringList &headers, const ReportTextMetrics &metrics)
    : m_headers(headers)
    , m_metrics(metrics)
{
}

void ReportTable::row(const QStringList &cells)
{
    m_rows.append(cells);
}

ReportTable::Layout ReportTable::layout() const
{
    Layout out;
    if (!m_metrics.active())
        return out;
    std::vector<ColumnNeed> need(std::size_t(m_headers.size()));
    const auto measure = [&](qsizetype column, const QString &text, bool bold) {
        if (column >= m_headers.size())
            return;
        ColumnNeed &n = need[std::size_t(column)];
        n.text = std::max(n.text, m_metrics.textWidth(text, bold));
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
            n.word = std::max(n.word, m_metrics.textWidth(word, bold));
    };
    for (qsizetype c = 0; c < m_headers.size(); ++c)
        measure(c, m_headers[c], true);
    for (const QStringList &cells : m_rows)
        for (qsizetype c = 0; c < cells.size(); ++c)
            measure(c, QTextDocumentFragment::fromHtml(cells[c]).toPlainText(), false);

    // A table whose words do not fit the page at the report's size (the correlations: ten
    // columns of numbers) gets a smaller font, down to 70%: widths scale with the size.
    const double padding = (2.0 * m_metrics.cellPadding + 4.0) * m_metrics.cssPixel;
    double wordSum = 0;
    for (const ColumnNeed &n : need)
        wordSum += n.word;
    const double padSum = padding * double(need.size());
    if (wordSum + padSum > m_metrics.pageWidth && wordSum > 0) {
        const double scale = std::clamp((m_metrics.pageWidth - padSum) / wordSum, 0.7, 1.0);
        const double points = std::floor(m_metrics.fontPointSize * scale * 2) / 2; // half points
        for (ColumnNeed &n : need) {
            n.word *= points / m_metrics.fontPointSize;
            n.text *= points / m_metrics.fontPointSize;
        }
        out.fontSize = QString::number(points);
    }

    // Widths in the metrics' unit: every word whole, then what is left of the page to the
    // columns that would wrap, in proportion to their missing width. Both paddings, the
    // borders and a little slack are added (QTextDocument draws a cell's padding inside the
    // width it is given).
    std::vector<double> width;
    double words = 0, missing = 0;
    for (const ColumnNeed &n : need) {
        width.push_back(n.word + padding);
        words += n.word + padding;
        missing += n.text - n.word;
    }
    const double room = std::max(0.0, m_metrics.pageWidth - words);
    for (std::size_t c = 0; c < need.size() && missing > 0; ++c)
        width[c] += std::min(room, missing) * (need[c].text - need[c].word) / missing;
    const double total = std::accumulate(width.begin(), width.end(), 0.0);
    // Rounded down: QTextDocument lays a table whose column percentages add up to more than
    // 100 out at a fraction of its width.
    for (const double w : width)
        out.columns.append(QString::number(std::floor(10000.0 * w / total) / 100.0, 'f', 2));
    out.table = QString::number(std::min(100.0, 100.0 * total / m_metrics.pageWidth), 'f', 2);
    return out;
}

QString ReportTable::html() const
{
    const Layout sizes = layout();
    const QStringList &widths = sizes.columns;
    QString html = widths.isEmpty() ? QStringLiteral("<table>")
                                    : QStringLiteral("<table width=\"%1%\" cellpadding=\"%2\">")
                                          .arg(sizes.table)
                                          .arg(m_metrics.cellPadding);
    // A cell with a style attribute loses the style sheet's borders and background in
    // QTextDocument: they are repeated here.
    const QString style =
        sizes.fontSize.isEmpty()
            ? QString()
            : QStringLiteral(" style=\"font-size: %1pt; border: 1px solid #999;%2\"")
                  .arg(sizes.fontSize);
    const QString headerStyle = style.arg(QStringLiteral(" background: #eee;"));
    const QString cellStyle = style.arg(QString());
    html += QStringLiteral("<tr>");
    for (qsizetype c = 0; c < m_headers.size(); ++c)
        html += (widths.isEmpty()
                     ? QStringLiteral("<th%1>").arg(headerStyle)
                     : QStringLiteral("<th width=\"%1%\"%2>").arg(widths[c], headerStyle)) +
                m_headers[c].toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr>\n");
    const QString cell = QStringLiteral("<td%1>").arg(cellStyle);
    for (const QStringList &cells : m_rows) {
        html += QStringLiteral("<tr>");
        for (const QString &c : cells)
            html += cell + c + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</table>\n");
}

} // namespace avemo
