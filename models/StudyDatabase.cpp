#include "StudyDatabase.h"

#include "ScopedTransaction.h"
#include "SqlError.h"
#include "SqliteStatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace avemo {

Q_LOGGING_CATEGORY(lcStorage, "avemo.models.storage", QtWarningMsg)

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("avemo-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Splits a migration script into statements. A statement ends with ';' at the end of a line,
// except inside a trigger body (BEGIN ... END;), whose inner statements end with ';' too.
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    for (const QString &rawLine : script.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        current += rawLine + u'\n';
        if (line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(u';');
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

// Migrations are embedded as ":/avemo/migrations/NNNN_what_it_does.sql".
QString migrationScript(int version)
{
    const QDir dir(QStringLiteral(":/avemo/migrations"));
    const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
    const QStringList matches = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
    if (matches.size() != 1)
        return {};
    QFile file(dir.filePath(matches.first()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// SQLite keeps a schema object's CREATE statement as written; comments and line breaks are
// not part of what it means.
QString normalizedSql(const QString &sql)
{
    static const QRegularExpression comment(QStringLiteral("--[^\n]*"));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    return QString(sql).remove(comment).replace(blanks, QStringLiteral(" ")).trimmed();
}

// type:name -> "tbl_name|normalized sql" of every schema object.
using SchemaObjects = QHash<QString, QString>;

bool readSchemaObjects(const QSqlDatabase &db, SchemaObjects &out, QString &error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"))) {
        error = q.lastError().text();
        return false;
    }
    while (q.next())
        out.insert(q.value(0).toString() + u':' + q.value(1).toString(),
                   q.value(2).toString() + u'|' + normalizedSql(q.value(3).toString()));
    return true;
}

// What our migrations create up to a version, built once per version in an in-memory database.
const SchemaObjects *expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, SchemaObjects> cache;
    const QMutexLocker lock(&mutex);
    const auto found = cache.constFind(version);
    if (found != cache.cend())
        return &*found;
    SchemaObjects objects;
    const QString name = nextConnectionName();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        ok = db.open();
        QSqlQuery q(db);
        for (int v = 1; ok && v <= version; ++v) {
            const QString script = migrationScript(v);
            ok = !script.isEmpty();
            for (const QString &statement : splitStatements(script))
                ok = ok && q.exec(statement);
        }
        QString ignored;
        ok = ok && readSchemaObjects(db, objects, ignored);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        return nullptr;
    return &*cache.insert(version, objects);
}

// SQLite's primary result code of a failed statement (the driver reports extended codes).
int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

} // namespace

StudyDatabase::StudyDatabase(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

StudyDatabase::~StudyDatabase()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<StudyDatabase> StudyDatabase::openUnmigrated(const QString &path, QString &error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        error = tr("the Qt SQLite driver is missing (install libqt6sql6-sqlite)");
        return nullptr;
    }
    std::unique_ptr<StudyDatabase> result(new StudyDatabase(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName()), path));
    // URIs let this connection ATTACH other files read-only (readOnlyUri).
    result->m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    result->m_db.setDatabaseName(path);
    if (!result->m_db.open()) {
        error = sqlError(tr("cannot open database '%1'").arg(path), result->m_db.lastError());
        return nullptr;
    }
    if (!result->configure(error))
        return nullptr;
    return result;
}

std::unique_ptr<StudyDatabase> StudyDatabase::open(const QString &path, QString &error)
{
    auto db = openUnmigrated(path, error);
    if (db && !db->migrate(error))
        return nullptr;
    return db;
}

QString StudyDatabase::readOnlyUri(const QString &path, ReadMode mode)
{
    // A live read creates -shm (and -wal) beside the file with the file's permissions; for a
    // file we may not write, those would keep it unwritable after its permissions are fixed.
    // Nobody of ours writes such a file, so it is read as a snapshot (unless a -wal file
    // beside it holds part of its content).
    if (mode == ReadMode::Live && !QFileInfo(path).isWritable() &&
        !QFileInfo::exists(path + QStringLiteral("-wal")))
        mode = ReadMode::Snapshot;
    // file:///absolute/path with '?', '#' and '%' escaped, then SQLite's own parameters.
    QString uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += QStringLiteral("?mode=ro");
    if (mode == ReadMode::Snapshot)
        uri += QStringLiteral("&immutable=1");
    return uri;
}

std::unique_ptr<StudyDatabase> StudyDatabase::openReadOnly(const QString &path, QString &error,
                                                           ReadMode mode)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        error = info.exists() ? tr("'%1' is not a file").arg(path)
                              : tr("'%1' does not exist").arg(path);
        return nullptr;
    }
    if (!info.isReadable()) {
        error = tr("cannot read '%1': permission denied").arg(path);
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        error = tr("the Qt SQLite driver is missing (install libqt6sql6-sqlite)");
        return nullptr;
    }
    std::unique_ptr<StudyDatabase> result(new StudyDatabase(
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName()), path));
    result->m_readOnly = true;
    result->m_db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    result->m_db.setDatabaseName(readOnlyUri(path, mode));
    if (!result->m_db.open()) {
        error = sqlError(tr("cannot open '%1'").arg(path), result->m_db.lastError());
        return nullptr;
    }
    if (!result->configureReadOnly(error))
        return nullptr;
    const int version = result->schemaVersion();
    if (version > kSchemaVersion) {
        error = tr("'%1' was written by a newer AV-EMO Rater (schema version %2; this version "
                   "reads up to %3). Update AV-EMO Rater to open it.")
                    .arg(path)
                    .arg(version)
                    .arg(kSchemaVersion);
        return nullptr;
    }
    if (version < 1) {
        error = tr("'%1' is not a study database (it holds no AV-EMO Rater tables)").arg(path);
        return nullptr;
    }
    if (!result->hasOnlyOurSchema(error))
        return nullptr;
    return result;
}

std::unique_ptr<StudyDatabase> StudyDatabase::openForReading(const QString &path, QString &error)
{
    auto db = openReadOnly(path, error);
    if (!db || db->schemaVersion() == kSchemaVersion)
        return db;
    // An older schema is read through a migrated copy: VACUUM INTO writes a consistent snapshot
    // of the file without writing to it.
    auto temp = std::make_unique<QTemporaryDir>();
    const QString copy = temp->filePath(QStringLiteral("migrated-copy.sqlite"));
    {
        QSqlQuery q(db->connection());
        if (!temp->isValid() || !q.exec(QStringLiteral("PRAGMA query_only=OFF")) ||
            !q.prepare(QStringLiteral("VACUUM INTO ?"))) {
            error = tr("cannot make a temporary copy of '%1' to read its older schema: %2")
                        .arg(path, temp->isValid() ? q.lastError().text() : temp->errorString());
            return nullptr;
        }
        q.addBindValue(copy);
        if (!q.exec()) {
            error = sqlError(
                tr("cannot make a temporary copy of '%1' to read its older schema").arg(path), q);
            return nullptr;
        }
    }
    db.reset();
    auto migrated = open(copy, error);
    if (!migrated)
        return nullptr;
    QSqlQuery(migrated->connection()).exec(QStringLiteral("PRAGMA query_only=ON"));
    migrated->m_sourcePath = path;
    migrated->m_readOnly = true;
    migrated->m_tempDir = std::move(temp);
    qCInfo(lcStorage) << "reading" << path << "through a migrated copy";
    return migrated;
}

bool StudyDatabase::configureReadOnly(QString &error)
{
    QSqlQuery q(m_db);
    // Functions in a view, trigger or generated column of a file we did not write never run.
    if (!q.exec(QStringLiteral("PRAGMA trusted_schema=OFF")) ||
        !q.exec(QStringLiteral("PRAGMA query_only=ON"))) {
        error = sqlError(tr("cannot configure '%1'").arg(m_path), q);
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA schema_version"))) {
        switch (sqliteCode(q.lastError())) {
        case 26: // SQLITE_NOTADB
            error = sqlError(tr("'%1' is not a study database").arg(m_path), q);
            break;
        case 10: // SQLITE_IOERR: reading a WAL file needs its -shm beside it, on that disk
        case 13: // SQLITE_FULL
            error = sqlError(tr("cannot read '%1': the disk reported an input/output error (is "
                                "it full?)")
                                 .arg(m_path),
                             q);
            break;
        default:
            error = sqlError(tr("cannot read '%1'").arg(m_path), q);
        }
        return false;
    }
    return true;
}

bool StudyDatabase::hasOnlyOurSchema(QString &error) const
{
    const int version = schemaVersion();
    const SchemaObjects *expected = expectedSchema(version);
    if (!expected) {
        error = tr("'%1' has schema version %2, which this AV-EMO Rater does not know")
                    .arg(m_path)
                    .arg(version);
        return false;
    }
    SchemaObjects actual;
    QString why;
    if (!readSchemaObjects(m_db, actual, why)) {
        error = tr("cannot read the schema of '%1': %2").arg(m_path, why);
        return false;
    }
    QStringList problems;
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        const auto want = expected->constFind(it.key());
        const QString type = it.key().section(u':', 0, 0);
        const QString name = it.key().section(u':', 1);
        if (want == expected->cend())
            problems.append(tr("a %1 '%2' that AV-EMO Rater does not create").arg(type, name));
        else if (*want != *it)
            problems.append(tr("the %1 '%2' defined differently from AV-EMO Rater's schema "
                               "version %3")
                                .arg(type, name)
                                .arg(version));
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it)
        if (!actual.contains(it.key()))
            problems.append(
                tr("no %1 '%2'").arg(it.key().section(u':', 0, 0), it.key().section(u':', 1)));
    if (problems.isEmpty())
        return true;
    problems.sort();
    error = tr("'%1' is not a study database as AV-EMO Rater writes it: it has %2; nothing in it "
               "was run or read")
                .arg(m_path, problems.join(QStringLiteral("; ")));
    return false;
}

bool StudyDatabase::configure(QString &error)
{
    QSqlQuery q(m_db);
    // A file that is not SQLite only shows itself at the first statement.
    if (!q.exec(QStringLiteral("PRAGMA schema_version"))) {
        error = sqlError(tr("'%1' is not a study database").arg(m_path), q);
        return false;
    }
    // WAL keeps readers and the writer apart and makes each commit one append; it is only in
    // force when SQLite answers "wal" (it cannot be set on some file systems).
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        error = tr("cannot switch '%1' to write-ahead logging (SQLite answered '%2'); is it on "
                   "a network or read-only file system?")
                    .arg(m_path, q.isValid() ? q.value(0).toString() : q.lastError().text());
        return false;
    }
    // FULL: a commit is on disk before it returns, so "Saved" is true even after a power cut.
    const QStringList pragmas{QStringLiteral("PRAGMA synchronous=FULL"),
                              QStringLiteral("PRAGMA foreign_keys=ON"),
                              QStringLiteral("PRAGMA busy_timeout=%1").arg(kBusyTimeoutMs)};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            error = sqlError(tr("cannot configure '%1' (%2)").arg(m_path, pragma), q);
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1) {
        error = tr("SQLite refused to enforce foreign keys on '%1'").arg(m_path);
        return false;
    }
    return true;
}

int StudyDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool StudyDatabase::hasStudy() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM study")) && q.next() &&
           q.value(0).toInt() == 1;
}

QString StudyDatabase::instanceUuid() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT value FROM database_info WHERE key = 'instance_uuid'")) &&
                   q.next()
               ? q.value(0).toString()
               : QString();
}

bool StudyDatabase::migrate(QString &error, int target)
{
    const int current = schemaVersion();
    if (current < 0) {
        error = tr("cannot read the schema version of '%1'").arg(m_path);
        return false;
    }
    if (current > kSchemaVersion) {
        error = tr("'%1' was written by a newer AV-EMO Rater (schema version %2; this version "
                   "reads up to %3). Update AV-EMO Rater to open it.")
                    .arg(m_path)
                    .arg(current)
                    .arg(kSchemaVersion);
        return false;
    }
    for (int version = current + 1; version <= target; ++version) {
        const QString script = migrationScript(version);
        if (script.isEmpty()) {
            error = tr("migration %1 is missing from the program").arg(version);
            return false;
        }
        ScopedTransaction transaction(m_db);
        QSqlQuery q(m_db);
        for (const QString &statement : splitStatements(script)) {
            if (!q.exec(statement)) {
                error = sqlError(tr("migrating '%1' to schema version %2 failed; the database "
                                    "is unchanged")
                                     .arg(m_path)
                                     .arg(version),
                                 q);
                return false;
            }
        }
        // PRAGMA takes no bound values; version is an int from our own loop.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) ||
            !transaction.commit()) {
            error = sqlError(
                tr("recording schema version %1 in '%2' failed").arg(version).arg(m_path), q);
            return false;
        }
        qCInfo(lcStorage) << "migrated" << m_path << "to schema version" << version;
    }
    return true;
}

bool StudyDatabase::integrityCheck(QString &answer) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        answer = q.lastError().text();
        return false;
    }
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    answer = lines.join(u'\n');
    return answer == QLatin1String("ok");
}

bool StudyDatabase::raterRowId(const QSqlDatabase &db, const QString &raterId,
                               std::optional<qint64> &row, QString &error)
{
    row.reset();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM rater WHERE rater_id = ?"));
    q.addBindValue(raterId);
    if (!q.exec()) {
        error = sqlError(tr("cannot look up rater '%1'").arg(raterId), q);
        return false;
    }
    if (q.next())
        row = q.value(0).toLongLong();
    return true;
}

} // namespace avemo
