#include "AnnotationSession.h"
#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyFixture.h"
#include "StudyImporter.h"
#include "StudyReader.h"

#include <QSqlQuery>
#include <QTest>

using namespace avemo;

class TestRatingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<StudyDatabase> m_db;
    QList<StoredItem> m_items;

    int count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_tmp.filePath(QStringLiteral("study.sqlite"));
        StudyFolderLoader::Options noProbe;
        noProbe.probeMedia = false; // this test is about storage, not media
        QVERIFY(StudyImporter::importFolder(baseStudyDir(), path, noProbe).ok);
        QString error;
        m_db = StudyDatabase::open(path, error);
        QVERIFY(m_db);
        QVERIFY(StudyReader(*m_db).items(m_items, error));
    }

    void ratersAreCreatedOnce()
    {
        RatingStore store(*m_db);
        qint64 a = 0, b = 0, c = 0;
        QString error;
        QVERIFY(store.ensureRater(QStringLiteral("r01"), a, error)); // from study.json
        QVERIFY(store.ensureRater(QStringLiteral("new-rater"), b, error));
        QVERIFY(store.ensureRater(QStringLiteral("new-rater"), c, error));
        QCOMPARE(b, c);
        QVERIFY(a != b);
        QCOMPARE(store.raterIds().size(), 3);
    }

    void assignmentRoundTrips()
    {
        RatingStore store(*m_db);
        qint64 rater = 0;
        QString error;
        QVERIFY(store.ensureRater(QStringLiteral("r02"), rater, error));
        QVERIFY(!store.hasAssignment(rater));
        const QList<qint64> order{m_items[1].rowId, m_items[0].rowId};
        QVERIFY(store.saveAssignment(rater, order, 99, error));
        QList<qint64> back;
        QVERIFY(store.assignment(rater, back, error));
        QCOMPARE(back, order);
        QVERIFY(!store.saveAssignment(rater, order, 99, error)); // positions are taken
    }

    void submitWritesResponsesAndARevisionKeepsTheOldValue()
    {
        RatingStore store(*m_db);
        qint64 rater = 0;
        QString error;
        QVERIFY(store.ensureRater(QStringLiteral("r01"), rater, error));
        Submission s{rater,
                     m_items[0].rowId,
                     {{QStringLiteral("user_emotion"), QStringLiteral("happy")},
                      {QStringLiteral("appropriateness"), QStringLiteral("4")}},
                     5200,
                     1};
        QVERIFY2(store.submit(s, error), qPrintable(error));
        QCOMPARE(store.answers(rater, m_items[0].rowId), s.answers);
        QCOMPARE(store.finishedItems(rater), QList<qint64>{m_items[0].rowId});

        s.answers[QStringLiteral("appropriateness")] = QStringLiteral("2");
        s.timeSpentMs = 800;
        s.playCount = 0; // revised without playing again: still heard once
        QVERIFY(store.submit(s, error));
        QCOMPARE(count(QStringLiteral(
                     "SELECT play_count FROM response r JOIN question q ON q.id = r.question_id "
                     "WHERE q.question_id = 'appropriateness'")),
                 1);
        QCOMPARE(store.answers(rater, m_items[0].rowId).value(QStringLiteral("appropriateness")),
                 QStringLiteral("2"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM response")), 2);
        QCOMPARE(count(QStringLiteral(
                     "SELECT revision FROM response r JOIN question q ON q.id = r.question_id "
                     "WHERE q.question_id = 'appropriateness'")),
                 1);
        QCOMPARE(count(QStringLiteral(
                     "SELECT time_spent_ms FROM response r JOIN question q ON q.id = r.question_id "
                     "WHERE q.question_id = 'appropriateness'")),
                 6000);
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT old_value, new_value FROM event WHERE kind = 'edit'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("4"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2"));
        QVERIFY(!q.next()); // the unchanged answer is not logged as an edit
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'submit'")), 2);
    }

    void aFailedSubmitWritesNothing()
    {
        RatingStore store(*m_db);
        qint64 rater = 0;
        QString error;
        QVERIFY(store.ensureRater(QStringLiteral("r02"), rater, error));
        const int responsesBefore = count(QStringLiteral("SELECT count(*) FROM response"));
        const int eventsBefore = count(QStringLiteral("SELECT count(*) FROM event"));
        // The second answer names a question the study does not have: the whole submit fails.
        Submission s{rater,
                     m_items[1].rowId,
                     {{QStringLiteral("appropriateness"), QStringLiteral("5")},
                      {QStringLiteral("zzz_unknown"), QStringLiteral("1")}},
                     100,
                     1};
        QVERIFY(!store.submit(s, error));
        QVERIFY(error.contains(QLatin1String("zzz_unknown")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM response")), responsesBefore);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event")), eventsBefore);
    }

    void flagMarksTheItemFinished()
    {
        RatingStore store(*m_db);
        qint64 rater = 0;
        QString error;
        QVERIFY(store.ensureRater(QStringLiteral("flagger"), rater, error));
        QVERIFY(store.flagItem(rater, m_items[1].rowId, QStringLiteral("media could not be played"),
                               error));
        QCOMPARE(store.finishedItems(rater), QList<qint64>{m_items[1].rowId});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'skip_flag'")), 1);
    }

    void progressCountsAssignedAndFinishedWithoutCreatingRaters()
    {
        RatingStore store(*m_db);
        QVERIFY(!store.progress(QStringLiteral("nobody")));
        QVERIFY(!store.raterIds().contains(QStringLiteral("nobody")));
        QString error;
        auto session = AnnotationSession::start(*m_db, QStringLiteral("progress"), error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(session->submitCurrent({{QStringLiteral("user_emotion"), QStringLiteral("sad")},
                                        {QStringLiteral("appropriateness"), QStringLiteral("3")}},
                                       1000, 1, error));
        const auto progress = store.progress(QStringLiteral("progress"));
        QVERIFY(progress);
        QCOMPARE(progress->assigned, m_items.size());
        QCOMPARE(progress->finished, 1);
    }

    // The time left follows the rater's pace over their first answers, also across restarts;
    // one quick revision does not make 23 items "about 1 min".
    void timeLeftFollowsFirstAnswersNotRevisions()
    {
        QString error;
        const QMap<QString, QString> answers{
            {QStringLiteral("user_emotion"), QStringLiteral("happy")},
            {QStringLiteral("appropriateness"), QStringLiteral("4")}};
        {
            auto session = AnnotationSession::start(*m_db, QStringLiteral("pace"), error);
            QVERIFY2(session, qPrintable(error));
            QVERIFY(!session->estimatedRemainingMs());
            QVERIFY(session->submitCurrent(answers, 60000, 1, error));
            QCOMPARE(session->estimatedRemainingMs().value_or(-1), 60000 * (m_items.size() - 1));
        }
        auto session = AnnotationSession::start(*m_db, QStringLiteral("pace"), error);
        QVERIFY2(session, qPrintable(error));
        // Known from the earlier run, before anything is answered in this one.
        QCOMPARE(session->estimatedRemainingMs().value_or(-1), 60000 * (m_items.size() - 1));
        session->goTo(0);
        QMap<QString, QString> revised = answers;
        revised[QStringLiteral("appropriateness")] = QStringLiteral("1");
        QVERIFY(session->submitCurrent(revised, 500, 0, error));
        QCOMPARE(session->estimatedRemainingMs().value_or(-1), 60000 * (m_items.size() - 1));
    }
};

QTEST_GUILESS_MAIN(TestRatingStore)
#include "tst_ratingstore.moc"
