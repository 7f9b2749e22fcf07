#include "export/ExportCsvFiles.h"

#include <QString>

namespace avemo::ExportCsvFiles {

namespace {

std::string encode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return CsvWriter::encodeText(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void header(CsvWriter &csv, const QStringList &names)
{
    for (const QString &name : names)
        csv.text(name);
    csv.endRow();
}

QString kindName(const Question &q)
{
    return toString(q.kind);
}

// "value,label,score" of numeric answers (the label empty), per question and value text: a
// scale has a few points, so a few texts cover nearly every row. A slider's many values fall
// through once the small cache is full.
class ScoreCells
{
public:
    explicit ScoreCells(std::size_t questions)
        : m_cache(questions)
    {
    }

    const std::string &cell(std::size_t question, std::string_view value, double number)
    {
        auto &cache = m_cache[question];
        for (const auto &[text, cell] : cache)
            if (text == value)
                return cell;
        std::string cell = CsvWriter::encodeText(value) + ",," + CsvWriter::numberText(number);
        if (cache.size() < kCached) {
            cache.emplace_back(std::string(value), std::move(cell));
            return cache.back().second;
        }
        m_scratch = std::move(cell);
        return m_scratch;
    }

private:
    static constexpr std::size_t kCached = 16;
    std::vector<std::vector<std::pair<std::string, std::string>>> m_cache;
    std::string m_scratch;
};

} // namespace

QStringList shareCategories(const StudyRatings &study)
{
    QStringList ids;
    for (std::size_t q = 0; q < std::size_t(study.questions().size()); ++q)
        if (const LabelSet *set = study.labelSet(q))
            for (const Category &c : set->categories)
                if (!ids.contains(c.id))
                    ids.append(c.id);
    return ids;
}

bool writeRatings(CsvWriter &csv, const StudyRatings &study,
                  const std::function<bool(std::size_t)> &tick)
{
    header(csv, {QStringLiteral("study_id"), QStringLiteral("item_id"),
                 QStringLiteral("dialogue_id"), QStringLiteral("turn"), QStringLiteral("system"),
                 QStringLiteral("rater_id"), QStringLiteral("question_id"), QStringLiteral("value"),
                 QStringLiteral("label"), QStringLiteral("score"), QStringLiteral("answered_at"),
                 QStringLiteral("time_spent_ms"), QStringLiteral("plays"),
                 QStringLiteral("revision"), QStringLiteral("gold"), QStringLiteral("excluded")});
    // A million rows repeat a few thousand distinct cells: each is encoded once, and a row is
    // a handful of appends of joined cells.
    const std::size_t questions = std::size_t(study.questions().size());
    const std::string studyCell = encode(study.studyId());
    std::vector<std::string> itemCells, raterQuestionCells;
    for (const RatedItem &item : study.items())
        itemCells.push_back(studyCell + ',' + encode(item.itemId) + ',' + encode(item.dialogueId) +
                            ',' + std::to_string(item.turn) + ',' + encode(item.system));
    for (const RatedRater &rater : study.raters())
        for (const Question &q : study.questions())
            raterQuestionCells.push_back(encode(rater.raterId) + ',' + encode(q.id));
    // value,label,score of a categorical answer: the value is the category id itself.
    std::vector<std::vector<std::string>> categoryCells(questions);
    for (std::size_t q = 0; q < questions; ++q)
        if (const LabelSet *set = study.labelSet(q))
            for (const Category &c : set->categories)
                categoryCells[q].push_back(encode(c.id) + ',' + encode(c.label) + ',');
    ScoreCells scoreCells(questions);
    const std::string flagCells[2][2] = {{"0,0", "0,1"}, {"1,0", "1,1"}};
    // The answers of one submission share their stamp, and so its encoded cell.
    std::uint32_t lastStamp = 0;
    std::string stampCell = encode(QString());
    bool haveStamp = false;

    std::size_t done = 0;
    for (const RatedResponse &r : study.responses()) {
        const QuestionKind kind = study.questions()[qsizetype(r.question)].kind;
        csv.encoded(itemCells[r.item]);
        csv.encoded(raterQuestionCells[r.rater * questions + r.question]);
        if (kind == QuestionKind::Categorical && !std::isnan(r.number)) {
            csv.encoded(categoryCells[r.question][std::size_t(r.number)]);
        } else if (kind == QuestionKind::Text) {
            csv.text(study.value(r));
            csv.empty();
            csv.empty();
        } else {
            csv.encoded(scoreCells.cell(r.question, study.value(r), r.number));
        }
        if (!haveStamp || r.answered != lastStamp) {
            stampCell = CsvWriter::encodeText(study.answeredAt(r));
            lastStamp = r.answered;
            haveStamp = true;
        }
        csv.encoded(stampCell);
        csv.integer(r.timeSpentMs);
        csv.integer(r.plays);
        csv.integer(r.revision);
        csv.encoded(flagCells[study.items()[r.item].isGold()][study.raters()[r.rater].excluded]);
        csv.endRow();
        if ((++done & 0xffff) == 0 && tick && !tick(done))
            return false;
    }
    return true;
}

void writeItems(CsvWriter &csv, const ExportData &data)
{
    const StudyRatings &study = *data.study;
    header(csv,
           {QStringLiteral("item_id"), QStringLiteral("dialogue_id"), QStringLiteral("turn"),
            QStringLiteral("system"), QStringLiteral("gold"), QStringLiteral("intended_emotion"),
            QStringLiteral("question_id"), QStringLiteral("kind"), QStringLiteral("n"),
            QStringLiteral("mos"), QStringLiteral("sd"), QStringLiteral("ci95_low"),
            QStringLiteral("ci95_high"), QStringLiteral("majority"),
            QStringLiteral("majority_label"), QStringLiteral("tie"), QStringLiteral("agreement"),
            QStringLiteral("disagreement"), QStringLiteral("adjudicated")});
    // The item's six cells are encoded once for its rows, a question's two once for all, and a
    // category's id and label converted to UTF-8 once: 100,000 rows otherwise convert a dozen
    // strings each.
    struct QuestionCells
    {
        std::string cells; // question_id,kind
        const LabelSet *set = nullptr;
        std::vector<std::string> ids, labels; // UTF-8, label-set order
    };
    std::vector<QuestionCells> questions;
    for (const QuestionStatistics &qs : data.questions) {
        const Question &q = study.questions()[qsizetype(qs.question)];
        QuestionCells c;
        c.cells = encode(q.id) + ',' + encode(kindName(q));
        c.set = study.labelSet(qs.question);
        for (qsizetype k = 0; c.set && k < c.set->categories.size(); ++k) {
            c.ids.push_back(c.set->categories[k].id.toStdString());
            c.labels.push_back(QString(c.set->categories[k].label).toStdString());
        }
        questions.push_back(std::move(c));
    }
    std::string majority, labels;
    for (std::size_t i = 0; i < study.items().size(); ++i) {
        const RatedItem &item = study.items()[i];
        const std::string itemCells = encode(item.itemId) + ',' + encode(item.dialogueId) + ',' +
                                      std::to_string(item.turn) + ',' + encode(item.system) +
                                      (item.isGold() ? ",1," : ",0,") +
                                      encode(item.intendedEmotion);
        for (std::size_t k = 0; k < data.questions.size(); ++k) {
            const QuestionStatistics &qs = data.questions[k];
            const QuestionCells &q = questions[k];
            const ItemStatistics &s = qs.items[i];
            csv.encoded(itemCells);
            csv.encoded(q.cells);
            csv.integer(qint64(s.n));
            csv.number(s.mos);
            csv.number(s.sd);
            csv.number(s.ciLow);
            csv.number(s.ciHigh);
            majority.clear();
            labels.clear();
            for (qsizetype m = 0; m < s.majority.size(); ++m) {
                if (m > 0)
                    majority += '|';
                const int index = q.set ? q.set->indexOf(s.majority[m]) : -1;
                majority += index >= 0 ? q.ids[std::size_t(index)] : s.majority[m].toStdString();
                if (q.set) {
                    if (m > 0)
                        labels += '|';
                    if (index >= 0)
                        labels += q.labels[std::size_t(index)];
                }
            }
            csv.text(majority);
            csv.text(labels);
            if (s.n == 0)
                csv.empty();
            else
                csv.integer(s.majority.size() > 1 ? 1 : 0);
            csv.number(s.agreement);
            csv.number(s.disagreement);
            if (const auto adjudicated = study.adjudication(i, qs.question))
                csv.text(*adjudicated);
            else
                csv.empty();
            csv.endRow();
        }
    }
}

void writeSystems(CsvWriter &csv, const ExportData &data)
{
    const StudyRatings &study = *data.study;
    const QStringList categories = shareCategories(study);
    QStringList names{QStringLiteral("system"),
                      QStringLiteral("question_id"),
                      QStringLiteral("kind"),
                      QStringLiteral("n"),
                      QStringLiteral("n_items"),
                      QStringLiteral("n_raters"),
                      QStringLiteral("mos"),
                      QStringLiteral("sd"),
                      QStringLiteral("ci95_low"),
                      QStringLiteral("ci95_high"),
                      QStringLiteral("boot_ci95_low"),
                      QStringLiteral("boot_ci95_high"),
                      QStringLiteral("boot_resamples"),
                      QStringLiteral("boot_seed"),
                      QStringLiteral("boot_note")};
    for (const QString &c : categories)
        names.append(QStringLiteral("share_") + c);
    // New columns go last so every older column keeps its position.
    names << QStringLiteral("mixed_estimate") << QStringLiteral("mixed_se")
          << QStringLiteral("mixed_df") << QStringLiteral("mixed_ci95_low")
          << QStringLiteral("mixed_ci95_high") << QStringLiteral("mixed_rater_var")
          << QStringLiteral("mixed_item_var") << QStringLiteral("mixed_residual_var")
          << QStringLiteral("mixed_note");
    header(csv, names);
    for (std::size_t sys = 0; sys < std::size_t(study.systems().size()); ++sys) {
        for (const QuestionStatistics &qs : data.questions) {
            const Question &q = study.questions()[qsizetype(qs.question)];
            const SystemStatistics &s = qs.systems[sys];
            const bool numeric = q.kind != QuestionKind::Categorical;
            csv.text(s.system);
            csv.text(q.id);
            csv.text(kindName(q));
            csv.integer(qint64(s.n));
            csv.integer(qint64(s.items));
            csv.integer(qint64(s.raters));
            csv.number(s.mos);
            csv.number(s.sd);
            csv.number(s.ciLow);
            csv.number(s.ciHigh);
            csv.number(s.bootLow);
            csv.number(s.bootHigh);
            if (numeric && data.options.bootstrapResamples > 0) {
                csv.integer(qint64(data.options.bootstrapResamples));
                csv.integer(qint64(data.options.seed));
            } else {
                csv.empty();
                csv.empty();
            }
            csv.text(s.bootNote);
            const LabelSet *set = study.labelSet(qs.question);
            for (const QString &c : categories) {
                const int index = set ? set->indexOf(c) : -1;
                if (index >= 0 && std::size_t(index) < s.shares.size())
                    csv.number(s.shares[std::size_t(index)]);
                else
                    csv.empty();
            }
            for (const double v :
                 {s.mixedEstimate, s.mixedSe, s.mixedDf, s.mixedLow, s.mixedHigh,
                  s.mixedRaterVariance, s.mixedItemVariance, s.mixedResidualVariance})
                csv.number(v);
            csv.text(s.mixedNote);
            csv.endRow();
        }
    }
}

void writeAgreement(CsvWriter &csv, const ExportData &data)
{
    const StudyRatings &study = *data.study;
    header(csv, {QStringLiteral("question_id"), QStringLiteral("kind"), QStringLiteral("level"),
                 QStringLiteral("n_items"), QStringLiteral("n_raters"), QStringLiteral("n_ratings"),
                 QStringLiteral("alpha"), QStringLiteral("alpha_ci95_low"),
                 QStringLiteral("alpha_ci95_high"), QStringLiteral("alpha_note"),
                 QStringLiteral("fleiss_kappa"), QStringLiteral("fleiss_note"),
                 QStringLiteral("cohen_weights"), QStringLiteral("cohen_kappa_mean"),
                 QStringLiteral("cohen_pairs"), QStringLiteral("cohen_note"),
                 QStringLiteral("boot_resamples"), QStringLiteral("boot_seed")});
    for (const QuestionStatistics &qs : data.questions) {
        const Question &q = study.questions()[qsizetype(qs.question)];
        const AgreementStatistics &a = qs.agreement;
        csv.text(q.id);
        csv.text(kindName(q));
        csv.text(a.level);
        csv.integer(qint64(a.items));
        csv.integer(qint64(a.raters));
        csv.integer(qint64(a.ratings));
        csv.number(a.alpha);
        csv.number(a.alphaLow);
        csv.number(a.alphaHigh);
        csv.text(a.alphaNote);
        csv.number(a.fleiss);
        csv.text(a.fleissNote);
        csv.text(a.cohenWeights);
        csv.number(a.cohenMean);
        csv.integer(qint64(a.cohenPairs));
        csv.text(a.cohenNote);
        csv.integer(qint64(data.options.bootstrapResamples));
        csv.integer(qint64(data.options.seed));
        csv.endRow();
    }
}

void writeFlags(CsvWriter &csv, const ExportData &data)
{
    const StudyRatings &study = *data.study;
    header(csv,
           {QStringLiteral("item_id"), QStringLiteral("dialogue_id"), QStringLiteral("turn"),
            QStringLiteral("system"), QStringLiteral("gold"), QStringLiteral("rater_id"),
            QStringLiteral("excluded"), QStringLiteral("reason"), QStringLiteral("flagged_at")});
    for (const RatedFlag &flag : study.flags()) {
        const RatedItem &item = study.items()[flag.item];
        const RatedRater &rater = study.raters()[flag.rater];
        csv.text(item.itemId);
        csv.text(item.dialogueId);
        csv.integer(item.turn);
        csv.text(item.system);
        csv.integer(item.isGold() ? 1 : 0);
        csv.text(rater.raterId);
        csv.integer(rater.excluded ? 1 : 0);
        csv.text(flag.reason);
        csv.text(flag.flaggedAt);
        csv.endRow();
    }
}

} // namespace avemo::ExportCsvFiles
