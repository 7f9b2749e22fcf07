#include "CoordinationFixture.h"
#include "coordination/Adjudications.h"
#include "coordination/RaterExclusions.h"

#include <QTest>

using namespace avemo;
using namespace coordination_test;

// Rater exclusions and adjudications: round trips, refusals and their event log entries.
class TestCoordinationRecords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_path;
    std::unique_ptr<StudyDatabase> m_db;

    QStringList events(const QString &kindPrefix)
    {
        return rows(m_path,
                    QStringLiteral("SELECT e.kind, coalesce(r.rater_id, ''), coalesce(i.item_id, "
                                   "''), coalesce(q.question_id, ''), coalesce(e.old_value, ''), "
                                   "coalesce(e.new_value, ''), coalesce(e.detail, '') FROM event "
                                   "e LEFT JOIN rater r ON r.id = e.rater_id LEFT JOIN item i ON "
                                   "i.id = e.item_id LEFT JOIN question q ON q.id = e.question_id "
                                   "WHERE e.kind LIKE '%1%' ORDER BY e.id")
                        .arg(kindPrefix));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_path = importStudy(baseStudyDir(), m_tmp.filePath(QStringLiteral("study.sqlite")));
        QVERIFY(!m_path.isEmpty());
        QString error;
        m_db = StudyDatabase::open(m_path, error);
        QVERIFY2(m_db, qPrintable(error));
    }

    void exclusionRoundTrip()
    {
        RaterExclusions exclusions(*m_db);
        QString error;
        QVERIFY(!exclusions.isExcluded(QStringLiteral("r01")));
        QVERIFY2(exclusions.exclude(QStringLiteral("r01"), QStringLiteral(" failed gold "), error),
                 qPrintable(error));
        QVERIFY(exclusions.isExcluded(QStringLiteral("r01")));
        QList<RaterExclusion> list;
        QVERIFY(exclusions.list(list, error));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].raterId, QStringLiteral("r01"));
        QCOMPARE(list[0].reason, QStringLiteral("failed gold"));
        QVERIFY(!list[0].excludedAt.isEmpty());
        QCOMPARE(exclusions.excludedRaterIds(), QStringList{QStringLiteral("r01")});

        QVERIFY(!exclusions.exclude(QStringLiteral("r01"), QStringLiteral("again"), error));
        QCOMPARE(error, QStringLiteral("rater 'r01' is already excluded (include them first to "
                                       "change the reason)"));
        QVERIFY(!exclusions.exclude(QStringLiteral("r02"), QStringLiteral("  "), error));
        QVERIFY(error.contains(QStringLiteral("needs a reason")));
        QVERIFY(!exclusions.exclude(QStringLiteral("nobody"), QStringLiteral("x"), error));
        QCOMPARE(error, QStringLiteral("'%1' has no rater 'nobody'").arg(m_path));

        QVERIFY2(exclusions.include(QStringLiteral("r01"), error), qPrintable(error));
        QVERIFY(!exclusions.isExcluded(QStringLiteral("r01")));
        QVERIFY(!exclusions.include(QStringLiteral("r01"), error));
        QCOMPARE(error, QStringLiteral("rater 'r01' is not excluded"));

        QCOMPARE(events(QStringLiteral("%_rater")),
                 (QStringList{QStringLiteral("exclude_rater|r01|||||failed gold"),
                              QStringLiteral("include_rater|r01|||||was excluded: failed gold")}));
    }

    void adjudicationRoundTrip()
    {
        Adjudications adjudications(*m_db);
        QString error;
        QVERIFY2(adjudications.record(QStringLiteral("d1-t1-a"), QStringLiteral("user_emotion"),
                                      QStringLiteral("angry"), QStringLiteral("raters split"),
                                      QStringLiteral("coordinator"), error),
                 qPrintable(error));
        QVERIFY(adjudications.record(QStringLiteral("d1-t1-b"), QStringLiteral("appropriateness"),
                                     QStringLiteral("4"), QStringLiteral("gold"),
                                     QStringLiteral("pi"), error));
        // A second decision on the same item and question replaces the first.
        QVERIFY(adjudications.record(QStringLiteral("d1-t1-a"), QStringLiteral("user_emotion"),
                                     QStringLiteral("sad"), QStringLiteral("listened again"),
                                     QStringLiteral("coordinator"), error));
        QList<Adjudication> list;
        QVERIFY(adjudications.list(list, error));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].itemId, QStringLiteral("d1-t1-a"));
        QCOMPARE(list[0].value, QStringLiteral("sad"));
        QCOMPARE(list[0].reason, QStringLiteral("listened again"));
        QCOMPARE(list[1].questionId, QStringLiteral("appropriateness"));
        QCOMPARE(adjudications.find(QStringLiteral("d1-t1-b"), QStringLiteral("appropriateness"))
                     ->decidedBy,
                 QStringLiteral("pi"));
        // Kept apart from the raters' own answers.
        QCOMPARE(scalar(m_path, QStringLiteral("SELECT count(*) FROM response")), 0);

        QVERIFY(adjudications.remove(QStringLiteral("d1-t1-b"), QStringLiteral("appropriateness"),
                                     error));
        QVERIFY(!adjudications.find(QStringLiteral("d1-t1-b"), QStringLiteral("appropriateness")));
        QVERIFY(!adjudications.remove(QStringLiteral("d1-t1-b"), QStringLiteral("appropriateness"),
                                      error));
        QCOMPARE(error, QStringLiteral(
                            "item 'd1-t1-b' has no adjudication for question 'appropriateness'"));

        QCOMPARE(
            events(QStringLiteral("%adjudicat")),
            (QStringList{
                QStringLiteral(
                    "adjudicate||d1-t1-a|user_emotion||angry|by coordinator: raters split"),
                QStringLiteral("adjudicate||d1-t1-b|appropriateness||4|by pi: gold"),
                QStringLiteral(
                    "adjudicate||d1-t1-a|user_emotion|angry|sad|by coordinator: listened again"),
                QStringLiteral("remove_adjudication||d1-t1-b|appropriateness|4||")}));
    }

    void invalidAdjudicationsAreRefused()
    {
        Adjudications adjudications(*m_db);
        QString error;
        const auto refused = [&](const QString &item, const QString &question,
                                 const QString &value) {
            return !adjudications.record(item, question, value, QStringLiteral("r"),
                                         QStringLiteral("me"), error);
        };
        QVERIFY(
            refused(QStringLiteral("nope"), QStringLiteral("user_emotion"), QStringLiteral("sad")));
        QCOMPARE(error, QStringLiteral("'%1' has no item 'nope'").arg(m_path));
        QVERIFY(refused(QStringLiteral("d1-t1-a"), QStringLiteral("nope"), QStringLiteral("1")));
        QCOMPARE(error, QStringLiteral("the study has no question 'nope'"));
        QVERIFY(refused(QStringLiteral("d1-t1-a"), QStringLiteral("user_emotion"),
                        QStringLiteral("bored")));
        QCOMPARE(error, QStringLiteral("'bored' is not a category of question 'user_emotion' "
                                       "(expected a category id of label set 'emotion4')"));
        QVERIFY(refused(QStringLiteral("d1-t1-a"), QStringLiteral("appropriateness"),
                        QStringLiteral("6")));
        QCOMPARE(error, QStringLiteral("'6' is not a point of the scale of question "
                                       "'appropriateness' (expected 1 to 5 in steps of 1)"));
        QVERIFY(!adjudications.record(QStringLiteral("d1-t1-a"), QStringLiteral("comment"),
                                      QStringLiteral("fine"), QString(), QStringLiteral("me"),
                                      error));
        QVERIFY(error.contains(QStringLiteral("needs a reason")));
    }
};

QTEST_GUILESS_MAIN(TestCoordinationRecords)
#include "tst_coordinationrecords.moc"
