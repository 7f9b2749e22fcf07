#include "coordination/ItemsCsvWriter.h"

#include <QStringList>

namespace avemo {

namespace {

// RFC 4180: quote a field that holds a separator, a quote or a line break; the loader trims
// most cells, so leading or trailing blanks are quoted too to keep a transcript exact.
QString field(const QString &value)
{
    const bool needsQuotes =
        value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
        value.contains(u'\r') ||
        (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray ItemsCsvWriter::write(const QList<StudyItem> &items)
{
    QString out = QStringLiteral("item_id,dialogue_id,turn,system,context_media,reply_media,"
                                 "reply_audio,reply_audio_offset_ms,transcript,intended_emotion,"
                                 "gold\n");
    for (const StudyItem &it : items) {
        QStringList gold;
        for (auto g = it.gold.cbegin(); g != it.gold.cend(); ++g)
            gold.append(g.key() + u'=' + g.value());
        const QStringList row{
            field(it.itemId),
            field(it.dialogueId),
            QString::number(it.turn),
            field(it.system),
            field(it.contextMedia.join(u'|')),
            field(it.replyMedia),
            field(it.replyAudio),
            // An offset without a separate audio track is refused by the loader.
            it.replyAudio.isEmpty() ? QString() : QString::number(it.replyAudioOffsetMs),
            field(it.transcript),
            field(it.intendedEmotion),
            field(gold.join(u';')),
        };
        out += row.join(u',') + u'\n';
    }
    return out.toUtf8();
}

} // namespace avemo
