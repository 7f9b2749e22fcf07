#pragma once

#include "CsvReader.h"
#include "RatingTable.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

// Reading exports back for the tests: each file through the project's RFC 4180 reader, cells
// by column name, numbers parsed with the C locale (a ',' decimal would fail here).
struct CsvFile
{
    avemo::CsvTable table;
    bool ok = false;

    static CsvFile read(const QString &path)
    {
        CsvFile f;
        auto result = avemo::CsvReader::readFile(path);
        f.ok = result.ok();
        f.table = std::move(result.table);
        return f;
    }
    QString cell(qsizetype row, const QString &column) const
    {
        const int c = table.column(column);
        return c < 0 ? QStringLiteral("<no column %1>").arg(column) : table.rows[row].value(c);
    }
    double number(qsizetype row, const QString &column) const
    {
        const QString text = cell(row, column);
        if (text.isEmpty())
            return std::numeric_limits<double>::quiet_NaN();
        bool parsed = false;
        const double v = QLocale::c().toDouble(text, &parsed);
        return parsed ? v : std::numeric_limits<double>::infinity(); // never equals a statistic
    }
    // The first row whose cells match every (column, value) pair, or -1.
    qsizetype find(const QList<std::pair<QString, QString>> &keys) const
    {
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            bool all = true;
            for (const auto &[column, value] : keys)
                all = all && cell(r, column) == value;
            if (all)
                return r;
        }
        return -1;
    }
};

// Equal, or both missing; the exporter writes the shortest round-trip form, so a difference
// beyond the last bit of a double would be a real difference in the statistic.
inline bool sameNumber(double exported, double engine)
{
    if (std::isnan(engine))
        return std::isnan(exported);
    return std::fabs(exported - engine) <= 1e-12 * std::max(1.0, std::fabs(engine));
}

#define COMPARE_NUMBER(exported, engine)                                                           \
    QVERIFY2(sameNumber((exported), (engine)),                                                     \
             qPrintable(QStringLiteral("%1: exported %2, engine %3")                               \
                            .arg(QStringLiteral(#exported))                                        \
                            .arg((exported), 0, 'g', 17)                                           \
                            .arg((engine), 0, 'g', 17)))
