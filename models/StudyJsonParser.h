#pragma once

#include "Problem.h"
#include "StudyTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace avemo {

class JsonLocator;
struct KnownKeys;

// Reads study.json into a StudyDefinition, collecting every problem (not only the first) with
// the line and column of the value at fault.
class StudyJsonParser
{
    Q_DECLARE_TR_FUNCTIONS(avemo::StudyJsonParser)

public:
    struct Result
    {
        StudyDefinition definition;
        QByteArray compactJson; // canonical form, for the definition hash and the database
        ProblemList problems;
    };

    static Result parse(const QByteArray &data, const QString &fileName);

private:
    StudyJsonParser(const QString &fileName, const JsonLocator &locator, ProblemList &problems)
        : m_file(fileName)
        , m_locator(locator)
        , m_problems(problems)
    {
    }

    void readRoot(const QJsonObject &root, StudyDefinition &def);
    void readLabelSets(const QJsonValue &value, StudyDefinition &def);
    void readQuestions(const QJsonValue &value, StudyDefinition &def);
    Question readQuestion(const QJsonObject &obj, const QString &ptr, const StudyDefinition &def);
    Scale readScale(const QJsonValue &value, const QString &ptr, QuestionKind kind);
    void readPresentation(const QJsonValue &value, Presentation &presentation);
    void readLoudnessTarget(const QJsonObject &obj, const QString &ptr, Presentation &presentation);
    void readRaters(const QJsonValue &value, StudyDefinition &def);

    // Typed getters: report a problem at the value and return the fallback when it is unusable.
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

    QString m_file;
    const JsonLocator &m_locator;
    ProblemList &m_problems;
};

} // namespace avemo
