#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace avemo {

class StudyDatabase;

// A coordinator's decision on one item and question, kept apart from the raters' answers.
struct Adjudication
{
    QString uuid;
    QString itemId;
    QString questionId;
    QString value; // a category id, a scale point or text, as a rater's answer would be
    QString reason;
    QString decidedBy;
    QString decidedAt; // ISO 8601, UTC
};

// Adjudicated labels and scores. One decision per item and question: recording again replaces
// the earlier decision. Every change is one transaction and is also written to the event log
// (kinds 'adjudicate' and 'remove_adjudication', with the old and new value).
class Adjudications
{
    Q_DECLARE_TR_FUNCTIONS(avemo::Adjudications)

public:
    explicit Adjudications(StudyDatabase &db)
        : m_db(db)
    {
    }

    // Checks that the item and question exist and that value is a valid answer to the question
    // (a category of its label set, a point of its scale); reason and decidedBy are required.
    bool record(const QString &itemId, const QString &questionId, const QString &value,
                const QString &reason, const QString &decidedBy, QString &error);
    // Fails when there is no decision for this item and question.
    bool remove(const QString &itemId, const QString &questionId, QString &error);

    // Ordered by item position, then question position.
    bool list(QList<Adjudication> &out, QString &error) const;
    std::optional<Adjudication> find(const QString &itemId, const QString &questionId) const;

private:
    bool checkValue(const QString &itemId, const QString &questionId, const QString &value,
                    QString &error) const;

    StudyDatabase &m_db;
};

} // namespace avemo
