#pragma once

#include "Problem.h"
#include "StudyTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace avemo {

class JsonLocator;

// The keys each object of study.json may hold; a key is added in one line where the object is
// read. An unknown key is a warning (it is ignored), except where a misspelt key would silently
// turn a protection off: there it is an error.
struct KnownKeys
{
    QStringList keys;
    Problem::Severity unknownKey = Problem::Severity::Warning;
};

// What every reader of a part of study.json shares: typed getters that report a problem at the
// value (file, line and column through the JsonLocator) and return a fallback when it is unusable,
// so one pass collects every problem, not only the first.
class JsonFieldReader
{
    // One translation context for every part of study.json: the messages are the study author's,
    // and splitting the parser into parts must not lose their translations.
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyJsonParser)

public:
    JsonFieldReader(const QString &fileName, const JsonLocator &locator, ProblemList &problems)
        : m_file(fileName)
        , m_locator(locator)
        , m_problems(problems)
    {
    }

    // "a string", "an array", ... for "'title' is a number (expected a string)".
    static QString typeName(const QJsonValue &value);
    // JSON pointer of a member or an element.
    static QString child(const QString &ptr, const QString &key) { return ptr + u'/' + key; }
    static QString child(const QString &ptr, qsizetype index)
    {
        return ptr + u'/' + QString::number(index);
    }

    QString requireString(const QJsonObject &obj, const QString &ptr, const QString &key);
    QString optionalString(const QJsonObject &obj, const QString &ptr, const QString &key,
                           const QString &fallback = {});
    bool optionalBool(const QJsonObject &obj, const QString &ptr, const QString &key,
                      bool fallback);
    // A study text: a plain string as above, or an object of language tag -> non-empty string
    // that must hold "en", the fallback.
    LocalizedText requireText(const QJsonObject &obj, const QString &ptr, const QString &key);
    LocalizedText optionalText(const QJsonObject &obj, const QString &ptr, const QString &key,
                               const QString &fallback = {});
    LocalizedText readTexts(const QJsonObject &texts, const QString &ptr, const QString &field);
    double optionalNumber(const QJsonObject &obj, const QString &ptr, const QString &key,
                          double fallback);
    void checkIdentifier(const QString &id, const QString &ptr, const QString &what);
    // Reports every key of obj that known does not list, suggesting the nearest known one.
    void checkKeys(const QJsonObject &obj, const QString &ptr, const KnownKeys &known);

    void error(const QString &ptr, const QString &message);
    void warning(const QString &ptr, const QString &message);

    const QString &fileName() const { return m_file; }
    const JsonLocator &locator() const { return m_locator; }
    ProblemList &problems() const { return m_problems; }

private:
    QString m_file;
    const JsonLocator &m_locator;
    ProblemList &m_problems;
};

} // namespace avemo
