#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace avemo {

// A CSV file read into memory: the header row, then the data rows with the line each starts on.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; // 1-based line of the first character of each row

    // Index of a header column, or -1.
    int column(const QString &name) const { return header.indexOf(name); }
};

// RFC 4180 reader for files people write by hand or export from spreadsheets: UTF-8 with or
// without a byte-order mark, LF or CRLF, quoted fields holding commas, doubled quotes and line
// breaks. Anything else (invalid UTF-8, a stray quote, a bare CR, a row with the wrong number of
// fields, an unterminated quote) is a problem naming the line and field. Blank lines are skipped.
class CsvReader
{
    // Messages are for the study author; the GUI shows them in its language.
    Q_DECLARE_TR_FUNCTIONS(avemo::CsvReader)

public:
    struct Result
    {
        CsvTable table;
        ProblemList problems; // errors mean the table must not be used
        bool ok() const { return !hasErrors(problems); }
    };

    // fileName is only used in the problems' messages.
    static Result parse(const QByteArray &data, const QString &fileName);
    static Result readFile(const QString &path, const QString &displayName = {});
};

} // namespace avemo
