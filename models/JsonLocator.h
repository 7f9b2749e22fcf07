#pragma once

#include <QHash>
#include <QString>

namespace avemo {

// QJsonDocument tells where a syntax error is but not where a value came from. The study
// validator needs "study.json:12:17: ..." for semantic problems too, so this walks the (already
// syntactically valid) text once and remembers where each value starts, keyed by JSON pointer
// ("/questions/2/kind"; "" is the root).
class JsonLocator
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    explicit JsonLocator(const QString &text);

    // Where the value at pointer starts; falls back to the nearest enclosing value that exists
    // (a missing key is reported at the object that lacks it).
    Position valueAt(const QString &pointer) const;

    // Line and column of a character offset into the text.
    Position positionOf(qsizetype offset) const;

private:
    void parseValue(const QString &pointer);
    void parseObject(const QString &pointer);
    void parseArray(const QString &pointer);
    QString parseString();
    void skipWhitespace();

    const QString m_text;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
};

} // namespace avemo
