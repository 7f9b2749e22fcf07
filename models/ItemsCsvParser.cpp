#include "ItemsCsvParser.h"

#include "MediaPath.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace avemo {

namespace {

const QStringList kRequired{QStringLiteral("item_id"), QStringLiteral("dialogue_id"),
                            QStringLiteral("turn"), QStringLiteral("system"),
                            QStringLiteral("reply_media")};
const QStringList kOptional{QStringLiteral("context_media"),         QStringLiteral("reply_audio"),
                            QStringLiteral("reply_audio_offset_ms"), QStringLiteral("transcript"),
                            QStringLiteral("intended_emotion"),      QStringLiteral("gold")};

class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(avemo::ItemsCsvParser)

public:
    RowReader(const CsvTable &table, const StudyDefinition &def, const QString &file,
              bool definitionUsable, ItemsCsvParser::Result &out)
        : m_table(table)
        , m_def(def)
        , m_file(file)
        , m_definitionUsable(definitionUsable)
        , m_out(out)
    {
    }

    bool checkHeader()
    {
        const int headerLine = 1;
        bool ok = true;
        for (const auto &name : kRequired) {
            if (m_table.column(name) < 0) {
                problem(headerLine, 1,
                        tr("missing required column '%1' (expected a header with %2)")
                            .arg(name, kRequired.join(QStringLiteral(", "))));
                ok = false;
            }
        }
        const QStringList known = kRequired + kOptional;
        for (int i = 0; i < m_table.header.size(); ++i) {
            const QString &name = m_table.header[i];
            if (known.contains(name))
                continue;
            const QString near = nearestName(name, known);
            problem(headerLine, i + 1,
                    near.isEmpty()
                        ? tr("unknown column '%1' is ignored (expected one of: %2)")
                              .arg(name, known.join(QStringLiteral(", ")))
                        : tr("unknown column '%1' is ignored (did you mean '%2'?)").arg(name, near),
                    Problem::Severity::Warning);
        }
        return ok;
    }

    void readRow(int r)
    {
        const QStringList &row = m_table.rows[r];
        m_line = m_table.rowLines[r];
        StudyItem item;
        item.csvLine = m_line;
        item.itemId = identifier(row, QStringLiteral("item_id"));
        if (!item.itemId.isEmpty()) {
            if (const auto it = m_itemLines.constFind(item.itemId); it != m_itemLines.cend())
                problem(m_line, col(QStringLiteral("item_id")),
                        tr("item_id '%1' is already used on line %2 (expected unique ids)")
                            .arg(item.itemId)
                            .arg(*it));
            m_itemLines.insert(item.itemId, m_line);
        }
        item.dialogueId = identifier(row, QStringLiteral("dialogue_id"));
        item.turn = turnNumber(row);
        item.system = cell(row, QStringLiteral("system")).trimmed();
        // A gold row (answers given as question_id=value) is a check item, not a system's
        // reply: it may leave system empty. Its answers are checked below.
        const bool goldRow = cell(row, QStringLiteral("gold")).contains(u'=');
        if (item.system.isEmpty() && !goldRow)
            problem(m_line, col(QStringLiteral("system")),
                    tr("system is empty (expected the name of the system or condition)"));
        const QString key =
            item.dialogueId + u'\x1f' + QString::number(item.turn) + u'\x1f' + item.system;
        if (const auto it = m_variantLines.constFind(key); it != m_variantLines.cend())
            problem(m_line, col(QStringLiteral("system")),
                    item.system.isEmpty()
                        ? tr("dialogue '%1' turn %2 already has a gold row without a system on "
                             "line %3 (expected one per dialogue and turn: give each gold row "
                             "a dialogue_id of its own)")
                              .arg(item.dialogueId)
                              .arg(item.turn)
                              .arg(*it)
                        : tr("dialogue '%1' turn %2 already has a reply from system '%3' on "
                             "line %4 (expected one row per dialogue, turn and system)")
                              .arg(item.dialogueId)
                              .arg(item.turn)
                              .arg(item.system)
                              .arg(*it));
        m_variantLines.insert(key, m_line);

        const QString context = cell(row, QStringLiteral("context_media")).trimmed();
        if (!context.isEmpty()) {
            for (const QString &part : context.split(u'|')) {
                const QString path = part.trimmed();
                if (path.isEmpty())
                    problem(
                        m_line, col(QStringLiteral("context_media")),
                        tr("empty file name in context_media (expected paths separated by '|')"));
                else
                    item.contextMedia.append(
                        media(path, QStringLiteral("context_media"), false, false));
            }
        }
        item.replyAudio = cell(row, QStringLiteral("reply_audio")).trimmed();
        item.replyMedia = cell(row, QStringLiteral("reply_media")).trimmed();
        if (item.replyMedia.isEmpty())
            problem(m_line, col(QStringLiteral("reply_media")),
                    tr("reply_media is empty (expected the reply's video or audio file)"));
        else
            item.replyMedia = media(item.replyMedia, QStringLiteral("reply_media"),
                                    !item.replyAudio.isEmpty(), false);
        if (!item.replyAudio.isEmpty())
            item.replyAudio = media(item.replyAudio, QStringLiteral("reply_audio"), false, true);
        item.replyAudioOffsetMs = offset(row, !item.replyAudio.isEmpty());
        item.transcript = cell(row, QStringLiteral("transcript"));
        item.intendedEmotion = cell(row, QStringLiteral("intended_emotion")).trimmed();
        if (m_definitionUsable && !item.intendedEmotion.isEmpty() &&
            !isKnownCategory(item.intendedEmotion))
            problem(m_line, col(QStringLiteral("intended_emotion")),
                    tr("intended_emotion '%1' is not a category of any label set")
                        .arg(item.intendedEmotion),
                    Problem::Severity::Warning);
        item.gold = gold(row);
        m_out.items.append(item);
    }

private:
    int col(const QString &name) const { return m_table.column(name) + 1; }

    QString cell(const QStringList &row, const QString &name) const
    {
        const int c = m_table.column(name);
        return c < 0 ? QString() : row[c];
    }

    void problem(int line, int column, const QString &message,
                 Problem::Severity severity = Problem::Severity::Error)
    {
        m_out.problems.append({m_file, line, column, severity, message});
    }

    QString identifier(const QStringList &row, const QString &name)
    {
        const QString value = cell(row, name).trimmed();
        if (value.isEmpty())
            problem(m_line, col(name), tr("%1 is empty (expected an id)").arg(name));
        else if (!isIdentifier(value))
            problem(m_line, col(name),
                    tr("%1 '%2' has characters other than letters, digits, '-', '_' and '.'")
                        .arg(name, value));
        return value;
    }

    // [A-Za-z0-9_.-]+, without a regular expression: this runs for every row of large studies.
    static bool isIdentifier(const QString &s)
    {
        return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
            const char16_t u = c.unicode();
            return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                   (u >= u'0' && u <= u'9') || u == u'_' || u == u'.' || u == u'-';
        });
    }

    int turnNumber(const QStringList &row)
    {
        const QString value = cell(row, QStringLiteral("turn")).trimmed();
        bool ok = false;
        const int turn = value.toInt(&ok);
        if (!ok || turn < 1) {
            problem(m_line, col(QStringLiteral("turn")),
                    tr("turn '%1' is not a whole number >= 1").arg(value));
            return 1;
        }
        return turn;
    }

    int offset(const QStringList &row, bool hasAudio)
    {
        const QString value = cell(row, QStringLiteral("reply_audio_offset_ms")).trimmed();
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || std::abs(ms) > 10000) {
            problem(m_line, col(QStringLiteral("reply_audio_offset_ms")),
                    tr("reply_audio_offset_ms '%1' is not a whole number of "
                       "milliseconds between -10000 and 10000")
                        .arg(value));
            return 0;
        }
        if (!hasAudio)
            problem(m_line, col(QStringLiteral("reply_audio_offset_ms")),
                    tr("reply_audio_offset_ms is set but reply_audio is empty "
                       "(expected both or neither)"));
        return ms;
    }

    // Returns the normalised path: "./media/x.flac" and "media/x.flac" are one file.
    QString media(const QString &written, const QString &column, bool needsVideo, bool needsAudio)
    {
        const QString path = MediaPath::normalised(written);
        const auto it = m_mediaIndex.constFind(path);
        if (it == m_mediaIndex.cend()) {
            m_mediaIndex.insert(path, int(m_out.media.size()));
            m_out.media.append({path, written, m_line, col(column), needsVideo, needsAudio});
        } else {
            auto &ref = m_out.media[*it];
            ref.needsVideo = ref.needsVideo || needsVideo;
            ref.needsAudio = ref.needsAudio || needsAudio;
        }
        return path;
    }

    bool isKnownCategory(const QString &id) const
    {
        for (const auto &set : m_def.labelSets)
            if (set.indexOf(id) >= 0)
                return true;
        return false;
    }

    QMap<QString, QString> gold(const QStringList &row)
    {
        QMap<QString, QString> answers;
        const QString value = cell(row, QStringLiteral("gold")).trimmed();
        if (value.isEmpty())
            return answers;
        const int c = col(QStringLiteral("gold"));
        for (const QString &pair : value.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            const QString qid = pair.left(eq).trimmed();
            const QString answer = pair.mid(eq + 1).trimmed();
            if (eq < 0 || qid.isEmpty() || answer.isEmpty()) {
                problem(m_line, c,
                        tr("gold answer '%1' is not of the form question_id=value")
                            .arg(pair.trimmed()));
                continue;
            }
            if (!m_definitionUsable) {
                answers.insert(qid, answer);
                continue;
            }
            const Question *q = m_def.question(qid);
            if (!q) {
                problem(
                    m_line, c,
                    tr("gold answer names question '%1', which the study does not have").arg(qid));
                continue;
            }
            if (!isValidAnswer(*q, answer)) {
                problem(m_line, c,
                        tr("gold answer '%1' is not a valid answer to question '%2' (expected %3)")
                            .arg(answer, qid, expectedAnswer(*q)));
                continue;
            }
            answers.insert(qid, answer);
        }
        return answers;
    }

    bool isValidAnswer(const Question &q, const QString &answer) const
    {
        switch (q.kind) {
        case QuestionKind::Categorical: {
            const LabelSet *set = m_def.labelSet(q.labelSet);
            return set && set->indexOf(answer) >= 0;
        }
        case QuestionKind::Mos:
        case QuestionKind::Slider: {
            bool ok = false;
            const double v = answer.toDouble(&ok);
            return ok && q.scale.contains(v);
        }
        case QuestionKind::Text:
            return false; // free text cannot be checked against a gold answer
        }
        return false;
    }

    QString expectedAnswer(const Question &q) const
    {
        if (q.kind == QuestionKind::Categorical) {
            QStringList ids;
            if (const LabelSet *set = m_def.labelSet(q.labelSet))
                for (const auto &c : set->categories)
                    ids.append(c.id);
            return tr("one of ") + ids.join(QStringLiteral(", "));
        }
        if (q.kind == QuestionKind::Text)
            return tr("no gold answer for a text question");
        return tr("a point of the scale %1..%2 step %3")
            .arg(q.scale.min)
            .arg(q.scale.max)
            .arg(q.scale.step);
    }

    const CsvTable &m_table;
    const StudyDefinition &m_def;
    QString m_file;
    bool m_definitionUsable;
    ItemsCsvParser::Result &m_out;
    int m_line = 0;
    QHash<QString, int> m_itemLines;
    QHash<QString, int> m_variantLines;
    QHash<QString, int> m_mediaIndex;
};

} // namespace

ItemsCsvParser::Result ItemsCsvParser::parse(const CsvTable &table,
                                             const StudyDefinition &definition,
                                             const QString &fileName, bool definitionUsable)
{
    Result result;
    RowReader reader(table, definition, fileName, definitionUsable, result);
    if (!reader.checkHeader())
        return result;
    if (table.rows.isEmpty())
        result.problems.append({fileName, 1, 1, Problem::Severity::Error,
                                tr("no items (expected at least one row after the header)")});
    for (int r = 0; r < table.rows.size(); ++r)
        reader.readRow(r);
    return result;
}

} // namespace avemo
