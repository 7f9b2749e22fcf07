#include "JsonLocator.h"

#include <algorithm>

namespace avemo {

namespace {

QString escapePointerToken(QString token)
{
    // RFC 6901: "~" becomes "~0" and "/" becomes "~1".
    return token.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
}

} // namespace

JsonLocator::JsonLocator(const QString &text)
    : m_text(text)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_text.size(); ++i)
        if (m_text[i] == u'\n')
            m_lineStarts.append(i + 1);
    skipWhitespace();
    if (m_pos < m_text.size())
        parseValue(QString(), 0);
}

JsonLocator::Position JsonLocator::valueAt(const QString &pointer) const
{
    QString p = pointer;
    for (;;) {
        const auto it = m_offsets.constFind(p);
        if (it != m_offsets.cend())
            return positionOf(*it);
        if (p.isEmpty())
            return {};
        p.truncate(std::max<qsizetype>(0, p.lastIndexOf(u'/')));
    }
}

JsonLocator::Position JsonLocator::positionOf(qsizetype offset) const
{
    const qsizetype clamped = std::clamp<qsizetype>(offset, 0, m_text.size());
    // The last line start at or before the offset.
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), clamped);
    const qsizetype line = next - m_lineStarts.cbegin(); // 1-based: next is one past it
    return {int(line), int(clamped - *(next - 1)) + 1};
}

void JsonLocator::skipWhitespace()
{
    while (m_pos < m_text.size() &&
           (m_text[m_pos] == u' ' || m_text[m_pos] == u'\t' || m_text[m_pos] == u'\n' ||
            m_text[m_pos] == u'\r' || m_text[m_pos] == QChar(0xFEFF)))
        ++m_pos;
}

void JsonLocator::parseValue(const QString &pointer, int depth)
{
    skipWhitespace();
    if (m_tooDeepAt >= 0)
        return;
    if (const auto seen = m_offsets.constFind(pointer);
        seen != m_offsets.cend() && m_duplicateAt < 0) {
        m_duplicatePointer = pointer;
        m_duplicateFirstAt = *seen;
        m_duplicateAt = m_pos;
    }
    m_offsets.insert(pointer, m_pos);
    if (atEnd())
        return;
    const QChar c = m_text[m_pos];
    if (c == u'{' || c == u'[') {
        if (depth >= kMaxDepth) {
            m_tooDeepAt = m_pos;
            return;
        }
        if (c == u'{')
            parseObject(pointer, depth + 1);
        else
            parseArray(pointer, depth + 1);
    } else if (c == u'"') {
        parseString();
    } else {
        // number, true, false, null: everything up to a delimiter. A stray delimiter where a
        // value belongs is consumed, so the caller's loop always moves on.
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != u',' && m_text[m_pos] != u'}' &&
               m_text[m_pos] != u']' && m_text[m_pos] != u'"' && m_text[m_pos] != u':' &&
               !m_text[m_pos].isSpace())
            ++m_pos;
        if (m_pos == start)
            ++m_pos;
    }
}

void JsonLocator::parseObject(const QString &pointer, int depth)
{
    ++m_pos; // {
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return;
        const QChar c = m_text[m_pos];
        if (c == u'}') {
            ++m_pos;
            return;
        }
        if (c != u'"') {
            // ',' between members, or a stray character where a key belongs: skip it.
            ++m_pos;
            continue;
        }
        const QString key = parseString();
        skipWhitespace();
        if (m_pos < m_text.size() && m_text[m_pos] == u':')
            ++m_pos;
        parseValue(pointer + u'/' + escapePointerToken(key), depth);
    }
}

void JsonLocator::parseArray(const QString &pointer, int depth)
{
    ++m_pos; // [
    int index = 0;
    for (;;) {
        skipWhitespace();
        if (atEnd())
            return;
        const QChar c = m_text[m_pos];
        if (c == u']') {
            ++m_pos;
            return;
        }
        if (c == u',' || c == u'}' || c == u':') {
            // A separator, or a stray closer of the wrong kind ("[}"): skip it.
            ++m_pos;
            continue;
        }
        parseValue(pointer + u'/' + QString::number(index++), depth);
    }
}

QString JsonLocator::parseString()
{
    QString value;
    ++m_pos; // opening quote, checked by the caller
    while (m_pos < m_text.size() && m_text[m_pos] != u'"') {
        if (m_text[m_pos] == u'\\' && m_pos + 1 < m_text.size()) {
            // Keys with escapes are rare in study files; keep the escaped character as-is.
            value.append(m_text[m_pos + 1]);
            m_pos += 2;
            continue;
        }
        value.append(m_text[m_pos++]);
    }
    if (m_pos < m_text.size())
        ++m_pos; // closing quote
    return value;
}

} // namespace avemo
