#include "AvemoTestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// scripts/check-translations (the translations_up_to_date test) on a copy of a tiny source tree
// (tests/i18n/fixture): complete, it passes; each kind of problem makes it fail and name the
// string; --update adds new strings. The real translations/ are never touched here.
class TestCheckTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void completeTreePasses();
    void newSourceStringFailsAndIsListed();
    void unfinishedMessageFails();
    void droppedPlaceholderFails();
    void droppedPluralPlaceholderFails();
    void updateAddsTheNewString();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run check(const QStringList &extra = {}) const;
    QString path(const QString &relative) const { return m_tree->filePath(relative); }
    void replaceIn(const QString &relative, const QString &from, const QString &to) const;
    void appendTo(const QString &relative, const QString &text) const;

    std::unique_ptr<QTemporaryDir> m_tree;
};

void TestCheckTranslations::init()
{
    m_tree = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tree->isValid());
    const QString fixture = QStringLiteral(AVEMO_SOURCE_DIR "/tests/i18n/fixture");
    for (const QString &file :
         {QStringLiteral("ui/Greeter.cpp"), QStringLiteral("app/gui/main.cpp"),
          QStringLiteral("models/Model.cpp"), QStringLiteral("translations/avemo_de.ts"),
          QStringLiteral("translations/avemo_en.ts")}) {
        QVERIFY(QDir().mkpath(QFileInfo(path(file)).path()));
        QVERIFY2(QFile::copy(fixture + u'/' + file, path(file)), qPrintable(file));
        QFile(path(file)).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

TestCheckTranslations::Run TestCheckTranslations::check(const QStringList &extra) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(AVEMO_SOURCE_DIR "/scripts/check-translations"),
                  QStringList{QStringLiteral("--root"), m_tree->path(), QStringLiteral("--lupdate"),
                              QStringLiteral(AVEMO_LUPDATE), QStringLiteral("--lrelease"),
                              QStringLiteral(AVEMO_LRELEASE)} +
                      extra);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

void TestCheckTranslations::replaceIn(const QString &relative, const QString &from,
                                      const QString &to) const
{
    QFile file(path(relative));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(from, to);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

void TestCheckTranslations::appendTo(const QString &relative, const QString &text) const
{
    QFile file(path(relative));
    QVERIFY(file.open(QIODevice::Append));
    file.write(text.toUtf8());
}

void TestCheckTranslations::completeTreePasses()
{
    const Run run = check();
    QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    QVERIFY(run.output.contains(QLatin1String("2 .ts files up to date and complete")));
}

void TestCheckTranslations::newSourceStringFailsAndIsListed()
{
    appendTo(QStringLiteral("ui/Greeter.cpp"),
             QStringLiteral("QString bye() { return QCoreApplication::translate(\"Greeter\", "
                            "\"Goodbye %1\"); }\n"));
    const Run run = check();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QLatin1String(
                 "translations/avemo_de.ts: 1 string(s) in the sources are missing here:\n"
                 "  [Greeter] \"Goodbye %1\"")),
             qPrintable(run.output));
    // A plain string is no business of the plural-only English file.
    QVERIFY(!run.output.contains(QLatin1String("avemo_en.ts: 1 string")));
    QVERIFY(run.output.contains(QLatin1String("cmake --build build --target update_translations")));
    // The check never writes the tree's .ts files.
    QFile de(path(QStringLiteral("translations/avemo_de.ts")));
    QVERIFY(de.open(QIODevice::ReadOnly));
    QVERIFY(!de.readAll().contains("Goodbye"));
}

void TestCheckTranslations::unfinishedMessageFails()
{
    replaceIn(QStringLiteral("translations/avemo_de.ts"),
              QStringLiteral("<translation>Element</translation>"),
              QStringLiteral("<translation type=\"unfinished\">Element</translation>"));
    const Run run = check();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QLatin1String("translations/avemo_de.ts: 1 unfinished or empty "
                                               "translation(s):\n  [Model] \"Item\"")),
             qPrintable(run.output));
}

void TestCheckTranslations::droppedPlaceholderFails()
{
    replaceIn(QStringLiteral("translations/avemo_de.ts"), QStringLiteral("Hallo %1"),
              QStringLiteral("Hallo"));
    const Run run = check();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QLatin1String("placeholders differ: the source has %1, the "
                                               "translation none:\n  [Greeter] \"Hello %1\"")),
             qPrintable(run.output));
}

void TestCheckTranslations::droppedPluralPlaceholderFails()
{
    replaceIn(QStringLiteral("translations/avemo_en.ts"), QStringLiteral("%n items"),
              QStringLiteral("many items"));
    const Run run = check();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.output.contains(QLatin1String("translations/avemo_en.ts: placeholders differ "
                                               "(form 2): the source has %n, the translation "
                                               "none:\n  [Greeter] \"%n item(s)\"")),
             qPrintable(run.output));
}

void TestCheckTranslations::updateAddsTheNewString()
{
    appendTo(QStringLiteral("models/Model.cpp"),
             QStringLiteral("QString more() { return QCoreApplication::translate(\"Model\", "
                            "\"%n row(s)\", nullptr, 2); }\n"));
    const Run update = check({QStringLiteral("--update")});
    QVERIFY2(update.exitCode == 0, qPrintable(update.output));
    for (const QString &ts : {QStringLiteral("avemo_de.ts"), QStringLiteral("avemo_en.ts")}) {
        QFile file(path(QStringLiteral("translations/") + ts));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains("<source>%n row(s)</source>"), qPrintable(ts));
    }
    // Added, so the check now names it as untranslated rather than missing.
    const Run run = check();
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.output.contains(QLatin1String("missing here")));
    QVERIFY2(run.output.contains(QLatin1String("translations/avemo_en.ts: 1 unfinished or empty "
                                               "translation(s):\n  [Model] \"%n row(s)\"")),
             qPrintable(run.output));
}

QTEST_GUILESS_MAIN(TestCheckTranslations)
#include "tst_checktranslations.moc"
