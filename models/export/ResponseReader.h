#pragma once

#include "Problem.h"
#include "StudyRatings.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

struct sqlite3;

namespace avemo {

// How stored responses map onto a StudyRatings being loaded: row ids -> indices (kUnknown
// when absent), and each categorical question's category ids (UTF-8, label-set order).
struct ResponseCodes
{
    static constexpr std::uint32_t kUnknown = 0xffffffffu;
    std::vector<std::uint32_t> item, rater, question;
    std::vector<std::vector<QByteArray>> categories;
};

// The responses of one rowid range, decoded and checked. StudyRatings reads the table as two
// halves on two connections at once (the SQLite scan is most of the load), then joins them.
struct ResponseRange
{
    std::vector<RatedResponse> responses;
    std::string arena;                                           // values and stamps, UTF-8
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stamps; // offset, length in arena
    bool inOrder = true; // rows already in export order (item, rater, question)
    int badValues = 0;
    ProblemList problems; // the first bad values, one problem each
    QString error;        // SQLite's, when reading failed

    // Reads rows with firstRow <= rowid <= lastRow through handle. study supplies the
    // questions, and the ids named in problems.
    bool read(sqlite3 *handle, const QString &dbPath, const StudyRatings &study,
              const ResponseCodes &codes, qint64 firstRow, qint64 lastRow);
    // The same on a read-only connection of its own, for a second thread.
    bool readOwnConnection(const QString &dbPath, const StudyRatings &study,
                           const ResponseCodes &codes, qint64 firstRow, qint64 lastRow);
};

} // namespace avemo
