#include "PlayerFixtures.h"
#include "player/PlaybackErrorText.h"

#include <QTest>

using avemo::PlaybackErrorText;
using Part = PlaybackErrorText::Part;

class TestPlaybackErrorText : public QObject
{
    Q_OBJECT

private slots:
    void mapsBackendTexts_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no decoder")
            << QStringLiteral("No decoder available for type 'video/x-h265'")
            << QStringLiteral("could not be decoded");
        QTest::newRow("stream error")
            << QStringLiteral("Internal data stream error.") << QStringLiteral("stream error");
        QTest::newRow("not found")
            << QStringLiteral("Resource not found.") << QStringLiteral("could not be found");
        QTest::newRow("typefind") << QStringLiteral("Could not determine type of stream.")
                                  << QStringLiteral("could not be decoded");
        QTest::newRow("not media") << QStringLiteral("This appears to be a text file")
                                   << QStringLiteral("could not be decoded");
        QTest::newRow("other") << QStringLiteral("Something else")
                               << QStringLiteral("could not be played");
    }

    void mapsBackendTexts()
    {
        QFETCH(QString, backend);
        QFETCH(QString, expected);
        // An existing file, so "not found" comes from the backend text alone.
        const QString file = avemo::fixtures::path("reply.webm");
        const QString message = PlaybackErrorText::userMessage(
            Part::Reply, 1, QMediaPlayer::ResourceError, backend, file, true);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.startsWith(QStringLiteral("The reply")));
    }

    void blindNeverNamesTheFile()
    {
        const QString file = QStringLiteral("/studies/secret-system-b/media/sysB_turn3.webm");
        const QString backend = QStringLiteral("Resource not found: file://") + file;
        const QString message = PlaybackErrorText::userMessage(
            Part::Context, 2, QMediaPlayer::ResourceError, backend, file, true);
        QVERIFY(message.startsWith(QStringLiteral("Context clip 2")));
        QVERIFY(!message.contains(QStringLiteral("sysB")));
        QVERIFY(!message.contains(QStringLiteral("secret")));
        QVERIFY(!message.contains(QStringLiteral(".webm")));
        QVERIFY(!message.contains(u'/'));
    }

    void coordinatorsSeeTheFile()
    {
        const QString file = QStringLiteral("/studies/s/media/sysB_turn3.ogg");
        const QString message = PlaybackErrorText::userMessage(
            Part::ReplyAudio, 1, QMediaPlayer::FormatError, QString(), file, false);
        QVERIFY(message.startsWith(QStringLiteral("The reply's audio track")));
        QVERIFY2(message.contains(QStringLiteral("sysB_turn3.ogg")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestPlaybackErrorText)
#include "TestPlaybackErrorText.moc"
