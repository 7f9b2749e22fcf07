#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QObject;
class QTranslator;

namespace avemo {

// Which language the interface speaks, chosen once at start-up: Qt widgets keep the texts
// they were built with, so a choice made in the menu applies on the next start.
//
// Codes are "en" (the source language) and the suffix of every embedded
// :/i18n/avemo_<code>.qm ("de", "es", "zh_CN"). System languages match by language and script:
// "de-AT" picks "de", "zh", "zh-CN" and "zh-SG" pick "zh_CN" (Simplified), while "zh-TW" and
// "zh-HK" (Traditional) pick nothing: Traditional Chinese readers get English, the next
// language they list, rather than a script that is not theirs.
class Language
{
public:
    // "en" first, then every language with an embedded translation, sorted.
    static QStringList available();
    // The language's name in itself ("Deutsch", "简体中文"); for menus, never translated.
    static QString nativeName(const QString &code);

    // The available code for a code or system language ("de", "de_AT", "de-AT"), or "".
    static QString match(const QString &name, const QStringList &available);
    // The first usable of: the override (AVEMO_LANGUAGE), the setting ("" = follow the
    // system), the system's languages in order of preference; else "en".
    static QString choose(const QString &override, const QString &setting,
                          const QStringList &systemLanguages, const QStringList &available);
    // The default locale for code: the system's own when it speaks that language (keeps de_AT
    // number formats; the C locale counts as English), else the language's main locale.
    static QLocale localeFor(const QString &code, const QLocale &system);

    // For main(): chooses from AVEMO_LANGUAGE, AppSettings::language() and the system.
    static QString chooseForApplication();
    // Installs our translation and Qt's own (standard buttons, dialogs) for code, owned by
    // parent, and makes QLocale() follow the language. Returns the translators it installed.
    static QList<QTranslator *> install(const QString &code, QObject *parent);
};

} // namespace avemo
