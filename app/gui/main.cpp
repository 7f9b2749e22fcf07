#include "AppSettings.h"
#include "Appearance.h"
#include "AvemoVersion.h"
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    // Our video is painted on the CPU from a QVideoSink, so the player needs no GL. With GL on
    // X11, Qt 6.4's GStreamer sink intermittently fails with "Internal data stream error"
    // (seen under Xvfb); without it, playback is reliable. A user's own setting wins.
    if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(AVEMO_APP_ID)));
    QApplication::setApplicationName(QStringLiteral("AV-EMO Rater"));
    QApplication::setOrganizationName(QStringLiteral("AV-EMO"));
    QApplication::setOrganizationDomain(QStringLiteral("avemo.org"));
    QApplication::setApplicationVersion(QStringLiteral(AVEMO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(AVEMO_APP_ID));
    // Before any widget and before --help: widgets keep the texts they are built with.
    // AVEMO_LANGUAGE=de (screenshots, tests) overrides the setting, which overrides the system.
    avemo::Language::install(avemo::Language::chooseForApplication(), &app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Blind perceptual rating of audio-visual emotional dialogue."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QApplication::translate("main",
                                "a study folder or study database (default: the last one opened)"),
        QStringLiteral("[PATH]"));
    parser.addOption({QStringLiteral("rater"),
                      QApplication::translate("main", "start rating at once as this rater"),
                      QStringLiteral("ID")});
    parser.process(app);

    avemo::Appearance::apply(avemo::Appearance::fromString(avemo::AppSettings::appearance()));
    avemo::MainWindow window;
    window.show();
    const QString path = parser.positionalArguments().value(0, avemo::AppSettings::lastStudyPath());
    // Open after the event loop starts so the window is on screen while the media are checked.
    QTimer::singleShot(0, &window, [&window, path, rater = parser.value(QStringLiteral("rater"))] {
        if (!path.isEmpty() && window.openStudy(path) && !rater.isEmpty())
            window.startRating(rater);
    });
    return app.exec();
}
