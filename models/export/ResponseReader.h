#pragma once

#include "export/StudyRatings.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace avemo {

class SqliteConnection;

// How stored responses map onto a StudyRatings being loaded: rater and question row ids ->
// indices (kUnknown when absent), and each categorical question's category ids (UTF-8,
// label-set order). Items are mapped later (see ResponseRange::mapItems).
struct ResponseCodes
{
    static constexpr std::uint32_t kUnknown = 0xffffffffu;
    std::vector<std::uint32_t> rater, question;
    std::vector<std::vector<QByteArray>> categories;
};

// A stored response the study does not allow (a score off the scale, an unknown category, a
// BLOB, a revision that is no number, ...), worded once the item ids are known. The response
// is left out of everything the load gives; this is what is said about it.
struct BadValue
{
    qint64 rowId = 0;   // in the response table
    qint64 itemRow = 0; // the item's row id as stored
    // StudyRatings indices, ResponseCodes::kUnknown when the row names none of the study's
    // (item: set by mapItems()).
    std::uint32_t item = 0xffffffffu, rater = 0xffffffffu, question = 0xffffffffu;
    QString field;     // the column: "value", "revision", ...
    std::string value; // UTF-8, as stored (shortened; a BLOB or NULL described)
    QString what;      // e.g. "is not a number on the scale 1..5"
};

// The responses of one rowid range, decoded and checked. StudyRatings reads the table as two
// halves on two connections at once (the SQLite scan is most of the load), then joins them.
// The scan needs no items: the upper part is read while the items are still being loaded,
// so a response holds its item's row id until mapItems().
struct ResponseRange;

// Each question's scored responses (number not NaN), in the order given: what
// StudyRatings::table() reads.
std::vector<std::vector<QuestionScore>> scoresByQuestion(std::span<const RatedResponse> responses,
                                                         std::size_t questionCount);

// Whether a stored time has the form RatingStore writes (ISO 8601: YYYY-MM-DDTHH:MM:SS, an
// optional fraction, then Z or an offset).
bool isStoredTimestamp(std::string_view text);

struct ResponseRange
{
    static constexpr int kShownBadValues = int(StudyRatings::kListedLeftOut);

    std::vector<RatedResponse> responses;
    std::string arena;                                           // values and stamps, UTF-8
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stamps; // offset, length in arena
    std::vector<std::vector<QuestionScore>> scores;              // per question, by mapItems()
    bool inOrder = true; // rows already in export order (item, rater, question): mapItems()
    int badValues = 0;   // responses left out, all of them
    std::vector<BadValue> firstBadValues; // the first kShownBadValues, in rowid order
    QString error;                        // SQLite's, when reading failed

    // Reads rows with firstRow <= rowid <= lastRow through connection.
    bool read(const SqliteConnection &connection, const QList<Question> &questions,
              const ResponseCodes &codes, qint64 firstRow, qint64 lastRow);
    // The same on a read-only connection of its own, for a second thread.
    bool readOwnConnection(const QString &dbPath, const QList<Question> &questions,
                           const ResponseCodes &codes, qint64 firstRow, qint64 lastRow);
    // Item row ids -> item indices (itemOfRow[row id], kUnknown when absent): leaves out (as
    // bad values) the rows of unknown items, sets inOrder and lists each question's scored
    // responses in scores.
    void mapItems(const std::vector<std::uint32_t> &itemOfRow, std::size_t questionCount);

private:
    void leaveOut(BadValue bad);
};

} // namespace avemo
