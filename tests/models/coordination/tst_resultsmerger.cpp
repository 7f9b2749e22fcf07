#include "CoordinationFixture.h"
#include "coordination/ResultsMerger.h"

#include <QFile>
#include <QTest>

using namespace avemo;
using namespace coordination_test;

// Real annotator packages, rated through AnnotationSession, merged into real master files.
class TestResultsMerger : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_master;   // a pristine master, copied by each test
    QString m_packageA; // r01, rated 2 items
    QString m_packageB; // r02, rated 1 item and flagged 1

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    QString freshMaster(const QString &name)
    {
        const QString target = path(name);
        return QFile::copy(m_master, target) ? target : QString();
    }

    static MergeSourceReport mergeOne(const QString &master, const QString &source)
    {
        const MergeReport report = ResultsMerger::merge(master, {source});
        return report.sources.value(0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_master = importStudy(baseStudyDir(), path(QStringLiteral("master.sqlite")));
        QVERIFY(!m_master.isEmpty());
        m_packageA = makePackage(m_master, QStringLiteral("r01"), path(QStringLiteral("pkg-a")));
        m_packageB = makePackage(m_master, QStringLiteral("r02"), path(QStringLiteral("pkg-b")));
        QVERIFY2(QFile::exists(m_packageA), qPrintable(m_packageA));
        QVERIFY2(QFile::exists(m_packageB), qPrintable(m_packageB));
        QString error;
        QVERIFY2(rate(m_packageA, QStringLiteral("r01"), 2, QStringLiteral("4"), error),
                 qPrintable(error));
        QVERIFY2(rate(m_packageB, QStringLiteral("r02"), 1, QStringLiteral("2"), error),
                 qPrintable(error));
        auto db = StudyDatabase::open(m_packageB, error);
        auto session = AnnotationSession::start(*db, QStringLiteral("r02"), error);
        QVERIFY(session);
        session->goTo(1);
        QVERIFY2(session->flagCurrent(QStringLiteral("broken media"), error), qPrintable(error));
    }

    void mergeBringsEverythingIn()
    {
        const QString master = freshMaster(QStringLiteral("m-all.sqlite"));
        const MergeReport report = ResultsMerger::merge(master, {m_packageA, m_packageB});
        QVERIFY(report.allMerged());
        QCOMPARE(report.sources.size(), 2);
        const MergeSourceReport &a = report.sources[0];
        QCOMPARE(a.outcome, MergeSourceReport::Outcome::Merged);
        QCOMPARE(a.counts.newResponses, 4); // 2 items x 2 answered questions
        QCOMPARE(a.counts.newAssignments, 1);
        QCOMPARE(a.counts.claimedRaters, 1); // r01 is listed in study.json
        QCOMPARE(a.counts.newRaters, 0);
        QCOMPARE(a.raters, QStringList{QStringLiteral("r01")});
        QCOMPARE(report.sources[1].counts.newFlags, 1);
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM response")), 6);
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM item_flag")), 1);
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM merge_source")), 2);
        // The raters now belong to the laptops they rated on.
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM rater WHERE rater_id IN "
                                               "('r01', 'r02') AND origin_instance IS NOT NULL")),
                 2);
        const QString events = QStringLiteral("SELECT count(*) FROM event");
        QCOMPARE(scalar(master, events), scalar(m_packageA, events) + scalar(m_packageB, events));
    }

    void mergingTwiceChangesNothing()
    {
        const QString master = freshMaster(QStringLiteral("m-twice.sqlite"));
        QCOMPARE(mergeOne(master, m_packageA).outcome, MergeSourceReport::Outcome::Merged);
        const QStringList once = dump(master);
        const QStringList history = rows(master, QStringLiteral("SELECT * FROM merge_source"));
        const MergeSourceReport second = mergeOne(master, m_packageA);
        QCOMPARE(second.outcome, MergeSourceReport::Outcome::Unchanged);
        QCOMPARE(second.counts.newResponses, 0);
        QCOMPARE(second.counts.updatedResponses, 0);
        QCOMPARE(second.counts.unchangedResponses, 4);
        QCOMPARE(second.counts.newEvents, 0);
        QCOMPARE(dump(master), once);
        QCOMPARE(rows(master, QStringLiteral("SELECT * FROM merge_source")), history);
    }

    void orderDoesNotMatter()
    {
        const QString forward = freshMaster(QStringLiteral("m-forward.sqlite"));
        const QString backward = freshMaster(QStringLiteral("m-backward.sqlite"));
        QVERIFY(ResultsMerger::merge(forward, {m_packageA, m_packageB}).allMerged());
        QVERIFY(ResultsMerger::merge(backward, {m_packageB, m_packageA}).allMerged());
        const QStringList a = dump(forward);
        QVERIFY(a.size() > 6 + 2 + 1 + 4); // responses, raters, flag, item orders, events
        QCOMPARE(a, dump(backward));
    }

    void foreignStudyIsRefused()
    {
        const QString folder = path(QStringLiteral("foreign-study"));
        QVERIFY(copyFolder(baseStudyDir(), folder));
        QFile json(folder + QStringLiteral("/study.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        json.close();
        text.replace("\"id\": \"base\"", "\"id\": \"other\"");
        QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(text);
        json.close();
        const QString foreign = importStudy(folder, path(QStringLiteral("foreign.sqlite")));
        QVERIFY(!foreign.isEmpty());
        const QString master = freshMaster(QStringLiteral("m-foreign.sqlite"));
        const QStringList before = dump(master);
        const MergeSourceReport r = mergeOne(master, foreign);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
        QCOMPARE(
            r.message,
            QStringLiteral("'%1' is from study 'other', the master holds 'base'").arg(foreign));
        QCOMPARE(dump(master), before);
    }

    void changedStudyIsRefused()
    {
        const QString folder = path(QStringLiteral("changed-study"));
        QVERIFY(copyFolder(baseStudyDir(), folder));
        QFile json(folder + QStringLiteral("/study.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        QByteArray text = json.readAll();
        json.close();
        text.replace("Rate each reply.", "Rate each reply carefully.");
        QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(text);
        json.close();
        const QString changed = importStudy(folder, path(QStringLiteral("changed.sqlite")));
        QVERIFY(!changed.isEmpty());
        const QString master = freshMaster(QStringLiteral("m-changed.sqlite"));
        const MergeSourceReport r = mergeOne(master, changed);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
        const QString masterHash =
            rows(master, QStringLiteral("SELECT definition_hash FROM study")).value(0);
        const QString changedHash =
            rows(changed, QStringLiteral("SELECT definition_hash FROM study")).value(0);
        QVERIFY(masterHash != changedHash);
        QVERIFY2(r.message.contains(QStringLiteral("different version of study 'base'")),
                 qPrintable(r.message));
        QVERIFY(r.message.contains(masterHash.left(12)));
        QVERIFY(r.message.contains(changedHash.left(12)));
        QVERIFY(r.message.contains(QStringLiteral("study definition")));
    }

    void sameRaterFromTwoLaptopsIsAConflict()
    {
        const QString master = freshMaster(QStringLiteral("m-conflict.sqlite"));
        const QString other =
            makePackage(master, QStringLiteral("r01"), path(QStringLiteral("pkg-a-again")));
        QVERIFY2(QFile::exists(other), qPrintable(other));
        QString error;
        QVERIFY(rate(other, QStringLiteral("r01"), 1, QStringLiteral("1"), error));
        QCOMPARE(mergeOne(master, m_packageA).outcome, MergeSourceReport::Outcome::Merged);
        const QStringList before = dump(master);
        const MergeSourceReport r = mergeOne(master, other);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
        QCOMPARE(r.conflictingRaters, QStringList{QStringLiteral("r01")});
        QVERIFY2(r.message.contains(QStringLiteral("r01")), qPrintable(r.message));
        QVERIFY(r.message.contains(QStringLiteral("nothing from this file was merged")));
        QCOMPARE(dump(master), before);
        QCOMPARE(scalar(master, QStringLiteral("SELECT count(*) FROM merge_source")), 1);
        // Packaging r01 once more is refused up front: their results are already in.
        const auto third = AnnotatorPackager::create(
            {master, QStringLiteral("r01"), path(QStringLiteral("pkg-a-third"))});
        QVERIFY(!third.ok);
        QVERIFY2(third.error.contains(QStringLiteral("already has results")),
                 qPrintable(third.error));
    }

    void aRevisionOnTheLaptopReplacesTheMergedAnswer()
    {
        const QString master = freshMaster(QStringLiteral("m-revision.sqlite"));
        const QString laptop = path(QStringLiteral("laptop-a.sqlite"));
        QVERIFY(QFile::copy(m_packageA, laptop)); // the laptop keeps rating after the merge
        QCOMPARE(mergeOne(master, laptop).outcome, MergeSourceReport::Outcome::Merged);
        QString error;
        QVERIFY(rate(laptop, QStringLiteral("r01"), 1, QStringLiteral("1"), error));
        const MergeSourceReport r = mergeOne(master, laptop);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Merged);
        QCOMPARE(r.counts.updatedResponses, 1); // only appropriateness changed
        QCOMPARE(r.counts.newResponses, 0);
        QCOMPARE(r.counts.unchangedResponses, 3);
        QVERIFY(r.counts.newEvents >= 2); // open, edit, submit
        const QString sql = QStringLiteral(
            "SELECT r.value, r.revision FROM response r JOIN question q ON q.id = r.question_id "
            "WHERE q.question_id = 'appropriateness' AND r.value = '1'");
        QCOMPARE(rows(master, sql), rows(laptop, sql));
        QCOMPARE(rows(master, sql), QStringList{QStringLiteral("1|1")});
        // An older copy of the laptop merged afterwards does not bring the old answer back.
        QCOMPARE(mergeOne(master, m_packageA).outcome, MergeSourceReport::Outcome::Unchanged);
        QCOMPARE(rows(master, sql), QStringList{QStringLiteral("1|1")});
    }

    void badSourcesAreRefusedWithTheirName()
    {
        const QString master = freshMaster(QStringLiteral("m-bad.sqlite"));
        const QString missing = path(QStringLiteral("nope.sqlite"));
        QCOMPARE(mergeOne(master, missing).message,
                 QStringLiteral("'%1' does not exist or is not a file").arg(missing));
        const QString text = path(QStringLiteral("text.sqlite"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just some text that is long enough to fail\n");
        f.close();
        const MergeSourceReport r = mergeOne(master, text);
        QCOMPARE(r.outcome, MergeSourceReport::Outcome::Refused);
        QVERIFY2(r.message.contains(text), qPrintable(r.message));
        QVERIFY2(
            mergeOne(master, master).message.contains(QStringLiteral("master database itself")),
            "the master into itself");
    }

    void cancellingBeforeASourceWritesNothing()
    {
        const QString master = freshMaster(QStringLiteral("m-cancel.sqlite"));
        const QStringList before = dump(master);
        TaskControl control;
        control.cancelled = [] { return true; };
        const MergeReport report = ResultsMerger::merge(master, {m_packageA}, control);
        QVERIFY(report.cancelled);
        QCOMPARE(report.sources.value(0).outcome, MergeSourceReport::Outcome::Cancelled);
        QCOMPARE(dump(master), before);
    }
};

QTEST_GUILESS_MAIN(TestResultsMerger)
#include "tst_resultsmerger.moc"
