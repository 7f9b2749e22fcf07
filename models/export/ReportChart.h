#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <variant>
#include <vector>

class QPainter;

namespace avemo {

// One chart of the report as plain geometry (rectangles, lines, circles, text) in a fixed
// coordinate space of width x height units, drawn two ways from the same list: as inline SVG
// text for report.html (no Qt Gui, no fonts: the CLI writes it without a QGuiApplication),
// and with QPainter onto a QImage for report.pdf, because QTextDocument shows no SVG.
// Why not render the SVG with QSvgRenderer for the PDF: Qt Svg would be a new dependency for
// a renderer that knows SVG Tiny 1.2 only; two small back ends over one primitive list need
// nothing new, and the PDF draws exactly the geometry the report's tests check in the SVG.
class ReportChart
{
public:
    enum class Anchor
    {
        Start,
        Middle,
        End
    };

    // role: the SVG class attribute ("bar", "whisker", "point", "cell", "plot", ...), so
    // stylesheets and tests find the marks; title: a tooltip in browsers (<title>).
    struct Rect
    {
        QRectF box;
        QColor fill;
        QColor stroke; // invalid: none
        QString role, title;
    };
    struct Line
    {
        QPointF from, to;
        QColor color;
        double width = 1;
        bool dashed = false;
        QString role;
    };
    struct Circle
    {
        QPointF centre;
        double radius = 3;
        QColor fill;
        QString role, title;
    };
    struct Text
    {
        QPointF at; // the baseline point the anchor refers to
        QString text;
        Anchor anchor = Anchor::Start;
        double size = 11;
        bool bold = false;
        bool vertical = false; // rotated 90 degrees counter-clockwise about `at`
        QColor color;
    };

    ReportChart(QString id, double width, double height);

    void add(Rect rect) { m_marks.emplace_back(std::move(rect)); }
    void add(Line line) { m_marks.emplace_back(std::move(line)); }
    void add(Circle circle) { m_marks.emplace_back(std::move(circle)); }
    void add(Text text) { m_marks.emplace_back(std::move(text)); }
    // Extra attributes of the SVG element (data-* facts a reader or a test may want),
    // written as given after escaping the value.
    void setAttribute(const QString &name, const QString &value);

    const QString &id() const { return m_id; }
    double width() const { return m_width; }
    double height() const { return m_height; }
    std::size_t markCount() const { return m_marks.size(); }

    // <svg ...>...</svg>, every text XML-escaped; needs no QGuiApplication.
    QString toSvg() const;
    // The chart painted at `scale` pixels per unit, transparent; text needs a QGuiApplication
    // (fonts), which ReportPdf checks. Safe on a worker thread: QImage and QPainter on an
    // image are reentrant.
    QImage toImage(double scale) const;
    void paint(QPainter &painter) const;

private:
    using Mark = std::variant<Rect, Line, Circle, Text>;

    QString m_id;
    double m_width = 0, m_height = 0;
    std::vector<std::pair<QString, QString>> m_attributes;
    std::vector<Mark> m_marks;
};

} // namespace avemo
