#include "CliSupport.h"
#include "Commands.h"
#include "StudyFolderLoader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace avemo::cli {

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a study folder without writing anything: study.json, items.csv and every media "
        "file "
        "(opened with the same Qt Multimedia stack that plays it). Lists every problem as "
        "FILE:LINE:COLUMN: severity: message. Exit status 1 when any problem is an error."));
    parser.addPositionalArgument(QStringLiteral("STUDY_DIR"), QStringLiteral("the study folder"));
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("print the result as one JSON object")});
    parser.addOption({QStringLiteral("no-media"),
                      QStringLiteral("skip opening the media files (faster, less thorough)")});
    if (!parseArguments(parser, QStringLiteral("validate"), args, err))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        err << "avemo-cli validate: expected one STUDY_DIR\n\n" << parser.helpText();
        return 2;
    }
    quietMultimediaWarnings();
    StudyFolderLoader::Options options;
    options.probeMedia = !parser.isSet(QStringLiteral("no-media"));
    options.mediaProgress = [&err](int done, int total) {
        if (done == total || done % 25 == 0)
            err << "checking media " << done << "/" << total << '\r' << (done == total ? "\n" : "")
                << Qt::flush;
    };
    const auto result = StudyFolderLoader::load(parser.positionalArguments().first(), options);
    const int errors = countErrors(result.problems);
    const int warnings = int(result.problems.size()) - errors;
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("ok"), errors == 0},
                               {QStringLiteral("errors"), errors},
                               {QStringLiteral("warnings"), warnings},
                               {QStringLiteral("items"), int(result.study.items.size())},
                               {QStringLiteral("media_files"), int(result.study.media.size())},
                               {QStringLiteral("problems"), problemsToJson(result.problems)}})
                   .toJson(QJsonDocument::Indented);
    } else {
        printProblems(result.problems, out);
        out << (errors ? "invalid" : "valid") << ": " << errors << " error(s), " << warnings
            << " warning(s); " << result.study.items.size() << " items, "
            << result.study.media.size() << " media files checked\n";
    }
    return errors ? 1 : 0;
}

} // namespace avemo::cli
