#include "Language.h"

#include "AppSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "avemo.ui.language")

namespace avemo {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kResourceDir = QStringLiteral(":/i18n");

QString resourcePath(const QString &code)
{
    return kResourceDir + QStringLiteral("/avemo_") + code + QStringLiteral(".qm");
}

} // namespace

QStringList Language::available()
{
    QStringList codes;
    const QStringList files =
        QDir(kResourceDir).entryList({QStringLiteral("avemo_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(6, file.size() - 9); // avemo_<code>.qm
        if (code != kEnglish)
            codes.append(code);
    }
    codes.prepend(kEnglish); // the source language needs no file to be available
    return codes;
}

QString Language::nativeName(const QString &code)
{
    // Fixed names where QLocale's differ from what a language menu shows ("中文" does not say
    // which script; "español de España" is longer than needed).
    if (code == kEnglish)
        return QStringLiteral("English");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QLocale(code).nativeLanguageName();
}

QString Language::match(const QString &name, const QStringList &available)
{
    if (available.contains(name))
        return name;
    const QLocale wanted(name);
    if (name.isEmpty() || wanted.language() == QLocale::C)
        return {};
    for (const QString &code : available) {
        const QLocale have(code);
        if (have.language() == wanted.language() && have.script() == wanted.script())
            return code;
    }
    return {};
}

QString Language::choose(const QString &override, const QString &setting,
                         const QStringList &systemLanguages, const QStringList &available)
{
    for (const QString &chosen : {override, setting}) {
        if (chosen.isEmpty())
            continue;
        if (const QString code = match(chosen, available); !code.isEmpty())
            return code;
        qCWarning(lcLanguage) << "No translation for language" << chosen
                              << "- available:" << available.join(QStringLiteral(", "));
    }
    for (const QString &system : systemLanguages) {
        if (const QString code = match(system, available); !code.isEmpty())
            return code;
    }
    return kEnglish;
}

QLocale Language::localeFor(const QString &code, const QLocale &system)
{
    const QLocale language(code);
    if (system.language() == language.language() && system.script() == language.script())
        return system;
    // The C locale (LANG=C, C.UTF-8) is English without a country: keep its plain formats.
    if (system.language() == QLocale::C && language.language() == QLocale::English)
        return system;
    return language;
}

QString Language::chooseForApplication()
{
    return choose(qEnvironmentVariable("AVEMO_LANGUAGE"), AppSettings::language(),
                  QLocale::system().uiLanguages(), available());
}

QList<QTranslator *> Language::install(const QString &code, QObject *parent)
{
    QList<QTranslator *> installed;
    const auto load = [&](const QString &file, const QString &dir) {
        auto *translator = new QTranslator(parent);
        if (translator->load(file, dir) && QCoreApplication::installTranslator(translator)) {
            installed.append(translator);
            return true;
        }
        delete translator;
        return false;
    };
    // English needs ours too: it holds the plural forms ("1 item", "%n items").
    if (!load(resourcePath(code), {}))
        qCWarning(lcLanguage) << "Cannot load the translation" << resourcePath(code);
    if (code != kEnglish) {
        // Qt's own texts: standard buttons, file dialogs (Debian: qt6-translations-l10n).
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        for (const QString &catalog : {QStringLiteral("qtbase_"), QStringLiteral("qtmultimedia_")})
            if (!load(catalog + code, qtDir))
                qCInfo(lcLanguage) << "No Qt translation" << catalog + code << "in" << qtDir;
    }
    QLocale::setDefault(localeFor(code, QLocale::system()));
    return installed;
}

} // namespace avemo
