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

int lineAtOffset(const QByteArray &data, qsizetype offset)
{
    return 1 + int(QByteArrayView(data.constData(), offset).count('\n'));
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
                checkHeader(result.table.header, recordLine, result.problems);
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
    void checkHeader(const QStringList &header, int line, ProblemList &problems) const
    {
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].trimmed().isEmpty())
                problems.append({m_file, line, i + 1, Problem::Severity::Error,
                                 tr("empty column name in the header")});
            else if (header.indexOf(header[i]) != i)
                problems.append({m_file, line, i + 1, Problem::Severity::Error,
                                 tr("column '%1' appears twice in the header").arg(header[i])});
        }
    }

    // Reads one record; returns false after an unrecoverable problem.
    bool readRecord(QStringList &fields, ProblemList &problems)
    {
        m_lastRecordHadQuotes = false;
        QString field;
        for (;;) {
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
            problems.append({m_file, m_line, int(fields.size()), Problem::Severity::Error,
                             c == u'\r' ? tr("carriage return without a line feed "
                                             "(expected LF or CRLF line ends)")
                                        : tr("unexpected character after a closing "
                                             "quote (expected a comma or a line end)")});
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
    bool m_lastRecordHadQuotes = false;
};

} // namespace

CsvReader::Result CsvReader::parse(const QByteArray &data, const QString &fileName)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        Result result;
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1;
        result.problems.append({fileName, lineAtOffset(bytes, bad), int(bad - lineStart) + 1,
                                Problem::Severity::Error,
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
