#include "JsonLocator.h"

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
    skipWhitespace();
    if (m_pos < m_text.size())
        parseValue(QString());
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
        p.truncate(p.lastIndexOf(u'/'));
    }
}

JsonLocator::Position JsonLocator::positionOf(qsizetype offset) const
{
    Position pos;
    const qsizetype end = std::min(offset, m_text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (m_text[i] == u'\n') {
            ++pos.line;
            pos.column = 1;
        } else {
            ++pos.column;
        }
    }
    return pos;
}

void JsonLocator::skipWhitespace()
{
    while (m_pos < m_text.size() &&
           (m_text[m_pos] == u' ' || m_text[m_pos] == u'\t' || m_text[m_pos] == u'\n' ||
            m_text[m_pos] == u'\r' || m_text[m_pos] == QChar(0xFEFF)))
        ++m_pos;
}

void JsonLocator::parseValue(const QString &pointer)
{
    skipWhitespace();
    m_offsets.insert(pointer, m_pos);
    if (m_pos >= m_text.size())
        return;
    const QChar c = m_text[m_pos];
    if (c == u'{') {
        parseObject(pointer);
    } else if (c == u'[') {
        parseArray(pointer);
    } else if (c == u'"') {
        parseString();
    } else {
        // number, true, false, null: everything up to a delimiter
        while (m_pos < m_text.size() && m_text[m_pos] != u',' && m_text[m_pos] != u'}' &&
               m_text[m_pos] != u']' && !m_text[m_pos].isSpace())
            ++m_pos;
    }
}

void JsonLocator::parseObject(const QString &pointer)
{
    ++m_pos; // {
    for (;;) {
        skipWhitespace();
        if (m_pos >= m_text.size())
            return;
        if (m_text[m_pos] == u'}') {
            ++m_pos;
            return;
        }
        if (m_text[m_pos] == u',') {
            ++m_pos;
            continue;
        }
        const QString key = parseString();
        skipWhitespace();
        if (m_pos < m_text.size() && m_text[m_pos] == u':')
            ++m_pos;
        parseValue(pointer + u'/' + escapePointerToken(key));
    }
}

void JsonLocator::parseArray(const QString &pointer)
{
    ++m_pos; // [
    int index = 0;
    for (;;) {
        skipWhitespace();
        if (m_pos >= m_text.size())
            return;
        if (m_text[m_pos] == u']') {
            ++m_pos;
            return;
        }
        if (m_text[m_pos] == u',') {
            ++m_pos;
            continue;
        }
        parseValue(pointer + u'/' + QString::number(index++));
    }
}

QString JsonLocator::parseString()
{
    QString value;
    if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
        return value;
    ++m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != u'"') {
        if (m_text[m_pos] == u'\\' && m_pos + 1 < m_text.size()) {
            // Keys with escapes are rare in study files; keep the escaped character as-is.
            value.append(m_text[m_pos + 1]);
            m_pos += 2;
            continue;
        }
        value.append(m_text[m_pos++]);
    }
    ++m_pos; // closing quote
    return value;
}

} // namespace avemo
