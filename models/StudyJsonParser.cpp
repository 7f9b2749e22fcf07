#include "StudyJsonParser.h"

#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace avemo {

// The keys each object of study.json may hold; a key is added here, in one line. An unknown
// key is a warning (it is ignored), except in presentation: a misspelt `must_play_full` would
// silently turn a protection off, so there it is an error.
struct KnownKeys
{
    QStringList keys;
    Problem::Severity unknownKey = Problem::Severity::Warning;
};

namespace {

constexpr int kFormatVersion = 1;
constexpr int kMaxMosPoints = 11;

const KnownKeys kRootKeys{{QStringLiteral("format_version"), QStringLiteral("id"),
                           QStringLiteral("title"), QStringLiteral("instructions"),
                           QStringLiteral("label_sets"), QStringLiteral("questions"),
                           QStringLiteral("presentation"), QStringLiteral("raters")}};
const KnownKeys kLabelSetKeys{{QStringLiteral("name"), QStringLiteral("categories")}};
const KnownKeys kCategoryKeys{
    {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("key")}};
const KnownKeys kQuestionKeys{{QStringLiteral("id"), QStringLiteral("prompt"),
                               QStringLiteral("kind"), QStringLiteral("target"),
                               QStringLiteral("required"), QStringLiteral("label_set"),
                               QStringLiteral("scale")}};
const KnownKeys kScaleKeys{{QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("step"),
                            QStringLiteral("anchors")}};
const KnownKeys kPresentationKeys{{
                                      QStringLiteral("blind"),
                                      QStringLiteral("seed"),
                                      QStringLiteral("must_play_fully"),
                                      QStringLiteral("gold_rate"),
                                      QStringLiteral("allow_new_raters"),
                                      QStringLiteral("autoplay"),
                                      QStringLiteral("loudness_lufs"),
                                  },
                                  Problem::Severity::Error};
const KnownKeys kRaterKeys{{QStringLiteral("id"), QStringLiteral("name")}};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        //: the JSON literal null, as in "'title' is null"
        return StudyJsonParser::tr("null");
    case QJsonValue::Bool:
        return StudyJsonParser::tr("a boolean");
    case QJsonValue::Double:
        return StudyJsonParser::tr("a number");
    case QJsonValue::String:
        return StudyJsonParser::tr("a string");
    case QJsonValue::Array:
        return StudyJsonParser::tr("an array");
    case QJsonValue::Object:
        return StudyJsonParser::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return StudyJsonParser::tr("nothing");
}

QString child(const QString &ptr, const QString &key)
{
    return ptr + u'/' + key;
}
QString child(const QString &ptr, qsizetype index)
{
    return ptr + u'/' + QString::number(index);
}

} // namespace

StudyJsonParser::Result StudyJsonParser::parse(const QByteArray &data, const QString &fileName)
{
    Result result;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    JsonLocator locator(text);
    if (locator.tooDeepAt() >= 0) {
        // Checked before QJsonDocument, whose own limit is far deeper and whose message says
        // neither the limit nor how to fix it.
        const auto pos = locator.positionOf(locator.tooDeepAt());
        result.problems.append({fileName, pos.line, pos.column, Problem::Severity::Error,
                                tr("objects and arrays are nested more than %1 levels deep "
                                   "(expected a study of a few levels; is a bracket left open?)")
                                    .arg(JsonLocator::kMaxDepth)});
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError::offset is a byte offset into the UTF-8 data.
        const QString before = QString::fromUtf8(bytes.left(parseError.offset));
        const auto pos = locator.positionOf(before.size());
        result.problems.append({fileName, pos.line, pos.column, Problem::Severity::Error,
                                tr("JSON syntax error: %1").arg(parseError.errorString())});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append({fileName, 1, 1, Problem::Severity::Error,
                                tr("the top level is not an object (expected { ... })")});
        return result;
    }
    if (locator.duplicateAt() >= 0) {
        // QJsonDocument keeps the last of the two values: the first would be ignored silently.
        const auto pos = locator.positionOf(locator.duplicateAt());
        const auto first = locator.positionOf(locator.duplicateFirstAt());
        result.problems.append(
            {fileName, pos.line, pos.column, Problem::Severity::Error,
             tr("key '%1' appears twice in one object, first on line %2 (expected each key "
                "once; only one of the two values would be used)")
                 .arg(locator.duplicatePointer().section(u'/', -1))
                 .arg(first.line)});
        return result;
    }
    result.compactJson = doc.toJson(QJsonDocument::Compact);
    StudyJsonParser parser(fileName, locator, result.problems);
    parser.readRoot(doc.object(), result.definition);
    return result;
}

void StudyJsonParser::readRoot(const QJsonObject &root, StudyDefinition &def)
{
    checkKeys(root, {}, kRootKeys);
    const double version =
        optionalNumber(root, {}, QStringLiteral("format_version"), kFormatVersion);
    def.formatVersion = int(version);
    if (version != std::floor(version) || version < 1)
        error(QStringLiteral("/format_version"), tr("format_version must be a positive "
                                                    "integer (expected 1)"));
    else if (def.formatVersion > kFormatVersion)
        error(QStringLiteral("/format_version"),
              tr("format_version %1 is newer than this program reads (expected %2 or "
                 "lower; update AV-EMO Rater)")
                  .arg(def.formatVersion)
                  .arg(kFormatVersion));
    def.id = requireString(root, {}, QStringLiteral("id"));
    if (!def.id.isEmpty())
        checkIdentifier(def.id, QStringLiteral("/id"), tr("study id"));
    def.title = requireText(root, {}, QStringLiteral("title"));
    def.instructions = optionalText(root, {}, QStringLiteral("instructions"));
    readLabelSets(root.value(QStringLiteral("label_sets")), def);
    readQuestions(root.value(QStringLiteral("questions")), def);
    readPresentation(root.value(QStringLiteral("presentation")), def.presentation);
    readRaters(root.value(QStringLiteral("raters")), def);
}

void StudyJsonParser::readLabelSets(const QJsonValue &value, StudyDefinition &def)
{
    const QString ptr = QStringLiteral("/label_sets");
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        error(ptr, tr("label_sets is %1 (expected an array of label sets)").arg(typeName(value)));
        return;
    }
    const QJsonArray sets = value.toArray();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const QString setPtr = child(ptr, i);
        if (!sets[i].isObject()) {
            error(setPtr, tr("label set is %1 (expected an object with name and "
                             "categories)")
                              .arg(typeName(sets[i])));
            continue;
        }
        const QJsonObject obj = sets[i].toObject();
        checkKeys(obj, setPtr, kLabelSetKeys);
        LabelSet set;
        set.name = requireString(obj, setPtr, QStringLiteral("name"));
        if (!set.name.isEmpty() && def.labelSet(set.name))
            error(child(setPtr, QStringLiteral("name")),
                  tr("label set '%1' is defined twice (expected unique names)").arg(set.name));
        const QJsonValue cats = obj.value(QStringLiteral("categories"));
        const QString catsPtr = child(setPtr, QStringLiteral("categories"));
        if (!cats.isArray() || cats.toArray().size() < 2) {
            error(cats.isUndefined() ? setPtr : catsPtr,
                  tr("label set '%1' needs a 'categories' array with at least two "
                     "categories")
                      .arg(set.name));
        } else {
            QSet<QChar> keys;
            const QJsonArray arr = cats.toArray();
            for (qsizetype c = 0; c < arr.size(); ++c) {
                const QString catPtr = child(catsPtr, c);
                if (!arr[c].isObject()) {
                    error(catPtr, tr("category is %1 (expected an object with id, "
                                     "label and key)")
                                      .arg(typeName(arr[c])));
                    continue;
                }
                const QJsonObject co = arr[c].toObject();
                checkKeys(co, catPtr, kCategoryKeys);
                Category cat;
                cat.id = requireString(co, catPtr, QStringLiteral("id"));
                if (!cat.id.isEmpty()) {
                    checkIdentifier(cat.id, child(catPtr, QStringLiteral("id")), tr("category id"));
                    if (set.indexOf(cat.id) >= 0)
                        error(child(catPtr, QStringLiteral("id")),
                              tr("category '%1' appears twice in label set '%2'")
                                  .arg(cat.id, set.name));
                }
                cat.label = optionalText(co, catPtr, QStringLiteral("label"), cat.id);
                const QString key = optionalString(co, catPtr, QStringLiteral("key"));
                if (!key.isEmpty()) {
                    if (key.size() != 1 || !key[0].isLetterOrNumber()) {
                        error(child(catPtr, QStringLiteral("key")),
                              tr("shortcut key '%1' is not a single letter or digit").arg(key));
                    } else {
                        cat.key = key[0].toLower();
                        if (keys.contains(cat.key))
                            error(child(catPtr, QStringLiteral("key")),
                                  tr("shortcut key '%1' is used twice in label set '%2' "
                                     "(expected unique keys)")
                                      .arg(key, set.name));
                        keys.insert(cat.key);
                    }
                }
                set.categories.append(cat);
            }
        }
        def.labelSets.append(set);
    }
}

void StudyJsonParser::readQuestions(const QJsonValue &value, StudyDefinition &def)
{
    const QString ptr = QStringLiteral("/questions");
    if (!value.isArray() || value.toArray().isEmpty()) {
        error(value.isUndefined() ? QString() : ptr,
              tr("the study needs a 'questions' array with at least one question"));
        return;
    }
    const QJsonArray arr = value.toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString qPtr = child(ptr, i);
        if (!arr[i].isObject()) {
            error(qPtr, tr("question is %1 (expected an object)").arg(typeName(arr[i])));
            continue;
        }
        Question q = readQuestion(arr[i].toObject(), qPtr, def);
        if (!q.id.isEmpty() && def.question(q.id))
            error(child(qPtr, QStringLiteral("id")),
                  tr("question '%1' is defined twice (expected unique ids)").arg(q.id));
        def.questions.append(q);
    }
}

Question StudyJsonParser::readQuestion(const QJsonObject &obj, const QString &ptr,
                                       const StudyDefinition &def)
{
    checkKeys(obj, ptr, kQuestionKeys);
    Question q;
    q.id = requireString(obj, ptr, QStringLiteral("id"));
    if (!q.id.isEmpty())
        checkIdentifier(q.id, child(ptr, QStringLiteral("id")), tr("question id"));
    q.prompt = requireText(obj, ptr, QStringLiteral("prompt"));

    const QString kind = requireString(obj, ptr, QStringLiteral("kind"));
    static const QMap<QString, QuestionKind> kinds{
        {QStringLiteral("categorical"), QuestionKind::Categorical},
        {QStringLiteral("mos"), QuestionKind::Mos},
        {QStringLiteral("slider"), QuestionKind::Slider},
        {QStringLiteral("text"), QuestionKind::Text}};
    if (!kind.isEmpty() && !kinds.contains(kind))
        error(
            child(ptr, QStringLiteral("kind")),
            tr("unknown question kind '%1' (expected categorical, mos, slider or text)").arg(kind));
    q.kind = kinds.value(kind, QuestionKind::Mos);

    const QString target =
        optionalString(obj, ptr, QStringLiteral("target"), QStringLiteral("reply"));
    static const QMap<QString, QuestionTarget> targets{
        {QStringLiteral("user_turn"), QuestionTarget::UserTurn},
        {QStringLiteral("reply"), QuestionTarget::Reply},
        {QStringLiteral("dialogue"), QuestionTarget::Dialogue}};
    if (!targets.contains(target))
        error(child(ptr, QStringLiteral("target")),
              tr("unknown target '%1' (expected user_turn, reply or dialogue)").arg(target));
    q.target = targets.value(target, QuestionTarget::Reply);
    q.required = optionalBool(obj, ptr, QStringLiteral("required"), q.kind != QuestionKind::Text);

    const bool hasLabelSet = obj.contains(QStringLiteral("label_set"));
    const bool hasScale = obj.contains(QStringLiteral("scale"));
    if (q.kind == QuestionKind::Categorical) {
        q.labelSet = requireString(obj, ptr, QStringLiteral("label_set"));
        if (!q.labelSet.isEmpty() && !def.labelSet(q.labelSet))
            error(child(ptr, QStringLiteral("label_set")),
                  tr("label set '%1' is not defined in label_sets").arg(q.labelSet));
        if (hasScale)
            warning(child(ptr, QStringLiteral("scale")),
                    tr("a categorical question ignores 'scale'"));
    } else if (hasLabelSet) {
        warning(child(ptr, QStringLiteral("label_set")),
                tr("only categorical questions use 'label_set'"));
    }
    if (q.kind == QuestionKind::Mos)
        q.scale = hasScale ? readScale(obj.value(QStringLiteral("scale")),
                                       child(ptr, QStringLiteral("scale")), q.kind)
                           : Scale::acr();
    else if (q.kind == QuestionKind::Slider) {
        if (!hasScale)
            error(ptr, tr("slider question '%1' needs a 'scale' (min, max, step)").arg(q.id));
        else
            q.scale = readScale(obj.value(QStringLiteral("scale")),
                                child(ptr, QStringLiteral("scale")), q.kind);
    }
    return q;
}

Scale StudyJsonParser::readScale(const QJsonValue &value, const QString &ptr, QuestionKind kind)
{
    Scale scale;
    scale.anchors.clear();
    if (!value.isObject()) {
        error(ptr, tr("scale is %1 (expected an object with min, max, step)").arg(typeName(value)));
        return Scale::acr();
    }
    const QJsonObject obj = value.toObject();
    checkKeys(obj, ptr, kScaleKeys);
    scale.min = optionalNumber(obj, ptr, QStringLiteral("min"), 1);
    scale.max = optionalNumber(obj, ptr, QStringLiteral("max"), 5);
    scale.step = optionalNumber(obj, ptr, QStringLiteral("step"), 1);
    if (scale.max <= scale.min) {
        error(ptr,
              tr("scale max (%1) must be greater than min (%2)").arg(scale.max).arg(scale.min));
        return scale;
    }
    if (scale.step <= 0) {
        error(child(ptr, QStringLiteral("step")), tr("scale step must be positive"));
        return scale;
    }
    const double steps = (scale.max - scale.min) / scale.step;
    if (std::abs(steps - std::round(steps)) > 1e-6)
        error(child(ptr, QStringLiteral("step")), tr("scale step %1 does not divide max - min (%2)")
                                                      .arg(scale.step)
                                                      .arg(scale.max - scale.min));
    if (kind == QuestionKind::Mos) {
        if (scale.min != std::floor(scale.min) || scale.step != std::floor(scale.step))
            error(ptr, tr("a mos scale needs integer points (expected integer min and step)"));
        if (scale.pointCount() > kMaxMosPoints)
            error(ptr, tr("a mos scale has %1 points (expected at most %2)")
                           .arg(scale.pointCount())
                           .arg(kMaxMosPoints));
    }
    const QJsonValue anchors = obj.value(QStringLiteral("anchors"));
    const QString anchorsPtr = child(ptr, QStringLiteral("anchors"));
    if (anchors.isObject()) {
        const QJsonObject a = anchors.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            bool ok = false;
            const double point = it.key().toDouble(&ok);
            if (!ok || !scale.contains(point))
                error(child(anchorsPtr, it.key()),
                      tr("anchor '%1' is not a point of the scale %2..%3 step %4")
                          .arg(it.key())
                          .arg(scale.min)
                          .arg(scale.max)
                          .arg(scale.step));
            else if (it.value().isObject())
                scale.anchors.insert(point,
                                     readTexts(it.value().toObject(), child(anchorsPtr, it.key()),
                                               tr("anchor '%1'").arg(it.key())));
            else if (!it.value().isString())
                error(child(anchorsPtr, it.key()),
                      tr("anchor label is %1 (expected a string)").arg(typeName(it.value())));
            else
                scale.anchors.insert(point, it.value().toString());
        }
    } else if (!anchors.isUndefined()) {
        error(anchorsPtr, tr("anchors is %1 (expected an object such as {\"1\": \"Bad\"})")
                              .arg(typeName(anchors)));
    }
    if (kind == QuestionKind::Mos && scale.anchors.size() < scale.pointCount() &&
        scale.pointCount() <= kMaxMosPoints)
        warning(anchors.isUndefined() ? ptr : anchorsPtr,
                tr("%1 of %2 scale points have an anchor label (expected one per point)")
                    .arg(scale.anchors.size())
                    .arg(scale.pointCount()));
    return scale;
}

void StudyJsonParser::readPresentation(const QJsonValue &value, Presentation &p)
{
    const QString ptr = QStringLiteral("/presentation");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        error(ptr, tr("presentation is %1 (expected an object)").arg(typeName(value)));
        return;
    }
    const QJsonObject obj = value.toObject();
    checkKeys(obj, ptr, kPresentationKeys);
    p.blind = optionalBool(obj, ptr, QStringLiteral("blind"), true);
    const double seed = optionalNumber(obj, ptr, QStringLiteral("seed"), 1);
    if (seed < 0 || seed != std::floor(seed) || seed > 9007199254740992.0)
        error(child(ptr, QStringLiteral("seed")),
              tr("seed must be a non-negative integer below 2^53"));
    else
        p.seed = quint64(seed);
    p.mustPlayFully = optionalBool(obj, ptr, QStringLiteral("must_play_fully"), false);
    p.goldRate = optionalNumber(obj, ptr, QStringLiteral("gold_rate"), 0.0);
    if (p.goldRate < 0 || p.goldRate > 1)
        error(child(ptr, QStringLiteral("gold_rate")),
              tr("gold_rate %1 is outside 0..1 (expected a share such as 0.1)").arg(p.goldRate));
    p.allowNewRaters = optionalBool(obj, ptr, QStringLiteral("allow_new_raters"), true);
    p.autoplay = optionalBool(obj, ptr, QStringLiteral("autoplay"), true);
    readLoudnessTarget(obj, ptr, p);
}

void StudyJsonParser::readLoudnessTarget(const QJsonObject &obj, const QString &ptr,
                                         Presentation &p)
{
    const QJsonValue value = obj.value(QStringLiteral("loudness_lufs"));
    const QString where = child(ptr, QStringLiteral("loudness_lufs"));
    if (value.isNull()) { // normalisation off
        p.loudnessLufs.reset();
        return;
    }
    if (value.isUndefined())
        return;
    if (!value.isDouble()) {
        error(where, tr("loudness_lufs is %1 (expected a number of LUFS such as -23, or null to "
                        "play tracks as recorded)")
                         .arg(typeName(value)));
        return;
    }
    const double lufs = value.toDouble();
    // Below -70 LUFS is under the BS.1770 absolute gate; above 0 no real track can be raised to.
    if (lufs < -70.0 || lufs > 0.0) {
        error(where,
              tr("loudness_lufs %1 is outside -70..0 (expected a target such as -23)").arg(lufs));
        return;
    }
    p.loudnessLufs = lufs;
}

void StudyJsonParser::readRaters(const QJsonValue &value, StudyDefinition &def)
{
    const QString ptr = QStringLiteral("/raters");
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        error(ptr, tr("raters is %1 (expected an array)").arg(typeName(value)));
        return;
    }
    const QJsonArray arr = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < arr.size(); ++i) {
        const QString rPtr = child(ptr, i);
        if (!arr[i].isObject()) {
            error(rPtr, tr("rater is %1 (expected an object with an id)").arg(typeName(arr[i])));
            continue;
        }
        const QJsonObject obj = arr[i].toObject();
        checkKeys(obj, rPtr, kRaterKeys);
        RaterInfo r;
        r.id = requireString(obj, rPtr, QStringLiteral("id"));
        r.name = optionalString(obj, rPtr, QStringLiteral("name"));
        if (!r.id.isEmpty()) {
            checkIdentifier(r.id, child(rPtr, QStringLiteral("id")), tr("rater id"));
            if (seen.contains(r.id))
                error(child(rPtr, QStringLiteral("id")),
                      tr("rater '%1' is listed twice").arg(r.id));
            seen.insert(r.id);
        }
        def.raters.append(r);
    }
}

QString StudyJsonParser::requireString(const QJsonObject &obj, const QString &ptr,
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

QString StudyJsonParser::optionalString(const QJsonObject &obj, const QString &ptr,
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

LocalizedText StudyJsonParser::requireText(const QJsonObject &obj, const QString &ptr,
                                           const QString &key)
{
    const QJsonValue v = obj.value(key);
    if (!v.isObject())
        return requireString(obj, ptr, key); // plain strings are read (and refused) as before
    return readTexts(v.toObject(), child(ptr, key), u'\'' + key + u'\'');
}

LocalizedText StudyJsonParser::optionalText(const QJsonObject &obj, const QString &ptr,
                                            const QString &key, const QString &fallback)
{
    const QJsonValue v = obj.value(key);
    if (!v.isObject())
        return optionalString(obj, ptr, key, fallback);
    return readTexts(v.toObject(), child(ptr, key), u'\'' + key + u'\'');
}

LocalizedText StudyJsonParser::readTexts(const QJsonObject &texts, const QString &ptr,
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

bool StudyJsonParser::optionalBool(const QJsonObject &obj, const QString &ptr, const QString &key,
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

double StudyJsonParser::optionalNumber(const QJsonObject &obj, const QString &ptr,
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

void StudyJsonParser::checkIdentifier(const QString &id, const QString &ptr, const QString &what)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!pattern.match(id).hasMatch())
        error(ptr, tr("%1 '%2' has characters other than letters, digits, '-', '_' and '.'")
                       .arg(what, id));
}

void StudyJsonParser::checkKeys(const QJsonObject &obj, const QString &ptr, const KnownKeys &known)
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

void StudyJsonParser::error(const QString &ptr, const QString &message)
{
    const auto pos = m_locator.valueAt(ptr);
    m_problems.append({m_file, pos.line, pos.column, Problem::Severity::Error, message});
}

void StudyJsonParser::warning(const QString &ptr, const QString &message)
{
    const auto pos = m_locator.valueAt(ptr);
    m_problems.append({m_file, pos.line, pos.column, Problem::Severity::Warning, message});
}

} // namespace avemo
