#include "StudyDatabase.h"
#include "StudyFixture.h"
#include "StudyFolderLoader.h"
#include "StudyImporter.h"
#include "StudyReader.h"

#include <QDirIterator>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace avemo;

// Each folder under tests/data/broken/ holds the files that differ from tests/data/base-study
// (a file named REMOVE lists files to delete; DIRS lists files to replace by an empty folder;
// LINKS lists "NAME TARGET" symbolic links to make, TARGET absolute or relative to tests/data)
// and expected.txt, the exact problems the loader
// must report, one per line.
class TestStudyImport : public QObject
{
    Q_OBJECT

private:
    static QString assemble(const QString &caseDir, const QString &target)
    {
        if (!copyFolder(baseStudyDir(), target))
            return QStringLiteral("cannot copy the base study");
        const QDir dir(caseDir);
        for (const QFileInfo &f : dir.entryInfoList(QDir::Files)) {
            if (f.fileName() == QLatin1String("expected.txt"))
                continue;
            if (f.fileName() == QLatin1String("LINKS")) {
                QFile list(f.filePath());
                list.open(QIODevice::ReadOnly);
                for (const QByteArray &line : list.readAll().split('\n')) {
                    const QList<QByteArray> parts = line.simplified().split(' ');
                    if (parts.size() != 2)
                        continue;
                    const QString name = QDir(target).filePath(QString::fromUtf8(parts[0]));
                    const QString to = QDir(QStringLiteral(AVEMO_TEST_DATA_DIR))
                                           .absoluteFilePath(QString::fromUtf8(parts[1]));
                    QFile::remove(name);
                    if (!QFile::link(to, name))
                        return QStringLiteral("cannot make the symbolic link ") + name;
                }
                continue;
            }
            if (f.fileName() == QLatin1String("DIRS")) {
                QFile list(f.filePath());
                list.open(QIODevice::ReadOnly);
                for (const QByteArray &name : list.readAll().split('\n')) {
                    const QString path = QDir(target).filePath(QString::fromUtf8(name.trimmed()));
                    if (!name.trimmed().isEmpty() && !(QFile::remove(path) && QDir().mkdir(path)))
                        return QStringLiteral("cannot make the folder ") + path;
                }
                continue;
            }
            if (f.fileName() == QLatin1String("REMOVE")) {
                QFile list(f.filePath());
                list.open(QIODevice::ReadOnly);
                for (const QByteArray &name : list.readAll().split('\n'))
                    if (!name.trimmed().isEmpty())
                        QFile::remove(QDir(target).filePath(QString::fromUtf8(name.trimmed())));
                continue;
            }
            const QString to = QDir(target).filePath(f.fileName());
            QFile::remove(to);
            if (!QFile::copy(f.filePath(), to))
                return QStringLiteral("cannot copy ") + f.fileName();
        }
        return {};
    }

    static QStringList expectedLines(const QString &caseDir)
    {
        QFile f(QDir(caseDir).filePath(QStringLiteral("expected.txt")));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        lines.removeAll(QString());
        return lines;
    }

private slots:
    void baseStudyIsValidAndImports()
    {
        QTemporaryDir tmp;
        const QString dbPath = tmp.filePath(QStringLiteral("base.sqlite"));
        const auto result = StudyImporter::importFolder(baseStudyDir(), dbPath);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.problems.isEmpty());

        QString error;
        auto db = StudyDatabase::open(dbPath, error);
        QVERIFY2(db, qPrintable(error));
        StudySummary s;
        QVERIFY(StudyReader(*db).summary(s, error));
        QCOMPARE(s.studyId, QStringLiteral("base"));
        QCOMPARE(s.items, 2);
        QCOMPARE(s.dialogues, 1);
        QCOMPARE(s.turns, 1);
        QCOMPARE(s.systems, 1); // alpha rates only a gold row: gold-only systems are no systems
        QCOMPARE(s.raters, 2);
        QCOMPARE(s.questions, 3);
        QCOMPARE(s.mediaFiles, 3); // user.webm is named twice but stored once
        QCOMPARE(s.goldItems, 1);
        QVERIFY(s.totalMediaDurationMs >= 2900 &&
                s.totalMediaDurationMs <= 3100); // three 1 s clips

        QList<StoredItem> items;
        QVERIFY(StudyReader(*db).items(items, error));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].item.transcript, QStringLiteral("Hello, \"friend\""));
        QCOMPARE(items[1].item.transcript, QStringLiteral("Two\nlines"));
        QCOMPARE(items[1].item.replyAudioOffsetMs, 40);
        QVERIFY(items[1].replyHasVideo);
        QCOMPARE(items[0].item.gold.value(QStringLiteral("user_emotion")), QStringLiteral("happy"));
        QVERIFY(QFileInfo::exists(items[0].contextPaths.first()));
    }

    void eachMediaFileIsProbedOnce()
    {
        int calls = 0;
        StudyFolderLoader::Options options;
        options.mediaProgress = [&calls](int, int) { ++calls; };
        const auto result = StudyFolderLoader::load(baseStudyDir(), options);
        QVERIFY(result.ok());
        QCOMPARE(calls, 3); // 2 rows name 4 media references, 3 distinct files
        QCOMPARE(result.study.media.size(), 3);
    }

    // "media/../media/x" stays inside the folder and was refused as climbing out; "./media/x"
    // and "media//x" were counted (and stored) as files of their own.
    void mediaPathsAreNormalisedBeforeCheckingAndCounting()
    {
        QTemporaryDir tmp;
        const QString study = tmp.filePath(QStringLiteral("study"));
        QVERIFY(copyFolder(baseStudyDir(), study));
        QFile csv(QDir(study).filePath(QStringLiteral("items.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QByteArray text = csv.readAll();
        csv.close();
        text.replace("media/user.webm,media/reply.ogg",
                     "./media/user.webm,media/../media/reply.ogg");
        text.replace("media/reply-video.webm,media/reply.ogg",
                     "media//reply-video.webm,./media/./reply.ogg");
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(text);
        csv.close();

        const auto result = StudyFolderLoader::load(study);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
        QCOMPARE(result.study.media.size(), 3);
        QStringList paths;
        for (const MediaInfo &m : result.study.media)
            paths.append(m.path);
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("media/user.webm"), QStringLiteral("media/reply.ogg"),
                              QStringLiteral("media/reply-video.webm")}));
        QCOMPARE(result.study.items[0].replyMedia, QStringLiteral("media/reply.ogg"));
        QCOMPARE(result.study.items[1].replyAudio, QStringLiteral("media/reply.ogg"));
        QCOMPARE(result.study.items[0].contextMedia.first(), QStringLiteral("media/user.webm"));
    }

    void importingTwiceIntoTheSameFileIsRefused()
    {
        QTemporaryDir tmp;
        const QString dbPath = tmp.filePath(QStringLiteral("base.sqlite"));
        QVERIFY(StudyImporter::importFolder(baseStudyDir(), dbPath).ok);
        const auto again = StudyImporter::importFolder(baseStudyDir(), dbPath);
        QVERIFY(!again.ok);
        QVERIFY(again.error.contains(QLatin1String("already exists")));
        QVERIFY(QFile::exists(dbPath)); // the first import is untouched
    }

    // A killed import leaves its hidden temporary file; the next import into the same target
    // removes it (and its WAL), but never one an import still running holds locked.
    void staleImportTemporariesAreRemovedLiveOnesKept()
    {
        QTemporaryDir tmp;
        const QDir dir(tmp.path());
        const QString dbPath = dir.filePath(QStringLiteral("base.sqlite"));
        const QString stale = dir.filePath(QStringLiteral(".base.sqlite.importing-0123456789ab"));
        const QString live = dir.filePath(QStringLiteral(".base.sqlite.importing-ba9876543210"));
        const QString other = dir.filePath(QStringLiteral(".other.sqlite.importing-0123456789ab"));
        for (const QString &path :
             QStringList{stale, stale + QStringLiteral("-wal"), live, other}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("left by a killed import");
        }
        const int liveFd = ::open(QFile::encodeName(live).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(liveFd >= 0);
        QCOMPARE(::flock(liveFd, LOCK_EX | LOCK_NB), 0); // as a running import holds it

        QVERIFY(StudyImporter::importFolder(baseStudyDir(), dbPath).ok);
        ::close(liveFd);
        QVERIFY(!QFile::exists(stale));
        QVERIFY(!QFile::exists(stale + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(live));
        QVERIFY(QFile::exists(other)); // another target's temporary is not ours to judge
        // Nothing of this import is left behind either.
        const QStringList left =
            dir.entryList({QStringLiteral(".base.sqlite.importing-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QFileInfo(live).fileName()});
    }

    void brokenStudiesReportExactProblemsAndWriteNothing_data()
    {
        QTest::addColumn<QString>("caseDir");
        QDirIterator it(QStringLiteral(AVEMO_TEST_DATA_DIR "/broken"),
                        QDir::Dirs | QDir::NoDotAndDotDot);
        QStringList dirs;
        while (it.hasNext())
            dirs.append(it.next());
        dirs.sort();
        QVERIFY(dirs.size() >= 20);
        for (const QString &d : dirs)
            QTest::newRow(qPrintable(QFileInfo(d).fileName())) << d;
    }

    void brokenStudiesReportExactProblemsAndWriteNothing()
    {
        QFETCH(QString, caseDir);
        QTemporaryDir tmp;
        const QString study = tmp.filePath(QStringLiteral("study"));
        const QString problem = assemble(caseDir, study);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QString dbPath = tmp.filePath(QStringLiteral("out.sqlite"));
        const auto result = StudyImporter::importFolder(study, dbPath);
        QStringList actual;
        for (const Problem &p : result.problems)
            actual.append(p.toString());
        const QStringList expected = expectedLines(caseDir);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(actual, expected);
        QVERIFY(!result.ok);
        QVERIFY(!QFile::exists(dbPath));
        QVERIFY(!QFile::exists(dbPath + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestStudyImport)
#include "tst_studyimport.moc"
