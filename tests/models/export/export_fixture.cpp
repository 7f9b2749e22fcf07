// Writes the export of the test fixture database into the folder given on the command line,
// for the pandas test (ctest runs this first, as a fixture).
#include "ExportFixture.h"
#include "export/StudyExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: export_fixture OUT_DIR\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString db = tmp.filePath(QStringLiteral("study.sqlite"));
    ExportFixture fixture;
    QString error;
    if (!fixture.build(db, error)) {
        std::fprintf(stderr, "fixture: %s\n", qPrintable(error));
        return 1;
    }
    avemo::ExportOptions options;
    options.metricsPath = QStringLiteral(AVEMO_DEMO_STUDY_DIR "/metrics.csv");
    options.statistics.bootstrapResamples = 200;
    const auto summary = avemo::StudyExporter::run(db, QString::fromLocal8Bit(argv[1]), options);
    if (!summary.ok) {
        std::fprintf(stderr, "export: %s\n", qPrintable(summary.error));
        return 1;
    }
    return 0;
}
