#pragma once

#include "JsonFieldReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace avemo {

// Reads study.json into a StudyDefinition, collecting every problem (not only the first) with
// the line and column of the value at fault. Each part of the file that grows its own rules has
// its own reader (PresentationJsonParser, DesignJsonParser).
class StudyJsonParser : private JsonFieldReader
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
    using JsonFieldReader::JsonFieldReader;

    void readRoot(const QJsonObject &root, StudyDefinition &def);
    void readLabelSets(const QJsonValue &value, StudyDefinition &def);
    void readQuestions(const QJsonValue &value, StudyDefinition &def);
    Question readQuestion(const QJsonObject &obj, const QString &ptr, const StudyDefinition &def);
    Scale readScale(const QJsonValue &value, const QString &ptr, QuestionKind kind);
    void readRaters(const QJsonValue &value, StudyDefinition &def);
};

} // namespace avemo
