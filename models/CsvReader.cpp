#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace avemo {

namespace {

// Byte offset of the first invalid UTF-8 sequence, or -1 when the whole buffer is valid.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = bytes[i];
        int extra = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1, minimum = 0x80, codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, minimum = 0x800, codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, minimum = 0x10000, codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF ||
            (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// Line and field number (CSV-aware: commas and line breaks inside quotes do not count) of
// the character at the end of text, the valid part of a file before a bad byte.
struct LineAndField
{
    int line = 1;
    int field = 1;
};

LineAndField lineAndFieldAtEnd(const QString &text)
{
    LineAndField at;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'\n')
            ++at.line;
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice: still inside
        else if (!quoted && c == u',')
            ++at.field;
        else if (!quoted && c == u'\n')
            at.field = 1;
    }
    return at;
}

// UTF-16 text ("Unicode text" in Excel's Save As) starts with a byte-order mark, or (without
// one) has a zero byte beside most ASCII characters.
bool looksLikeUtf16(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return true;
    const qsizetype n = std::min<qsizetype>(data.size(), 512);
    if (n < 4)
        return false;
    const qsizetype zeros = QByteArrayView(data.constData(), n).count('\0');
    return zeros * 4 >= n; // ASCII text in UTF-16 is half zeros; UTF-8 text has none
}

// Walks the decoded text once, splitting records and fields per RFC 4180.
class CsvParser
{
    Q_DECLARE_TR_FUNCTIONS(avemo::CsvReader)

public:
    CsvParser(const QString &text, const QString &fileName)
        : m_text(text)
        , m_file(fileName)
    {
    }

    // Not "CsvReader::Result run()": lupdate would read that as a CsvReader member and file
    // the messages below under the wrong context.
    using Result = CsvReader::Result;

    Result run()
    {
        Result result;
        bool haveHeader = false;
        while (m_pos < m_text.size()) {
            const int recordLine = m_line;
            QStringList fields;
            if (!readRecord(fields, result.problems))
                return result; // the rest of the file cannot be split reliably
            if (fields.size() == 1 && fields.first().isEmpty() && !m_lastRecordHadQuotes)
                continue; // blank line
            if (!haveHeader) {
                result.table.header = fields;
                haveHeader = true;
                if (!checkHeader(result.table.header, recordLine, result.problems))
                    return result; // the rows would only repeat the same problem
                continue;
            }
            if (fields.size() != result.table.header.size()) {
                result.problems.append(
                    {m_file, recordLine,
                     int(std::min(fields.size(), result.table.header.size())) + 1,
                     Problem::Severity::Error,
                     tr("row has %1 fields (expected %2, as in the header)")
                         .arg(fields.size())
                         .arg(result.table.header.size())});
                continue;
            }
            result.table.rows.append(fields);
            result.table.rowLines.append(recordLine);
        }
        if (!haveHeader)
            result.problems.append({m_file, 1, 1, Problem::Severity::Error,
                                    tr("the file is empty (expected a header row)")});
        return result;
    }

private:
    // False when the file is not comma-separated at all.
    bool checkHeader(const QStringList &header, int line, ProblemList &problems) const
    {
        // One pass with a hash: a header of a million columns must not cost a million squared.
        QHash<QString, int> seen;
        seen.reserve(header.size());
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].trimmed().isEmpty())
                problems.append({m_file, line, i + 1, Problem::Severity::Error,
                                 tr("empty column name in the header")});
            else if (seen.contains(header[i]))
                problems.append({m_file, line, i + 1, Problem::Severity::Error,
                                 tr("column '%1' appears twice in the header (first as column "
                                    "%2)")
                                     .arg(header[i])
                                     .arg(seen.value(header[i]))});
            else
                seen.insert(header[i], i + 1);
        }
        return header.size() != 1 || checkSeparator(header.first(), line, problems);
    }

    // A spreadsheet set to a German or French locale saves "CSV" with semicolons, and
    // "Unicode text" with tabs: the header then reads as one column holding every name.
    bool checkSeparator(const QString &onlyColumn, int line, ProblemList &problems) const
    {
        const bool semicolons = onlyColumn.contains(u';');
        const bool tabs = onlyColumn.contains(u'\t');
        if (!semicolons && !tabs)
            return true;
        problems.append({m_file, line, 1, Problem::Severity::Error,
                         tabs ? tr("the file is tab-separated (expected commas between "
                                   "fields; save it as \"CSV UTF-8 (comma delimited)\")")
                              : tr("the file is semicolon-separated (expected commas between "
                                   "fields; save it as \"CSV UTF-8 (comma delimited)\")")});
        return false;
    }

    // Reads one record; returns false after an unrecoverable problem.
    bool readRecord(QStringList &fields, ProblemList &problems)
    {
        m_lastRecordHadQuotes = false;
        QString field;
        for (;;) {
            m_quoteOpenLine = m_line;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                m_lastRecordHadQuotes = true;
                if (!readQuoted(field, fields.size() + 1, problems))
                    return false;
            } else if (!readUnquoted(field, fields.size() + 1, problems)) {
                return false;
            }
            fields.append(field);
            field.clear();
            if (m_pos >= m_text.size())
                return true;
            const QChar c = m_text[m_pos];
            if (c == u',') {
                ++m_pos;
                continue;
            }
            if (c == u'\n') {
                ++m_pos;
                ++m_line;
                return true;
            }
            if (c == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n') {
                m_pos += 2;
                ++m_line;
                return true;
            }
            if (c == u'\r') {
                problems.append({m_file, m_line, int(fields.size()), Problem::Severity::Error,
                                 tr("carriage return without a line feed "
                                    "(expected LF or CRLF line ends)")});
            } else if (m_quoteOpenLine < m_line) {
                // A quote left open on an earlier line swallowed the rows up to here; the fix
                // belongs where it opened, not where the parser noticed.
                problems.append({m_file, m_quoteOpenLine, int(fields.size()),
                                 Problem::Severity::Error,
                                 tr("quoted field is not closed on its line: it runs on to "
                                    "line %1 (expected a closing double quote on this line, "
                                    "or every quote inside the field doubled)")
                                     .arg(m_line)});
            } else {
                problems.append({m_file, m_line, int(fields.size()), Problem::Severity::Error,
                                 tr("unexpected character after a closing "
                                    "quote (expected a comma or a line end)")});
            }
            return false;
        }
    }

    bool readUnquoted(QString &field, int fieldNumber, ProblemList &problems)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u',' || c == u'\n' || c == u'\r')
                break;
            if (c == u'"') {
                problems.append({m_file, m_line, fieldNumber, Problem::Severity::Error,
                                 tr("a double quote inside an unquoted field (expected "
                                    "the whole field in double quotes, with inner "
                                    "quotes doubled)")});
                return false;
            }
            ++m_pos;
        }
        field = m_text.mid(start, m_pos - start);
        return true;
    }

    bool readQuoted(QString &field, int fieldNumber, ProblemList &problems)
    {
        const int openLine = m_line;
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    field.append(u'"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos; // closing quote
                return true;
            }
            if (c == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n') {
                field.append(u'\n'); // keep line breaks inside fields as LF whatever the file used
                m_pos += 2;
                ++m_line;
                continue;
            }
            if (c == u'\n')
                ++m_line;
            field.append(c);
            ++m_pos;
        }
        problems.append({m_file, openLine, fieldNumber, Problem::Severity::Error,
                         tr("quoted field is never closed (expected a closing double "
                            "quote before the end of the file)")});
        return false;
    }

    const QString &m_text;
    QString m_file;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_quoteOpenLine = 1; // line on which the field just read started
    bool m_lastRecordHadQuotes = false;
};

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray &data, const QString &fileName)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (looksLikeUtf16(bytes)) {
        Result result;
        result.problems.append({fileName, 0, 0, Problem::Severity::Error,
                                tr("the file is UTF-16 text, as a spreadsheet's \"Unicode "
                                   "text\" saves it (expected UTF-8 with commas; save it as "
                                   "\"CSV UTF-8 (comma delimited)\")")});
        return result;
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        Result result;
        // Named by line and field like every other problem in a CSV file; a byte offset means
        // nothing in a spreadsheet.
        const LineAndField at =
            lineAndFieldAtEnd(QString::fromUtf8(QByteArrayView(bytes.constData(), bad)));
        result.problems.append({fileName, at.line, at.field, Problem::Severity::Error,
                                tr("invalid UTF-8 byte 0x%1 (expected a UTF-8 text file; "
                                   "re-save it as UTF-8)")
                                    .arg(uchar(bytes[bad]), 2, 16, QLatin1Char('0'))});
        return result;
    }
    const QString text = QString::fromUtf8(bytes);
    return CsvParser(text, fileName).run();
}

CsvReader::Result CsvReader::readFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.problems.append({name, 0, 0, Problem::Severity::Error,
                                tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return parse(file.readAll(), name);
}

} // namespace avemo
