#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace avemo {

// One open study database file: the connection, its pragmas and its schema version. Opening
// migrates an older schema forward (one transaction per step) and refuses a newer one. Every
// other storage class (StudyImporter, StudyReader, RatingStore) works through one of these.
class StudyDatabase
{
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyDatabase)

public:
    static constexpr int kSchemaVersion = 3;

    ~StudyDatabase();
    StudyDatabase(const StudyDatabase &) = delete;
    StudyDatabase &operator=(const StudyDatabase &) = delete;

    // Opens (creating the file if needed) and migrates. On failure returns null and sets error.
    static std::unique_ptr<StudyDatabase> open(const QString &path, QString &error);
    // Opens without migrating (for inspection and for tests of the migration ladder).
    static std::unique_ptr<StudyDatabase> openUnmigrated(const QString &path, QString &error);

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool hasStudy() const;
    // The UUID naming this database file (schema 3 and later).
    QString instanceUuid() const;

    // Brings the schema up to kSchemaVersion, or up to target when given (tests).
    bool migrate(QString &error, int target = kSchemaVersion);

    // Runs PRAGMA integrity_check; true when SQLite answers "ok".
    bool integrityCheck(QString &answer) const;

private:
    StudyDatabase(QSqlDatabase db, QString path)
        : m_db(std::move(db))
        , m_path(std::move(path))
    {
    }
    bool configure(QString &error);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace avemo
