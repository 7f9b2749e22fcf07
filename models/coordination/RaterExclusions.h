#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace avemo {

class StudyDatabase;

struct RaterExclusion
{
    QString raterId;
    QString reason;
    QString excludedAt; // ISO 8601, UTC
};

// Raters a coordinator leaves out of the statistics. Recorded with a reason, reversible, and
// every change is also written to the event log (kinds 'exclude_rater' and 'include_rater') so
// an export can say who was excluded, when and why. Each change is one transaction.
class RaterExclusions
{
    Q_DECLARE_TR_FUNCTIONS(avemo::RaterExclusions)

public:
    explicit RaterExclusions(StudyDatabase &db)
        : m_db(db)
    {
    }

    // Fails (with a message) for an unknown rater, an empty reason or a rater already excluded.
    bool exclude(const QString &raterId, const QString &reason, QString &error);
    // Fails for an unknown rater or one that is not excluded.
    bool include(const QString &raterId, QString &error);

    // Ordered by rater id.
    bool list(QList<RaterExclusion> &out, QString &error) const;
    QStringList excludedRaterIds() const;
    bool isExcluded(const QString &raterId) const;

private:
    bool raterRow(const QString &raterId, qint64 &row, QString &error) const;

    StudyDatabase &m_db;
};

} // namespace avemo
