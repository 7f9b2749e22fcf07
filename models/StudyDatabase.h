#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace avemo {

// One open study database file: the connection, its pragmas and its schema version. Opening
// migrates an older schema forward (one transaction per step) and refuses a newer one. Every
// other storage class (StudyImporter, StudyReader, RatingStore) works through one of these.
class StudyDatabase
{
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyDatabase)

public:
    static constexpr int kSchemaVersion = 5;

    ~StudyDatabase();
    StudyDatabase(const StudyDatabase &) = delete;
    StudyDatabase &operator=(const StudyDatabase &) = delete;

    // Opens (creating the file if needed) and migrates. On failure returns null and sets error.
    static std::unique_ptr<StudyDatabase> open(const QString &path, QString &error);
    // Opens without migrating (for inspection and for tests of the migration ladder).
    static std::unique_ptr<StudyDatabase> openUnmigrated(const QString &path, QString &error);

    // How a read-only open treats other writers of the file.
    enum class ReadMode
    {
        Live,     // another process may write meanwhile (the coordinator's own database)
        Snapshot, // nothing writes it (a file back from a laptop): SQLite's immutable mode,
                  // no locks, no -shm or -wal files created beside it
    };
    // Opens an existing study database without writing to it, ever: no file is created, nothing
    // is migrated, not even the modification time changes. The schema must be one our
    // migrations made (schema version 1 to kSchemaVersion, no view, trigger, table or index of
    // its own): SQL stored in a file we did not write never runs. Schema-defined functions are
    // off (trusted_schema) and the connection is query_only.
    static std::unique_ptr<StudyDatabase> openReadOnly(const QString &path, QString &error,
                                                       ReadMode mode = ReadMode::Live);
    // For commands that only read (export, the dashboard): openReadOnly(), and when the file has an
    // older schema, a consistent copy of it migrated in a temporary folder (removed when this
    // object is destroyed); path() then names the copy and sourcePath() the original.
    static std::unique_ptr<StudyDatabase> openForReading(const QString &path, QString &error);
    // The URI that opens path read-only in this mode, for ATTACH on a connection of ours.
    static QString readOnlyUri(const QString &path, ReadMode mode);

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    // The file the caller named: path(), or the original of a migrated temporary copy.
    QString sourcePath() const { return m_sourcePath.isEmpty() ? m_path : m_sourcePath; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;
    bool hasStudy() const;
    // The UUID naming this database file (schema 3 and later).
    QString instanceUuid() const;

    // Brings the schema up to kSchemaVersion, or up to target when given (tests).
    bool migrate(QString &error, int target = kSchemaVersion);

    // Runs PRAGMA integrity_check; true when SQLite answers "ok".
    bool integrityCheck(QString &answer) const;

    // Whether every table, index, view and trigger in the file is one our migrations create at
    // its schema version, with the same definition; error names the first one that is not.
    bool hasOnlyOurSchema(QString &error) const;

    // The row id of the rater called raterId in db: false (error set) when SQLite fails; row
    // stays empty when the study has no such rater.
    static bool raterRowId(const QSqlDatabase &db, const QString &raterId,
                           std::optional<qint64> &row, QString &error);

private:
    StudyDatabase(QSqlDatabase db, QString path);
    bool configure(QString &error);
    bool configureReadOnly(QString &error);

    QSqlDatabase m_db;
    QString m_path;
    QString m_sourcePath;
    bool m_readOnly = false;
    std::unique_ptr<QTemporaryDir> m_tempDir; // holds a migrated copy (openForReading)
};

} // namespace avemo
