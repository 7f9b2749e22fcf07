#include "AnnotatorView.h"
#include "AvemoTestPaths.h"
#include "MainWindow.h"
#include "RaterDialog.h"
#include "StudyImporter.h"
#include "StudyOverviewPage.h"
#include "coordination/AnnotatorPackager.h"
#include "player/PlayerWidget.h"
#include "rating/RatingPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace avemo;

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info :
         QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyFolder(info.filePath(), target)
                         : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

// The answers typed for the item at session position p: a pattern the database must show back.
const char kEmotionKeys[] = {'n', 'h', 'a', 's'};
const char *const kEmotionIds[] = {"neutral", "happy", "angry", "sad"};
QString expectedUser(int p)
{
    return QString::fromLatin1(kEmotionIds[p % 4]);
}
QString expectedReply(int p)
{
    return QString::fromLatin1(kEmotionIds[(p + 1) % 4]);
}
int expectedMos(int p, int k)
{
    return 1 + (p + k) % 5;
}

} // namespace

// A whole annotator session on the demo study, driven by key presses only, with real playback
// and a real database: rate, quit mid-way, reopen, resume, revise, finish.
class TestAnnotatorSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dbPath;
    QStringList m_secrets; // system names and media file names: never on an annotator's screen

    static void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, Qt::Key(keyCode), modifiers);
    }

    static void type(char c) { key(QChar::fromLatin1(c).toUpper().unicode()); }

    void rateCurrentItem(MainWindow &w, int position)
    {
        AnnotatorView *view = w.annotatorView();
        QCOMPARE(view->headline(), QStringLiteral("Item %1 of 24").arg(position + 1));
        QTRY_VERIFY(!view->panel()->isLocked());
        // No Tab: answering a question moves the focus to the next one ("h h 4 4 3 Enter").
        type(kEmotionKeys[position % 4]);
        type(kEmotionKeys[(position + 1) % 4]);
        for (int k = 0; k < 3; ++k)
            type(char('0' + expectedMos(position, k)));
        checkBlind(w);
        key(Qt::Key_Return);
    }

    void checkBlind(QWidget &window)
    {
        QStringList shown{window.windowTitle()};
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            shown << w->toolTip() << w->windowTitle() << w->statusTip() << w->accessibleName();
            if (auto *l = qobject_cast<QLabel *>(w))
                shown << l->text();
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                shown << b->text();
            if (auto *e = qobject_cast<QLineEdit *>(w))
                shown << e->text() << e->placeholderText();
            if (auto *p = qobject_cast<QProgressBar *>(w))
                shown << p->text();
        }
        if (auto *mw = qobject_cast<QMainWindow *>(&window))
            shown << mw->statusBar()->currentMessage();
        const QString all = shown.join(u'\n');
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!all.contains(secret, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("'%1' is on screen").arg(secret)));
    }

    static QString visibleText(QWidget &window)
    {
        QStringList shown;
        for (QLabel *l : window.findChildren<QLabel *>())
            if (l->isVisible())
                shown << l->text();
        return shown.join(u'\n');
    }

    // Clicks `button` in the next message box that opens (from inside its exec()).
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        auto *timer = new QTimer;
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(button)->click();
                timer->deleteLater();
            }
        });
        timer->start(20);
    }

    // Opens a study database in a shown, active main window and starts rating as rater.
    static bool startSession(MainWindow &w, const QString &db, const QString &rater)
    {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) || !w.openStudy(db) || !w.startRating(rater))
            return false;
        QApplication::setActiveWindow(&w);
        return true;
    }

    int count(const QString &sql)
    {
        QString error;
        auto db = StudyDatabase::open(m_dbPath, error);
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    // A fresh copy of the demo study, imported; must_play_fully as given.
    QString importDemo(const QString &name, bool mustPlayFully)
    {
        const QString dir = m_tmp.filePath(name);
        if (!copyFolder(QStringLiteral(AVEMO_DEMO_STUDY_DIR), dir))
            return {};
        QFile json(QDir(dir).filePath(QStringLiteral("study.json")));
        json.open(QIODevice::ReadOnly);
        QJsonObject study = QJsonDocument::fromJson(json.readAll()).object();
        json.close();
        QJsonObject presentation = study.value(QStringLiteral("presentation")).toObject();
        presentation.insert(QStringLiteral("must_play_fully"), mustPlayFully);
        presentation.insert(QStringLiteral("autoplay"), false); // these tests press Space
        study.insert(QStringLiteral("presentation"), presentation);
        json.open(QIODevice::WriteOnly | QIODevice::Truncate);
        json.write(QJsonDocument(study).toJson());
        json.close();
        const QString db = m_tmp.filePath(name + QStringLiteral(".sqlite"));
        return StudyImporter::importFolder(dir, db).ok ? db : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Hearing every reply to its end would make the whole-session test last minutes;
        // must_play_fully has its own test below.
        m_dbPath = importDemo(QStringLiteral("demo"), false);
        QVERIFY(!m_dbPath.isEmpty());
        m_secrets = QStringList{QStringLiteral("reference"),
                                QStringLiteral("audio-only-input"),
                                QStringLiteral("audio-visual-input"),
                                QStringLiteral(".webm"),
                                QStringLiteral(".ogg"),
                                QStringLiteral("media/")};
    }

    void rateQuitResumeReviseFinish()
    {
        {
            MainWindow w;
            QVERIFY(startSession(w, m_dbPath, QStringLiteral("r01")));
            for (int p = 0; p < 10 && !QTest::currentTestFailed(); ++p)
                rateCurrentItem(w, p);
            QVERIFY(!QTest::currentTestFailed());
            QCOMPARE(w.annotatorView()->headline(), QStringLiteral("Item 11 of 24"));
            QVERIFY(w.annotatorView()->panel()->isShowingSaved());

            // Back to item 10 to revise its first MOS answer; the revision keeps the old value.
            key(Qt::Key_PageUp);
            QCOMPARE(w.annotatorView()->headline(),
                     QStringLiteral("Item 10 of 24 - revising your answers"));
            QCOMPARE(w.annotatorView()->panel()->answers().value(QStringLiteral("appropriateness")),
                     QString::number(expectedMos(9, 0)));
            w.annotatorView()->panel()->focusFirstQuestion();
            key(Qt::Key_Tab);
            key(Qt::Key_Tab);
            type('1');
            key(Qt::Key_Return);
            QCOMPARE(w.annotatorView()->headline(), QStringLiteral("Item 11 of 24"));
            w.close(); // quit mid-way
        }
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT item_id) FROM response")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'edit' AND "
                                      "old_value = '%1' AND new_value = '1'")
                           .arg(expectedMos(9, 0))),
                 expectedMos(9, 0) == 1 ? 0 : 1);
        {
            MainWindow w;
            QVERIFY(startSession(w, m_dbPath, QStringLiteral("r01")));
            QCOMPARE(w.annotatorView()->headline(), QStringLiteral("Item 11 of 24")); // resumed
            for (int p = 10; p < 24 && !QTest::currentTestFailed(); ++p)
                rateCurrentItem(w, p);
            QVERIFY(!QTest::currentTestFailed());
            QVERIFY(w.annotatorView()->isShowingCompletion());
            checkBlind(w);
            // The end page says which file holds the answers.
            QVERIFY(visibleText(w).contains(QDir::toNativeSeparators(m_dbPath)));
            w.close();
        }

        // Exactly the answers typed, for every item, in the rater's order.
        QString error;
        auto db = StudyDatabase::open(m_dbPath, error);
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT a.position, qu.question_id, r.value FROM assignment a "
                                  "JOIN rater w ON w.id = a.rater_id "
                                  "JOIN response r ON r.item_id = a.item_id AND r.rater_id = "
                                  "a.rater_id JOIN question qu ON qu.id = r.question_id "
                                  "WHERE w.rater_id = 'r01' ORDER BY a.position, qu.position")));
        int rows = 0;
        while (q.next()) {
            const int p = q.value(0).toInt();
            const QString question = q.value(1).toString();
            const QString value = q.value(2).toString();
            ++rows;
            if (question == QLatin1String("user_emotion"))
                QCOMPARE(value, expectedUser(p));
            else if (question == QLatin1String("reply_emotion"))
                QCOMPARE(value, expectedReply(p));
            else if (question == QLatin1String("appropriateness"))
                QCOMPARE(value, QString::number(p == 9 ? 1 : expectedMos(p, 0)));
            else if (question == QLatin1String("naturalness"))
                QCOMPARE(value, QString::number(expectedMos(p, 1)));
            else if (question == QLatin1String("av_coherence"))
                QCOMPARE(value, QString::number(expectedMos(p, 2)));
            else
                QFAIL(qPrintable(QStringLiteral("unexpected answer to ") + question));
        }
        QCOMPARE(rows, 24 * 5); // the optional comment was left empty
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'submit'")), 25);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'open'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'back'")), 1);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'show_item'")) >= 26);
    }

    void typingARaterIdReplacesThePrefilledOne()
    {
        RaterDialog dialog({QStringLiteral("r01"), QStringLiteral("r02")}, true,
                           QStringLiteral("r01"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QTRY_VERIFY(QApplication::focusWidget());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("r07"));
        QCOMPARE(dialog.raterId(), QStringLiteral("r07"));
    }

    // The study page before rating: the rater's progress with Continue, the file that holds
    // the answers, and F1 lists the study's answer keys too.
    void theStudyPageShowsProgressWhereAnswersLiveAndTheAnswerKeys()
    {
        const QString db = importDemo(QStringLiteral("progress"), false);
        QVERIFY(!db.isEmpty());
        {
            MainWindow w;
            QVERIFY(startSession(w, db, QStringLiteral("r07")));
            for (int p = 0; p < 2 && !QTest::currentTestFailed(); ++p)
                rateCurrentItem(w, p);
            w.close();
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openStudy(db));
        StudyOverviewPage *page = w.overviewPage();
        QCOMPARE(page->progressText(), QStringLiteral("r07: 2 of 24 done - Continue"));
        QVERIFY2(page->answersNote().contains(QDir::toNativeSeparators(db)),
                 qPrintable(page->answersNote()));
        QStringList titles;
        for (const ShortcutSection &section : w.shortcutSections())
            titles << section.title;
        QVERIFY2(titles.contains(QStringLiteral("Rating scales")),
                 qPrintable(titles.join(QStringLiteral(", "))));
        QVERIFY(titles.contains(QStringLiteral("Categories: emotion4")));
        checkBlind(w);
        page->startButton()->click(); // Continue: as r07, at the first unfinished item
        QCOMPARE(w.annotatorView()->headline(), QStringLiteral("Item 3 of 24"));
        w.close();
    }

    // In an annotator package, Ctrl+Shift+D and the coordinator's views do nothing until the
    // coordinator unlocks them on purpose; the unlock is in the study's event log.
    void coordinatorViewsAreLockedInAPackageUntilUnlocked()
    {
        const auto package = AnnotatorPackager::create(
            {m_dbPath, QStringLiteral("r09"), m_tmp.filePath(QStringLiteral("package-r09"))});
        QVERIFY2(package.ok, qPrintable(package.error));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openStudy(package.folder));
        QApplication::setActiveWindow(&w);
        QVERIFY(w.areCoordinatorViewsLocked());
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!w.overviewPage()->isShowingHiddenDetails());
        QVERIFY(!w.showDashboard());
        checkBlind(w);

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!w.unlockCoordinatorViews());
        QVERIFY(w.areCoordinatorViewsLocked());
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(w.unlockCoordinatorViews());
        QApplication::setActiveWindow(&w); // back from the message box
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w.overviewPage()->isShowingHiddenDetails());
        w.close();

        QString error;
        auto database = StudyDatabase::open(package.database, error);
        QSqlQuery q(database->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM event WHERE kind = 'coordinator_unlock'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // The coordinator's own database (made by avemo-cli import) is not locked.
    void theCoordinatorsDatabaseRevealsWithCtrlShiftD()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openStudy(m_dbPath));
        QApplication::setActiveWindow(&w);
        QVERIFY(!w.areCoordinatorViewsLocked());
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w.overviewPage()->isShowingHiddenDetails());
        w.close();
    }

    void answersUnlockOnlyAfterTheReplyPlayedToItsEnd()
    {
        const QString db = importDemo(QStringLiteral("must-play"), true);
        QVERIFY(!db.isEmpty());
        MainWindow w;
        QVERIFY(startSession(w, db, QStringLiteral("r02")));
        RatingPanel *panel = w.annotatorView()->panel();
        QVERIFY(panel->isLocked());
        type('h');
        QVERIFY(panel->answers().isEmpty()); // locked: the key did nothing
        key(Qt::Key_Space);                  // play: context clips, then the reply
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLocked(), 30000);
        key(Qt::Key_Left); // a seek back into the reply, logged with its position
        type('h');
        QCOMPARE(panel->answers().value(QStringLiteral("user_emotion")), QStringLiteral("happy"));
        checkBlind(w);
        w.close();
        QString error;
        auto database = StudyDatabase::open(db, error);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT e.kind FROM event e JOIN rater r ON r.id = e.rater_id WHERE r.rater_id = "
            "'r02' AND e.kind IN ('play', 'pause', 'seek', 'reply_end') ORDER BY e.id")));
        QStringList kinds;
        while (q.next())
            kinds.append(q.value(0).toString());
        QCOMPARE(kinds, (QStringList{QStringLiteral("play"), QStringLiteral("reply_end"),
                                     QStringLiteral("seek")}));
    }

    void brokenMediaShowsAMessageAndSkipAndFlagMovesOn()
    {
        const QString db = importDemo(QStringLiteral("broken"), false);
        QVERIFY(!db.isEmpty());
        // Damage every reply after import, as a disk error or a bad copy would.
        QDirIterator it(m_tmp.filePath(QStringLiteral("broken/media/replies")), QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("not a media file any more");
        }
        MainWindow w;
        QVERIFY(startSession(w, db, QStringLiteral("r03")));
        PlayerWidget *player = w.annotatorView()->player();
        key(Qt::Key_Space); // the context plays, then the reply fails
        QTRY_VERIFY_WITH_TIMEOUT(player->isShowingMessage(), 30000);
        QVERIFY(!player->message().isEmpty());
        QVERIFY(player->skipAndFlagButton()->isVisible());
        checkBlind(w); // the message names no file
        key(Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(w.annotatorView()->headline(), QStringLiteral("Item 2 of 24"));
        QVERIFY(w.bannerText().isEmpty());
        w.close();
        QString error;
        auto database = StudyDatabase::open(db, error);
        QSqlQuery q(database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM item_flag f JOIN rater r ON r.id = "
                                      "f.rater_id WHERE r.rater_id = 'r03'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_MAIN(TestAnnotatorSession)
#include "tst_annotatorsession.moc"
