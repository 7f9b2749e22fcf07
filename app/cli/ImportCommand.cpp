#include "CliSupport.h"
#include "Commands.h"
#include "StudyDatabase.h"
#include "StudyFolderLoader.h"
#include "StudyImporter.h"
#include "StudyReader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTime>

namespace avemo::cli {

namespace {

void printSummary(const StudySummary &s, const QString &dbPath, qint64 elapsedMs, bool json,
                  QTextStream &out)
{
    if (json) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("database"), dbPath},
                                         {QStringLiteral("study_id"), s.studyId},
                                         {QStringLiteral("title"), s.title},
                                         {QStringLiteral("definition_hash"), s.definitionHash},
                                         {QStringLiteral("items"), s.items},
                                         {QStringLiteral("dialogues"), s.dialogues},
                                         {QStringLiteral("turns"), s.turns},
                                         {QStringLiteral("systems"), s.systems},
                                         {QStringLiteral("raters"), s.raters},
                                         {QStringLiteral("questions"), s.questions},
                                         {QStringLiteral("media_files"), s.mediaFiles},
                                         {QStringLiteral("gold_items"), s.goldItems},
                                         {QStringLiteral("total_media_duration_ms"),
                                          double(s.totalMediaDurationMs)},
                                         {QStringLiteral("elapsed_ms"), double(elapsedMs)}})
                   .toJson(QJsonDocument::Indented);
        return;
    }
    out << "Imported study '" << s.studyId << "' (" << s.title << ") into " << dbPath << '\n'
        << "  items:          " << s.items << " (" << s.goldItems << " gold)\n"
        << "  dialogues:      " << s.dialogues << '\n'
        << "  turns:          " << s.turns << '\n'
        << "  systems:        " << s.systems << '\n'
        << "  raters:         " << s.raters << '\n'
        << "  questions:      " << s.questions << '\n'
        << "  media files:    " << s.mediaFiles << '\n'
        << "  media duration: " << formatDuration(s.totalMediaDurationMs) << '\n'
        << "  definition:     " << s.definitionHash.left(16) << "...\n"
        << "  took:           " << elapsedMs << " ms\n";
}

} // namespace

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Validates a study folder and imports it into a new study database, all or nothing: "
        "when any problem is an error, nothing is written."));
    parser.addPositionalArgument(QStringLiteral("STUDY_DIR"), QStringLiteral("the study folder"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("the study database to create"),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("print the summary as one JSON object")});
    if (!parseArguments(parser, QStringLiteral("import"), args, err))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("db"))) {
        err << "avemo-cli import: expected STUDY_DIR and --db FILE\n\n" << parser.helpText();
        return 2;
    }
    const QString dbPath = parser.value(QStringLiteral("db"));
    quietMultimediaWarnings();
    QElapsedTimer timer;
    timer.start();
    StudyFolderLoader::Options options;
    options.mediaProgress = [&err](int done, int total) {
        if (done == total || done % 25 == 0)
            err << "checking media " << done << "/" << total << '\r' << (done == total ? "\n" : "")
                << Qt::flush;
    };
    const auto imported =
        StudyImporter::importFolder(parser.positionalArguments().first(), dbPath, options);
    printProblems(imported.problems, err);
    if (!imported.ok) {
        err << "avemo-cli import: " << imported.error << "; nothing was written\n";
        return 1;
    }
    QString error;
    auto db = StudyDatabase::open(dbPath, error);
    StudySummary summary;
    if (!db || !StudyReader(*db).summary(summary, error)) {
        err << "avemo-cli import: " << error << '\n';
        return 1;
    }
    printSummary(summary, dbPath, timer.elapsed(), parser.isSet(QStringLiteral("json")), out);
    return 0;
}

} // namespace avemo::cli
