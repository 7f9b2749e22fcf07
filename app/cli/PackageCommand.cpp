#include "CliSupport.h"
#include "Commands.h"
#include "coordination/AnnotatorPackager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace avemo::cli {

int runPackage(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds an annotator package: a folder with the study files, the media it uses and a "
        "database holding only this rater's item order, under a new instance id. Copy the folder "
        "to the annotator's computer and open FOLDER/<study>-<rater>.sqlite there. Items, systems "
        "and media go by random codes in the package; the study database records what they "
        "stand for (the only thing written to it), so merge the package into that database. "
        "Nothing is written when any step fails."));
    parser.addPositionalArgument(QStringLiteral("STUDY_DB"),
                                 QStringLiteral("the coordinator's study database"));
    parser.addOption({QStringLiteral("rater"), QStringLiteral("the rater id to hand out"),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("the package folder to create (new or empty)"),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("print the summary as one JSON object")});
    if (!parseArguments(parser, QStringLiteral("package"), args, err))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("rater")) ||
        !parser.isSet(QStringLiteral("out"))) {
        err << "avemo-cli package: expected STUDY_DB, --rater ID and --out DIR\n\n"
            << parser.helpText();
        return 2;
    }
    TaskControl control;
    control.progress = [&err](int done, int total) {
        err << "packaging " << done << "/" << total << '\r' << (done == total ? "\n" : "")
            << Qt::flush;
    };
    const PackageResult r = AnnotatorPackager::create({parser.positionalArguments().first(),
                                                       parser.value(QStringLiteral("rater")),
                                                       parser.value(QStringLiteral("out"))},
                                                      control);
    if (!r.ok) {
        err << "avemo-cli package: " << r.error << '\n';
        return 1;
    }
    for (const QString &warning : r.warnings)
        err << "avemo-cli package: warning: " << warning << '\n';
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("folder"), r.folder},
                       {QStringLiteral("database"), r.database},
                       {QStringLiteral("study_id"), r.studyId},
                       {QStringLiteral("rater_id"), parser.value(QStringLiteral("rater"))},
                       {QStringLiteral("instance_uuid"), r.instanceUuid},
                       {QStringLiteral("items"), r.items},
                       {QStringLiteral("media_files"), r.mediaFiles},
                       {QStringLiteral("media_bytes"), double(r.mediaBytes)},
                       {QStringLiteral("package_bytes"), double(r.packageBytes)},
                       {QStringLiteral("item_order_generated"), r.assignmentGenerated},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "Package for rater '" << parser.value(QStringLiteral("rater")) << "' of study '"
        << r.studyId << "' written to " << r.folder << '\n'
        << "  open:        avemo-rater " << r.database << '\n'
        << "  items:       " << r.items
        << (r.assignmentGenerated ? " (item order generated now)\n" : " (item order as stored)\n")
        << "  media files: " << r.mediaFiles << " (" << r.mediaBytes << " bytes)\n"
        << "  size:        " << r.packageBytes << " bytes ("
        << QString::number(double(r.packageBytes) / (1024.0 * 1024.0), 'f', 1)
        << " MiB, every file of the folder)\n"
        << "  instance:    " << r.instanceUuid << '\n';
    return 0;
}

} // namespace avemo::cli
