#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The domain types of a study, as read from a study folder or a study database.
namespace avemo {

// A text of the study shown to annotators (title, instructions, prompt, anchor or category label):
// its English text, the fallback, and translations keyed by language tag ("de", "zh_CN").
// It converts to the English text on purpose: whatever stores, exports or logs a study gets the
// study's own source text without naming a language; only the annotator's view asks for
// text(QLocale()).
class LocalizedText
{
public:
    LocalizedText() = default;
    // Implicit: a plain string in study.json is a text in English only.
    LocalizedText(const QString &english) // NOLINT(google-explicit-constructor)
        : m_english(english)
    {
    }
    LocalizedText(const QString &english, const QMap<QString, QString> &translations)
        : m_english(english)
        , m_translations(translations)
    {
    }

    const QString &text() const { return m_english; }
    // The text for `locale`: its exact tag ("zh_CN", "de_AT"), else its language ("de"), else
    // English. zh_TW does not fall back to zh_CN: another script is no better than English.
    QString text(const QLocale &locale) const;
    // Language tag -> text, without "en" (that is text()).
    const QMap<QString, QString> &translations() const { return m_translations; }
    bool isEmpty() const { return m_english.isEmpty(); }

    operator const QString &() const { return m_english; } // NOLINT(google-explicit-constructor)

    // "de" or "zh_CN": an ISO 639 language Qt knows, optionally '_' and an ISO 3166 territory.
    static bool isLanguageTag(const QString &tag);

private:
    QString m_english;
    QMap<QString, QString> m_translations;
};

struct Category
{
    QString id;          // stored and exported
    LocalizedText label; // shown to annotators, in their language
    QChar key;           // keyboard shortcut; null when none. The same in every language: the key
                         // belongs to the category, not to its label's first letter.
};

struct LabelSet
{
    QString name;
    QList<Category> categories;

    int indexOf(const QString &categoryId) const;
};

enum class QuestionKind
{
    Categorical,
    Mos,
    Slider,
    Text
};
enum class QuestionTarget
{
    UserTurn,
    Reply,
    Dialogue
};

QString toString(QuestionKind kind);
QString toString(QuestionTarget target);

struct Scale
{
    double min = 1;
    double max = 5;
    double step = 1;
    QMap<double, LocalizedText> anchors; // scale point -> label

    int pointCount() const;
    double point(int index) const { return min + index * step; }
    bool contains(double value) const; // a point of the scale (within rounding)
    static Scale acr();                // ITU-T P.800 ACR: 1 Bad ... 5 Excellent
};

struct Question
{
    QString id;
    LocalizedText prompt;
    QuestionKind kind = QuestionKind::Mos;
    QuestionTarget target = QuestionTarget::Reply;
    bool required = true;
    QString labelSet; // categorical only
    Scale scale;      // mos and slider
};

struct Presentation
{
    bool blind = true;
    quint64 seed = 1;
    bool mustPlayFully = false;
    double goldRate = 0.0;
    bool allowNewRaters = true;
    bool autoplay = true; // each item starts playing when shown
    // Every audio track is played at this integrated loudness (EBU R128, LUFS); none: played
    // as recorded (study.json "loudness_lufs": null).
    std::optional<double> loudnessLufs = kDefaultLoudnessLufs;
    static constexpr double kDefaultLoudnessLufs = -23.0; // EBU R128's programme target
};

struct RaterInfo
{
    QString id;
    QString name;
};

struct StudyDefinition
{
    int formatVersion = 1;
    QString id;
    LocalizedText title;
    LocalizedText instructions;
    QList<LabelSet> labelSets;
    QList<Question> questions;
    Presentation presentation;
    QList<RaterInfo> raters;

    const LabelSet *labelSet(const QString &name) const;
    const Question *question(const QString &id) const;
};

struct StudyItem
{
    QString itemId;
    QString dialogueId;
    int turn = 1;
    QString system;
    QStringList contextMedia; // relative paths, played first, in order
    QString replyMedia;
    QString replyAudio; // optional separate audio track for the reply video
    int replyAudioOffsetMs = 0;
    QString transcript;
    QString intendedEmotion;
    QMap<QString, QString> gold; // question id -> expected answer; empty when not a gold item
    int csvLine = 0;

    bool isGold() const { return !gold.isEmpty(); }
};

struct MediaInfo
{
    QString path; // relative to the study folder, with '/'
    qint64 sizeBytes = 0;
    QByteArray sha256; // hex
    qint64 durationMs = 0;
    bool hasVideo = false;
    bool hasAudio = false;
    // EBU R128 integrated loudness and true peak of the audio, measured at import; unset when
    // not measured (no audio, silent, or validated without opening the media).
    std::optional<double> loudnessLufs;
    std::optional<double> truePeakDbtp;
};

// A whole study read from a folder, ready to be imported.
struct Study
{
    QString folder; // absolute path of the study folder
    StudyDefinition definition;
    QByteArray definitionJson; // the study.json as read, compacted
    QList<StudyItem> items;
    QList<MediaInfo> media;

    // BLAKE2b-256 over the definition, the items and the media contents: two databases with the
    // same hash were imported from the same version of the same study.
    QByteArray definitionHash() const;
    qint64 totalMediaDurationMs() const;
};

} // namespace avemo
