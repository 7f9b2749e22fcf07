#pragma once

#include "StudyRatings.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace avemo {

// How stored responses map onto a StudyRatings being loaded: rater and question row ids ->
// indices (kUnknown when absent), and each categorical question's category ids (UTF-8,
// label-set order). Items are mapped later (see ResponseRange::mapItems).
struct ResponseCodes
{
    static constexpr std::uint32_t kUnknown = 0xffffffffu;
    std::vector<std::uint32_t> rater, question;
    std::vector<std::vector<QByteArray>> categories;
};

// A stored value the study does not allow, worded once the item ids are known.
struct BadValue
{
    RatedResponse response;
    std::string value; // UTF-8, as stored
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

struct ResponseRange
{
    static constexpr int kShownBadValues = 20;

    std::vector<RatedResponse> responses;
    std::string arena;                                           // values and stamps, UTF-8
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stamps; // offset, length in arena
    std::vector<std::vector<QuestionScore>> scores;              // per question, by mapItems()
    bool inOrder = true; // rows already in export order (item, rater, question): mapItems()
    int badValues = 0;
    std::vector<BadValue> firstBadValues; // the first kShownBadValues
    QString error;                        // SQLite's, when reading failed

    // Reads rows with firstRow <= rowid <= lastRow through handle.
    bool read(sqlite3 *handle, const QList<Question> &questions, const ResponseCodes &codes,
              qint64 firstRow, qint64 lastRow);
    // The same on a read-only connection of its own, for a second thread.
    bool readOwnConnection(const QString &dbPath, const QList<Question> &questions,
                           const ResponseCodes &codes, qint64 firstRow, qint64 lastRow);
    // Item row ids -> item indices (itemOfRow[row id], kUnknown when absent): drops the rows
    // of unknown items, sets inOrder and lists each question's scored responses in scores.
    void mapItems(const std::vector<std::uint32_t> &itemOfRow, std::size_t questionCount);
};

} // namespace avemo
