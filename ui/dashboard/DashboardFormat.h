#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cmath>

namespace avemo::dashboard {

// A figure for a table cell: a dash when it is missing (NaN), never "nan".
inline QString figure(double value, int decimals = 2)
{
    return std::isnan(value) ? QStringLiteral("\u2013") : QLocale().toString(value, 'f', decimals);
}

// "[0.41, 0.63]", or empty when the interval is missing.
inline QString interval(double low, double high, int decimals = 2)
{
    if (std::isnan(low) || std::isnan(high))
        return {};
    return QStringLiteral("[%1, %2]").arg(figure(low, decimals), figure(high, decimals));
}

// The raw value of a figure for the tests and for sorting: Qt::UserRole.
constexpr int ValueRole = Qt::UserRole;

} // namespace avemo::dashboard
