// Writes the demo study with five raters' plausible ratings into a new database
// (scripts/make-demo-ratings calls it): the coordinator's dashboard has something to show.
#include "DemoRatings.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_demo_ratings OUT.sqlite\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    if (QFile::exists(path)) {
        std::fprintf(stderr, "make_demo_ratings: %s exists; remove it first\n", argv[1]);
        return 1;
    }
    QString error;
    demo_ratings::Options options;
    options.spreadTimestamps = true;
    options.probeMedia = true;
    if (!demo_ratings::build(path, error, options)) {
        std::fprintf(stderr, "make_demo_ratings: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
