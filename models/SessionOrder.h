#pragma once

#include <QList>
#include <QString>

namespace avemo {

// What the order generator needs to know about one item.
struct OrderItem
{
    qint64 rowId = 0;
    QString dialogueId;
    int turn = 1;
    QString system;
    bool gold = false;
};

// Makes a rater's item order from the study seed and the rater id, so the same rater always
// gets the same order and different raters get different ones:
// - every item once, in a random order;
// - the turns of one dialogue in their order (every turn-1 item before any turn-2 item);
// - no two variants (systems) of the same dialogue turn back to back, whenever avoidable;
// - systems balanced across the session (at every point, the counts shown so far differ as
//   little as the other rules allow);
// - gold items spread evenly through the session (never first), so they are interleaved at the
//   share the study declares without the annotator being able to tell which they are.
// goldRate is study.json's presentation.gold_rate: the share of the session made of gold
// items. 0 (the default) shows every gold item of the study once. A rate r > 0 shows the
// fewest gold items that make at least that share of the session, ceil(r * N / (1 - r)) for
// N regular items (at least one), drawn at random per rater from the study's gold items;
// when the study has fewer, each is shown once (a rater answers an item once: the store keeps
// one answer per item, rater and question), so the share is lower.
class SessionOrder
{
public:
    static quint64 raterSeed(quint64 studySeed, const QString &raterId);
    static QList<qint64> generate(const QList<OrderItem> &items, quint64 seed, double goldRate);
    // How many of `available` gold items a session with `regular` other items shows.
    static qsizetype goldShown(qsizetype regular, qsizetype available, double goldRate);
};

} // namespace avemo
