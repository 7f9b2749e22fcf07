#include "JsonFieldReader.h"

#include "JsonLocator.h"

#include <QRegularExpression>

namespace avemo {

QString JsonFieldReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        //: the JSON literal null, as in "'title' is null"
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonFieldReader::requireString(const QJsonObject &obj, const QString &ptr,
                                       const QString &key)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined()) {
        error(ptr, tr("missing required key '%1'").arg(key));
        return {};
    }
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        error(child(ptr, key), tr("'%1' is %2 (expected a non-empty string)")
                                   .arg(key, v.isString() ? tr("empty") : typeName(v)));
        return {};
    }
    return v.toString();
}

QString JsonFieldReader::optionalString(const QJsonObject &obj, const QString &ptr,
                                        const QString &key, const QString &fallback)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString()) {
        error(child(ptr, key), tr("'%1' is %2 (expected a string)").arg(key, typeName(v)));
        return fallback;
    }
    return v.toString();
}

LocalizedText JsonFieldReader::requireText(const QJsonObject &obj, const QString &ptr,
                                           const QString &key)
{
    const QJsonValue v = obj.value(key);
    if (!v.isObject())
        return requireString(obj, ptr, key); // plain strings are read (and refused) as before
    return readTexts(v.toObject(), child(ptr, key), u'\'' + key + u'\'');
}

LocalizedText JsonFieldReader::optionalText(const QJsonObject &obj, const QString &ptr,
                                            const QString &key, const QString &fallback)
{
    const QJsonValue v = obj.value(key);
    if (!v.isObject())
        return optionalString(obj, ptr, key, fallback);
    return readTexts(v.toObject(), child(ptr, key), u'\'' + key + u'\'');
}

LocalizedText JsonFieldReader::readTexts(const QJsonObject &texts, const QString &ptr,
                                         const QString &field)
{
    QString english;
    QMap<QString, QString> translations;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString tag = it.key();
        if (!LocalizedText::isLanguageTag(tag)) {
            error(child(ptr, tag),
                  tr("%1 has an invalid language tag '%2' (expected a language such as "
                     "\"de\", or a language and territory such as \"zh_CN\")")
                      .arg(field, tag));
        } else if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            error(child(ptr, tag),
                  tr("%1 text for '%2' is %3 (expected a non-empty string)")
                      .arg(field, tag, it.value().isString() ? tr("empty") : typeName(it.value())));
        } else if (tag == u"en") {
            english = it.value().toString();
        } else {
            translations.insert(tag, it.value().toString());
        }
    }
    if (!texts.contains(QStringLiteral("en")))
        error(ptr, tr("%1 has no \"en\" text (expected the English text, shown when "
                      "there is none in the annotator's language)")
                       .arg(field));
    return LocalizedText(english, translations);
}

bool JsonFieldReader::optionalBool(const QJsonObject &obj, const QString &ptr, const QString &key,
                                   bool fallback)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(child(ptr, key), tr("'%1' is %2 (expected true or false)").arg(key, typeName(v)));
        return fallback;
    }
    return v.toBool();
}

double JsonFieldReader::optionalNumber(const QJsonObject &obj, const QString &ptr,
                                       const QString &key, double fallback)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble()) {
        error(child(ptr, key), tr("'%1' is %2 (expected a number)").arg(key, typeName(v)));
        return fallback;
    }
    return v.toDouble();
}

void JsonFieldReader::checkIdentifier(const QString &id, const QString &ptr, const QString &what)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!pattern.match(id).hasMatch())
        error(ptr, tr("%1 '%2' has characters other than letters, digits, '-', '_' and '.'")
                       .arg(what, id));
}

void JsonFieldReader::checkKeys(const QJsonObject &obj, const QString &ptr, const KnownKeys &known)
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (known.keys.contains(it.key()))
            continue;
        const QString near = nearestName(it.key(), known.keys);
        const QString expected = near.isEmpty()
                                     ? tr("expected one of: %1").arg(known.keys.join(u", "))
                                     : tr("did you mean '%1'?").arg(near);
        if (known.unknownKey == Problem::Severity::Error)
            error(child(ptr, it.key()),
                  tr("unknown key '%1': a misspelt setting would silently keep its default (%2)")
                      .arg(it.key(), expected));
        else
            warning(child(ptr, it.key()),
                    tr("unknown key '%1' is ignored (%2)").arg(it.key(), expected));
    }
}

void JsonFieldReader::error(const QString &ptr, const QString &message)
{
    const auto pos = m_locator.valueAt(ptr);
    m_problems.append({m_file, pos.line, pos.column, Problem::Severity::Error, message});
}

void JsonFieldReader::warning(const QString &ptr, const QString &message)
{
    const auto pos = m_locator.valueAt(ptr);
    m_problems.append({m_file, pos.line, pos.column, Problem::Severity::Warning, message});
}

} // namespace avemo
