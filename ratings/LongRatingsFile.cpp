#include "LongRatingsFile.h"

#include "IdInterner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace avemo::ratings {

namespace {

// How much of the file one read takes. The fuzz build (tests/fuzz) makes it small: a 1 MiB zeroed
// buffer per read dominated its cost, and small chunks make records cross chunk boundaries.
#ifndef AVEMO_RATINGS_CHUNK_BYTES
#define AVEMO_RATINGS_CHUNK_BYTES (1 << 20)
#endif
constexpr std::size_t kChunk = AVEMO_RATINGS_CHUNK_BYTES;

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Our export prefixes a text cell starting with = + - @ with a quote against formula
// injection (docs/export-format.md); reading it back removes that quote again.
std::string_view unneutralised(std::string_view s)
{
    if (s.size() >= 2 && s[0] == '\'' && std::strchr("=+-@\t\r", s[1]) != nullptr)
        s.remove_prefix(1);
    return s;
}

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

// Reads records of a CSV file chunk by chunk; a record may span chunks and lines.
class RecordReader
{
public:
    explicit RecordReader(std::FILE *f)
        : m_file(f)
        , m_buffer(kChunk)
    {
    }

    // The next record's fields (views into the buffer, valid until the next call); false at
    // the end of the file. line() is the record's first line.
    bool next(std::vector<std::string_view> &fields)
    {
        while (true) {
            if (m_scanned == 0 && m_nextLine > 1 && nextPlain(fields))
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
                     (q = static_cast<const char *>(std::memchr(q, '"', std::size_t(stop - q))));
                     ++q)
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

    std::size_t line() const { return m_line; }

private:
    // The common record: no quote, wholly in the buffer. One pass over its bytes splits it;
    // false (nothing consumed) sends it to the general path above.
    bool nextPlain(std::vector<std::string_view> &fields)
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
            char *comma = static_cast<char *>(
                std::memchr(fieldStart, ',', std::size_t(recordEnd - fieldStart)));
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

    void finishRecord(char *begin, char *end, std::vector<std::string_view> &fields)
    {
        m_line = m_nextLine;
        m_nextLine += m_newlines;
        if (m_line == 1 && end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
            begin += 3; // a byte-order mark
        splitRecord(begin, end, fields);
        m_scanned = 0;
        m_quotes = 0;
        m_newlines = 0;
    }

    void refill()
    {
        const std::size_t pending = m_filled - m_start;
        if (m_start > 0) {
            std::memmove(m_buffer.data(), m_buffer.data() + m_start, pending);
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

    std::FILE *m_file;
    std::vector<char> m_buffer;
    std::size_t m_start = 0, m_filled = 0, m_scanned = 0;
    std::size_t m_quotes = 0, m_newlines = 0;
    std::size_t m_line = 0, m_nextLine = 1;
    bool m_eof = false;
};

enum class Role : std::uint8_t
{
    None,
    Item,
    Rater,
    Value,
    Group,
    Question,
    Gold,
    Excluded,
    Label,
    Score
};

// Asks for 2 MiB pages for a large buffer that is about to be filled: a million ratings then
// cost a few dozen page faults instead of ten thousand (a third of the run time otherwise).
void adviseHugePages([[maybe_unused]] const void *data, [[maybe_unused]] std::size_t bytes)
{
#ifdef __linux__
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(huge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

std::string joined(const std::vector<std::string> &names)
{
    std::string s;
    for (const auto &n : names)
        s += (s.empty() ? "" : ", ") + n;
    return s;
}

} // namespace

LongRatingsFile LongRatingsFile::read(const std::string &path, const LongRatingsOptions &options)
{
    LongRatingsFile out;
    const std::unique_ptr<std::FILE, int (*)(std::FILE *)> f(std::fopen(path.c_str(), "rb"),
                                                             &std::fclose);
    if (!f) {
        out.problems.add(0, 0, "cannot open the file: " + std::string(std::strerror(errno)));
        return out;
    }
    // Room for as many ratings as the file could hold ("a,b,1\n": 6 bytes a row), reserved
    // once: pages never written cost no memory, and the ratings are never copied to grow.
    if (std::fseek(f.get(), 0, SEEK_END) == 0) {
        const long size = std::ftell(f.get());
        if (size > 0) {
            out.rows.reserve(std::size_t(size) / 6 + 1);
            adviseHugePages(out.rows.data(), out.rows.capacity() * sizeof(Rating));
        }
        std::rewind(f.get());
    }
    RecordReader reader(f.get());
    std::vector<std::string_view> fields;
    if (!reader.next(fields)) {
        out.problems.add(1, 0, "the file is empty: expected a header row");
        return out;
    }
    for (const auto field : fields)
        out.header.emplace_back(trimmed(field));

    // Which field plays which role; groupSlot orders the --by columns.
    std::vector<Role> roles(out.header.size(), Role::None);
    std::vector<int> groupSlot(out.header.size(), -1);
    const auto find = [&](const std::string &name) -> int {
        const auto it = std::find(out.header.begin(), out.header.end(), name);
        return it == out.header.end() ? -1 : int(it - out.header.begin());
    };
    const auto require = [&](const std::string &name, const char *option) -> int {
        const int index = find(name);
        if (index < 0)
            out.problems.add(1, 0,
                             "missing column '" + name + "' (" + option +
                                 ") in the header (found: " + joined(out.header) + ")");
        return index;
    };
    const int item = require(options.itemColumn, "--item");
    const int rater = require(options.raterColumn, "--rater");
    const int value = require(options.valueColumn, "--value");
    std::vector<int> groups;
    for (const auto &g : options.groupColumns)
        groups.push_back(require(g, "--by"));
    const int question = find("question_id");
    if (!options.question.empty() && question < 0)
        out.problems.add(
            1, 0, "--question needs a question_id column (found: " + joined(out.header) + ")");
    if (!out.problems.empty())
        return out;
    out.valueColumn = std::size_t(value) + 1;
    const int gold = find("gold"), excluded = find("excluded");
    out.isExport = gold >= 0 && excluded >= 0 && question >= 0;
    const int label = out.isExport ? find("label") : -1;
    const int score = out.isExport ? find("score") : -1;
    const auto assign = [&](int index, Role role) {
        if (index >= 0 && roles[std::size_t(index)] == Role::None)
            roles[std::size_t(index)] = role;
    };
    assign(item, Role::Item);
    assign(rater, Role::Rater);
    assign(value, Role::Value);
    for (std::size_t k = 0; k < groups.size(); ++k) {
        groupSlot[std::size_t(groups[k])] = int(k);
        assign(groups[k], Role::Group);
    }
    assign(question, Role::Question);
    if (out.isExport) {
        assign(gold, Role::Gold);
        assign(excluded, Role::Excluded);
        assign(label, Role::Label);
        assign(score, Role::Score);
    }
    std::size_t needed = 0;
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (roles[i] != Role::None || groupSlot[i] >= 0)
            needed = i + 1;

    IdInterner items, raters, groupIdsIn, tokens, questions;
    std::vector<std::string_view> groupParts(groups.size());
    std::string groupKey;
    std::string_view lastItem;
    std::string lastItemText;
    std::uint32_t lastItemIndex = UINT32_MAX, lastRater = UINT32_MAX;
    const auto text = [&](std::string_view s) {
        s = trimmed(s);
        return out.isExport ? unneutralised(s) : s;
    };
    const std::uint32_t noGroup = groups.empty() ? groupIdsIn.intern({}) : 0;
    while (reader.next(fields)) {
        const std::size_t line = reader.line();
        if (fields.size() == 1 && trimmed(fields[0]).empty())
            continue; // a blank line
        if (fields.size() < needed) {
            out.problems.add(line, fields.size(),
                             "only " + std::to_string(fields.size()) +
                                 " fields; the header names " + std::to_string(out.header.size()) +
                                 " columns");
            continue;
        }
        std::string_view itemText, raterText, valueText, questionText;
        bool isGold = false, isExcluded = false, hasLabel = false, hasScore = false;
        for (std::size_t i = 0; i < needed; ++i) {
            if (groupSlot[i] >= 0)
                groupParts[std::size_t(groupSlot[i])] = text(fields[i]);
            switch (roles[i]) {
            case Role::None:
            case Role::Group:
                break;
            case Role::Item:
                itemText = text(fields[i]);
                break;
            case Role::Rater:
                raterText = text(fields[i]);
                break;
            case Role::Value:
                valueText = text(fields[i]);
                break;
            case Role::Question:
                questionText = text(fields[i]);
                break;
            case Role::Gold:
                isGold = trimmed(fields[i]) == "1";
                break;
            case Role::Excluded:
                isExcluded = trimmed(fields[i]) == "1";
                break;
            case Role::Label:
                hasLabel = !trimmed(fields[i]).empty();
                break;
            case Role::Score:
                hasScore = !trimmed(fields[i]).empty();
                break;
            }
        }
        if (!options.question.empty() && questionText != options.question)
            continue;
        if (itemText.empty() || raterText.empty()) {
            const bool noItem = itemText.empty();
            out.problems.add(line, std::size_t(noItem ? item : rater) + 1,
                             (noItem ? options.itemColumn : options.raterColumn) + " is empty");
            continue;
        }
        if (isExcluded) {
            ++out.excludedRows;
            continue;
        }
        if (isGold) {
            ++out.goldRows;
            continue;
        }
        const std::uint8_t kind = hasLabel ? CategoricalRow : hasScore ? ScoreRow : TextRow;
        if (out.isExport && (kind & options.skipKinds) != 0) {
            ++out.skippedKindRows;
            out.skippedKinds |= kind;
            continue;
        }
        if (valueText.empty()) {
            ++out.missingValues;
            continue;
        }
        Rating r;
        // Files are usually sorted by item: the previous row's item is the likeliest match.
        if (lastItemIndex != UINT32_MAX && itemText == lastItem) {
            r.item = lastItemIndex;
        } else {
            r.item = lastItemIndex = items.intern(itemText);
            lastItemText.assign(itemText);
            lastItem = lastItemText;
        }
        r.rater = lastRater = raters.intern(raterText, lastRater + 1);
        if (groups.size() == 1) {
            r.group = groupIdsIn.intern(groupParts[0]);
        } else if (!groups.empty()) {
            groupKey.clear();
            for (std::size_t k = 0; k < groupParts.size(); ++k) {
                if (k > 0)
                    groupKey += kGroupSeparator;
                groupKey += groupParts[k];
            }
            r.group = groupIdsIn.intern(groupKey);
        } else {
            r.group = noGroup;
        }
        r.code = tokens.intern(valueText);
        if (r.code == out.tokenFirstLine.size())
            out.tokenFirstLine.push_back(static_cast<std::uint32_t>(line));
        if (question >= 0)
            questions.intern(questionText);
        if (out.isExport) {
            if (out.groupKinds.size() <= r.group)
                out.groupKinds.resize(r.group + 1, 0);
            out.groupKinds[r.group] |= kind;
        }
        out.rows.push_back(r);
    }
    out.itemIds = items.takeIds();
    out.raterIds = raters.takeIds();
    out.groupIds = groupIdsIn.takeIds();
    out.valueTokens = tokens.takeIds();
    out.questions = questions.takeIds();
    if (std::ferror(f.get()))
        out.problems.add(0, 0, "read error: " + std::string(std::strerror(errno)));
    return out;
}

std::optional<ValueCoding> codeValues(const LongRatingsFile &file, std::span<const Rating> rows,
                                      const ValueCodingRequest &request, FileProblems &problems)
{
    const bool labelsAllowed = request.labelsAllowed;
    const Scale &numericScale = request.numericScale;
    const std::vector<std::string> &labelScale = request.labelScale;
    ValueCoding coding;
    const std::size_t tokenCount = file.valueTokens.size();
    std::vector<std::uint8_t> tokenUsed(tokenCount, 0);
    for (const auto &r : rows)
        tokenUsed[r.code] = 1;
    coding.valueOfToken.assign(tokenCount, std::nan(""));
    std::vector<std::uint8_t> bad(tokenCount, 0);
    std::vector<std::string> badWhy(tokenCount);
    bool anyBad = false;

    if (!labelScale.empty()) {
        for (std::size_t t = 0; t < tokenCount; ++t) {
            if (!tokenUsed[t])
                continue;
            const auto it = std::find(labelScale.begin(), labelScale.end(), file.valueTokens[t]);
            if (it == labelScale.end()) {
                bad[t] = anyBad = true;
                badWhy[t] = "is not on the declared scale (" + joined(labelScale) + ")";
            } else {
                coding.valueOfToken[t] = double(it - labelScale.begin() + 1);
            }
        }
        std::vector<double> points;
        for (std::size_t k = 1; k <= labelScale.size(); ++k)
            points.push_back(double(k));
        coding.scale = Scale::fromPoints(std::move(points));
        coding.labels = labelScale;
    } else {
        std::vector<std::size_t> labelTokens;
        for (std::size_t t = 0; t < tokenCount; ++t) {
            if (!tokenUsed[t])
                continue;
            const std::string &s = file.valueTokens[t];
            double v = 0;
            const char *first = s.data() + (s.size() > 1 && s[0] == '+' ? 1 : 0);
            const auto [end, ec] = std::from_chars(first, s.data() + s.size(), v);
            if (ec == std::errc() && end == s.data() + s.size() && std::isfinite(v))
                coding.valueOfToken[t] = v;
            else
                labelTokens.push_back(t);
        }
        if (!labelTokens.empty() && labelsAllowed) {
            // Labels at the nominal level: every value is a category, numbers included, so
            // "3" and "x" in one column are two categories of one kind.
            std::vector<std::size_t> all;
            for (std::size_t t = 0; t < tokenCount; ++t)
                if (tokenUsed[t])
                    all.push_back(t);
            std::sort(all.begin(), all.end(), [&](std::size_t a, std::size_t b) {
                return file.valueTokens[a] < file.valueTokens[b];
            });
            std::vector<double> points;
            for (std::size_t k = 0; k < all.size(); ++k) {
                coding.valueOfToken[all[k]] = double(k);
                coding.labels.push_back(file.valueTokens[all[k]]);
                points.push_back(double(k));
            }
            coding.scale = Scale::fromPoints(std::move(points));
        } else {
            for (const std::size_t t : labelTokens) {
                bad[t] = anyBad = true;
                badWhy[t] = "is not a number; " + request.levelHint;
            }
            coding.scale = numericScale;
            for (std::size_t t = 0; t < tokenCount && !numericScale.hasPoints() &&
                                    (numericScale.minimum || numericScale.maximum);
                 ++t) {
                const double v = coding.valueOfToken[t];
                if (tokenUsed[t] && !bad[t] &&
                    ((numericScale.minimum && v < *numericScale.minimum) ||
                     (numericScale.maximum && v > *numericScale.maximum))) {
                    bad[t] = anyBad = true;
                    badWhy[t] = "is outside the declared scale";
                }
            }
            if (numericScale.hasPoints()) {
                for (std::size_t t = 0; t < tokenCount; ++t) {
                    if (!tokenUsed[t] || bad[t])
                        continue;
                    const double v = coding.valueOfToken[t];
                    const bool on = std::any_of(
                        numericScale.points.begin(), numericScale.points.end(), [v](double p) {
                            return std::fabs(p - v) <= 1e-9 * std::max(1.0, std::fabs(p));
                        });
                    if (!on) {
                        bad[t] = anyBad = true;
                        std::string points;
                        for (const double p : numericScale.points) {
                            char buf[32];
                            const auto r = std::to_chars(buf, buf + sizeof buf, p);
                            points += (points.empty() ? "" : ", ") + std::string(buf, r.ptr);
                        }
                        badWhy[t] = "is not on the declared scale (" + points + ")";
                    }
                }
            }
        }
    }
    if (!anyBad)
        return coding;

    // One problem per bad value, at its first line, with how many more rows carry it.
    std::vector<std::size_t> count(tokenCount, 0);
    for (const auto &r : rows)
        count[r.code] += bad[r.code];
    std::vector<std::size_t> order;
    for (std::size_t t = 0; t < tokenCount; ++t)
        if (bad[t] && count[t] > 0)
            order.push_back(t);
    const auto &firstLine = file.tokenFirstLine;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return firstLine[a] < firstLine[b]; });
    for (const std::size_t t : order) {
        std::string message = "value '" + file.valueTokens[t] + "' " + badWhy[t];
        if (count[t] > 1)
            message += " (and " + std::to_string(count[t] - 1) + " more rows with it)";
        problems.add(firstLine[t], file.valueColumn, std::move(message));
    }
    return std::nullopt;
}

} // namespace avemo::ratings
