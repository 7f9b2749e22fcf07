#include "export/ReportChart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace avemo {

namespace {

// The SVG's font: the same family the report's CSS asks for.
constexpr auto kFontFamily = "sans-serif";

// XML escaping for text and double-quoted attributes.
QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

// Locale-free coordinates with two decimals, trailing zeros dropped.
QString num(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("0");
    QString s = QString::number(value, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

QString color(const QColor &c)
{
    return c.isValid() ? c.name(QColor::HexRgb) : QStringLiteral("none");
}

// Opacity as an attribute, only when the colour is not opaque (heat-map cells).
QString opacity(const char *attribute, const QColor &c)
{
    if (!c.isValid() || c.alpha() == 255)
        return {};
    return QStringLiteral(" %1=\"%2\"").arg(QLatin1String(attribute), num(c.alphaF()));
}

QString roleAttribute(const QString &role)
{
    return role.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(xml(role));
}

QString titleElement(const QString &title)
{
    return title.isEmpty() ? QString() : QStringLiteral("<title>%1</title>").arg(xml(title));
}

struct SvgWriter
{
    QString &out;

    void operator()(const ReportChart::Rect &r) const
    {
        out += QStringLiteral("<rect%1 x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\" fill=\"%6\"%7")
                   .arg(roleAttribute(r.role), num(r.box.x()), num(r.box.y()), num(r.box.width()),
                        num(r.box.height()), color(r.fill), opacity("fill-opacity", r.fill));
        if (r.stroke.isValid())
            out += QStringLiteral(" stroke=\"%1\"").arg(color(r.stroke));
        out += r.title.isEmpty() ? QStringLiteral("/>\n")
                                 : QStringLiteral(">%1</rect>\n").arg(titleElement(r.title));
    }
    void operator()(const ReportChart::Line &l) const
    {
        out += QStringLiteral("<line%1 x1=\"%2\" y1=\"%3\" x2=\"%4\" y2=\"%5\" stroke=\"%6\" "
                              "stroke-width=\"%7\"%8/>\n")
                   .arg(roleAttribute(l.role), num(l.from.x()), num(l.from.y()), num(l.to.x()),
                        num(l.to.y()), color(l.color), num(l.width),
                        l.dashed ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString());
    }
    void operator()(const ReportChart::Circle &c) const
    {
        out += QStringLiteral("<circle%1 cx=\"%2\" cy=\"%3\" r=\"%4\" fill=\"%5\"%6")
                   .arg(roleAttribute(c.role), num(c.centre.x()), num(c.centre.y()), num(c.radius),
                        color(c.fill), opacity("fill-opacity", c.fill));
        out += c.title.isEmpty() ? QStringLiteral("/>\n")
                                 : QStringLiteral(">%1</circle>\n").arg(titleElement(c.title));
    }
    void operator()(const ReportChart::Text &t) const
    {
        const QString anchor = t.anchor == ReportChart::Anchor::Start    ? QStringLiteral("start")
                               : t.anchor == ReportChart::Anchor::Middle ? QStringLiteral("middle")
                                                                         : QStringLiteral("end");
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\"")
                   .arg(num(t.at.x()), num(t.at.y()), num(t.size), anchor);
        if (t.bold)
            out += QStringLiteral(" font-weight=\"bold\"");
        if (t.color.isValid())
            out += QStringLiteral(" fill=\"%1\"").arg(color(t.color));
        if (t.vertical)
            out += QStringLiteral(" transform=\"rotate(-90 %1 %2)\"")
                       .arg(num(t.at.x()), num(t.at.y()));
        out += QStringLiteral(">%1</text>\n").arg(xml(t.text));
    }
};

struct PainterWriter
{
    QPainter &p;

    void operator()(const ReportChart::Rect &r) const
    {
        p.setPen(r.stroke.isValid() ? QPen(r.stroke, 1) : QPen(Qt::NoPen));
        p.setBrush(r.fill.isValid() ? QBrush(r.fill) : QBrush(Qt::NoBrush));
        p.drawRect(r.box);
    }
    void operator()(const ReportChart::Line &l) const
    {
        QPen pen(l.color, l.width);
        pen.setCapStyle(Qt::FlatCap);
        if (l.dashed)
            pen.setDashPattern({4 / l.width, 3 / l.width});
        p.setPen(pen);
        p.drawLine(l.from, l.to);
    }
    void operator()(const ReportChart::Circle &c) const
    {
        p.setPen(Qt::NoPen);
        p.setBrush(c.fill);
        p.drawEllipse(c.centre, c.radius, c.radius);
    }
    void operator()(const ReportChart::Text &t) const
    {
        QFont font(QString::fromLatin1(kFontFamily));
        font.setStyleHint(QFont::SansSerif);
        // Chart units are CSS pixels in the browser: size them as pixels here as well.
        font.setPixelSize(std::max(1, int(std::lround(t.size))));
        font.setBold(t.bold);
        p.setFont(font);
        p.setPen(t.color.isValid() ? t.color : QColor(Qt::black));
        const double width = QFontMetricsF(font).horizontalAdvance(t.text);
        const double dx = t.anchor == ReportChart::Anchor::Start    ? 0
                          : t.anchor == ReportChart::Anchor::Middle ? -width / 2
                                                                    : -width;
        p.save();
        p.translate(t.at);
        if (t.vertical)
            p.rotate(-90);
        p.drawText(QPointF(dx, 0), t.text);
        p.restore();
    }
};

} // namespace

ReportChart::ReportChart(QString id, double width, double height)
    : m_id(std::move(id))
    , m_width(width)
    , m_height(height)
{
}

void ReportChart::setAttribute(const QString &name, const QString &value)
{
    m_attributes.emplace_back(name, value);
}

QString ReportChart::toSvg() const
{
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%1\" "
                                 "class=\"chart\" width=\"%2\" height=\"%3\" viewBox=\"0 0 %2 %3\" "
                                 "font-family=\"%4\"")
                      .arg(xml(m_id), num(m_width), num(m_height), QLatin1String(kFontFamily));
    for (const auto &[name, value] : m_attributes)
        out += QStringLiteral(" %1=\"%2\"").arg(name, xml(value));
    out += QStringLiteral(">\n");
    const SvgWriter writer{out};
    for (const Mark &mark : m_marks)
        std::visit(writer, mark);
    out += QStringLiteral("</svg>\n");
    return out;
}

void ReportChart::paint(QPainter &painter) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const PainterWriter writer{painter};
    for (const Mark &mark : m_marks)
        std::visit(writer, mark);
}

QImage ReportChart::toImage(double scale) const
{
    QImage image(QSize(int(std::ceil(m_width * scale)), int(std::ceil(m_height * scale))),
                 QImage::Format_ARGB32_Premultiplied);
    // Transparent, so the chart sits on the page's own white (an opaque image shows as an
    // off-white box once the PDF writer has compressed it).
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter);
    return image;
}

} // namespace avemo
