#include "CoordinationFixture.h"
#include "coordination/ResultsMerger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

using namespace avemo;
using namespace coordination_test;

// Whole annotator files that cannot be merged, as they come back from laptops: not a database,
// a database of something else, a newer or older program's, cut short, garbled, in the wrong
// place. Each row makes one such file from a genuine rated package and checks that the merge
// refuses it with a message naming the file and what is wrong, and that the master is exactly
// as before (nothing half-merged). Row-level problems are in tst_mergeuntrusted.
class TestMergeBadFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_master;
    QString m_package; // r01, two items rated

    // Runs statements on a copy of the rated package with a plain connection, as another
    // program would, and leaves a single file (no -wal).
    bool tamperedCopy(const QString &target, const QStringList &statements)
    {
        QFile::remove(target);
        if (!QFile::copy(m_package, target))
            return false;
        bool ok = true;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(target);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &s :
                 statements + QStringList{QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")})
                if (ok && !q.exec(s)) {
                    qWarning() << s << q.lastError().text();
                    ok = false;
                }
            q.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return ok;
    }

    static bool writeBytes(const QString &target, const QByteArray &bytes)
    {
        QFile f(target);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    static QByteArray bytesOf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Makes the bad file for a row; its path, or empty when it could not be made.
    QString make(const QString &kind, const QString &dir)
    {
        const QString file = QDir(dir).filePath(QStringLiteral("annotator.sqlite"));
        const QByteArray package = bytesOf(m_package);
        bool ok = false;
        if (kind == QLatin1String("text"))
            ok = writeBytes(file, "item_id,rater_id,value\nd1-t1-a,r01,4\n");
        else if (kind == QLatin1String("missing"))
            ok = true;
        else if (kind == QLatin1String("folder"))
            ok = QDir().mkdir(file);
        else if (kind == QLatin1String("wal only")) // the main file lost, its -wal left behind
            ok = writeBytes(file + QStringLiteral("-wal"), package.left(4096));
        else if (kind == QLatin1String("newer schema"))
            ok = tamperedCopy(file, {QStringLiteral("PRAGMA user_version = 99")});
        else if (kind == QLatin1String("older schema"))
            ok = QFile::copy(QStringLiteral(AVEMO_TEST_DATA_DIR "/schema/v2.sqlite"), file);
        else if (kind == QLatin1String("foreign sqlite"))
            ok = tamperedCopy(file, {}) && QFile::remove(file) && [&] {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                db.setDatabaseName(file);
                const bool made =
                    db.open() && QSqlQuery(db).exec(QStringLiteral(
                                     "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
                db.close();
                db = {};
                QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
                return made;
            }();
        else if (kind == QLatin1String("cut in half"))
            ok = writeBytes(file, package.left(package.size() / 2));
        else if (kind == QLatin1String("header only"))
            ok = writeBytes(file, package.left(100));
        else if (kind == QLatin1String("garbled header")) {
            QByteArray garbled = package;
            for (int i = 16; i < 28; ++i)
                garbled[i] = char(0xff);
            ok = writeBytes(file, garbled);
        } else if (kind == QLatin1String("no study row"))
            ok = tamperedCopy(file, {QStringLiteral("PRAGMA foreign_keys=OFF"),
                                     QStringLiteral("DELETE FROM study")});
        else if (kind == QLatin1String("another study"))
            ok = tamperedCopy(file, {QStringLiteral("UPDATE study SET study_id = 'other'")});
        else if (kind == QLatin1String("edited definition"))
            ok = tamperedCopy(file, {QStringLiteral("UPDATE study SET definition_hash = "
                                                    "'0000000000000000'")});
        else if (kind == QLatin1String("master itself"))
            return m_master;
        else if (kind == QLatin1String("dropped table"))
            ok = tamperedCopy(file, {QStringLiteral("PRAGMA foreign_keys=OFF"),
                                     QStringLiteral("DROP TABLE item_flag")});
        return ok ? file : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        RatedPackages files;
        QString error;
        QVERIFY2(files.create(m_tmp.path(), error), qPrintable(error));
        m_master = files.master;
        m_package = files.packageA;
    }

    void aBadFileIsRefusedByNameAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message"); // what the refusal says besides the file name
        QTest::newRow("text file")
            << QStringLiteral("text") << QStringLiteral("is not a study database");
        QTest::newRow("missing file")
            << QStringLiteral("missing") << QStringLiteral("does not exist or is not a file");
        QTest::newRow("a folder") << QStringLiteral("folder")
                                  << QStringLiteral("does not exist or is not a file");
        QTest::newRow("only a -wal left")
            << QStringLiteral("wal only") << QStringLiteral("does not exist or is not a file");
        QTest::newRow("newer schema")
            << QStringLiteral("newer schema") << QStringLiteral("newer AV-EMO Rater");
        QTest::newRow("older schema (v2)")
            << QStringLiteral("older schema") << QStringLiteral("has schema version 2, older");
        QTest::newRow("another program's SQLite")
            << QStringLiteral("foreign sqlite") << QStringLiteral("is not a study database");
        QTest::newRow("cut in half")
            << QStringLiteral("cut in half") << QStringLiteral("database disk image is malformed");
        QTest::newRow("header only")
            << QStringLiteral("header only") << QStringLiteral("database disk image is malformed");
        QTest::newRow("garbled header")
            << QStringLiteral("garbled header") << QStringLiteral("is not a study database");
        QTest::newRow("no study row")
            << QStringLiteral("no study row") << QStringLiteral("without a study");
        QTest::newRow("another study")
            << QStringLiteral("another study") << QStringLiteral("is from study 'other'");
        QTest::newRow("edited definition")
            << QStringLiteral("edited definition")
            << QStringLiteral("holds a different version of study 'base'");
        QTest::newRow("the master itself")
            << QStringLiteral("master itself") << QStringLiteral("is the master database itself");
        QTest::newRow("a table dropped")
            << QStringLiteral("dropped table") << QStringLiteral("no table 'item_flag'");
    }

    void aBadFileIsRefusedByNameAndChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString master = dir.filePath(QStringLiteral("master.sqlite"));
        QVERIFY(QFile::copy(m_master, master));
        const QStringList before = dump(master);
        const QString file = make(kind, dir.path());
        QVERIFY2(!file.isEmpty(), "the bad file could not be made");

        const MergeSourceReport r = ResultsMerger::merge(master, {file}).sources.value(0);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
        QVERIFY2(r.message.contains(QFileInfo(file).fileName()), qPrintable(r.message));
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
        QCOMPARE(r.counts.changedAnything(), false);
        QCOMPARE(dump(master), before);
        QCOMPARE(rows(master, QStringLiteral("PRAGMA integrity_check")),
                 QStringList{QStringLiteral("ok")});
    }

    // A huge value (10 MB of text in one answer) is not a category: the row is left out and
    // named, the rest of the file merges, and the master does not grow by the blob.
    void aHugeValueIsSkippedAndNamed()
    {
        QTemporaryDir dir;
        const QString master = dir.filePath(QStringLiteral("master.sqlite"));
        QVERIFY(QFile::copy(m_master, master));
        const QString file = dir.filePath(QStringLiteral("huge.sqlite"));
        QVERIFY(tamperedCopy(
            file, {QStringLiteral("UPDATE response SET value = printf('%.*c', 10000000, 'x') "
                                  "WHERE rowid = (SELECT r.rowid FROM response r JOIN question q "
                                  "ON q.id = r.question_id WHERE q.question_id = 'user_emotion' "
                                  "ORDER BY r.rowid LIMIT 1)")}));
        QVERIFY(QFileInfo(file).size() > 10'000'000);
        const MergeSourceReport r = ResultsMerger::merge(master, {file}).sources.value(0);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Merged);
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.first().table, QStringLiteral("response"));
        QVERIFY2(r.skipped.first().reason.contains(QStringLiteral("is not a category of label "
                                                                  "set 'emotion4'")),
                 qPrintable(r.skipped.first().reason));
        QVERIFY(r.skipped.first().reason.size() < 500); // the message does not quote 10 MB
        QCOMPARE(r.counts.newResponses, 3);
        QVERIFY(QFileInfo(master).size() < 2'000'000);
    }

    // A file nobody may read: as root every file is readable, so this runs only as a user.
    void anUnreadableFileIsNamed()
    {
        if (geteuid() == 0)
            QSKIP("root reads files without read permission");
        QTemporaryDir dir;
        const QString master = dir.filePath(QStringLiteral("master.sqlite"));
        QVERIFY(QFile::copy(m_master, master));
        const QString file = dir.filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(QFile::copy(m_package, file));
        QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
        const QStringList before = dump(master);
        const MergeSourceReport r = ResultsMerger::merge(master, {file}).sources.value(0);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
        QVERIFY2(r.message.contains(QStringLiteral("locked.sqlite")), qPrintable(r.message));
        QCOMPARE(dump(master), before);
    }
};

QTEST_GUILESS_MAIN(TestMergeBadFiles)
#include "tst_mergebadfiles.moc"
