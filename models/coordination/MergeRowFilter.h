#pragma once

#include "StudyTypes.h"
#include "coordination/MergeTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace avemo {

// Takes out of the merge's staging tables (temp.merge_response, temp.merge_flag,
// temp.merge_event) every row the study cannot accept, and lists each with its table, its row
// in the annotator database and the reason. An annotator's file is not trusted: it may hold
// answers off the scale, values of the wrong type (a BLOB, NaN, 1e309), revisions no edit
// backs, timestamps after the merge, rows for items or questions the study does not have, or a
// response UUID that already names another rater's answer in the master.
class MergeRowFilter
{
    Q_DECLARE_TR_FUNCTIONS(avemo::MergeRowFilter)

public:
    // Timestamps later than mergeTime plus this are refused (laptop clocks run a little fast).
    static constexpr qint64 kClockSkewSeconds = 600;

    MergeRowFilter(QSqlDatabase db, const StudyDefinition &study, const QDateTime &mergeTime)
        : m_db(std::move(db))
        , m_study(study)
        , m_latest(mergeTime.addSecs(kClockSkewSeconds))
    {
    }

    bool filterResponses(QList<MergeSkip> &skipped, QString &error);
    bool filterFlags(QList<MergeSkip> &skipped, QString &error);
    bool filterEvents(QList<MergeSkip> &skipped, QString &error);

    // Why a stored timestamp is not acceptable, or empty.
    QString timestampProblem(const QString &type, const QString &text) const;

private:
    bool remove(const QString &table, const QList<qint64> &rows, QString &error);

    QSqlDatabase m_db;
    const StudyDefinition &m_study;
    QDateTime m_latest;
};

} // namespace avemo
