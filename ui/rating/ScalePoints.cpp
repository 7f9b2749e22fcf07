#include "rating/ScalePoints.h"

#include <cmath>

namespace avemo::ScalePoints {

QString format(double value)
{
    // 12 significant digits drop the binary noise of min + i * step; -0 is written as 0.
    const QString text = QString::number(value, 'g', 12);
    return text == u"-0" ? QStringLiteral("0") : text;
}

int indexOf(const Scale &scale, const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !scale.contains(value))
        return -1;
    const int index = int(std::lround((value - scale.min) / scale.step));
    return index >= 0 && index < scale.pointCount() ? index : -1;
}

QString valueAt(const Scale &scale, int index)
{
    return format(scale.point(index));
}

bool digitsAreValues(const Scale &scale)
{
    return scale.pointCount() > 0 && scale.min >= 0 && scale.max <= 9 && scale.step >= 1 &&
           std::floor(scale.min) == scale.min && std::floor(scale.step) == scale.step;
}

bool digitsPickByValue(const Scale &scale)
{
    for (int d = 0; d <= 9; ++d)
        if (scale.contains(d))
            return true;
    return false;
}

int indexForDigit(const Scale &scale, int digit)
{
    if (digit < 0 || digit > 9)
        return -1;
    if (digitsPickByValue(scale))
        return indexOf(scale, QString::number(digit));
    return digit >= 1 && digit <= scale.pointCount() ? digit - 1 : -1;
}

QString anchorAt(const Scale &scale, int index)
{
    const double value = scale.point(index);
    for (auto it = scale.anchors.cbegin(); it != scale.anchors.cend(); ++it)
        if (std::abs(it.key() - value) < 1e-6 * std::max(1.0, std::abs(scale.step)))
            return it.value().text(QLocale());
    return {};
}

} // namespace avemo::ScalePoints
