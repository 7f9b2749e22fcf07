#include "AnnotatorView.h"
#include "AvemoTestPaths.h"
#include "MainWindow.h"
#include "StudyImporter.h"
#include "ToneWav.h"
#include "player/PlaybackController.h"
#include "player/PlayerWidget.h"
#include "rating/QuestionRow.h"
#include "rating/RatingPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace avemo;
using State = PlaybackController::State;

namespace {

constexpr int kLoadMs = 15000;
constexpr int kPlayMs = 60000;

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

// Rewrites the presentation block of a copied study.json.
bool setPresentation(const QString &dir, const QJsonObject &changes)
{
    QFile json(QDir(dir).filePath(QStringLiteral("study.json")));
    if (!json.open(QIODevice::ReadOnly))
        return false;
    QJsonObject study = QJsonDocument::fromJson(json.readAll()).object();
    json.close();
    QJsonObject presentation = study.value(QStringLiteral("presentation")).toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        presentation.insert(it.key(), it.value());
    study.insert(QStringLiteral("presentation"), presentation);
    return json.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           json.write(QJsonDocument(study).toJson()) > 0;
}

double gainDb(double linear)
{
    return 20.0 * std::log10(linear);
}

} // namespace

// The annotator's player as a new annotator meets it, through MainWindow and the keys, with
// real media under the private sound server: autoplay, Play/Pause, a seek while paused, what
// unlocks which questions, and loudness normalisation.
class TestAnnotatorPlayback : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_studies = 0;

    // The demo study with `changes` to its presentation, imported.
    QString importDemo(const QJsonObject &changes)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("demo%1").arg(++m_studies));
        if (!copyFolder(QStringLiteral(AVEMO_DEMO_STUDY_DIR), dir) ||
            !setPresentation(dir, changes))
            return {};
        const QString db = dir + QStringLiteral(".sqlite");
        return StudyImporter::importFolder(dir, db).ok ? db : QString();
    }

    // One item whose user's turn is a quiet tone (-30 LUFS) and whose reply is a loud one
    // (-16 LUFS): two tracks of different levels.
    QString importTones(const QJsonObject &changes)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("tones%1").arg(++m_studies));
        if (!copyFolder(QStringLiteral(AVEMO_TEST_DATA_DIR "/base-study"), dir) ||
            !setPresentation(dir, changes) ||
            !ToneWav{2, -30.0}.write(QDir(dir).filePath(QStringLiteral("media/quiet.wav"))) ||
            !ToneWav{2, -16.0}.write(QDir(dir).filePath(QStringLiteral("media/loud.wav"))))
            return {};
        QFile csv(QDir(dir).filePath(QStringLiteral("items.csv")));
        csv.open(QIODevice::WriteOnly | QIODevice::Truncate);
        csv.write("item_id,dialogue_id,turn,system,context_media,reply_media,reply_audio,"
                  "reply_audio_offset_ms,transcript,intended_emotion,gold\n"
                  "t,d1,1,alpha,media/quiet.wav,media/loud.wav,,,hi,happy,\n");
        csv.close();
        const QString db = dir + QStringLiteral(".sqlite");
        return StudyImporter::importFolder(dir, db).ok ? db : QString();
    }

    static bool startSession(MainWindow &w, const QString &db)
    {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w) || !w.openStudy(db) ||
            !w.startRating(QStringLiteral("r01")))
            return false;
        QApplication::setActiveWindow(&w);
        return true;
    }

    static void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClick(target, Qt::Key(keyCode), modifiers);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void anItemPlaysByItselfWithAutoplayOn()
    {
        const QString db = importDemo({}); // autoplay is on by default
        QVERIFY(!db.isEmpty());
        MainWindow w;
        QVERIFY(startSession(w, db));
        PlaybackController *c = w.annotatorView()->player()->controller();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Playing, kLoadMs);
        QTRY_VERIFY_WITH_TIMEOUT(c->position() > 200, kLoadMs); // the clock runs
    }

    void anItemWaitsWithAutoplayOff()
    {
        const QString db = importDemo({{QStringLiteral("autoplay"), false}});
        QVERIFY(!db.isEmpty());
        MainWindow w;
        QVERIFY(startSession(w, db));
        PlaybackController *c = w.annotatorView()->player()->controller();
        QSignalSpy states(c, &PlaybackController::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Paused, kLoadMs); // first frame shown
        // It got there without playing, and the clock has not moved.
        for (const QList<QVariant> &s : std::as_const(states))
            QVERIFY(s.at(0).value<State>() != State::Playing);
        QCOMPARE(c->position(), qint64(0));

        // Space and the button both toggle.
        key(Qt::Key_Space);
        QCOMPARE(c->state(), State::Playing);
        key(Qt::Key_Space);
        QCOMPARE(c->state(), State::Paused);
        auto *button =
            w.annotatorView()->player()->findChild<QAbstractButton *>(QStringLiteral("playPause"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        button->click();
        QCOMPARE(c->state(), State::Playing);
        button->click();
        QCOMPARE(c->state(), State::Paused);
    }

    // Shift+Right while paused: the picture painted is the frame 5 s on, not the old one.
    void aSeekWhilePausedShowsTheFrameThere()
    {
        const QString db = importDemo({{QStringLiteral("autoplay"), false}});
        QVERIFY(!db.isEmpty());
        MainWindow w;
        QVERIFY(startSession(w, db));
        PlaybackController *c = w.annotatorView()->player()->controller();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Paused, kLoadMs);
        QTRY_VERIFY_WITH_TIMEOUT(c->duration() > 1500, kLoadMs);
        QSignalSpy shown(c, &PlaybackController::frameShown);
        key(Qt::Key_Right); // a short seek (Shift+Right's 5 s is past the end of this clip)
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), kLoadMs);
        const qint64 us = shown.last().at(0).toLongLong();
        QVERIFY2(std::abs(us - c->position() * 1000) < 100000 && us >= 500000,
                 qPrintable(
                     QStringLiteral("frame at %1 us, position %2 ms").arg(us).arg(c->position())));
        QCOMPARE(c->state(), State::Paused);
    }

    // must_play_fully: user-turn questions unlock after the user's turn, reply questions after
    // the reply; R jumps to the reply without unlocking the user's turn.
    void questionsUnlockAfterWhatTheyAreAbout()
    {
        const QString db = importDemo(
            {{QStringLiteral("autoplay"), false}, {QStringLiteral("must_play_fully"), true}});
        QVERIFY(!db.isEmpty());
        MainWindow w;
        QVERIFY(startSession(w, db));
        AnnotatorView *view = w.annotatorView();
        PlaybackController *c = view->player()->controller();
        QuestionRow *user = view->panel()->row(QStringLiteral("user_emotion"));
        QuestionRow *reply = view->panel()->row(QStringLiteral("reply_emotion"));
        QVERIFY(user && reply);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Paused, kLoadMs);
        QVERIFY(user->isLocked());
        QVERIFY(reply->isLocked());

        key(Qt::Key_R); // straight to the reply, which plays to its end
        QTRY_VERIFY_WITH_TIMEOUT(c->hasReplyPlayedToEnd(), kPlayMs);
        QVERIFY(!reply->isLocked());
        QVERIFY2(user->isLocked(), "R unlocked the user's turn without it being played");
        QVERIFY(view->panel()->isLocked());

        // Play after the end plays the whole item again, as presented: the user's turn first.
        QSignalSpy userTurnEnd(c, &PlaybackController::userTurnPlayedToEnd);
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Finished, kLoadMs);
        key(Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!userTurnEnd.isEmpty(), kPlayMs);
        QTRY_VERIFY_WITH_TIMEOUT(!user->isLocked(), kLoadMs);
    }

    // Each track plays at presentation.loudness_lufs: the quiet user's turn is raised by
    // 7 dB, the loud reply lowered by 7 dB, at the pipeline's volume.
    void twoTracksOfDifferentLevelsPlayAtTheTarget()
    {
        const QString db = importTones({{QStringLiteral("autoplay"), false}});
        QVERIFY(!db.isEmpty());
        MainWindow w;
        QVERIFY(startSession(w, db));
        PlaybackController *c = w.annotatorView()->player()->controller();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Paused, kLoadMs);
        QVERIFY(!c->isReplySegment());
        const double volumeDb = gainDb(c->volume());
        QVERIFY2(std::abs(gainDb(c->outputGain()) - volumeDb - 7.0) <= 0.1,
                 qPrintable(QString::number(gainDb(c->outputGain()))));
        key(Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(c->isReplySegment(), kLoadMs);
        QVERIFY2(std::abs(gainDb(c->outputGain()) - volumeDb + 7.0) <= 0.1,
                 qPrintable(QString::number(gainDb(c->outputGain()))));
        // The user's volume still applies on top.
        c->setVolume(0.5f);
        QVERIFY(std::abs(gainDb(c->outputGain()) - gainDb(0.5) + 7.0) <= 0.1);
    }

    void loudnessNullPlaysTracksAsRecorded()
    {
        const QString db = importTones(
            {{QStringLiteral("autoplay"), false}, {QStringLiteral("loudness_lufs"), QJsonValue()}});
        QVERIFY(!db.isEmpty());
        MainWindow w;
        QVERIFY(startSession(w, db));
        PlaybackController *c = w.annotatorView()->player()->controller();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Paused, kLoadMs);
        QCOMPARE(c->outputGain(), double(c->volume()));
        key(Qt::Key_R);
        QTRY_VERIFY_WITH_TIMEOUT(c->isReplySegment(), kLoadMs);
        QCOMPARE(c->outputGain(), double(c->volume()));
    }
};

QTEST_MAIN(TestAnnotatorPlayback)
#include "tst_annotatorplayback.moc"
