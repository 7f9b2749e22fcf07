// Writes the merge fuzzer's master and seed corpus (tests/fuzz/data/mergedb-master.sqlite and
// tests/fuzz/corpus/mergedb/): a master imported from tests/data/base-study and rated annotator
// packages made from it with the project's own importer, packager and annotation session, plus
// truncated and garbled copies. Each seed is rewritten with 512-byte pages (VACUUM) so that it
// fits the fuzzer's input size; SQLite reads any page size, so it is still a real package.
//
//   make_mergedb_seeds MASTER_OUT CORPUS_DIR
#include "CoordinationFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

bool shrink(const QString &path, int pageSize, QString &error)
{
    bool ok = false;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shrink"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) &&
                 q.exec(QStringLiteral("PRAGMA page_size=%1").arg(pageSize)) &&
                 q.exec(QStringLiteral("VACUUM"));
            if (!ok)
                error = path + QStringLiteral(": ") + q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shrink"));
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_mergedb_seeds MASTER_OUT CORPUS_DIR\n");
        return 2;
    }
    const QString masterOut = QString::fromLocal8Bit(argv[1]);
    const QDir corpus(QString::fromLocal8Bit(argv[2]));
    QTemporaryDir work;
    QString error;
    coordination_test::RatedPackages files;
    if (!files.create(work.path(), error)) {
        std::fprintf(stderr, "make_mergedb_seeds: %s\n", qPrintable(error));
        return 1;
    }
    // The template master: as imported, before any merge (the rated packages come from it).
    const QString unrated = coordination_test::makePackage(files.master, QStringLiteral("r02"),
                                                           work.filePath(QStringLiteral("pkg-b")));
    QFile::remove(masterOut);
    if (!QFile::copy(files.master, masterOut) || !shrink(masterOut, 4096, error)) {
        std::fprintf(stderr, "make_mergedb_seeds: cannot write %s %s\n", argv[1],
                     qPrintable(error));
        return 1;
    }
    const QList<QPair<QString, QString>> seeds = {
        {files.packageA, QStringLiteral("rated-r01.sqlite")},
        {files.packageC, QStringLiteral("rated-r03.sqlite")},
        {unrated, QStringLiteral("unrated-r02.sqlite")},
        {files.master, QStringLiteral("master-itself.sqlite")},
    };
    for (const auto &[from, name] : seeds) {
        const QString to = corpus.filePath(name);
        QFile::remove(to);
        if (!QFile::copy(from, to) || !shrink(to, 512, error)) {
            std::fprintf(stderr, "make_mergedb_seeds: %s %s\n", qPrintable(to), qPrintable(error));
            return 1;
        }
    }
    // Broken variants of a rated package: cut in half, cut inside the header, header garbled,
    // a page in the middle overwritten.
    const QByteArray rated = readAll(corpus.filePath(QStringLiteral("rated-r01.sqlite")));
    QByteArray garbledHeader = rated;
    for (int i = 16; i < 28; ++i)
        garbledHeader[i] = char(0xff);
    QByteArray garbledPage = rated;
    for (qsizetype i = rated.size() / 2; i < rated.size() / 2 + 512 && i < rated.size(); ++i)
        garbledPage[i] = char(i * 31);
    const bool ok =
        writeAll(corpus.filePath(QStringLiteral("truncated-half.sqlite")),
                 rated.left(rated.size() / 2)) &&
        writeAll(corpus.filePath(QStringLiteral("truncated-header.sqlite")), rated.left(60)) &&
        writeAll(corpus.filePath(QStringLiteral("garbled-header.sqlite")), garbledHeader) &&
        writeAll(corpus.filePath(QStringLiteral("garbled-page.sqlite")), garbledPage);
    if (!ok) {
        std::fprintf(stderr, "make_mergedb_seeds: cannot write the broken variants\n");
        return 1;
    }
    return 0;
}
