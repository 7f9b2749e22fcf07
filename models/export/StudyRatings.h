#pragma once

#include "Problem.h"
#include "RatingTable.h"
#include "StudyTypes.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace avemo {

class StudyDatabase;
struct ResponseRange;

// An item as the exports and the dashboard see it (no media).
struct RatedItem
{
    QString itemId;
    QString dialogueId;
    int turn = 1;
    QString system;                // empty for a gold row without one
    std::uint32_t systemIndex = 0; // into StudyRatings::systems(); its size() for a gold item
                                   // whose system no other item has
    QString intendedEmotion;
    QMap<QString, QString> gold; // question id -> expected answer; empty unless a gold item
    int csvLine = 0;             // line in the study's items.csv
    bool isGold() const { return !gold.isEmpty(); }
};

struct RatedRater
{
    QString raterId;
    bool excluded = false; // left out of every statistic, still listed in ratings.csv
    QString exclusionReason;
};

// An item a rater skipped and flagged (Ctrl+K in the annotator's view), e.g. broken media.
struct RatedFlag
{
    std::uint32_t item = 0, rater = 0; // StudyRatings' items() and raters()
    QString reason;
    QString flaggedAt; // ISO 8601, UTC
};

// A stored row the exports leave out because it holds what the study does not allow: a score
// off the scale, an unknown category, a BLOB, a revision that is no number, a row naming no
// item. Merge refuses such rows, but a database may hold them from an older merge or from
// another tool; one of them must not stop the whole export, and none may go in unnoticed.
struct LeftOutRow
{
    QString table;                       // "response" or "item_flag"
    qint64 row = -1;                     // its rowid; -1 when not known
    QString raterId, itemId, questionId; // as far as the row names the study's
    QString field;                       // the column at fault
    QString value;                       // as stored, shortened
    QString reason;                      // e.g. "is not a number on the scale 1..5"

    // "table response, row 17 (rater 'r01', item 'd1-t1', question 'q'): value '7' is ..."
    QString describe() const;
};

// One stored response. Indices refer to StudyRatings' items(), raters() and questions().
// 48 bytes: a million of them are loaded for an export.
struct RatedResponse
{
    std::uint32_t item = 0;
    std::uint32_t rater = 0;
    std::uint32_t question = 0;
    std::uint32_t revision = 0;
    std::uint32_t plays = 0;
    std::uint32_t answered = 0; // StudyRatings' answered_at stamp (shared within a submission)
    std::int64_t timeSpentMs = 0;
    // mos/slider: the score; categorical: the category's position in its label set; text: NaN.
    double number = 0.0;
    std::uint32_t valueOffset = 0, valueLength = 0; // into the text arena, UTF-8
};

// A scored response as table() reads it: per question, 16 bytes rather than a 48-byte
// response five apart (the tables are built twice per question from a million responses).
struct QuestionScore
{
    std::uint32_t item = 0, rater = 0;
    double number = 0.0; // as RatedResponse::number, never NaN
};

// What goes into a statistics table.
struct TableOptions
{
    bool includeGold = false;           // gold items are check items, not study data
    bool includeExcludedRaters = false; // excluded raters stay out unless asked for
};

// A question's ratings as the statistics engine's input, with the way back to StudyRatings'
// indices (the engine numbers only the items, raters and systems that have a rating).
struct QuestionTable
{
    ratings::RatingTable table;
    std::vector<std::uint32_t> items;   // table item -> StudyRatings item
    std::vector<std::uint32_t> raters;  // table rater -> StudyRatings rater
    std::vector<std::uint32_t> systems; // table group -> StudyRatings system
};

// Every response of a study database, loaded once, checked, and sorted by item (items.csv
// order), rater id and question (study.json order). The exports and the coordinator's
// dashboard read the study through this class; table() turns one question into the
// statistics engine's RatingTable:
//   categorical: the value is the category's position in the label set (codes 0..k-1, all
//                declared, so an unused category still counts for Fleiss and alpha);
//   mos:         the score, on the declared scale points;
//   slider:      the score, within [min, max] (values observed, no declared points);
//   text:        no table.
// Groups are systems, so MosAnalysis::ofGroup gives the MOS per system.
class StudyRatings
{
public:
    // Fails with a message naming the database when it cannot be read. Stored rows the study
    // does not allow are left out (leftOut()), each listed in problems as a warning.
    static std::optional<StudyRatings> load(StudyDatabase &db, QString &error,
                                            ProblemList &problems);

    // How many left-out rows leftOut() describes; the rest are only counted.
    static constexpr std::size_t kListedLeftOut = 20;

    const StudyDefinition &definition() const { return m_definition; }
    const QString &studyId() const { return m_definition.id; }
    const QString &sourceFolder() const { return m_sourceFolder; }
    const QList<Question> &questions() const { return m_definition.questions; }
    const std::vector<RatedItem> &items() const { return m_items; }
    const std::vector<RatedRater> &raters() const { return m_raters; }
    // The systems of the non-gold items, sorted: a system only gold rows name is none.
    const QStringList &systems() const { return m_systems; }
    std::span<const RatedResponse> responses() const { return m_responses; }
    // By item (items.csv order), then rater id.
    const std::vector<RatedFlag> &flags() const { return m_flags; }
    // The first kListedLeftOut rows left out (responses in rowid order, then flags), and how
    // many there are in all.
    const std::vector<LeftOutRow> &leftOut() const { return m_leftOut; }
    std::size_t leftOutCount() const { return m_leftOutCount; }
    // The same as warnings naming the database file (what load() adds to its problems).
    ProblemList leftOutProblems() const;
    const QString &databasePath() const { return m_databasePath; }

    std::string_view value(const RatedResponse &r) const
    {
        return std::string_view(m_arena).substr(r.valueOffset, r.valueLength);
    }
    std::string_view answeredAt(const RatedResponse &r) const
    {
        const Span stamp = m_stamps[r.answered];
        return std::string_view(m_arena).substr(stamp.offset, stamp.length);
    }

    // The label set of a categorical question, else null.
    const LabelSet *labelSet(std::size_t question) const;
    // Questions with statistics: categorical, mos and slider.
    static bool hasStatistics(const Question &question);
    // The coordinator's decision on an item, if any (the stored value text).
    std::optional<QString> adjudication(std::size_t item, std::size_t question) const;

    ratings::Result<QuestionTable> table(std::size_t question, const TableOptions &options) const;

private:
    bool loadItems(StudyDatabase &db, QString &error);
    bool loadRaters(StudyDatabase &db, QString &error);
    bool loadAdjudications(StudyDatabase &db, QString &error);
    bool loadResponses(StudyDatabase &db, bool twoConnections, QString &error);
    bool loadFlags(StudyDatabase &db, QString &error);
    void collectLeftOut(std::initializer_list<const ResponseRange *> ranges);
    void join(ResponseRange &lower, ResponseRange &upper);
    void sortResponses();
    void indexResponses();
    void indexFlags();

    struct Span
    {
        std::uint32_t offset = 0, length = 0;
    };

    StudyDefinition m_definition;
    QString m_databasePath;
    QString m_sourceFolder;
    std::vector<RatedItem> m_items;
    std::vector<RatedRater> m_raters;
    QStringList m_systems;
    std::vector<RatedResponse> m_responses;
    std::vector<RatedFlag> m_flags;
    std::vector<LeftOutRow> m_leftOut;
    std::size_t m_leftOutCount = 0;
    std::vector<std::vector<QuestionScore>> m_scores; // per question, in response order
    // Per item and rater, what table() filters on, looked up without touching the records.
    std::vector<char> m_itemGold, m_raterExcluded;
    std::vector<std::uint32_t> m_itemSystem;
    std::string m_arena;
    std::vector<Span> m_stamps; // answered_at texts, each distinct run once
    // UTF-8 ids for the statistics engine's tables, converted once rather than per table;
    // systems have one more, the group of gold items without a system of their own.
    std::vector<std::string> m_itemIdsUtf8, m_raterIdsUtf8, m_systemIdsUtf8;
    QHash<quint64, QString> m_adjudications; // item << 32 | question
    // Row ids in the database -> indices here.
    QHash<qint64, std::uint32_t> m_itemOfRow, m_raterOfRow, m_questionOfRow;
};

} // namespace avemo
