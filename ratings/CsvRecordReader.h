#pragma once

#include <cstdio>
#include <string_view>
#include <vector>

namespace avemo::ratings {

// Reads the records of a CSV file chunk by chunk (RFC 4180 quoting, LF or CRLF, a byte-order
// mark at the start of the file); a record may span chunks and lines. Memory stays one chunk
// (or the longest record) whatever the file's size.
class CsvRecordReader
{
public:
    // Reads from f's current position, which is startOffset bytes into the file; a reader that
    // does not start at the beginning of the file numbers its lines from 1 all the same, and
    // the caller shifts them.
    explicit CsvRecordReader(std::FILE *f, std::size_t startOffset = 0);

    // The next record's fields (views into the buffer, valid until the next call); false at
    // the end of the file. line() is the record's first line.
    bool next(std::vector<std::string_view> &fields);

    std::size_t line() const { return m_line; }
    // The line the next record starts on.
    std::size_t nextLine() const { return m_nextLine; }
    // Bytes of the file consumed by the records read so far.
    std::size_t position() const { return m_base + m_start; }

private:
    bool nextPlain(std::vector<std::string_view> &fields);
    void finishRecord(char *begin, char *end, std::vector<std::string_view> &fields);
    void refill();

    std::FILE *m_file;
    std::vector<char> m_buffer;
    std::size_t m_base = 0; // file offset of m_buffer[0]
    std::size_t m_start = 0, m_filled = 0, m_scanned = 0;
    std::size_t m_quotes = 0, m_newlines = 0;
    std::size_t m_line = 0, m_nextLine = 1;
    bool m_atFileStart = true;
    bool m_eof = false;
};

} // namespace avemo::ratings
