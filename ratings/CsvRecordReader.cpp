#include "CsvRecordReader.h"

#include <cstring>

namespace avemo::ratings {

namespace {

// How much of the file one read takes. The fuzz build (tests/fuzz) makes it small: a 1 MiB zeroed
// buffer per read dominated its cost, and small chunks make records cross chunk boundaries.
#ifndef AVEMO_RATINGS_CHUNK_BYTES
#define AVEMO_RATINGS_CHUNK_BYTES (1 << 20)
#endif
constexpr std::size_t kChunk = AVEMO_RATINGS_CHUNK_BYTES;

// Splits one record (without its line end) into fields, unquoting in place: the unquoted text
// is never longer than the quoted one, so the buffer can hold it.
void splitRecord(char *begin, char *end, std::vector<std::string_view> &fields)
{
    fields.clear();
    char *p = begin;
    while (true) {
        if (p < end && *p == '"') {
            char *out = p;
            const char *in = p + 1;
            while (in < end) {
                if (*in == '"') {
                    if (in + 1 < end && in[1] == '"') {
                        *out++ = '"';
                        in += 2;
                        continue;
                    }
                    ++in;
                    break;
                }
                *out++ = *in++;
            }
            // Text after the closing quote (not RFC 4180) is kept rather than lost.
            while (in < end && *in != ',')
                *out++ = *in++;
            fields.emplace_back(p, std::size_t(out - p));
            p = const_cast<char *>(in);
        } else {
            char *comma = static_cast<char *>(std::memchr(p, ',', std::size_t(end - p)));
            char *fieldEnd = comma ? comma : end;
            fields.emplace_back(p, std::size_t(fieldEnd - p));
            p = fieldEnd;
        }
        if (p >= end)
            return;
        ++p; // the comma
        if (p == end) {
            fields.emplace_back();
            return;
        }
    }
}

} // namespace

CsvRecordReader::CsvRecordReader(std::FILE *f, std::size_t startOffset)
    : m_file(f)
    , m_buffer(kChunk)
    , m_base(startOffset)
    , m_atFileStart(startOffset == 0)
{
}

bool CsvRecordReader::next(std::vector<std::string_view> &fields)
{
    while (true) {
        if (m_scanned == 0 && !m_atFileStart && nextPlain(fields))
            return true;
        char *begin = m_buffer.data() + m_start;
        char *end = m_buffer.data() + m_filled;
        char *scan = begin + m_scanned;
        // Find the line end outside quotes: quotes are doubled inside quoted fields, so an
        // even count of them before a newline means the record ends there.
        while (scan < end) {
            char *nl = static_cast<char *>(std::memchr(scan, '\n', std::size_t(end - scan)));
            char *stop = nl ? nl : end;
            // Most records have no quote at all: one memchr says so.
            for (const char *q = scan;
                 (q = static_cast<const char *>(std::memchr(q, '"', std::size_t(stop - q)))); ++q)
                ++m_quotes;
            if (!nl) {
                scan = end;
                break;
            }
            ++m_newlines;
            if (m_quotes % 2 == 0) {
                char *recordEnd = nl;
                if (recordEnd > begin && recordEnd[-1] == '\r')
                    --recordEnd;
                finishRecord(begin, recordEnd, fields);
                m_start = std::size_t(nl + 1 - m_buffer.data());
                return true;
            }
            scan = nl + 1;
        }
        m_scanned = std::size_t(scan - begin);
        if (m_eof) {
            if (m_start == m_filled)
                return false;
            char *recordEnd = end;
            if (recordEnd > begin && recordEnd[-1] == '\r')
                --recordEnd;
            finishRecord(begin, recordEnd, fields);
            m_start = m_filled;
            return true;
        }
        refill();
    }
}

// The common record: no quote, wholly in the buffer. One pass over its bytes splits it;
// false (nothing consumed) sends it to the general path in next().
bool CsvRecordReader::nextPlain(std::vector<std::string_view> &fields)
{
    char *const begin = m_buffer.data() + m_start;
    char *const end = m_buffer.data() + m_filled;
    char *nl = static_cast<char *>(std::memchr(begin, '\n', std::size_t(end - begin)));
    if (!nl || std::memchr(begin, '"', std::size_t(nl - begin)))
        return false;
    char *recordEnd = nl > begin && nl[-1] == '\r' ? nl - 1 : nl;
    fields.clear();
    char *fieldStart = begin;
    while (true) {
        char *comma =
            static_cast<char *>(std::memchr(fieldStart, ',', std::size_t(recordEnd - fieldStart)));
        if (!comma)
            break;
        fields.emplace_back(fieldStart, std::size_t(comma - fieldStart));
        fieldStart = comma + 1;
    }
    fields.emplace_back(fieldStart, std::size_t(recordEnd - fieldStart));
    m_line = m_nextLine++;
    m_start = std::size_t(nl + 1 - m_buffer.data());
    return true;
}

void CsvRecordReader::finishRecord(char *begin, char *end, std::vector<std::string_view> &fields)
{
    m_line = m_nextLine;
    m_nextLine += m_newlines;
    if (m_atFileStart && end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
        begin += 3; // a byte-order mark
    m_atFileStart = false;
    splitRecord(begin, end, fields);
    m_scanned = 0;
    m_quotes = 0;
    m_newlines = 0;
}

void CsvRecordReader::refill()
{
    const std::size_t pending = m_filled - m_start;
    if (m_start > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_start, pending);
        m_base += m_start;
        m_start = 0;
        m_filled = pending;
    }
    if (m_buffer.size() - m_filled < kChunk / 2)
        m_buffer.resize(m_buffer.size() * 2); // a record longer than a chunk
    const std::size_t got =
        std::fread(m_buffer.data() + m_filled, 1, m_buffer.size() - m_filled, m_file);
    m_filled += got;
    if (got == 0)
        m_eof = true;
}

} // namespace avemo::ratings
