// Issue 12: validate on a machine with no sound server. Probing the media must not open an audio
// output, so nothing is said about the missing server (it printed "Failed to connect: Connection
// refused" once per media file). AVEMO_VERBOSE keeps the CLI from hiding Qt Multimedia's output.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstCliNoSound : public QObject
{
    Q_OBJECT

private slots:
    void validateSaysNothingAboutTheSoundServer()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PULSE_SERVER"),
                   QStringLiteral("unix:") + runtime.path() + QStringLiteral("/no-server/native"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QStringLiteral("AVEMO_VERBOSE"), QStringLiteral("1"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(AVEMO_CLI),
                  {QStringLiteral("validate"), QStringLiteral(AVEMO_DEMO_STUDY)});
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);
        const QString all = out + err;
        QVERIFY2(all.contains(QStringLiteral("media files checked")), qPrintable(all));
        QVERIFY2(!err.contains(QStringLiteral("Failed to connect")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("PulseAudio")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TstCliNoSound)
#include "tst_cli_nosound.moc"
