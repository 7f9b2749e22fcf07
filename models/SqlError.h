#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace avemo {

// "what we tried: what SQLite said" for error messages passed up to the user.
inline QString sqlError(const QString &context, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(context, error.text());
}

inline QString sqlError(const QString &context, const QSqlQuery &query)
{
    return sqlError(context, query.lastError());
}

} // namespace avemo
