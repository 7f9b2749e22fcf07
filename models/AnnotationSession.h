#pragma once

#include "RatingStore.h"
#include "StudyReader.h"
#include "StudyTypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace avemo {

class StudyDatabase;

// One rater working through their item order: which item is current, what is done, what to
// write. The order is generated once per rater (SessionOrder) and kept in the database, so a
// restart resumes exactly where the rater stopped.
class AnnotationSession
{
    Q_DECLARE_TR_FUNCTIONS(avemo::AnnotationSession)

public:
    static std::unique_ptr<AnnotationSession> start(StudyDatabase &db, const QString &raterId,
                                                    QString &error);

    const StudyDefinition &definition() const { return m_definition; }
    QString raterId() const { return m_raterId; }
    int count() const { return int(m_order.size()); }
    int currentIndex() const { return m_current; }
    const StoredItem &itemAt(int index) const { return m_items[m_order.at(index)]; }
    const StoredItem &current() const { return itemAt(m_current); }

    bool isFinished(int index) const { return m_finished.contains(itemAt(index).rowId); }
    int finishedCount() const { return int(m_finished.size()); }
    bool isComplete() const { return finishedCount() == count(); }
    // The first item (in order) without answers or flag; count() when all are done.
    int firstUnfinished() const;
    void goTo(int index);

    QMap<QString, QString> answersAt(int index) const;
    // Commits the current item's answers (durable on return true) and logs the submit.
    bool submitCurrent(const QMap<QString, QString> &answers, qint64 timeSpentMs, int playCount,
                       QString &error);
    bool flagCurrent(const QString &reason, QString &error);
    // Appends an event about the current item; failures are returned, never thrown away silently.
    bool log(const QString &kind, qint64 positionMs = -1, const QString &detail = {});

    // The rater's recent pace (median time of their last first answers, from this run and
    // earlier ones; revisions do not count) times the items left; empty before any answer.
    std::optional<qint64> estimatedRemainingMs() const;
    static constexpr int kPaceWindow = 20;

private:
    AnnotationSession(StudyDatabase &db)
        : m_db(db)
        , m_store(db)
    {
    }

    StudyDatabase &m_db;
    RatingStore m_store;
    StudyDefinition m_definition;
    QString m_raterId;
    qint64 m_raterRow = 0;
    QList<StoredItem> m_items;
    QHash<qint64, int> m_itemIndexByRow;
    QList<int> m_order; // index into m_items per session position
    QSet<qint64> m_finished;
    int m_current = 0;
    QList<qint64> m_recentFirstAnswersMs; // newest first, at most kPaceWindow
};

} // namespace avemo
