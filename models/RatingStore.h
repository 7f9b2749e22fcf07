#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace avemo {

class StudyDatabase;

// What an annotator did, for the append-only event log.
struct RatingEvent
{
    qint64 raterRowId = 0;
    qint64 itemRowId = 0; // 0 when not about an item
    QString kind;         // open, play, pause, seek, replay, submit, edit, skip_flag, close ...
    qint64 positionMs = -1;
    QString detail;
};

// All answers an annotator gave to one item, submitted together.
struct Submission
{
    qint64 raterRowId = 0;
    qint64 itemRowId = 0;
    QMap<QString, QString> answers; // question id -> value (category id, number, or text)
    qint64 timeSpentMs = 0;
    int playCount = 0;
};

// Raters, their item orders, responses, flags and events. Each public call that writes is one
// transaction, committed (and, with synchronous=FULL, on disk) before it returns true.
class RatingStore
{
    Q_DECLARE_TR_FUNCTIONS(avemo::RatingStore)

public:
    explicit RatingStore(StudyDatabase &db)
        : m_db(db)
    {
    }

    // Row id of a rater, created when new.
    bool ensureRater(const QString &raterId, qint64 &rowId, QString &error);
    QStringList raterIds() const;

    bool hasAssignment(qint64 raterRowId) const;
    bool saveAssignment(qint64 raterRowId, const QList<qint64> &itemRowIds, quint64 seed,
                        QString &error);
    bool assignment(qint64 raterRowId, QList<qint64> &itemRowIds, QString &error) const;

    // Writes every answer of one item; a changed answer is a revision, logged with its old value.
    bool submit(const Submission &submission, QString &error);
    QMap<QString, QString> answers(qint64 raterRowId, qint64 itemRowId) const;
    // Items of this rater with at least one response or a flag.
    QList<qint64> finishedItems(qint64 raterRowId) const;

    // How far a rater is: items in their order and items answered or flagged; nullopt when the
    // rater is not in this database. Never creates anything.
    struct Progress
    {
        int assigned = 0;
        int finished = 0;
    };
    std::optional<Progress> progress(const QString &raterId) const;
    // The time spent on the rater's latest first answers (revisions left out: a quick change
    // says nothing about the pace), newest first, at most `limit`.
    QList<qint64> recentFirstAnswerTimesMs(qint64 raterRowId, int limit) const;

    bool flagItem(qint64 raterRowId, qint64 itemRowId, const QString &reason, QString &error);
    bool logEvent(const RatingEvent &event, QString &error);

private:
    bool insertEvent(const RatingEvent &event, const QString &questionId, const QString &oldValue,
                     const QString &newValue, QString &error);

    StudyDatabase &m_db;
};

} // namespace avemo
