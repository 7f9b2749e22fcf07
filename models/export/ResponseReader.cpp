#include "export/ResponseReader.h"

#include "SqliteStatement.h"
#include "coordination/AnswerCheck.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <sqlite3.h>
#include <tuple>

namespace avemo {

namespace {

std::uint32_t lookup(const std::vector<std::uint32_t> &index, qint64 row)
{
    return row >= 0 && std::size_t(row) < index.size() ? index[std::size_t(row)]
                                                       : ResponseCodes::kUnknown;
}

} // namespace

std::vector<std::vector<QuestionScore>> scoresByQuestion(std::span<const RatedResponse> responses,
                                                         std::size_t questionCount)
{
    std::vector<std::size_t> counts(questionCount, 0);
    for (const RatedResponse &r : responses)
        counts[r.question] += !std::isnan(r.number);
    std::vector<std::vector<QuestionScore>> scores(questionCount);
    for (std::size_t q = 0; q < questionCount; ++q)
        scores[q].reserve(counts[q]);
    for (const RatedResponse &r : responses)
        if (!std::isnan(r.number))
            scores[r.question].push_back({r.item, r.rater, r.number});
    return scores;
}

bool ResponseRange::readOwnConnection(const QString &dbPath, const QList<Question> &questions,
                                      const ResponseCodes &codes, qint64 firstRow, qint64 lastRow)
{
    const SqliteConnection connection = SqliteConnection::openReadOnly(dbPath);
    if (!connection.isOpen()) {
        error = connection.errorMessage();
        return false;
    }
    return read(connection, questions, codes, firstRow, lastRow);
}

namespace {

// Values are quoted in messages; a stored megabyte is not.
std::string shortened(std::string_view value)
{
    constexpr std::size_t kMax = 60;
    if (value.size() <= kMax)
        return std::string(value);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xc0) == 0x80)
        --cut; // not inside a UTF-8 sequence
    return std::string(value.substr(0, cut)) + "...";
}

bool digits(std::string_view text, std::size_t from, std::size_t count)
{
    if (from + count > text.size())
        return false;
    for (std::size_t i = from; i < from + count; ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    return true;
}

} // namespace

// The form RatingStore writes (Qt::ISODateWithMs in UTC) and ISO 8601's close relatives.
// Checked by hand: a million answers share a few thousand stamps, each checked once, but
// parsing them with QDateTime would still cost more than the check is worth.
bool isStoredTimestamp(std::string_view t)
{
    if (!(digits(t, 0, 4) && t.size() > 19 && t[4] == '-' && digits(t, 5, 2) && t[7] == '-' &&
          digits(t, 8, 2) && t[10] == 'T' && digits(t, 11, 2) && t[13] == ':' && digits(t, 14, 2) &&
          t[16] == ':' && digits(t, 17, 2)))
        return false;
    std::size_t i = 19;
    if (t[i] == '.') {
        const std::size_t from = ++i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9')
            ++i;
        if (i == from)
            return false;
    }
    const std::string_view zone = t.substr(i);
    return zone == "Z" || (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') &&
                           digits(zone, 1, 2) && zone[3] == ':' && digits(zone, 4, 2));
}

namespace {

// A whole number in [0, max] stored as an INTEGER (SQLite keeps 'zzz' in an INTEGER column
// as text, and a CHECK (x >= 0) lets it through: text sorts after every number).
bool wholeNumber(const SqliteStatement &st, int column, qint64 max, qint64 &value)
{
    if (st.type(column) != SQLITE_INTEGER)
        return false;
    value = st.int64(column);
    return value >= 0 && value <= max;
}

// A column's value for a message, whatever its type.
std::string storedText(const SqliteStatement &st, int column)
{
    switch (st.type(column)) {
    case SQLITE_NULL:
        return "NULL";
    case SQLITE_BLOB:
        return "<" + std::to_string(st.utf8(column).size()) + "-byte BLOB>";
    default:
        return shortened(st.utf8(column));
    }
}

} // namespace

void ResponseRange::leaveOut(BadValue bad)
{
    if (++badValues <= kShownBadValues)
        firstBadValues.push_back(std::move(bad));
}

bool ResponseRange::read(const SqliteConnection &connection, const QList<Question> &questions,
                         const ResponseCodes &codes, qint64 firstRow, qint64 lastRow)
{
    enum Column
    {
        RowId,
        Item,
        Rater,
        QuestionColumn,
        Value,
        Answered,
        TimeSpent,
        Plays,
        Revision
    };
    static constexpr const char *kColumnNames[] = {"rowid",         "item_id",    "rater_id",
                                                   "question_id",   "value",      "answered_at",
                                                   "time_spent_ms", "play_count", "revision"};
    SqliteStatement st(connection, "SELECT rowid, item_id, rater_id, question_id, value, "
                                   "answered_at, time_spent_ms, play_count, revision FROM "
                                   "response WHERE rowid BETWEEN ? AND ?");
    if (!st.isValid()) {
        error = st.errorMessage();
        return false;
    }
    st.bind(1, firstRow);
    st.bind(2, lastRow);
    // The answers of one submission share one answered_at stamp and are stored one after the
    // other: a stamp equal to the previous row's is kept (and checked) once.
    bool haveStamp = false;
    std::string lastStamp;
    bool lastStampValid = false;
    constexpr qint64 kMaxCount = std::numeric_limits<std::uint32_t>::max();
    while (st.next()) {
        RatedResponse r;
        BadValue bad;
        bad.rowId = st.int64(RowId);
        const auto fail = [&](QString what, int column) {
            bad.field = QString::fromLatin1(kColumnNames[column]);
            bad.value = storedText(st, column);
            bad.what = std::move(what);
            bad.item = ResponseCodes::kUnknown; // mapped by mapItems()
            leaveOut(std::move(bad));
        };
        // A key stored as text ('3') is no row id: SQLite would not find it in a join either.
        const auto key = [&](int column) {
            return st.type(column) == SQLITE_INTEGER ? st.int64(column) : qint64(-1);
        };
        bad.itemRow = key(Item);
        bad.rater = r.rater = lookup(codes.rater, key(Rater));
        bad.question = r.question = lookup(codes.question, key(QuestionColumn));
        if (r.rater == ResponseCodes::kUnknown) {
            fail(QStringLiteral("names no rater of the study"), Rater);
            continue;
        }
        if (r.question == ResponseCodes::kUnknown) {
            fail(QStringLiteral("names no question of the study"), QuestionColumn);
            continue;
        }
        if (bad.itemRow < 0 || bad.itemRow >= qint64(ResponseCodes::kUnknown)) {
            fail(QStringLiteral("names no item of the study"), Item);
            continue;
        }
        r.item = std::uint32_t(bad.itemRow); // an index once mapItems() has run
        const int valueType = st.type(Value);
        if (valueType == SQLITE_BLOB || valueType == SQLITE_NULL) {
            fail(valueType == SQLITE_BLOB ? QStringLiteral("is binary data, not an answer")
                                          : QStringLiteral("is missing (NULL)"),
                 Value);
            continue;
        }
        qint64 timeSpent = 0, plays = 0, revision = 0;
        if (!wholeNumber(st, TimeSpent, std::numeric_limits<qint64>::max(), timeSpent)) {
            fail(QStringLiteral("is not a whole number >= 0"), TimeSpent);
            continue;
        }
        if (!wholeNumber(st, Plays, kMaxCount, plays)) {
            fail(QStringLiteral("is not a whole number >= 0"), Plays);
            continue;
        }
        if (!wholeNumber(st, Revision, kMaxCount, revision)) {
            fail(QStringLiteral("is not a whole number >= 0"), Revision);
            continue;
        }
        const std::string_view answered = st.utf8(Answered);
        if (!haveStamp || answered != lastStamp) {
            lastStamp.assign(answered);
            lastStampValid = st.type(Answered) == SQLITE_TEXT && isStoredTimestamp(answered);
            haveStamp = false; // a new stamp goes into the arena once the row is kept
        }
        if (!lastStampValid) {
            fail(QStringLiteral("is not an ISO 8601 time"), Answered);
            continue;
        }
        const std::string_view value = st.utf8(Value);
        const Question &question = questions[qsizetype(r.question)];
        switch (AnswerCheck::judge(question, codes.categories[r.question], value, r.number)) {
        case AnswerCheck::Verdict::Accepted:
            break;
        case AnswerCheck::Verdict::NotACategory:
            fail(QStringLiteral("is not a category of label set '%1'").arg(question.labelSet),
                 Value);
            continue;
        case AnswerCheck::Verdict::OffTheScale:
            fail(QStringLiteral("is not a number on the scale %1..%2")
                     .arg(question.scale.min)
                     .arg(question.scale.max),
                 Value);
            continue;
        case AnswerCheck::Verdict::UnknownKind:
            fail(QStringLiteral("belongs to a question of a kind this version does not know"),
                 Value);
            continue;
        }
        r.timeSpentMs = timeSpent;
        r.plays = std::uint32_t(plays);
        r.revision = std::uint32_t(revision);
        r.valueOffset = std::uint32_t(arena.size());
        r.valueLength = std::uint32_t(value.size());
        arena.append(value);
        if (!haveStamp) {
            stamps.emplace_back(std::uint32_t(arena.size()), std::uint32_t(answered.size()));
            arena.append(answered);
            haveStamp = true;
        }
        r.answered = std::uint32_t(stamps.size() - 1);
        responses.push_back(r);
    }
    if (st.failed())
        error = st.errorMessage();
    return !st.failed();
}

void ResponseRange::mapItems(const std::vector<std::uint32_t> &itemOfRow, std::size_t questionCount)
{
    const auto index = [&](std::uint32_t row) {
        return row < itemOfRow.size() ? itemOfRow[row] : ResponseCodes::kUnknown;
    };
    for (BadValue &bad : firstBadValues)
        bad.item = bad.itemRow >= 0 && bad.itemRow < qint64(ResponseCodes::kUnknown)
                       ? index(std::uint32_t(bad.itemRow))
                       : ResponseCodes::kUnknown;
    std::size_t kept = 0;
    inOrder = true;
    for (std::size_t i = 0; i < responses.size(); ++i) {
        RatedResponse r = responses[i];
        const std::uint32_t itemRow = r.item;
        r.item = index(itemRow);
        if (r.item == ResponseCodes::kUnknown) {
            // Foreign keys keep these out of a database of ours; a row of another tool is
            // named by its keys (its rowid is not kept, to keep RatedResponse small).
            BadValue bad;
            bad.rowId = -1;
            bad.itemRow = itemRow;
            bad.rater = r.rater;
            bad.question = r.question;
            bad.field = QStringLiteral("item_id");
            bad.value = std::to_string(itemRow);
            bad.what = QStringLiteral("names no item of the study");
            leaveOut(std::move(bad));
            continue;
        }
        if (kept > 0) {
            const RatedResponse &p = responses[kept - 1];
            inOrder = inOrder &&
                      std::tie(p.item, p.rater, p.question) < std::tie(r.item, r.rater, r.question);
        }
        responses[kept++] = r;
    }
    responses.resize(kept);
    scores = scoresByQuestion(responses, questionCount);
}

} // namespace avemo
