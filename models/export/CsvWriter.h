#pragma once

#include <QString>

#include <charconv>
#include <string>
#include <string_view>

class QIODevice;

namespace avemo {

// Writes one RFC 4180 CSV file for pandas, R and spreadsheets: UTF-8 without a byte-order mark,
// LF line ends, a field quoted only when it holds a comma, a double quote or a line break.
// Numbers are written in the shortest form that reads back to the same double, with '.' as
// the decimal separator whatever the locale (std::to_chars ignores locales). Text cells that a
// spreadsheet would run as a formula (= + - @ tab CR first) get a leading single quote, unless
// the whole cell is a plain decimal number: "-3" stays -3.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    void text(std::string_view utf8);
    void text(const QString &value);
    // NaN and infinities become an empty cell (pandas reads it as NaN, R as NA).
    void number(double value);
    void integer(long long value)
    {
        separator();
        char digits[24];
        const auto result = std::to_chars(digits, digits + sizeof digits, value);
        m_buffer.append(digits, result.ptr);
    }
    void empty() { separator(); }
    // Appends one or more cells that are already encoded (from encodeText(), joined by
    // commas): rows repeat the same ids a million times, encoded once.
    void encoded(std::string_view cells)
    {
        separator();
        m_buffer.append(cells);
    }
    void endRow()
    {
        m_buffer += '\n';
        m_rowStarted = false;
        ++m_rows;
        if (m_buffer.size() >= kFlushBytes)
            flush();
    }

    // Flushes what is buffered; false (see errorString()) when the device refused a write.
    bool flush();
    QString errorString() const { return m_error; }
    long long rowsWritten() const { return m_rows; }

    // The cell as written (quoted, neutralised), for tests and for other writers.
    static std::string encodeText(std::string_view utf8);
    // A number as number() writes it; empty for NaN and infinities.
    static std::string numberText(double value);
    // Whether a text is a plain decimal number: [+-]digits[.digits][(e|E)[+-]digits].
    static bool isPlainNumber(std::string_view text);

private:
    static constexpr std::size_t kFlushBytes = 1 << 20;

    // The calls a million-row file makes per cell are defined here, to be inlined.
    void separator()
    {
        if (m_rowStarted)
            m_buffer += ',';
        m_rowStarted = true;
    }

    QIODevice &m_device;
    std::string m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
    long long m_rows = 0;
    QString m_error;
};

} // namespace avemo
