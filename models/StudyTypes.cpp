#include "StudyTypes.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <cmath>

namespace avemo {

QString LocalizedText::text(const QLocale &locale) const
{
    if (m_translations.isEmpty())
        return m_english;
    const QString name = locale.name(); // "de_AT"; "C" for the C locale
    auto it = m_translations.constFind(name);
    if (it == m_translations.cend())
        it = m_translations.constFind(name.section(u'_', 0, 0));
    return it == m_translations.cend() ? m_english : it.value();
}

bool LocalizedText::isLanguageTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z]{2,3})(?:_([A-Z]{2}))?$"));
    const auto match = pattern.match(tag);
    if (!match.hasMatch())
        return false;
    const QLocale::Language language = QLocale::codeToLanguage(match.capturedView(1));
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return false;
    return !match.hasCaptured(2) ||
           QLocale::codeToTerritory(match.capturedView(2)) != QLocale::AnyTerritory;
}

int LabelSet::indexOf(const QString &categoryId) const
{
    for (int i = 0; i < categories.size(); ++i)
        if (categories[i].id == categoryId)
            return i;
    return -1;
}

QString toString(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Categorical:
        return QStringLiteral("categorical");
    case QuestionKind::Mos:
        return QStringLiteral("mos");
    case QuestionKind::Slider:
        return QStringLiteral("slider");
    case QuestionKind::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString toString(QuestionTarget target)
{
    switch (target) {
    case QuestionTarget::UserTurn:
        return QStringLiteral("user_turn");
    case QuestionTarget::Reply:
        return QStringLiteral("reply");
    case QuestionTarget::Dialogue:
        return QStringLiteral("dialogue");
    }
    return {};
}

int Scale::pointCount() const
{
    if (step <= 0 || max < min)
        return 0;
    return int(std::floor((max - min) / step + 1e-9)) + 1;
}

bool Scale::contains(double value) const
{
    if (!std::isfinite(value) || value < min - 1e-9 || value > max + 1e-9 || step <= 0)
        return false;
    const double steps = (value - min) / step;
    return std::abs(steps - std::round(steps)) < 1e-6;
}

Scale Scale::acr()
{
    // ITU-T P.800's category labels and the wording its German, Spanish and Chinese editions
    // use, so a study that gives no anchors still speaks the annotator's language.
    const auto label = [](const char *en, const char *de, const char *es, const char *zh) {
        return LocalizedText(QString::fromUtf8(en),
                             {{QStringLiteral("de"), QString::fromUtf8(de)},
                              {QStringLiteral("es"), QString::fromUtf8(es)},
                              {QStringLiteral("zh_CN"), QString::fromUtf8(zh)}});
    };
    Scale s;
    s.anchors = {{1, label("Bad", "Schlecht", "Mala", "劣")},
                 {2, label("Poor", "Dürftig", "Mediocre", "差")},
                 {3, label("Fair", "Ordentlich", "Aceptable", "中")},
                 {4, label("Good", "Gut", "Buena", "良")},
                 {5, label("Excellent", "Ausgezeichnet", "Excelente", "优")}};
    return s;
}

const LabelSet *StudyDefinition::labelSet(const QString &name) const
{
    for (const auto &set : labelSets)
        if (set.name == name)
            return &set;
    return nullptr;
}

const Question *StudyDefinition::question(const QString &questionId) const
{
    for (const auto &q : questions)
        if (q.id == questionId)
            return &q;
    return nullptr;
}

QByteArray Study::definitionHash() const
{
    // One buffer hashed once: many small addData() calls cost more than the hashing itself.
    // BLAKE2b-256: as collision-resistant as SHA-256 here and several times faster in Qt's
    // portable implementation, which matters for 100,000-item manifests.
    QByteArray buffer = definitionJson;
    buffer.reserve(buffer.size() + items.size() * 160 + media.size() * 100);
    // A unit separator between fields keeps "ab"+"c" apart from "a"+"bc".
    const auto add = [&buffer](const QString &s) {
        buffer += s.toUtf8();
        buffer += '\x1f';
    };
    for (const auto &item : items) {
        add(item.itemId);
        add(item.dialogueId);
        add(QString::number(item.turn));
        add(item.system);
        add(item.contextMedia.join(u'|'));
        add(item.replyMedia);
        add(item.replyAudio);
        add(QString::number(item.replyAudioOffsetMs));
        add(item.transcript);
        add(item.intendedEmotion);
        for (auto it = item.gold.cbegin(); it != item.gold.cend(); ++it)
            add(it.key() + u'=' + it.value());
        buffer += '\x1e';
    }
    for (const auto &m : media) {
        add(m.path);
        buffer += m.sha256;
    }
    return QCryptographicHash::hash(buffer, QCryptographicHash::Blake2b_256).toHex();
}

qint64 Study::totalMediaDurationMs() const
{
    qint64 total = 0;
    for (const auto &m : media)
        total += m.durationMs;
    return total;
}

} // namespace avemo
