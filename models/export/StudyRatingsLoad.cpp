// Loading a StudyRatings from a study database (the rest of the class is in StudyRatings.cpp).
#include "SqlError.h"
#include "SqliteStatement.h"
#include "StudyDatabase.h"
#include "StudyReader.h"
#include "export/ExportLog.h"
#include "export/ResponseReader.h"
#include "export/StudyRatings.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <future>
#include <limits>
#include <tuple>

namespace avemo {

namespace {

constexpr std::uint32_t kUnknown = std::numeric_limits<std::uint32_t>::max();

// Row ids -> dense indices; row ids are small positive integers, so a vector beats a hash.
std::vector<std::uint32_t> denseIndex(const QHash<qint64, std::uint32_t> &map)
{
    qint64 maxRow = 0;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        maxRow = std::max(maxRow, it.key());
    std::vector<std::uint32_t> index(std::size_t(maxRow) + 1, kUnknown);
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (it.key() >= 0)
            index[std::size_t(it.key())] = it.value();
    return index;
}

// One state of the database for the whole load. The response table is read on two
// connections at once, and a write committed between their first reads would mix two states;
// Debian's SQLite has no sqlite3_snapshot_open() (SQLITE_ENABLE_SNAPSHOT is off), so the
// write lock keeps commits out while both start: writers wait for it (their busy_timeout), a
// third of a second on a million responses. Where it cannot be taken (a read-only file, a
// writer holding it past this connection's busy_timeout, a transaction the caller has open)
// everything is read on this connection, inside one read transaction.
class WriterLock
{
public:
    explicit WriterLock(const QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        m_held = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_open = m_held || q.exec(QStringLiteral("BEGIN"));
    }
    ~WriterLock()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")); // nothing was written
    }
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    bool held() const { return m_held; }

private:
    QSqlDatabase m_db;
    bool m_held = false;
    bool m_open = false;
};

} // namespace

std::optional<StudyRatings> StudyRatings::load(StudyDatabase &db, QString &error,
                                               ProblemList &problems)
{
    StudyRatings s;
    s.m_databasePath = db.path();
    const WriterLock lock(db.connection());
    StudyReader reader(db);
    if (!reader.definition(s.m_definition, error))
        return std::nullopt;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT q.id, q.question_id, s.source_folder FROM question q, study s"))) {
        error = sqlError(QStringLiteral("cannot read the questions of '%1'").arg(db.path()), q);
        return std::nullopt;
    }
    while (q.next()) {
        const QString id = q.value(1).toString();
        s.m_sourceFolder = q.value(2).toString();
        for (qsizetype i = 0; i < s.m_definition.questions.size(); ++i)
            if (s.m_definition.questions[i].id == id)
                s.m_questionOfRow.insert(q.value(0).toLongLong(), std::uint32_t(i));
    }
    if (!s.loadRaters(db, error) || !s.loadResponses(db, lock.held(), error) ||
        !s.loadFlags(db, error))
        return std::nullopt;
    problems += s.leftOutProblems();
    return s;
}

bool StudyRatings::loadItems(StudyDatabase &db, QString &error)
{
    // The C API, as for the responses: QSqlQuery's QVariant per value cost 80 ms on 20,000
    // items, more than the rest of the item handling.
    SqliteStatement stmt(db.connection(),
                         "SELECT id, item_id, dialogue_id, turn, system, intended_emotion, "
                         "gold_json, csv_line FROM item ORDER BY position");
    const auto failed = [&] {
        error =
            QStringLiteral("cannot read the items of '%1': %2").arg(db.path(), stmt.errorMessage());
        return false;
    };
    if (!stmt.isValid())
        return failed();
    while (stmt.next()) {
        RatedItem item;
        item.itemId = stmt.text(1);
        item.dialogueId = stmt.text(2);
        item.turn = stmt.int32(3);
        item.system = stmt.text(4);
        item.intendedEmotion = stmt.text(5);
        const std::string_view goldJson = stmt.utf8(6);
        if (!goldJson.empty()) {
            const QJsonObject gold =
                QJsonDocument::fromJson(QByteArray(goldJson.data(), qsizetype(goldJson.size())))
                    .object();
            for (auto it = gold.begin(); it != gold.end(); ++it)
                item.gold.insert(it.key(), it.value().toString());
        }
        item.csvLine = stmt.int32(7);
        m_itemOfRow.insert(stmt.int64(0), std::uint32_t(m_items.size()));
        m_items.push_back(std::move(item));
        // Gold items are check items: the system a gold row names (if any) is no system of
        // the study unless a regular item has it too.
        if (!m_items.back().isGold() && !m_systems.contains(m_items.back().system))
            m_systems.append(m_items.back().system);
    }
    if (stmt.failed())
        return failed();
    m_systems.sort();
    for (RatedItem &item : m_items) {
        const qsizetype index = m_systems.indexOf(item.system);
        item.systemIndex = std::uint32_t(index >= 0 ? index : m_systems.size());
    }
    return true;
}

bool StudyRatings::loadRaters(StudyDatabase &db, QString &error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT r.id, r.rater_id, e.reason FROM rater r LEFT JOIN "
                               "rater_exclusion e ON e.rater_id = r.id ORDER BY r.rater_id"))) {
        error = sqlError(QStringLiteral("cannot read the raters of '%1'").arg(db.path()), q);
        return false;
    }
    while (q.next()) {
        RatedRater rater;
        rater.raterId = q.value(1).toString();
        rater.excluded = !q.value(2).isNull();
        rater.exclusionReason = q.value(2).toString();
        m_raterOfRow.insert(q.value(0).toLongLong(), std::uint32_t(m_raters.size()));
        m_raters.push_back(std::move(rater));
    }
    return true;
}

bool StudyRatings::loadAdjudications(StudyDatabase &db, QString &error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT item_id, question_id, value FROM adjudication"))) {
        error = sqlError(QStringLiteral("cannot read the adjudications of '%1'").arg(db.path()), q);
        return false;
    }
    while (q.next()) {
        const auto item = m_itemOfRow.constFind(q.value(0).toLongLong());
        const auto question = m_questionOfRow.constFind(q.value(1).toLongLong());
        if (item != m_itemOfRow.cend() && question != m_questionOfRow.cend())
            m_adjudications.insert((quint64(*item) << 32) | quint64(*question),
                                   q.value(2).toString());
    }
    return true;
}

bool StudyRatings::loadResponses(StudyDatabase &db, bool twoConnections, QString &error)
{
    // Scanned in rowid order and sorted here: reading through the (item_id, rater_id,
    // question_id) index instead costs SQLite a table lookup per row, twice the scan's time.
    // The scan is most of the load, so the rowid range is read as two parts at once, the
    // upper one on a second thread with a read-only connection of its own. That thread starts
    // before the items are loaded (it maps item row ids once its rows are in); this one loads
    // the items first, so it takes the smaller part.
    ResponseCodes codes;
    codes.rater = denseIndex(m_raterOfRow);
    codes.question = denseIndex(m_questionOfRow);
    codes.categories.resize(std::size_t(m_definition.questions.size()));
    for (std::size_t qi = 0; qi < codes.categories.size(); ++qi)
        if (const LabelSet *set = labelSet(qi))
            for (const Category &c : set->categories)
                codes.categories[qi].push_back(c.id.toUtf8());
    qint64 firstRow = 0, lastRow = -1;
    QSqlQuery bounds(db.connection());
    // Two subqueries: SQLite answers a lone min() or max() from the b-tree's ends, but
    // "SELECT min(rowid), max(rowid)" scans the whole table.
    if (!bounds.exec(QStringLiteral("SELECT (SELECT min(rowid) FROM response), "
                                    "(SELECT max(rowid) FROM response)")) ||
        !bounds.next()) {
        error =
            sqlError(QStringLiteral("cannot read the responses of '%1'").arg(db.path()), bounds);
        return false;
    }
    if (!bounds.value(0).isNull()) {
        firstRow = bounds.value(0).toLongLong();
        lastRow = bounds.value(1).toLongLong();
    }
    const qint64 split = firstRow + (lastRow - firstRow) * 45 / 100;
    const QList<Question> questions = m_definition.questions;
    const std::size_t questionCount = std::size_t(questions.size());
    ResponseRange lower, upper;
    // Row ids bound the row counts without a scan; the lower part holds both in the end.
    const auto rows = std::size_t(std::clamp<qint64>(lastRow - firstRow + 1, 0, 1 << 26));
    lower.responses.reserve(rows);
    upper.responses.reserve(rows - rows * 45 / 100 + 1);
    lower.arena.reserve(rows * 4);
    upper.arena.reserve(rows * 3);
    std::vector<std::uint32_t> itemOfRow;
    std::promise<bool> itemsLoaded;
    auto readUpper = [&, items = itemsLoaded.get_future()]() mutable {
        QElapsedTimer timer;
        timer.start();
        const bool read = upper.readOwnConnection(db.path(), questions, codes, split + 1, lastRow);
        const qint64 readMs = timer.elapsed();
        if (items.get() && read)
            upper.mapItems(itemOfRow, questionCount);
        qCDebug(lcExport) << "upper part:" << upper.responses.size() << "responses read in"
                          << readMs << "ms, mapped at" << timer.elapsed() << "ms";
        return read;
    };
    std::future<bool> second;
    if (twoConnections)
        second = std::async(std::launch::async, std::move(readUpper));
    QElapsedTimer timer;
    timer.start();
    const bool itemsRead = loadItems(db, error) && loadAdjudications(db, error);
    qCDebug(lcExport) << "items" << m_items.size() << "in" << timer.elapsed() << "ms,"
                      << (twoConnections ? "responses on two connections" : "on one");
    if (itemsRead)
        itemOfRow = denseIndex(m_itemOfRow);
    itemsLoaded.set_value(itemsRead);
    if (!itemsRead)
        return false;
    const QString &path = db.path();
    if (lower.read(SqliteConnection(db.connection()), questions, codes, firstRow, split))
        lower.mapItems(itemOfRow, questionCount);
    qCDebug(lcExport) << "lower part:" << lower.responses.size() << "responses, done at"
                      << timer.elapsed() << "ms";
    // Without a second connection (see WriterLock, or a read-only open refused) the upper
    // part is read here.
    const bool upperRead = second.valid() && second.get();
    if (!upperRead && lower.error.isEmpty()) {
        upper = ResponseRange();
        if (upper.read(SqliteConnection(db.connection()), questions, codes, split + 1, lastRow))
            upper.mapItems(itemOfRow, questionCount);
    }
    for (const ResponseRange *range : {&lower, &upper}) {
        if (!range->error.isEmpty()) {
            error = QStringLiteral("cannot read the responses of '%1': %2").arg(path, range->error);
            return false;
        }
    }
    collectLeftOut({&lower, &upper});
    const bool inOrder = lower.inOrder && upper.inOrder &&
                         (lower.responses.empty() || upper.responses.empty() ||
                          std::tie(lower.responses.back().item, lower.responses.back().rater,
                                   lower.responses.back().question) <
                              std::tie(upper.responses.front().item, upper.responses.front().rater,
                                       upper.responses.front().question));
    join(lower, upper);
    if (!inOrder) {
        sortResponses();
        indexResponses();
    }
    qCDebug(lcExport) << "joined" << (inOrder ? "in order" : "and sorted") << "at"
                      << timer.elapsed() << "ms";
    indexFlags();
    for (const RatedItem &item : m_items)
        m_itemIdsUtf8.push_back(item.itemId.toStdString());
    for (const RatedRater &rater : m_raters)
        m_raterIdsUtf8.push_back(rater.raterId.toStdString());
    for (const QString &system : std::as_const(m_systems))
        m_systemIdsUtf8.push_back(system.toStdString());
    m_systemIdsUtf8.emplace_back(); // gold items without a system of the study (systemIndex)
    return true;
}

bool StudyRatings::loadFlags(StudyDatabase &db, QString &error)
{
    // Flags come from the annotators' laptops like the responses: checked the same way.
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT rowid, item_id, rater_id, reason, flagged_at, "
                               "typeof(item_id), typeof(rater_id), typeof(reason), "
                               "typeof(flagged_at) FROM item_flag ORDER BY rowid"))) {
        error = sqlError(QStringLiteral("cannot read the flagged items of '%1'").arg(db.path()), q);
        return false;
    }
    const QString integer = QStringLiteral("integer"), text = QStringLiteral("text");
    while (q.next()) {
        LeftOutRow bad;
        bad.table = QStringLiteral("item_flag");
        bad.row = q.value(0).toLongLong();
        const auto item = q.value(5).toString() == integer
                              ? m_itemOfRow.constFind(q.value(1).toLongLong())
                              : m_itemOfRow.cend();
        const auto rater = q.value(6).toString() == integer
                               ? m_raterOfRow.constFind(q.value(2).toLongLong())
                               : m_raterOfRow.cend();
        if (item != m_itemOfRow.cend())
            bad.itemId = m_items[*item].itemId;
        if (rater != m_raterOfRow.cend())
            bad.raterId = m_raters[*rater].raterId;
        const auto fail = [&](const QString &field, int column, const QString &reason) {
            bad.field = field;
            const QString type = q.value(5 + column - 1).toString();
            bad.value = type == QLatin1String("blob") ? QStringLiteral("<BLOB>")
                                                      : q.value(column).toString().left(60);
            bad.reason = reason;
            if (m_leftOut.size() < kListedLeftOut)
                m_leftOut.push_back(bad);
            ++m_leftOutCount;
        };
        if (item == m_itemOfRow.cend())
            fail(QStringLiteral("item_id"), 1, QStringLiteral("names no item of the study"));
        else if (rater == m_raterOfRow.cend())
            fail(QStringLiteral("rater_id"), 2, QStringLiteral("names no rater of the study"));
        else if (q.value(7).toString() != text)
            fail(QStringLiteral("reason"), 3, QStringLiteral("is not text"));
        else if (q.value(8).toString() != text ||
                 !isStoredTimestamp(q.value(4).toString().toStdString()))
            fail(QStringLiteral("flagged_at"), 4, QStringLiteral("is not an ISO 8601 time"));
        else
            m_flags.push_back({*item, *rater, q.value(3).toString(), q.value(4).toString()});
    }
    std::sort(m_flags.begin(), m_flags.end(), [](const RatedFlag &a, const RatedFlag &b) {
        return std::tie(a.item, a.rater) < std::tie(b.item, b.rater);
    });
    return true;
}

void StudyRatings::collectLeftOut(std::initializer_list<const ResponseRange *> ranges)
{
    const auto id = [](const auto &list, std::uint32_t index, auto member) {
        return index < list.size() ? list[index].*member : QString();
    };
    for (const ResponseRange *range : ranges) {
        m_leftOutCount += std::size_t(range->badValues);
        for (const BadValue &bad : range->firstBadValues) {
            if (m_leftOut.size() >= kListedLeftOut)
                break;
            LeftOutRow row;
            row.table = QStringLiteral("response");
            row.row = bad.rowId;
            row.itemId = id(m_items, bad.item, &RatedItem::itemId);
            row.raterId = id(m_raters, bad.rater, &RatedRater::raterId);
            if (bad.question < std::uint32_t(m_definition.questions.size()))
                row.questionId = m_definition.questions[qsizetype(bad.question)].id;
            row.field = bad.field;
            row.value = QString::fromStdString(bad.value);
            row.reason = bad.what;
            m_leftOut.push_back(std::move(row));
        }
    }
}

void StudyRatings::join(ResponseRange &lower, ResponseRange &upper)
{
    // The lower part's vectors become the study's; the upper part's arena offsets and stamp
    // indices move past the lower part's.
    const auto arenaShift = std::uint32_t(lower.arena.size());
    const auto stampShift = std::uint32_t(lower.stamps.size());
    m_arena = std::move(lower.arena);
    m_arena.append(upper.arena);
    m_stamps.reserve(lower.stamps.size() + upper.stamps.size());
    for (const auto &[offset, length] : lower.stamps)
        m_stamps.push_back({offset, length});
    for (const auto &[offset, length] : upper.stamps)
        m_stamps.push_back({offset + arenaShift, length});
    m_responses = std::move(lower.responses);
    for (RatedResponse r : upper.responses) {
        r.valueOffset += arenaShift;
        r.answered += stampShift;
        m_responses.push_back(r);
    }
    m_scores = std::move(lower.scores);
    m_scores.resize(std::size_t(m_definition.questions.size()));
    for (std::size_t q = 0; q < upper.scores.size(); ++q)
        m_scores[q].insert(m_scores[q].end(), upper.scores[q].begin(), upper.scores[q].end());
}

void StudyRatings::sortResponses()
{
    // Counting sort by item (linear), then a small sort of each item's few dozen responses by
    // rater and question: a third of std::sort's time on a million responses.
    std::vector<std::size_t> offsets(m_items.size() + 1, 0);
    for (const RatedResponse &r : m_responses)
        ++offsets[r.item + 1];
    for (std::size_t i = 1; i < offsets.size(); ++i)
        offsets[i] += offsets[i - 1];
    std::vector<RatedResponse> sorted(m_responses.size());
    {
        std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
        for (const RatedResponse &r : m_responses)
            sorted[next[r.item]++] = r;
    }
    for (std::size_t i = 0; i + 1 < offsets.size(); ++i)
        std::sort(sorted.begin() + std::ptrdiff_t(offsets[i]),
                  sorted.begin() + std::ptrdiff_t(offsets[i + 1]),
                  [](const RatedResponse &a, const RatedResponse &b) {
                      return a.rater != b.rater ? a.rater < b.rater : a.question < b.question;
                  });
    m_responses = std::move(sorted);
}

void StudyRatings::indexResponses()
{
    m_scores = scoresByQuestion(m_responses, std::size_t(m_definition.questions.size()));
}

void StudyRatings::indexFlags()
{
    for (const RatedItem &item : m_items) {
        m_itemGold.push_back(item.isGold());
        m_itemSystem.push_back(item.systemIndex);
    }
    for (const RatedRater &rater : m_raters)
        m_raterExcluded.push_back(rater.excluded);
}

} // namespace avemo
