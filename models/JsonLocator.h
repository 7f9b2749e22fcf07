#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace avemo {

// QJsonDocument tells where a syntax error is but not where a value came from. The study
// validator needs "study.json:12:17: ..." for semantic problems too, so this walks the text once
// and remembers where each value starts, keyed by JSON pointer ("/questions/2/kind"; "" is the
// root).
//
// The walk runs on text a person typed, possibly broken: every step consumes input (so a stray
// '}' or ']' cannot stop it), and nesting deeper than kMaxDepth stops it (so a file of 100,000
// '[' cannot overflow the stack) and is reported by tooDeepAt().
class JsonLocator
{
public:
    struct Position
    {
        int line = 1;
        int column = 1;
    };

    // A study nests five levels deep; anything near this is a broken or hostile file.
    static constexpr int kMaxDepth = 64;

    explicit JsonLocator(const QString &text);

    // Where the value at pointer starts; falls back to the nearest enclosing value that exists
    // (a missing key is reported at the object that lacks it).
    Position valueAt(const QString &pointer) const;

    // Line and column of a character offset into the text.
    Position positionOf(qsizetype offset) const;

    // Offset of the first '{' or '[' that opens level kMaxDepth + 1, or -1. The walk stopped there.
    qsizetype tooDeepAt() const { return m_tooDeepAt; }

    // The JSON pointer of the first key that appears twice in one object, and where its two
    // values start; empty when there is none. A JSON reader keeps only one of the two values,
    // so the other would be ignored without a word.
    QString duplicatePointer() const { return m_duplicatePointer; }
    qsizetype duplicateAt() const { return m_duplicateAt; }
    qsizetype duplicateFirstAt() const { return m_duplicateFirstAt; }

private:
    void parseValue(const QString &pointer, int depth);
    void parseObject(const QString &pointer, int depth);
    void parseArray(const QString &pointer, int depth);
    QString parseString();
    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_text.size() || m_tooDeepAt >= 0; }

    const QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_tooDeepAt = -1;
    QList<qsizetype> m_lineStarts; // offset of the first character of each line
    QHash<QString, qsizetype> m_offsets;
    QString m_duplicatePointer;
    qsizetype m_duplicateAt = -1;
    qsizetype m_duplicateFirstAt = -1;
};

} // namespace avemo
