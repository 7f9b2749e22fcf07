#include "LongRatingsFile.h"

#include "CsvRecordReader.h"
#include "IdInterner.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <future>
#include <memory>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace avemo::ratings {

namespace {

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

// Which field of a record plays which role, read from the header.
struct Layout
{
    std::vector<Role> roles;
    std::vector<int> groupSlot; // per field: its place among the --by columns, or -1
    std::size_t needed = 0;     // fields a record needs
    std::size_t groupColumns = 0;
    int item = -1, rater = -1, question = -1;
    bool isExport = false;
};

// What one stretch of the file yields. A large file is read as two stretches at once; the
// second's ids and lines are then renumbered after the first's (appendPart).
struct Part
{
    std::vector<Rating> rows;
    std::vector<std::uint32_t> tokenFirstLine;
    IdInterner items, raters, groups, tokens, questions;
    std::vector<std::uint8_t> groupKinds;
    std::size_t excludedRows = 0, goldRows = 0, skippedKindRows = 0, missingValues = 0;
    std::uint8_t skippedKinds = 0;
    FileProblems problems;

    // Room for as many ratings as bytes could hold ("a,b,1\n": 6 bytes a row), reserved
    // once: pages never written cost no memory, and the ratings are never copied to grow.
    void reserveFor(std::size_t bytes)
    {
        rows.reserve(bytes / 6 + 1);
        adviseHugePages(rows.data(), rows.capacity() * sizeof(Rating));
    }
};

// Reads records into part until the reader has consumed stopAt bytes of the file.
void readRows(CsvRecordReader &reader, const Layout &layout, const LongRatingsOptions &options,
              Part &part, std::size_t stopAt)
{
    const auto &roles = layout.roles;
    const auto &groupSlot = layout.groupSlot;
    const std::size_t needed = layout.needed;
    std::vector<std::string_view> fields;
    std::vector<std::string_view> groupParts(layout.groupColumns);
    std::string groupKey;
    std::string_view lastItem;
    std::string lastItemText;
    std::uint32_t lastItemIndex = UINT32_MAX, lastRater = UINT32_MAX;
    const auto text = [&](std::string_view s) {
        s = trimmed(s);
        return layout.isExport ? unneutralised(s) : s;
    };
    // Without --by every rating is in the one group "", numbered 0 in every part.
    const std::uint32_t noGroup = layout.groupColumns == 0 ? part.groups.intern({}) : 0;
    while (reader.position() < stopAt && reader.next(fields)) {
        const std::size_t line = reader.line();
        if (fields.size() == 1 && trimmed(fields[0]).empty())
            continue; // a blank line
        if (fields.size() < needed) {
            part.problems.add(line, fields.size(),
                              "only " + std::to_string(fields.size()) +
                                  " fields; the header names " +
                                  std::to_string(layout.roles.size()) + " columns");
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
            part.problems.add(line, std::size_t(noItem ? layout.item : layout.rater) + 1,
                              (noItem ? options.itemColumn : options.raterColumn) + " is empty");
            continue;
        }
        if (isExcluded) {
            ++part.excludedRows;
            continue;
        }
        if (isGold) {
            ++part.goldRows;
            continue;
        }
        const std::uint8_t kind = hasLabel ? CategoricalRow : hasScore ? ScoreRow : TextRow;
        if (layout.isExport && (kind & options.skipKinds) != 0) {
            ++part.skippedKindRows;
            part.skippedKinds |= kind;
            continue;
        }
        if (valueText.empty()) {
            ++part.missingValues;
            continue;
        }
        Rating r;
        // Files are usually sorted by item: the previous row's item is the likeliest match.
        if (lastItemIndex != UINT32_MAX && itemText == lastItem) {
            r.item = lastItemIndex;
        } else {
            r.item = lastItemIndex = part.items.intern(itemText);
            lastItemText.assign(itemText);
            lastItem = lastItemText;
        }
        r.rater = lastRater = part.raters.intern(raterText, lastRater + 1);
        if (layout.groupColumns == 1) {
            r.group = part.groups.intern(groupParts[0]);
        } else if (layout.groupColumns > 1) {
            groupKey.clear();
            for (std::size_t k = 0; k < groupParts.size(); ++k) {
                if (k > 0)
                    groupKey += kGroupSeparator;
                groupKey += groupParts[k];
            }
            r.group = part.groups.intern(groupKey);
        } else {
            r.group = noGroup;
        }
        r.code = part.tokens.intern(valueText);
        if (r.code == part.tokenFirstLine.size())
            part.tokenFirstLine.push_back(static_cast<std::uint32_t>(line));
        if (layout.question >= 0)
            part.questions.intern(questionText);
        if (layout.isExport) {
            if (part.groupKinds.size() <= r.group)
                part.groupKinds.resize(r.group + 1, 0);
            part.groupKinds[r.group] |= kind;
        }
        part.rows.push_back(r);
    }
}

// The ids of from, interned into into in from's first-seen order (which follows into's: from
// is the later stretch of the file); the result maps from's numbers to into's.
std::vector<std::uint32_t> renumber(IdInterner &into, const IdInterner &from)
{
    std::vector<std::uint32_t> map(from.size());
    into.reserve(into.size() + from.size());
    for (std::uint32_t i = 0; i < from.size(); ++i)
        map[i] = into.intern(from.id(i));
    return map;
}

// Appends the later stretch of the file to the earlier one as if one reader had read both:
// ids keep their first-seen order, lines continue, problems stay in file order.
void appendPart(Part &into, Part &from, std::size_t lineOffset)
{
    const auto items = renumber(into.items, from.items);
    const auto raters = renumber(into.raters, from.raters);
    const auto groups = renumber(into.groups, from.groups);
    renumber(into.questions, from.questions);
    std::vector<std::uint32_t> tokens(from.tokens.size());
    into.tokens.reserve(into.tokens.size() + from.tokens.size());
    for (std::uint32_t t = 0; t < from.tokens.size(); ++t) {
        tokens[t] = into.tokens.intern(from.tokens.id(t));
        if (tokens[t] == into.tokenFirstLine.size())
            into.tokenFirstLine.push_back(
                static_cast<std::uint32_t>(from.tokenFirstLine[t] + lineOffset));
    }
    if (!from.groupKinds.empty()) {
        into.groupKinds.resize(into.groups.size(), 0);
        for (std::size_t g = 0; g < from.groupKinds.size(); ++g)
            into.groupKinds[groups[g]] |= from.groupKinds[g];
    }
    for (Rating r : from.rows) {
        r.item = items[r.item];
        r.rater = raters[r.rater];
        r.group = groups[r.group];
        r.code = tokens[r.code];
        into.rows.push_back(r);
    }
    from.rows = {};
    into.excludedRows += from.excludedRows;
    into.goldRows += from.goldRows;
    into.skippedKindRows += from.skippedKindRows;
    into.missingValues += from.missingValues;
    into.skippedKinds |= from.skippedKinds;
    into.problems.append(from.problems, lineOffset);
}

// Below this size a second reader costs more than it saves.
constexpr std::size_t kSplitBytes = std::size_t(8) << 20;

// Where a second reader may start: just after the first newline past the middle of the file
// (0: read it in one go). Whether that newline ends a record (it may sit inside a quoted
// field) is known only once the first reader gets there; see LongRatingsFile::read.
std::size_t splitPoint(const std::string &path, std::size_t size, std::size_t headerEnd)
{
    if (size < kSplitBytes)
        return 0;
    const std::unique_ptr<std::FILE, int (*)(std::FILE *)> f(std::fopen(path.c_str(), "rb"),
                                                             &std::fclose);
    if (!f || std::fseek(f.get(), long(size / 2), SEEK_SET) != 0)
        return 0;
    std::vector<char> buffer(std::size_t(64) << 10);
    const std::size_t got = std::fread(buffer.data(), 1, buffer.size(), f.get());
    const void *nl = std::memchr(buffer.data(), '\n', got);
    if (!nl)
        return 0;
    const std::size_t split =
        size / 2 + std::size_t(static_cast<const char *>(nl) - buffer.data()) + 1;
    return split > headerEnd && split < size ? split : 0;
}

// The second stretch: from offset (the start of a line) to the end of the file.
Part readFrom(const std::string &path, std::size_t offset, std::size_t size, const Layout &layout,
              const LongRatingsOptions &options)
{
    Part part;
    const std::unique_ptr<std::FILE, int (*)(std::FILE *)> f(std::fopen(path.c_str(), "rb"),
                                                             &std::fclose);
    if (!f || std::fseek(f.get(), long(offset), SEEK_SET) != 0) {
        part.problems.add(0, 0, "cannot read the file: " + std::string(std::strerror(errno)));
        return part;
    }
    part.reserveFor(size - offset);
    CsvRecordReader reader(f.get(), offset);
    readRows(reader, layout, options, part, SIZE_MAX);
    if (std::ferror(f.get()))
        part.problems.add(0, 0, "read error: " + std::string(std::strerror(errno)));
    return part;
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
    std::size_t size = 0;
    if (std::fseek(f.get(), 0, SEEK_END) == 0) {
        size = std::size_t(std::max(0L, std::ftell(f.get())));
        std::rewind(f.get());
    }
    CsvRecordReader reader(f.get());
    std::vector<std::string_view> fields;
    if (!reader.next(fields)) {
        out.problems.add(1, 0, "the file is empty: expected a header row");
        return out;
    }
    for (const auto field : fields)
        out.header.emplace_back(trimmed(field));

    // Which field plays which role; groupSlot orders the --by columns.
    Layout layout;
    auto &roles = layout.roles;
    auto &groupSlot = layout.groupSlot;
    roles.assign(out.header.size(), Role::None);
    groupSlot.assign(out.header.size(), -1);
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
    for (std::size_t i = 0; i < roles.size(); ++i)
        if (roles[i] != Role::None || groupSlot[i] >= 0)
            layout.needed = i + 1;
    layout.groupColumns = groups.size();
    layout.item = item;
    layout.rater = rater;
    layout.question = question;
    layout.isExport = out.isExport;

    // A large file is read by two threads, one per half, when the middle of the file is the
    // start of a record; the halves are then joined as one reader would have read them.
    Part first;
    first.reserveFor(size);
    const std::size_t split = splitPoint(path, size, reader.position());
    std::future<Part> second;
    if (split != 0)
        second = std::async(std::launch::async, readFrom, std::cref(path), split, size,
                            std::cref(layout), std::cref(options));
    readRows(reader, layout, options, first, split != 0 ? split : SIZE_MAX);
    if (second.valid()) {
        Part rest = second.get();
        if (reader.position() == split)
            appendPart(first, rest, reader.nextLine() - 1);
        else // the middle newline was inside a quoted field: this reader goes on alone
            readRows(reader, layout, options, first, SIZE_MAX);
    }
    out.rows = std::move(first.rows);
    out.tokenFirstLine = std::move(first.tokenFirstLine);
    out.itemIds = first.items.takeIds();
    out.raterIds = first.raters.takeIds();
    out.groupIds = first.groups.takeIds();
    out.valueTokens = first.tokens.takeIds();
    out.questions = first.questions.takeIds();
    out.groupKinds = std::move(first.groupKinds);
    out.excludedRows = first.excludedRows;
    out.goldRows = first.goldRows;
    out.skippedKindRows = first.skippedKindRows;
    out.missingValues = first.missingValues;
    out.skippedKinds = first.skippedKinds;
    out.problems = std::move(first.problems);
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
