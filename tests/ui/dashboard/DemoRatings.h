#pragma once

#include "AvemoTestPaths.h"
#include "RatingStore.h"
#include "StudyDatabase.h"
#include "StudyImporter.h"
#include "StudyReader.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdint>

// Plausible ratings of the demo study by five raters, for the dashboard's tests and for the
// screenshots (scripts/make-demo-ratings). Deterministic (a fixed-seed generator):
//   - scores follow the system (reference > audio-visual input > audio-only input) plus an
//     item effect shared by every rater, a rater bias and noise, so agreement is moderate;
//   - labels are mostly the intended emotion, confused more often for audio-only input;
//   - r03 grows more lenient over the session (drift), r04 stopped after 70% of the items,
//     r05 answers carelessly (fails the gold items, low agreement with the others).
namespace demo_ratings {

inline const QStringList &raters()
{
    static const QStringList ids{QStringLiteral("r01"), QStringLiteral("r02"),
                                 QStringLiteral("r03"), QStringLiteral("r04"),
                                 QStringLiteral("r05")};
    return ids;
}

// Park-Miller, the generator scripts/make-demo-study uses for metrics.csv.
class Random
{
public:
    explicit Random(std::uint32_t seed)
        : m_state(std::uint32_t((std::uint64_t(seed) * 2654435761u) % 2147483647u) | 1u)
    {
        // Small seeds start with small draws; a few rounds make the first ones fair.
        for (int i = 0; i < 8; ++i)
            uniform();
    }
    double uniform()
    {
        m_state = std::uint32_t((std::uint64_t(m_state) * 48271u) % 2147483647u);
        return double(m_state) / 2147483647.0;
    }
    double normal() // Box-Muller
    {
        const double u = std::max(uniform(), 1e-12), v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }
    int below(int n) { return std::min(n - 1, int(uniform() * n)); }

private:
    std::uint32_t m_state;
};

struct Options
{
    bool spreadTimestamps = false; // a short pause between submissions: distinct answered_at
    int raters = 5;
    // Durations and stream facts from the real media (slower): what the dashboard's figures
    // and the screenshots show; the tests do not need them.
    bool probeMedia = false;
};

// Imports the demo study (media probed only when asked) into dbPath and answers it.
inline bool build(const QString &dbPath, QString &error, const Options &options = {})
{
    avemo::StudyFolderLoader::Options load;
    load.probeMedia = options.probeMedia;
    const auto imported =
        avemo::StudyImporter::importFolder(QStringLiteral(AVEMO_DEMO_STUDY_DIR), dbPath, load);
    if (!imported.ok) {
        error = imported.error;
        return false;
    }
    auto db = avemo::StudyDatabase::open(dbPath, error);
    if (!db)
        return false;
    QList<avemo::StoredItem> items;
    if (!avemo::StudyReader(*db).items(items, error))
        return false;
    const QStringList labels{QStringLiteral("neutral"), QStringLiteral("happy"),
                             QStringLiteral("angry"), QStringLiteral("sad")};
    // The user's emotion of a dialogue turn: a gold answer if any, else what the reference
    // reply mirrors.
    QHash<QString, QString> userEmotion;
    for (const auto &s : items) {
        const QString turn = s.item.dialogueId + QString::number(s.item.turn);
        if (s.item.gold.contains(QStringLiteral("user_emotion")))
            userEmotion[turn] = s.item.gold.value(QStringLiteral("user_emotion"));
        else if (s.item.system == QLatin1String("reference") && !userEmotion.contains(turn))
            userEmotion[turn] = s.item.intendedEmotion;
    }
    Random itemRandom(7);
    QHash<QString, double> itemEffect;
    for (const auto &s : items)
        itemEffect[s.item.itemId] = 0.6 * itemRandom.normal();

    avemo::RatingStore store(*db);
    const double bias[] = {0.0, 0.3, -0.4, 0.15, 0.0};
    for (int r = 0; r < options.raters && r < raters().size(); ++r) {
        Random random(1000 + std::uint32_t(r) * 77);
        qint64 raterRow = 0;
        if (!store.ensureRater(raters()[r], raterRow, error))
            return false;
        QList<int> order;
        for (int i = 0; i < items.size(); ++i)
            order.append(i);
        for (int i = int(order.size()) - 1; i > 0; --i)
            std::swap(order[i], order[random.below(i + 1)]);
        QList<qint64> rows;
        for (const int i : order)
            rows.append(items[i].rowId);
        if (!store.saveAssignment(raterRow, rows, 1000 + quint64(r), error))
            return false;
        const int count = r == 3 ? int(order.size()) * 7 / 10 : int(order.size());
        for (int k = 0; k < count; ++k) {
            const auto &s = items[order[k]];
            const bool careless = r == 4;
            const double drift = r == 2 ? 1.2 * double(k) / double(order.size()) : 0.0;
            const double noiseSd = careless ? 1.6 : 0.55;
            const QString &system = s.item.system;
            const bool ref = system == QLatin1String("reference");
            const bool av = system == QLatin1String("audio-visual-input");
            const auto score = [&](double base) {
                const double v =
                    base + itemEffect[s.item.itemId] + bias[r] + drift + noiseSd * random.normal();
                return QString::number(std::clamp(int(std::lround(v)), 1, 5));
            };
            const auto label = [&](const QString &truth, double confusion) {
                if (truth.isEmpty() || careless || random.uniform() < confusion)
                    return labels[random.below(4)];
                return truth;
            };
            const QString turn = s.item.dialogueId + QString::number(s.item.turn);
            avemo::Submission sub;
            sub.raterRowId = raterRow;
            sub.itemRowId = s.rowId;
            sub.timeSpentMs = qint64(9000 + 6000 * random.uniform() + (careless ? -5000 : 0));
            sub.playCount = 1 + random.below(2);
            sub.answers = {
                {QStringLiteral("user_emotion"), label(userEmotion.value(turn), 0.12)},
                {QStringLiteral("reply_emotion"), label(s.item.intendedEmotion, ref  ? 0.08
                                                                                : av ? 0.15
                                                                                     : 0.3)},
                {QStringLiteral("appropriateness"), score(ref  ? 4.2
                                                          : av ? 3.6
                                                               : 2.6)},
                {QStringLiteral("naturalness"), score(ref  ? 4.1
                                                      : av ? 3.3
                                                           : 3.1)},
                {QStringLiteral("av_coherence"), score(ref  ? 4.0
                                                       : av ? 3.8
                                                            : 2.4)},
            };
            if (k % 5 == 2)
                sub.answers.insert(QStringLiteral("comment"),
                                   ref ? QStringLiteral("Warm and well timed.")
                                       : QStringLiteral("The voice felt a bit flat."));
            if (!store.submit(sub, error))
                return false;
            if (options.spreadTimestamps)
                QThread::msleep(3);
        }
    }
    return true;
}

} // namespace demo_ratings
