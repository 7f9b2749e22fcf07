#include "export/CsvWriter.h"

#include <QIODevice>

#include <charconv>
#include <cmath>

namespace avemo {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Characters that make spreadsheet programs (Excel, LibreOffice, Google Sheets) evaluate a cell.
bool startsFormula(std::string_view text)
{
    if (text.empty())
        return false;
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

// A plain loop: find_first_of() calls memchr once per character of the text.
bool needsQuotes(std::string_view text)
{
    for (const char c : text)
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

void appendQuoted(std::string &out, std::string_view text, bool neutralise)
{
    const bool quote = needsQuotes(text);
    if (quote)
        out += '"';
    if (neutralise)
        out += '\'';
    if (!quote) {
        out.append(text);
        return;
    }
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
    m_buffer.reserve(kFlushBytes + 4096);
}

bool CsvWriter::isPlainNumber(std::string_view t)
{
    std::size_t i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-'))
        ++i;
    const std::size_t intStart = i;
    while (i < t.size() && isDigit(t[i]))
        ++i;
    bool digits = i > intStart;
    if (i < t.size() && t[i] == '.') {
        const std::size_t fracStart = ++i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        digits = digits || i > fracStart;
    }
    if (!digits)
        return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        const std::size_t expStart = i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        if (i == expStart)
            return false;
    }
    return i == t.size();
}

std::string CsvWriter::encodeText(std::string_view utf8)
{
    std::string out;
    appendQuoted(out, utf8, startsFormula(utf8) && !isPlainNumber(utf8));
    return out;
}

void CsvWriter::text(std::string_view utf8)
{
    separator();
    appendQuoted(m_buffer, utf8, startsFormula(utf8) && !isPlainNumber(utf8));
}

void CsvWriter::text(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    text(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

std::string CsvWriter::numberText(double value)
{
    if (!std::isfinite(value))
        return {};
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    return std::string(digits, result.ptr);
}

void CsvWriter::number(double value)
{
    separator();
    if (!std::isfinite(value))
        return;
    char digits[32];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, result.ptr);
}

bool CsvWriter::flush()
{
    if (m_failed)
        return false;
    if (!m_buffer.empty() &&
        m_device.write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size())) {
        m_failed = true;
        m_error = m_device.errorString();
    }
    m_buffer.clear();
    return !m_failed;
}

} // namespace avemo
