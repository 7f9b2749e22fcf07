// MediaProbe on the committed player fixtures (tests/ui/player/data): what validation and import
// learn about a media file, through GStreamer, with no audio output opened.

#include "MediaProbe.h"

#include <QTest>

using avemo::MediaProbe;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(AVEMO_PLAYER_DATA "/") + QLatin1String(name);
}
} // namespace

class TstMediaProbe : public QObject
{
    Q_OBJECT

private slots:
    void videoWithSound()
    {
        const MediaProbe::Info info = MediaProbe::probe(fixture("reply.webm"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QVERIFY(info.hasVideo);
        QVERIFY(info.hasAudio);
        QVERIFY2(qAbs(info.durationMs - 2000) <= 50, qPrintable(QString::number(info.durationMs)));
    }

    void videoWithoutSound()
    {
        const MediaProbe::Info info = MediaProbe::probe(fixture("reply-video-only.webm"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QVERIFY(info.hasVideo);
        QVERIFY(!info.hasAudio);
    }

    void soundOnly()
    {
        const MediaProbe::Info info = MediaProbe::probe(fixture("reply-audio.ogg"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QVERIFY(!info.hasVideo);
        QVERIFY(info.hasAudio);
        QVERIFY2(qAbs(info.durationMs - 2000) <= 50, qPrintable(QString::number(info.durationMs)));
    }

    void brokenFilesSayWhy_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("text named .webm") << QStringLiteral("garbage.webm");
        QTest::newRow("missing") << QStringLiteral("no-such-file.webm");
    }

    void brokenFilesSayWhy()
    {
        QFETCH(QString, file);
        const MediaProbe::Info info = MediaProbe::probe(fixture(file.toUtf8().constData()));
        QVERIFY(!info.ok);
        QVERIFY(!info.error.isEmpty());
        QCOMPARE(info.durationMs, 0);
    }
};

QTEST_GUILESS_MAIN(TstMediaProbe)
#include "tst_mediaprobe.moc"
