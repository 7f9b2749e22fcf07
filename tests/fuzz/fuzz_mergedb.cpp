#include "FuzzCheck.h"
#include "StudyDatabase.h"
#include "StudyReader.h"
#include "coordination/AnswerCheck.h"
#include "coordination/ResultsMerger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <cstddef>
#include <cstdint>

using namespace avemo;

namespace {

// The master every input is merged into: a copy of tests/fuzz/data/mergedb-master.sqlite
// (made by make_mergedb_seeds with the project's importer and packager), restored from the
// template before each input so that no input sees another's effects.
struct Fixture
{
    // In memory when the machine has /dev/shm: each merge commits (fsync) several times, and a
    // disk's fsync would dominate the run.
    QTemporaryDir dir{QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                          ? QStringLiteral("/dev/shm/fuzz_mergedb.XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/fuzz_mergedb.XXXXXX")};
    QString master;
    QString annotator;
    QString schema; // the master's schema objects, which a merge must leave alone
    StudyDefinition study;
};

QString schemaOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    FUZZ_CHECK(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name")));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
    return rows.join(QLatin1Char('\n'));
}

// Opens a fresh connection of our own on path, runs check on it and closes it.
template <typename Check> void withConnection(const QString &path, Check check)
{
    const QString name = QStringLiteral("fuzz_mergedb_check");
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        FUZZ_CHECK(db.open());
        check(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Fixture &fixture()
{
    static Fixture *f = [] {
        auto *made = new Fixture;
        FUZZ_CHECK(made->dir.isValid());
        made->master = made->dir.filePath(QStringLiteral("master.sqlite"));
        made->annotator = made->dir.filePath(QStringLiteral("annotator.sqlite"));
        const QString templ = QStringLiteral(AVEMO_FUZZ_MERGE_MASTER);
        QString error;
        auto db = StudyDatabase::openReadOnly(templ, error, StudyDatabase::ReadMode::Snapshot);
        FUZZ_CHECK(db != nullptr);
        FUZZ_CHECK(StudyReader(*db).definition(made->study, error));
        made->schema = schemaOf(db->connection());
        return made;
    }();
    return *f;
}

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Every stored answer is one the study allows (defect 3 of issue 14): a text value the
// question accepts, an integer revision, a valid timestamp.
void checkResponses(QSqlDatabase db, const StudyDefinition &study)
{
    QSqlQuery q(db);
    FUZZ_CHECK(
        q.exec(QStringLiteral("SELECT q.question_id, r.value, typeof(r.value), typeof(r.revision), "
                              "       typeof(r.answered_at), r.answered_at "
                              "FROM response r JOIN question q ON q.id = r.question_id")));
    while (q.next()) {
        const Question *question = study.question(q.value(0).toString());
        FUZZ_CHECK(question != nullptr);
        FUZZ_CHECK(q.value(2).toString() == QLatin1String("text"));
        FUZZ_CHECK(AnswerCheck::problem(study, *question, q.value(1).toString()).isEmpty());
        FUZZ_CHECK(q.value(3).toString() == QLatin1String("integer"));
        FUZZ_CHECK(q.value(4).toString() == QLatin1String("text"));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL driver is a plugin: found through the application, as in the real programs.
    static QCoreApplication app(*argc, *argv);
    fixture();
    return 0;
}

// A mutated annotator database (a package back from a laptop) merged into the study's master
// through the real ResultsMerger: the annotator file opened read-only and immutable as in
// production, every refusal a message naming the file, the master intact afterwards.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fixture &f = fixture();
    removeWithCompanions(f.master);
    removeWithCompanions(f.annotator);
    FUZZ_CHECK(QFile::copy(QStringLiteral(AVEMO_FUZZ_MERGE_MASTER), f.master));
    FUZZ_CHECK(QFile::setPermissions(f.master, QFile::ReadOwner | QFile::WriteOwner));
    {
        QFile file(f.annotator);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }

    const MergeReport report = ResultsMerger::merge(f.master, {f.annotator});
    FUZZ_CHECK(report.error.isEmpty()); // the master is always usable: only the source is bad
    FUZZ_CHECK(report.sources.size() == 1);
    const MergeSourceReport &source = report.sources.first();
    switch (source.outcome) {
    case MergeSourceReport::Outcome::Refused:
        FUZZ_CHECK(!source.message.isEmpty());
        FUZZ_CHECK(source.message.contains(QStringLiteral("annotator.sqlite"))); // names the file
        FUZZ_CHECK(!source.counts.changedAnything());
        break;
    case MergeSourceReport::Outcome::Merged:
    case MergeSourceReport::Outcome::Unchanged:
        for (const MergeSkip &skip : source.skipped)
            FUZZ_CHECK(!skip.table.isEmpty() && !skip.reason.isEmpty());
        break;
    case MergeSourceReport::Outcome::Cancelled:
        FUZZ_CHECK(false); // nothing cancels here
    }

    withConnection(f.master, [&f](QSqlDatabase db) {
        QSqlQuery q(db);
        FUZZ_CHECK(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        FUZZ_CHECK(q.value(0).toString() == QLatin1String("ok"));
        FUZZ_CHECK(schemaOf(db) == f.schema);
        checkResponses(db, f.study);
    });
    return 0;
}
