#pragma once
// avemo-cli as a user runs it: a real process, its exit status and what it printed. One
// definition for every CLI test (each had its own copy).
#include "AvemoTestPaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cli_test {

struct Run
{
    int status = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline Run cli(const QStringList &args)
{
    return run(QStringLiteral(AVEMO_CLI), args);
}

} // namespace cli_test
