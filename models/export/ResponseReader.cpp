#include "ResponseReader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <sqlite3.h>
#include <tuple>

namespace avemo {

namespace {

std::string_view columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? std::string_view(text, std::size_t(sqlite3_column_bytes(stmt, column)))
                : std::string_view();
}

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() ||
        !std::isfinite(value))
        return std::nullopt;
    return value;
}

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
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(dbPath.toUtf8().constData(), &handle,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    bool ok = rc == SQLITE_OK;
    if (ok) {
        sqlite3_busy_timeout(handle, 5000);
        ok = read(handle, questions, codes, firstRow, lastRow);
    } else {
        error = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
    }
    sqlite3_close(handle);
    return ok;
}

bool ResponseRange::read(sqlite3 *handle, const QList<Question> &questions,
                         const ResponseCodes &codes, qint64 firstRow, qint64 lastRow)
{
    sqlite3_stmt *st = nullptr;
    if (!handle || sqlite3_prepare_v2(handle,
                                      "SELECT item_id, rater_id, question_id, value, answered_at, "
                                      "time_spent_ms, play_count, revision FROM response WHERE "
                                      "rowid BETWEEN ? AND ?",
                                      -1, &st, nullptr) != SQLITE_OK) {
        error = handle ? QString::fromUtf8(sqlite3_errmsg(handle))
                       : QStringLiteral("not an SQLite connection");
        sqlite3_finalize(st);
        return false;
    }
    sqlite3_bind_int64(st, 1, firstRow);
    sqlite3_bind_int64(st, 2, lastRow);
    const auto report = [&](const RatedResponse &r, std::string_view value, QString what) {
        if (++badValues <= kShownBadValues)
            firstBadValues.push_back({r, std::string(value), std::move(what)});
    };
    // The answers of one submission share one answered_at stamp and are stored one after the
    // other: a stamp equal to the previous row's is kept once, not once per response.
    bool haveStamp = false;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        RatedResponse r;
        const qint64 itemRow = sqlite3_column_int64(st, 0);
        r.item = itemRow >= 0 && itemRow < qint64(ResponseCodes::kUnknown)
                     ? std::uint32_t(itemRow)
                     : ResponseCodes::kUnknown;
        r.rater = lookup(codes.rater, sqlite3_column_int64(st, 1));
        r.question = lookup(codes.question, sqlite3_column_int64(st, 2));
        if (r.item == ResponseCodes::kUnknown || r.rater == ResponseCodes::kUnknown ||
            r.question == ResponseCodes::kUnknown)
            continue; // foreign keys make this impossible; never index out of range
        const std::string_view value = columnText(st, 3);
        const std::string_view answered = columnText(st, 4);
        r.timeSpentMs = sqlite3_column_int64(st, 5);
        r.plays = std::uint32_t(sqlite3_column_int64(st, 6));
        r.revision = std::uint32_t(sqlite3_column_int64(st, 7));
        r.valueOffset = std::uint32_t(arena.size());
        r.valueLength = std::uint32_t(value.size());
        arena.append(value);
        if (!haveStamp ||
            std::string_view(arena).substr(stamps.back().first, stamps.back().second) != answered) {
            stamps.emplace_back(std::uint32_t(arena.size()), std::uint32_t(answered.size()));
            arena.append(answered);
            haveStamp = true;
        }
        r.answered = std::uint32_t(stamps.size() - 1);

        const Question &question = questions[qsizetype(r.question)];
        r.number = std::numeric_limits<double>::quiet_NaN();
        if (question.kind == QuestionKind::Categorical) {
            const auto &ids = codes.categories[r.question];
            const auto it = std::find_if(ids.begin(), ids.end(), [&](const QByteArray &id) {
                return std::string_view(id.constData(), std::size_t(id.size())) == value;
            });
            if (it == ids.end())
                report(
                    r, value,
                    QStringLiteral("is not a category of label set '%1'").arg(question.labelSet));
            else
                r.number = double(it - ids.begin());
        } else if (question.kind != QuestionKind::Text) {
            const auto number = parseNumber(value);
            const bool onScale = number && (question.kind == QuestionKind::Mos
                                                ? question.scale.contains(*number)
                                                : *number >= question.scale.min - 1e-9 &&
                                                      *number <= question.scale.max + 1e-9);
            if (!onScale)
                report(r, value,
                       QStringLiteral("is not a number on the scale %1..%2")
                           .arg(question.scale.min)
                           .arg(question.scale.max));
            else
                r.number = *number;
        }
        responses.push_back(r);
    }
    if (rc != SQLITE_DONE)
        error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(st);
    return rc == SQLITE_DONE;
}

void ResponseRange::mapItems(const std::vector<std::uint32_t> &itemOfRow, std::size_t questionCount)
{
    const auto index = [&](std::uint32_t row) {
        return row < itemOfRow.size() ? itemOfRow[row] : ResponseCodes::kUnknown;
    };
    std::size_t kept = 0;
    inOrder = true;
    for (std::size_t i = 0; i < responses.size(); ++i) {
        RatedResponse r = responses[i];
        r.item = index(r.item);
        if (r.item == ResponseCodes::kUnknown)
            continue; // as in read()
        if (kept > 0) {
            const RatedResponse &p = responses[kept - 1];
            inOrder = inOrder &&
                      std::tie(p.item, p.rater, p.question) < std::tie(r.item, r.rater, r.question);
        }
        responses[kept++] = r;
    }
    responses.resize(kept);
    scores = scoresByQuestion(responses, questionCount);
    for (BadValue &bad : firstBadValues)
        bad.response.item = index(bad.response.item);
}

} // namespace avemo
