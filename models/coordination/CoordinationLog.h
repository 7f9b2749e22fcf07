#pragma once

#include <QSqlDatabase>
#include <QString>

namespace avemo {

// A coordinator's action for the append-only event log (rater exclusions, adjudications).
struct CoordinationEvent
{
    QString kind;
    QString raterId;    // rater id as in the study, or empty
    QString itemId;     // item id as in the study, or empty
    QString questionId; // question id, or empty
    QString oldValue;
    QString newValue;
    QString detail;
};

// Appends one coordinator event; the caller's transaction makes it part of the change it logs.
bool appendCoordinationEvent(QSqlDatabase db, const CoordinationEvent &event, QString &error);

QString coordinationTimestamp();

} // namespace avemo
