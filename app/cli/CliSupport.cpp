#include "CliSupport.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace avemo::cli {

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
                    QTextStream &err)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("avemo-cli ") + command} + args)) {
        err << "avemo-cli " << command << ": " << parser.errorText() << "\n\n" << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        err << parser.helpText();
        return false;
    }
    return true;
}

void printProblems(const ProblemList &problems, QTextStream &s)
{
    for (const Problem &p : problems)
        s << p.toString() << '\n';
}

QJsonArray problemsToJson(const ProblemList &problems)
{
    QJsonArray array;
    for (const Problem &p : problems)
        array.append(
            QJsonObject{{QStringLiteral("file"), p.file},
                        {QStringLiteral("line"), p.line},
                        {QStringLiteral("column"), p.column},
                        {QStringLiteral("severity"),
                         p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                        {QStringLiteral("message"), p.message}});
    return array;
}

void quietMultimediaWarnings()
{
    if (qEnvironmentVariableIsSet("AVEMO_VERBOSE"))
        return;
    QLoggingCategory::setFilterRules(QStringLiteral("qt.multimedia*=false\n"));
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (message.startsWith(QLatin1String("PulseAudioService")))
                return;
            if (previous)
                previous(type, context, message);
        });
}

} // namespace avemo::cli
