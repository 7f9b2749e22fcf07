#include "AvemoVersion.h"
#include "CliSupport.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

namespace {

struct Command
{
    std::function<int(const QStringList &, QTextStream &, QTextStream &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    using namespace avemo::cli;
    static const std::map<QString, Command> table{
        {QStringLiteral("import"),
         {runImport, "import STUDY_DIR --db FILE   build a study database"}},
        {QStringLiteral("validate"),
         {runValidate, "validate STUDY_DIR           check a study folder"}},
        {QStringLiteral("agreement"),
         {runAgreement, "agreement --ratings CSV ...  inter-rater agreement of a ratings CSV"}},
        {QStringLiteral("mos"),
         {runMos, "mos --ratings CSV [--by COL]  MOS with CI95 of a ratings CSV"}},
        {QStringLiteral("export"),
         {runExport, "export STUDY_DB --out DIR    CSV tables and an HTML report"}},
        {QStringLiteral("assign"),
         {runAssign, "assign STUDY_DB [--dry-run]  who rates what, from study.json's design"}},
        {QStringLiteral("package"),
         {runPackage, "package STUDY_DB --rater ID --out DIR  an annotator's package"}},
        {QStringLiteral("merge"),
         {runMerge, "merge MASTER_DB ANNOTATOR_DB...  bring annotators' results in"}},
    };
    return table;
}

void printUsage(QTextStream &s)
{
    s << "Usage: avemo-cli COMMAND [ARGS...]\n\nCommands:\n";
    for (const auto &[name, command] : commands())
        s << "  " << command.summary << '\n';
    s << "\n  --version                    print the version\n"
         "  --help                       this text\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // Writing a PDF (export --pdf) lays text out with Qt Gui, which needs a QGuiApplication;
    // every other command runs on a plain QCoreApplication, with no display involved.
    const bool needsGui =
        std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "--pdf") == 0; });
    if (needsGui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("avemo-cli"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("avemo.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AVEMO_VERSION));

    QTextStream out(stdout);
    avemo::cli::ErrorOutput errorOutput(stderr);
    QTextStream err(&errorOutput);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "avemo-cli " << AVEMO_VERSION << '\n';
        return 0;
    }
    const auto it = commands().find(args.first());
    if (it == commands().end()) {
        err << "avemo-cli: unknown command '" << args.first() << "'\n\n";
        printUsage(err);
        return 2;
    }
    args.removeFirst();
    // The command's help starts "Usage: avemo-cli merge [options] ...", not with the path of
    // the binary: QCommandLineParser takes the program from QCoreApplication::arguments(),
    // which Qt reads from argv (QCoreApplication keeps a reference to it), so argv[0] names
    // the command being run from here on. tst_cli checks every command's usage line.
    static QByteArray program;
    program = "avemo-cli " + it->first.toUtf8();
    argv[0] = program.data();
    const int status = it->second.run(args, out, err);
    out.flush();
    err.flush();
    errorOutput.finish();
    return status;
}
