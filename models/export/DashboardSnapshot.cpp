#include "export/DashboardSnapshot.h"

#include "RatingStore.h"
#include "StudyDatabase.h"

#include <QSet>

#include <algorithm>
#include <unordered_map>

namespace avemo {

namespace {

// Gold answers of a question as the engine's values: category positions or scores.
std::unordered_map<std::string, double> goldValues(const StudyRatings &study, std::size_t question)
{
    std::unordered_map<std::string, double> gold;
    const QString id = study.questions()[qsizetype(question)].id;
    const LabelSet *set = study.labelSet(question);
    for (const RatedItem &item : study.items()) {
        const auto it = item.gold.constFind(id);
        if (it == item.gold.cend())
            continue;
        bool ok = false;
        const double value = set ? double(set->indexOf(*it)) : it->toDouble(&ok);
        if ((set && value >= 0) || ok)
            gold.emplace(item.itemId.toStdString(), value);
    }
    return gold;
}

// Screened against every rater, the excluded ones too: whether a rater looks doubtful must
// not change because someone else was excluded, and an excluded rater keeps their figures so
// the coordinator can decide to take them back.
QuestionScreening screen(const StudyRatings &study, std::size_t question)
{
    QuestionScreening out;
    out.question = question;
    out.perRater.resize(study.raters().size());
    TableOptions all;
    all.includeGold = true;
    all.includeExcludedRaters = true;
    const auto qt = study.table(question, all);
    if (!qt || qt->table.empty())
        return out;
    ratings::ScreeningOptions options;
    options.rule =
        study.labelSet(question) ? ratings::GoldRule::ExactCategory : ratings::GoldRule::WithinOne;
    for (auto s : ratings::screenRaters(qt->table, goldValues(study, question), options))
        out.perRater[qt->raters[s.rater]] = std::move(s);
    return out;
}

std::vector<RaterFigures> raterFigures(const StudyRatings &study, StudyDatabase &db)
{
    std::vector<RaterFigures> out(study.raters().size());
    // Per rater: the time spent on each item (the same on every answer of one submission).
    std::vector<std::unordered_map<std::uint32_t, std::int64_t>> timeOfItem(out.size());
    for (const RatedResponse &r : study.responses()) {
        auto &t = timeOfItem[r.rater][r.item];
        t = std::max(t, r.timeSpentMs);
    }
    RatingStore store(db);
    for (std::size_t i = 0; i < out.size(); ++i) {
        RaterFigures &f = out[i];
        f.itemsDone = int(timeOfItem[i].size());
        std::vector<double> seconds;
        for (const auto &[item, ms] : timeOfItem[i])
            seconds.push_back(double(ms) / 1000.0);
        if (!seconds.empty()) {
            std::sort(seconds.begin(), seconds.end());
            const std::size_t n = seconds.size();
            f.medianSecondsPerItem =
                n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2.0;
        }
        qint64 row = 0;
        QString error;
        QList<qint64> order;
        // Every listed rater exists, so ensureRater only looks the row up.
        if (store.ensureRater(study.raters()[i].raterId, row, error) &&
            store.assignment(row, order, error))
            f.itemsAssigned = int(order.size());
        if (f.itemsAssigned == 0)
            f.itemsAssigned = int(study.items().size());
    }
    return out;
}

} // namespace

const QuestionStatistics *DashboardSnapshot::statisticsOf(std::size_t question) const
{
    for (const auto &s : statistics)
        if (s.question == question)
            return &s;
    return nullptr;
}

const QuestionScreening *DashboardSnapshot::screeningOf(std::size_t question) const
{
    for (const auto &s : screening)
        if (s.question == question)
            return &s;
    return nullptr;
}

std::vector<std::size_t> DashboardSnapshot::statisticQuestions() const
{
    std::vector<std::size_t> out;
    for (const auto &s : statistics)
        out.push_back(s.question);
    return out;
}

std::vector<std::size_t> DashboardSnapshot::numericQuestions() const
{
    std::vector<std::size_t> out;
    for (const auto &s : statistics)
        if (!study.labelSet(s.question))
            out.push_back(s.question);
    return out;
}

std::vector<std::size_t> DashboardSnapshot::categoricalQuestions() const
{
    std::vector<std::size_t> out;
    for (const auto &s : statistics)
        if (study.labelSet(s.question))
            out.push_back(s.question);
    return out;
}

int DashboardSnapshot::includedRaters() const
{
    return int(std::count_if(study.raters().begin(), study.raters().end(),
                             [](const RatedRater &r) { return !r.excluded; }));
}

std::shared_ptr<const DashboardSnapshot> DashboardSnapshot::compute(const QString &databasePath,
                                                                    const Options &options,
                                                                    const TaskControl &control,
                                                                    QString &error)
{
    // The dashboard only reads: it never migrates or writes the coordinator's database.
    auto db = StudyDatabase::openReadOnly(databasePath, error);
    if (!db)
        return nullptr;
    ProblemList problems;
    auto study = StudyRatings::load(*db, error, problems);
    if (!study) {
        for (const Problem &p : problems)
            error += u'\n' + p.toString();
        return nullptr;
    }
    auto snapshot = std::make_shared<DashboardSnapshot>();
    snapshot->databasePath = databasePath;
    snapshot->bootstrapResamples = options.bootstrapResamples;
    snapshot->study = std::move(*study);
    const StudyRatings &s = snapshot->study;
    if (!StudyReader(*db).items(snapshot->storedItems, error))
        return nullptr;
    snapshot->raters = raterFigures(s, *db);

    // Progress counts questions: the bootstrap of one question is the unit of work.
    const int total = int(s.questions().size());
    StatisticsOptions statistics;
    statistics.bootstrapResamples = options.bootstrapResamples;
    for (std::size_t q = 0; q < std::size_t(total); ++q) {
        control.report(int(q), total);
        if (control.isCancelled()) {
            error.clear();
            return nullptr;
        }
        if (!StudyRatings::hasStatistics(s.questions()[qsizetype(q)]))
            continue;
        snapshot->statistics.push_back(StudyStatistics::computeQuestion(s, q, statistics));
        snapshot->screening.push_back(screen(s, q));
    }
    control.report(total, total);
    return snapshot;
}

} // namespace avemo
