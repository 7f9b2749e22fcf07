#include "CoordinationFixture.h"
#include "ScopedTransaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace avemo;
using namespace coordination_test;

// Merges as real avemo-cli processes: two at once on one master, a full disk, a read-only
// master. Each message must say what happened and to which file.
class TestMergeProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_master;
    QString m_packageA; // r01
    QString m_packageC; // r03

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString copyOf(const QString &file, const QString &to)
    {
        QFile::remove(to);
        return QFile::copy(file, to) ? to : QString();
    }

    static void startMerge(QProcess &p, const QString &master, const QString &source)
    {
        p.start(QStringLiteral(AVEMO_CLI), {QStringLiteral("merge"), master, source});
    }
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    static Run merge(const QString &master, const QString &source)
    {
        QProcess p;
        startMerge(p, master, source);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A small tmpfs of our own (needs root, as in CI's container); false when not possible.
    static bool mountTmpfs(const QString &dir, const QString &options)
    {
        QDir().mkpath(dir);
        return geteuid() == 0 && QProcess::execute(QStringLiteral("mount"),
                                                   {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                    QStringLiteral("-o"), options,
                                                    QStringLiteral("tmpfs"), dir}) == 0;
    }
    static void unmount(const QString &dir) { QProcess::execute(QStringLiteral("umount"), {dir}); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        RatedPackages files;
        QString error;
        QVERIFY2(files.create(m_tmp.path(), error), qPrintable(error));
        m_master = files.master;
        m_packageA = files.packageA;
        m_packageC = files.packageC;
    }

    // 14.6: a write transaction takes the write lock when it begins, so a second writer waits
    // (busy_timeout) instead of failing later with "database is locked".
    void aWriteTransactionLocksWhenItBegins()
    {
        const QString file = copyOf(m_master, path(QStringLiteral("lock.sqlite")));
        QString error;
        auto a = StudyDatabase::open(file, error);
        auto b = StudyDatabase::open(file, error);
        QVERIFY(a && b);
        QVERIFY(QSqlQuery(b->connection()).exec(QStringLiteral("PRAGMA busy_timeout=50")));
        ScopedTransaction first(a->connection());
        QVERIFY(first.isActive());
        {
            ScopedTransaction second(b->connection());
            QVERIFY(!second.isActive()); // waited 50 ms for the lock, then gave up
        }
        QVERIFY(first.commit());
        ScopedTransaction second(b->connection());
        QVERIFY(second.isActive());
    }

    // 14.6: two merges into one master at the same time both succeed.
    void twoMergesAtOnceBothSucceed()
    {
        for (int round = 0; round < 8; ++round) {
            const QString master = copyOf(m_master, path(QStringLiteral("two.sqlite")));
            QProcess one;
            QProcess two;
            startMerge(one, master, m_packageA);
            startMerge(two, master, m_packageC);
            QVERIFY(one.waitForFinished(60000) && two.waitForFinished(60000));
            QVERIFY2(one.exitCode() == 0 && two.exitCode() == 0,
                     qPrintable(QString::fromUtf8(one.readAllStandardError() +
                                                  two.readAllStandardError())));
            QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM response")), 8);
        }
    }

    // 14.10: a read-only master is named as such; the annotator file is not blamed, and no
    // -shm is left that would keep the master unwritable once it is writable again.
    void aReadOnlyMasterIsNamed()
    {
        const QString dir = path(QStringLiteral("ro"));
        const bool mounted = mountTmpfs(dir, QStringLiteral("size=4m"));
        QDir().mkpath(dir);
        const QString master = copyOf(m_master, dir + QStringLiteral("/master.sqlite"));
        if (mounted)
            QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                       {QStringLiteral("-o"), QStringLiteral("remount,ro"), dir}),
                     0);
        else
            QFile::setPermissions(master, QFile::ReadOwner | QFile::ReadGroup);
        if (!mounted && geteuid() == 0)
            QSKIP("root writes read-only files and cannot mount here");
        const Run r = merge(master, m_packageA);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral("cannot write the master database '%1'").arg(master)) &&
                r.err.contains(QStringLiteral("read-only")),
            qPrintable(r.err));
        QVERIFY2(!r.err.contains(m_packageA), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(master + QStringLiteral("-shm")));
        if (mounted) {
            QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-o"), QStringLiteral("remount,rw"), dir});
        } else {
            QFile::setPermissions(master, QFile::ReadOwner | QFile::WriteOwner);
        }
        const Run again = merge(master, m_packageA);
        if (mounted)
            unmount(dir);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    // 13.1: commands that only read (export, merge's inputs) leave their database's
    // bytes and modification time as they were; a file that is not a study database stays
    // what it was, also for package.
    void commandsThatReadNeverWrite()
    {
        const QString master = copyOf(m_master, path(QStringLiteral("read.sqlite")));
        QCOMPARE(merge(master, m_packageA).exitCode, 0);
        const QString empty = path(QStringLiteral("empty.sqlite"));
        QFile(empty).open(QIODevice::WriteOnly);
        const auto snapshot = [](const QString &f) {
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                return QByteArray("missing");
            file.setFileTime(QDateTime::fromSecsSinceEpoch(1'600'000'000),
                             QFileDevice::FileModificationTime);
            return file.readAll();
        };
        const QByteArray masterBytes = snapshot(master);
        QVERIFY(snapshot(empty).isEmpty());
        const auto cli = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(AVEMO_CLI), args);
            p.waitForFinished(120000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        for (const QString &db : {master, empty}) {
            const bool study = db == master;
            const Run exported =
                cli({QStringLiteral("export"), db, QStringLiteral("--out"),
                     path(QStringLiteral("out-%1").arg(study)), QStringLiteral("--no-html"),
                     QStringLiteral("--bootstrap"), QStringLiteral("0")});
            QVERIFY2(exported.exitCode == (study ? 0 : 1), qPrintable(exported.err));
        }
        // package writes the master (the names of its package, 13.2), never a file that is not
        // a study database.
        const Run packaged =
            cli({QStringLiteral("package"), empty, QStringLiteral("--rater"), QStringLiteral("r09"),
                 QStringLiteral("--out"), path(QStringLiteral("pkg-empty"))});
        QCOMPARE(packaged.exitCode, 1);
        QVERIFY2(packaged.err.contains(QStringLiteral("not a study database")),
                 qPrintable(packaged.err));
        for (const QString &f : {master, empty})
            QCOMPARE(QFileInfo(f).lastModified().toSecsSinceEpoch(), 1'600'000'000);
        QFile file(master);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), masterBytes);
        QCOMPARE(QFileInfo(empty).size(), 0);
    }

    // 14.10: a full disk is named as such, with the master's name; the master is unchanged.
    void aFullDiskIsNamed()
    {
        const QString dir = path(QStringLiteral("full"));
        if (!mountTmpfs(dir, QStringLiteral("size=1m")))
            QSKIP("needs a tmpfs of its own (root)");
        const QString master = copyOf(m_master, dir + QStringLiteral("/master.sqlite"));
        const QStringList before = dump(master);
        // Fill the rest of the disk.
        QFile filler(dir + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
        const Run r = merge(master, m_packageA);
        QFile::remove(filler.fileName());
        const QStringList after = dump(master);
        unmount(dir);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(master) && (r.err.contains(QStringLiteral("disk is full")) ||
                                            r.err.contains(QStringLiteral("input/output error"))),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("not a study database")), qPrintable(r.err));
        QCOMPARE(after, before);
    }
};

QTEST_GUILESS_MAIN(TestMergeProcesses)
#include "tst_mergeprocesses.moc"
