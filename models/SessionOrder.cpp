#include "SessionOrder.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace avemo {

namespace {

// Draws from the engine directly (not std::uniform_int_distribution, whose algorithm differs
// between standard libraries) so an order is reproducible on any platform.
quint64 below(std::mt19937_64 &rng, quint64 n)
{
    return n ? rng() % n : 0;
}

template <typename T> void shuffle(QList<T> &list, std::mt19937_64 &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        std::swap(list[i], list[qsizetype(below(rng, quint64(i) + 1))]);
}

// Greedy scheduler over the regular (non-gold) items.
class Scheduler
{
public:
    Scheduler(const QList<OrderItem> &items, std::mt19937_64 &rng)
        : m_rng(rng)
    {
        for (const OrderItem &item : items) {
            m_pending[item.dialogueId][item.turn].append(item);
            m_systemCount.insert(item.system, 0);
        }
        for (auto &turns : m_pending)
            for (auto &list : turns)
                shuffle(list, m_rng);
    }

    QList<OrderItem> run()
    {
        QList<OrderItem> order;
        while (!m_pending.isEmpty()) {
            const OrderItem next = pick(order.isEmpty() ? nullptr : &order.last());
            order.append(next);
            take(next);
        }
        return order;
    }

private:
    // Candidates: the items of the lowest pending turn of each dialogue. Preference, in order:
    // not the same dialogue turn as the previous item; the system shown least so far; the
    // dialogue with the most items left (so no dialogue is left to cluster at the end); random.
    OrderItem pick(const OrderItem *previous)
    {
        struct Scored
        {
            OrderItem item;
            int sameTurn, systemCount, remaining;
            quint64 tieBreak;
        };
        QList<Scored> candidates;
        for (auto d = m_pending.cbegin(); d != m_pending.cend(); ++d) {
            int remaining = 0;
            for (const auto &list : d.value())
                remaining += int(list.size());
            for (const OrderItem &item : d.value().first()) {
                const bool same = previous && previous->dialogueId == item.dialogueId &&
                                  previous->turn == item.turn;
                candidates.append(
                    {item, same ? 1 : 0, m_systemCount.value(item.system), -remaining, m_rng()});
            }
        }
        const auto best = std::min_element(
            candidates.cbegin(), candidates.cend(), [](const Scored &a, const Scored &b) {
                return std::tie(a.sameTurn, a.systemCount, a.remaining, a.tieBreak) <
                       std::tie(b.sameTurn, b.systemCount, b.remaining, b.tieBreak);
            });
        return best->item;
    }

    void take(const OrderItem &item)
    {
        auto &turns = m_pending[item.dialogueId];
        auto &list = turns[item.turn];
        list.removeIf([&](const OrderItem &o) { return o.rowId == item.rowId; });
        if (list.isEmpty())
            turns.remove(item.turn);
        if (turns.isEmpty())
            m_pending.remove(item.dialogueId);
        ++m_systemCount[item.system];
    }

    std::mt19937_64 &m_rng;
    QMap<QString, QMap<int, QList<OrderItem>>> m_pending; // dialogue -> turn -> items
    QHash<QString, int> m_systemCount;
};

} // namespace

quint64 SessionOrder::raterSeed(quint64 studySeed, const QString &raterId)
{
    // FNV-1a over the rater id, mixed with the study seed: stable across runs and platforms.
    quint64 h = 14695981039346656037ULL ^ studySeed;
    for (const char c : raterId.toUtf8()) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h;
}

qsizetype SessionOrder::goldShown(qsizetype regular, qsizetype available, double goldRate)
{
    if (!(goldRate > 0.0) || goldRate >= 1.0 || available == 0)
        return available;
    // g / (regular + g) >= rate  <=>  g >= rate * regular / (1 - rate); the epsilon keeps a
    // share that comes out exact (0.25 of 3 + 1) from being rounded up past it.
    const double wanted = goldRate * double(regular) / (1.0 - goldRate);
    const auto shown = qsizetype(std::ceil(wanted - 1e-9));
    return std::clamp<qsizetype>(shown, 1, available);
}

QList<qint64> SessionOrder::generate(const QList<OrderItem> &items, quint64 seed, double goldRate)
{
    std::mt19937_64 rng(seed);
    QList<OrderItem> regular;
    QList<OrderItem> gold;
    for (const OrderItem &item : items)
        (item.gold ? gold : regular).append(item);
    // Shuffled before anything else draws, so a rater's pick of gold items is the front of
    // this list and the study's default (every gold item) gives the orders it always gave.
    shuffle(gold, rng);
    gold.resize(goldShown(regular.size(), gold.size(), goldRate));

    const QList<OrderItem> main = Scheduler(regular, rng).run();
    QList<qint64> order;
    order.reserve(items.size());
    // Gold item k goes after (k + 1) * step regular items: evenly spaced, never first.
    const double step = double(main.size()) / double(gold.size() + 1);
    qsizetype g = 0;
    for (qsizetype i = 0; i < main.size(); ++i) {
        while (g < gold.size() && double(i) >= double(g + 1) * step)
            order.append(gold[g++].rowId);
        order.append(main[i].rowId);
    }
    while (g < gold.size())
        order.append(gold[g++].rowId);
    return order;
}

} // namespace avemo
