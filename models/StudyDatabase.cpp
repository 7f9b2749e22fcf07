#include "StudyDatabase.h"

#include "ScopedTransaction.h"
#include "SqlError.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>

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

} // namespace

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
                              QStringLiteral("PRAGMA busy_timeout=5000")};
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

} // namespace avemo
