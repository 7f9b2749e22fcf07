#include "CliSupport.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <unistd.h>

namespace avemo::cli {

QString formatDuration(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000)
        .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args,
                    QTextStream &err)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("avemo-cli ") + command} + args)) {
        err << "avemo-cli " << command << ": " << parser.errorText() << "\n\n" << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0); // prints on stdout, exits
    return true;
}

ErrorOutput::ErrorOutput(FILE *stream)
    : m_stream(stream)
    , m_terminal(::isatty(::fileno(stream)) != 0)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ErrorOutput::writeData(const char *data, qint64 size)
{
    if (size <= 0)
        return 0;
    QByteArray bytes;
    if (m_terminal) {
        if (m_openLine && data[0] != '\n')
            bytes = "\033[K"; // clear the progress line the cursor is at the start of
        bytes.append(data, size);
        m_openLine = data[size - 1] == '\r';
    } else {
        bytes.reserve(size);
        for (qint64 i = 0; i < size; ++i) {
            const char c = data[i];
            if (m_openLine && c == '\n') { // "\r\n": the '\r' has ended the line already
                m_openLine = false;
                continue;
            }
            m_openLine = c == '\r';
            bytes.append(m_openLine ? '\n' : c);
        }
    }
    if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), m_stream) !=
        std::size_t(bytes.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

void ErrorOutput::finish()
{
    if (m_terminal && m_openLine) {
        std::fputs("\033[K", m_stream);
        std::fflush(m_stream);
        m_openLine = false;
    }
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
