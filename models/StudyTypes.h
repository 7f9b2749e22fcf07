#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The domain types of a study, as read from a study folder or a study database.
namespace avemo {

struct Category
{
    QString id;    // stored and exported
    QString label; // shown to annotators
    QChar key;     // keyboard shortcut; null when none
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
    QMap<double, QString> anchors; // scale point -> label

    int pointCount() const;
    double point(int index) const { return min + index * step; }
    bool contains(double value) const; // a point of the scale (within rounding)
    static Scale acr();                // ITU-T P.800 ACR: 1 Bad ... 5 Excellent
};

struct Question
{
    QString id;
    QString prompt;
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
    QString title;
    QString instructions;
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
};

// A whole study read from a folder, ready to be imported.
struct Study
{
    QString folder; // absolute path of the study folder
    StudyDefinition definition;
    QByteArray definitionJson; // the study.json as read, compacted
    QList<StudyItem> items;
    QList<MediaInfo> media;

    // BLAKE2b-256 over the definition, the items and the media contents: two databases with the same
    // hash were imported from the same version of the same study.
    QByteArray definitionHash() const;
    qint64 totalMediaDurationMs() const;
};

} // namespace avemo
