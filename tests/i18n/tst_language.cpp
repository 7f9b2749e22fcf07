#include "AppSettings.h"
#include "AvemoTestPaths.h"
#include "Language.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace avemo;

namespace {

// The translations of source in context, as the translators wrote them in
// translations/avemo_<code>.ts (one text, or each numerus form). Read at test time, so the
// test follows the translators' wording.
QStringList tsTranslation(const QString &code, const QString &context, const QString &source)
{
    QFile file(QStringLiteral(AVEMO_SOURCE_DIR "/translations/avemo_") + code +
               QStringLiteral(".ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QString currentContext, currentSource;
    QStringList forms;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            currentContext = xml.readElementText();
        } else if (name == QLatin1String("source")) {
            currentSource = xml.readElementText();
            forms.clear();
        } else if (name == QLatin1String("translation") && currentContext == context &&
                   currentSource == source) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                return {};
            QString text; // a plain message's text, or the whitespace between numerus forms
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement &&
                                     xml.name() == QLatin1String("translation"))) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            return forms.isEmpty() ? QStringList{text} : forms;
        } else if (name == QLatin1String("translation")) {
            xml.skipCurrentElement();
        }
    }
    return {};
}

QString menuTitle(const QMenuBar *bar, int index)
{
    return bar->actions().value(index) ? bar->actions().value(index)->text() : QString();
}

} // namespace

// The language choice (setting, system, fallbacks), the embedded translations, and the main
// window built in German.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup();
    void embeddedTranslationsExist();
    void nativeNames();
    void match_data();
    void match();
    void choose_data();
    void choose();
    void localeFollowsTheLanguage();
    void germanMainWindow();
    void englishPluralForms();
    void germanPluralForms();
    void languageMenuStoresTheChoice();

private:
    std::vector<std::unique_ptr<QTranslator>> m_installed;
    void install(const QString &code);
};

void TestLanguage::install(const QString &code)
{
    for (QTranslator *t : Language::install(code, nullptr))
        m_installed.emplace_back(t);
}

void TestLanguage::cleanup()
{
    m_installed.clear(); // a QTranslator removes itself from the application when deleted
    QLocale::setDefault(QLocale::c());
    QSettings().clear();
}

void TestLanguage::embeddedTranslationsExist()
{
    for (const char *code : {"de", "zh_CN", "es", "en"})
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/avemo_%1.qm").arg(QLatin1String(code))),
                 code);
    QCOMPARE(Language::available(), (QStringList{QStringLiteral("en"), QStringLiteral("de"),
                                                 QStringLiteral("es"), QStringLiteral("zh_CN")}));
}

void TestLanguage::nativeNames()
{
    QCOMPARE(Language::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Language::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    QCOMPARE(Language::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    QCOMPARE(Language::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestLanguage::match_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(expected);
    };
    row("de", "de");
    row("de_AT", "de");
    row("de-CH", "de");
    row("es-MX", "es");
    row("en-GB", "en");
    row("zh", "zh_CN");
    row("zh-CN", "zh_CN");
    row("zh-Hans-CN", "zh_CN");
    row("zh_SG", "zh_CN");
    // Traditional script: no Simplified Chinese for it (see Language.h).
    row("zh-TW", "");
    row("zh-Hant-HK", "");
    row("fr-FR", "");
    row("C", "");
    row("", "");
}

void TestLanguage::match()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(Language::match(name, Language::available()), expected);
}

void TestLanguage::choose_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("expected");
    const QStringList german{QStringLiteral("de-DE"), QStringLiteral("de")};
    QTest::newRow("system") << QString() << QString() << german << QStringLiteral("de");
    QTest::newRow("setting wins over system")
        << QString() << QStringLiteral("es") << german << QStringLiteral("es");
    QTest::newRow("setting English wins")
        << QString() << QStringLiteral("en") << german << QStringLiteral("en");
    QTest::newRow("override wins over setting")
        << QStringLiteral("zh_CN") << QStringLiteral("es") << german << QStringLiteral("zh_CN");
    QTest::newRow("unknown setting: system")
        << QString() << QStringLiteral("xx") << german << QStringLiteral("de");
    QTest::newRow("unknown system language: English")
        << QString() << QString() << QStringList{QStringLiteral("fr-FR")} << QStringLiteral("en");
    QTest::newRow("C locale: English")
        << QString() << QString() << QStringList{QStringLiteral("C")} << QStringLiteral("en");
    QTest::newRow("second system language")
        << QString() << QString() << QStringList{QStringLiteral("fr-FR"), QStringLiteral("es-ES")}
        << QStringLiteral("es");
    QTest::newRow("Traditional Chinese: English")
        << QString() << QString() << QStringList{QStringLiteral("zh-TW")} << QStringLiteral("en");
    QTest::newRow("Austrian German")
        << QString() << QString() << QStringList{QStringLiteral("de-AT")} << QStringLiteral("de");
}

void TestLanguage::choose()
{
    QFETCH(QString, override);
    QFETCH(QString, setting);
    QFETCH(QStringList, system);
    QFETCH(QString, expected);
    QCOMPARE(Language::choose(override, setting, system, Language::available()), expected);
}

void TestLanguage::localeFollowsTheLanguage()
{
    // The system's own locale when it speaks the language (Austrian formats stay)...
    QCOMPARE(Language::localeFor(QStringLiteral("de"), QLocale(QStringLiteral("de_AT"))).name(),
             QStringLiteral("de_AT"));
    // ...else the language's main locale.
    QCOMPARE(Language::localeFor(QStringLiteral("de"), QLocale(QStringLiteral("fr_FR"))).name(),
             QStringLiteral("de_DE"));
    QCOMPARE(Language::localeFor(QStringLiteral("zh_CN"), QLocale::c()).name(),
             QStringLiteral("zh_CN"));
    // English on a C locale keeps C's plain numbers (no "1,234").
    QCOMPARE(Language::localeFor(QStringLiteral("en"), QLocale::c()), QLocale::c());
    install(QStringLiteral("es"));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

void TestLanguage::germanMainWindow()
{
    const QStringList file = tsTranslation(
        QStringLiteral("de"), QStringLiteral("avemo::MainWindow"), QStringLiteral("&File"));
    const QStringList help = tsTranslation(
        QStringLiteral("de"), QStringLiteral("avemo::MainWindow"), QStringLiteral("&Help"));
    if (file.isEmpty() || help.isEmpty())
        QFAIL("translations/avemo_de.ts has no finished translation of \"&File\" or \"&Help\"");
    install(QStringLiteral("de"));
    MainWindow window;
    QCOMPARE(menuTitle(window.menuBar(), 0), file.first());
    QVERIFY(menuTitle(window.menuBar(), 0) != QStringLiteral("&File"));
    QCOMPARE(menuTitle(window.menuBar(), 2), help.first());

    // Qt's own texts (standard buttons) come from Qt's translations (qt6-translations-l10n).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QVERIFY2(QFile::exists(qtDir + QStringLiteral("/qtbase_de.qm")),
             qPrintable(qtDir + QStringLiteral("/qtbase_de.qm is missing: install "
                                               "qt6-translations-l10n (scripts/setup-deps)")));
    QMessageBox box(QMessageBox::Question, QString(), QString(),
                    QMessageBox::Ok | QMessageBox::Cancel);
    // "Cancel" or "&Cancel", by platform theme.
    QCOMPARE(box.button(QMessageBox::Cancel)->text().remove(u'&'), QStringLiteral("Abbrechen"));
}

void TestLanguage::englishPluralForms()
{
    const auto items = [](int n) {
        return QCoreApplication::translate("avemo::StudyOverviewPage", "%n item(s)", nullptr, n);
    };
    QCOMPARE(items(1), QStringLiteral("1 item(s)")); // no English file: the source text
    install(QStringLiteral("en"));
    QCOMPARE(items(1), QStringLiteral("1 item"));
    QCOMPARE(items(3), QStringLiteral("3 items"));
}

void TestLanguage::germanPluralForms()
{
    const QStringList forms =
        tsTranslation(QStringLiteral("de"), QStringLiteral("avemo::StudyOverviewPage"),
                      QStringLiteral("%n item(s)"));
    if (forms.size() != 2)
        QFAIL("translations/avemo_de.ts has no finished plural forms of \"%n item(s)\"");
    install(QStringLiteral("de"));
    const auto items = [](int n) {
        return QCoreApplication::translate("avemo::StudyOverviewPage", "%n item(s)", nullptr, n);
    };
    QCOMPARE(items(1), QString(forms[0]).replace(QStringLiteral("%n"), QStringLiteral("1")));
    QCOMPARE(items(5), QString(forms[1]).replace(QStringLiteral("%n"), QStringLiteral("5")));
}

void TestLanguage::languageMenuStoresTheChoice()
{
    MainWindow window;
    QMenu *language = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>())
        if (menu->title() == QStringLiteral("&Language"))
            language = menu;
    QVERIFY(language);
    QStringList labels;
    QAction *german = nullptr;
    for (QAction *action : language->actions()) {
        if (action->isSeparator())
            continue;
        labels.append(action->text());
        if (action->data().toString() == QStringLiteral("de"))
            german = action;
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("Follow the &System"), QStringLiteral("English"),
                                  QStringLiteral("Deutsch"), QStringLiteral("Español"),
                                  QStringLiteral("简体中文")}));
    QVERIFY(language->actions().first()->isChecked()); // nothing stored: follow the system

    QVERIFY(german);
    german->trigger();
    QCOMPARE(AppSettings::language(), QStringLiteral("de"));
    QVERIFY(german->isChecked());
    auto *box = window.findChild<QMessageBox *>();
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("next time")));
    box->close();
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
