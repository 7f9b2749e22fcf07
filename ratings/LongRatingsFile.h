#pragma once

#include "RatingTable.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace avemo::ratings {

// A problem in a ratings file: 1-based line and field (0: the whole file / line).
struct FileProblem
{
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
};

// Keeps the first few problems and counts the rest, so one bad column in a million rows gives
// a readable message and constant memory.
class FileProblems
{
public:
    static constexpr std::size_t kShown = 20;

    void add(std::size_t line, std::size_t column, std::string message)
    {
        if (m_shown.size() < kShown)
            m_shown.push_back({line, column, std::move(message)});
        ++m_total;
    }
    // Another reader's problems after these, its lines shifted by lineOffset (it read a later
    // stretch of the same file).
    void append(const FileProblems &other, std::size_t lineOffset)
    {
        for (const auto &p : other.m_shown)
            add(p.line == 0 ? 0 : p.line + lineOffset, p.column, p.message);
        m_total += other.m_total - other.m_shown.size();
    }
    bool empty() const { return m_total == 0; }
    std::size_t total() const { return m_total; }
    const std::vector<FileProblem> &shown() const { return m_shown; }

private:
    std::vector<FileProblem> m_shown;
    std::size_t m_total = 0;
};

// What kind of question a row of our own export (ratings.csv) answers, read from its columns:
// a `label` means a categorical question, a `score` a mos or slider question, neither free text.
enum RowKind : std::uint8_t
{
    CategoricalRow = 1,
    ScoreRow = 2,
    TextRow = 4
};

// Which columns to read and which rows to keep.
struct LongRatingsOptions
{
    std::string itemColumn = "item_id";
    std::string raterColumn = "rater_id";
    std::string valueColumn = "value";
    std::vector<std::string> groupColumns; // --by; several columns make one composite group
    std::string question;                  // keep only this question_id (needs that column)
    std::uint8_t skipKinds = 0;            // our export only: RowKind bits of rows to leave out
};

// The separator inside a composite group id ("A\x1fq1" for --by system,question_id).
constexpr char kGroupSeparator = '\x1f';

// A long-format ratings CSV read byte by byte in fixed-size chunks (RFC 4180 quoting, UTF-8,
// optional BOM, LF or CRLF); a large file's two halves on two threads, joined as one reader
// would have read them. Ids and values are interned as they are read, so memory grows with
// the ratings (one Rating each), not with the file. Values stay text
// tokens until the caller knows the level: then valueCoding() turns them into numbers.
//
// Our export's ratings.csv is recognised by its `excluded` and `gold` columns: rows of excluded
// raters and of gold items are left out exactly as the export's aggregates do, and each row's
// RowKind is known.
struct LongRatingsFile
{
    std::vector<std::string> header;
    std::vector<Rating> rows; // Rating::code holds the index of the value token until coded
    std::vector<std::uint32_t> tokenFirstLine; // per value token, for messages
    std::vector<std::string> itemIds, raterIds, groupIds, valueTokens;
    std::vector<std::uint8_t> groupKinds; // RowKind bits per group (our export only)
    std::vector<std::string> questions;   // question ids of the kept rows, if the column exists
    std::size_t valueColumn = 0;          // 1-based, for messages
    bool isExport = false;
    std::size_t excludedRows = 0, goldRows = 0, skippedKindRows = 0, missingValues = 0;
    std::uint8_t skippedKinds = 0; // RowKind bits of the rows skipped by options.skipKinds
    FileProblems problems;

    static LongRatingsFile read(const std::string &path, const LongRatingsOptions &options);
};

// How value tokens become numbers: as numbers, as labels in a declared order (1..k), or, at the
// nominal level, as labels in sorted order (codes only: distances mean nothing there).
struct ValueCoding
{
    std::vector<double> valueOfToken; // per token; NaN for a token not used
    std::vector<std::string> labels;  // labels in code order when values are labels
    Scale scale;                      // the scale to build the table with
};

// Declared labels (--scale neutral,mild,strong) take the values 1..k in that order. Problems
// name the first line of every bad value in the file and how many more of rows carry it.
// levelHint ends the message for a label where numbers are needed.
struct ValueCodingRequest
{
    bool labelsAllowed = false;          // nominal level: any text is a category
    Scale numericScale;                  // --scale with numbers
    std::vector<std::string> labelScale; // --scale with labels, in order
    std::string levelHint;
};
std::optional<ValueCoding> codeValues(const LongRatingsFile &file, std::span<const Rating> rows,
                                      const ValueCodingRequest &request, FileProblems &problems);

} // namespace avemo::ratings
