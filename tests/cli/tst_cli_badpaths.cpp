#include "AvemoTestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Paths a user gets wrong on the command line, and folders the program may not write: each row
// runs the real avemo-cli and checks the exit status, that the message names the path and says
// what is wrong, and that nothing was left behind.
class TestCliBadPaths : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_db; // the base study, imported once

    struct Run
    {
        int status = -1;
        QString err;
    };

    static Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(AVEMO_CLI), args);
        p.waitForFinished(120000);
        return {p.exitCode(),
                QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput())};
    }

    static QString baseStudy() { return QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = m_tmp.filePath(QStringLiteral("study.sqlite"));
        const Run r = cli({QStringLiteral("import"), baseStudy(), QStringLiteral("--db"), m_db});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void aBadPathIsNamed_data()
    {
        QTest::addColumn<QStringList>("args"); // %T: a fresh folder of the row's own; %D: the study
        QTest::addColumn<QString>("named");    // the path the message must name
        QTest::addColumn<QString>("message");  // and what it must say is wrong
        QTest::addColumn<QString>("absent");   // what must not exist afterwards
        const auto row = [](const char *name, std::initializer_list<const char *> args,
                            const char *named, const char *message, const char *absent) {
            QStringList list;
            for (const char *a : args)
                list << (qstrcmp(a, "BASE") == 0 ? baseStudy() : QString::fromUtf8(a));
            QTest::newRow(name) << list << QString::fromUtf8(named) << QString::fromUtf8(message)
                                << QString::fromUtf8(absent);
        };
        row("validate: no such folder", {"validate", "%T/nowhere"}, "%T/nowhere",
            "error: not a folder (expected a study folder with study.json and items.csv)", "");
        row("validate: a file, not a folder", {"validate", "%T/file.txt"}, "%T/file.txt",
            "error: not a folder (expected a study folder", "");
        row("import: into a folder that does not exist",
            {"import", "BASE", "--db", "%T/no/such/dir/s.sqlite"}, "%T/no/such/dir/s.sqlite",
            "the folder '%T/no/such/dir' does not exist", "%T/no");
        row("import: --db is a folder", {"import", "BASE", "--db", "%T"}, "'%T'",
            "already exists (expected a new file; remove it or pick another name)", "");
        row("export: no such database", {"export", "%T/none.sqlite", "--out", "%T/out"},
            "%T/none.sqlite", "no study database at", "%T/out");
        row("export: --out under a file", {"export", "%D", "--out", "%T/file.txt/out"},
            "'%T/file.txt'", "cannot create the folder", "");
        row("merge: no such master", {"merge", "%T/none.sqlite", "%D"}, "'%T/none.sqlite'",
            "the master database: '%T/none.sqlite' does not exist", "%T/none.sqlite");
        row("package: --out under a file",
            {"package", "%D", "--rater", "r01", "--out", "%T/file.txt/pkg"}, "'%T/file.txt'",
            "cannot create the folder", "");
    }

    void aBadPathIsNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QFETCH(QString, message);
        QFETCH(QString, absent);
        QTemporaryDir row;
        QFile file(row.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a folder\n") > 0);
        file.close();
        const auto expand = [&](QString s) {
            return s.replace(QStringLiteral("%T"), row.path()).replace(QStringLiteral("%D"), m_db);
        };
        for (QString &a : args)
            a = expand(a);
        const Run r = cli(args);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(expand(named)), qPrintable(r.err));
        QVERIFY2(r.err.contains(expand(message)), qPrintable(r.err));
        if (!absent.isEmpty())
            QVERIFY2(!QFileInfo::exists(expand(absent)), qPrintable(expand(absent)));
    }
};

QTEST_GUILESS_MAIN(TestCliBadPaths)
#include "tst_cli_badpaths.moc"
