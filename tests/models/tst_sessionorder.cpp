#include "SessionOrder.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace avemo;

// Properties every rater's order must have, checked on the demo study's shape and on random
// studies of other shapes.
class TestSessionOrder : public QObject
{
    Q_OBJECT

private:
    static QList<OrderItem> study(int dialogues, int turns, const QStringList &systems,
                                  QSet<qint64> gold = {})
    {
        QList<OrderItem> items;
        qint64 row = 1;
        for (int d = 1; d <= dialogues; ++d)
            for (int t = 1; t <= turns; ++t)
                for (const QString &s : systems) {
                    items.append({row, QStringLiteral("d%1").arg(d), t, s, gold.contains(row)});
                    ++row;
                }
        return items;
    }

    // Every regular item exactly once, gold items at most once, nothing else; then the rules.
    static void checkProperties(const QList<OrderItem> &items, const QList<qint64> &order,
                                int maxImbalance)
    {
        QHash<qint64, OrderItem> byRow;
        for (const OrderItem &i : items)
            byRow.insert(i.rowId, i);
        QCOMPARE(QSet<qint64>(order.begin(), order.end()).size(), order.size());
        for (const qint64 row : order)
            QVERIFY2(byRow.contains(row), "an item the study does not have");
        for (const OrderItem &i : items)
            QVERIFY2(i.gold || order.contains(i.rowId), "a regular item is missing");
        // turns of one dialogue in order; no variants of one dialogue turn back to back
        QHash<QString, int> lastTurn;
        QHash<QString, int> shown;
        const OrderItem *previous = nullptr;
        for (const qint64 row : order) {
            const OrderItem &it = byRow[row];
            QVERIFY2(it.turn >= lastTurn.value(it.dialogueId, 0),
                     qPrintable(QStringLiteral("dialogue %1 turn %2 after a later turn")
                                    .arg(it.dialogueId)
                                    .arg(it.turn)));
            lastTurn[it.dialogueId] = it.turn;
            if (previous && !previous->gold && !it.gold)
                QVERIFY2(previous->dialogueId != it.dialogueId || previous->turn != it.turn,
                         qPrintable(QStringLiteral("two variants of %1 turn %2 back to back")
                                        .arg(it.dialogueId)
                                        .arg(it.turn)));
            previous = &it;
            if (!it.gold) {
                ++shown[it.system];
                const auto [lo, hi] = std::minmax_element(shown.cbegin(), shown.cend());
                if (shown.size() == 3)
                    QVERIFY2(*hi - *lo <= maxImbalance, "systems drift apart");
            }
        }
    }

    // What gold_rate asks for, found by counting rather than by SessionOrder's formula: the
    // fewest gold items g (at least one) with g / (regular + g) >= rate, at most the study's.
    static qsizetype expectedGold(qsizetype regular, qsizetype available, double rate)
    {
        if (rate <= 0.0 || rate >= 1.0)
            return available;
        qsizetype g = 1;
        while (double(g) / double(regular + g) < rate - 1e-12)
            ++g;
        return std::min(g, available);
    }

    // Gold items as a coordinator writes them: dialogues of their own, no system.
    static void addGold(QList<OrderItem> &items, int count)
    {
        qint64 row = items.isEmpty() ? 1 : items.last().rowId + 1;
        for (int g = 0; g < count; ++g, ++row)
            items.append({row, QStringLiteral("gold%1").arg(g), 1, QString(), true});
    }

private slots:
    void demoShapedStudyHasEveryProperty_data()
    {
        QTest::addColumn<QString>("rater");
        for (const char *r : {"r01", "r02", "r03", "r04", "r05", "someone-new"})
            QTest::newRow(r) << QString::fromLatin1(r);
    }

    void demoShapedStudyHasEveryProperty()
    {
        QFETCH(QString, rater);
        const QStringList systems{QStringLiteral("reference"), QStringLiteral("audio-only"),
                                  QStringLiteral("audio-visual")};
        const auto items = study(4, 2, systems);
        const auto order =
            SessionOrder::generate(items, SessionOrder::raterSeed(20251008, rater), 0.0);
        checkProperties(items, order, 1);
    }

    void randomStudiesKeepTheHardRules()
    {
        for (quint64 seed = 1; seed <= 200; ++seed) {
            const int dialogues = 3 + int(seed % 7);
            const auto items =
                study(dialogues, 1 + int(seed % 3),
                      {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
            const auto order = SessionOrder::generate(items, seed, 0.0);
            checkProperties(items, order, 2);
        }
    }

    void sameRaterSameOrderOtherRaterOtherOrder()
    {
        const auto items =
            study(4, 2, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        const auto a1 =
            SessionOrder::generate(items, SessionOrder::raterSeed(7, QStringLiteral("r01")), 0.0);
        const auto a2 =
            SessionOrder::generate(items, SessionOrder::raterSeed(7, QStringLiteral("r01")), 0.0);
        const auto b =
            SessionOrder::generate(items, SessionOrder::raterSeed(7, QStringLiteral("r02")), 0.0);
        const auto c =
            SessionOrder::generate(items, SessionOrder::raterSeed(8, QStringLiteral("r01")), 0.0);
        QCOMPARE(a1, a2);
        QVERIFY(a1 != b);
        QVERIFY(a1 != c);
    }

    void goldItemsAreSpreadEvenlyAndNeverFirst()
    {
        const auto items = study(
            10, 1, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {5, 17, 29});
        const auto order = SessionOrder::generate(items, 99, 0.0);
        QList<int> positions;
        for (int i = 0; i < order.size(); ++i)
            if (order[i] == 5 || order[i] == 17 || order[i] == 29)
                positions.append(i);
        QCOMPARE(positions.size(), 3);
        QVERIFY(positions.first() > 0);
        // 27 regular items, 3 gold: one after every ~7 regular ones.
        for (int k = 0; k < 3; ++k)
            QVERIFY2(std::abs(positions[k] - (k + 1) * 7 - k) <= 1,
                     qPrintable(QString::number(positions[k])));
    }

    void goldRateGivesItsShareForManySeedsAndSizes()
    {
        const QList<double> rates{0.0, 0.05, 0.1, 0.2, 0.25, 1.0 / 3.0, 0.5, 0.9, 1.0};
        const QStringList allSystems{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        int cappedRuns = 0, exactRuns = 0;
        for (quint64 seed = 1; seed <= 600; ++seed) {
            const int dialogues = 2 + int(seed % 10); // one alone repeats its turn unavoidably
            const int turns = 1 + int(seed / 11 % 3);
            const QStringList systems = allSystems.mid(0, 1 + int(seed / 33 % 3));
            auto items = study(dialogues, turns, systems);
            const auto regular = qsizetype(items.size());
            const int available = int(seed * 7 % 17);
            addGold(items, available);
            const double rate = rates[qsizetype(seed % quint64(rates.size()))];
            const auto order = SessionOrder::generate(items, seed, rate);
            const QString where = QStringLiteral("seed %1: %2 regular, %3 gold, rate %4")
                                      .arg(seed)
                                      .arg(regular)
                                      .arg(available)
                                      .arg(rate);
            checkProperties(items, order, 2);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(where));
            QList<int> regularBefore; // per gold item shown, the regular items before it
            int regularSoFar = 0;
            for (const qint64 row : order) {
                if (row > regular)
                    regularBefore.append(regularSoFar);
                else
                    ++regularSoFar;
            }
            const qsizetype gold = expectedGold(regular, available, rate);
            QVERIFY2(regularBefore.size() == gold, qPrintable(where));
            QCOMPARE(order.size(), regular + gold);
            if (gold < available)
                ++exactRuns;
            else if (rate > 0.0 && double(gold) / double(regular + gold) < rate)
                ++cappedRuns; // the study has too few: each shown once
            // Interleaved evenly: gold item k after about (k + 1) / (g + 1) of the regular ones.
            for (qsizetype k = 0; k < regularBefore.size(); ++k) {
                const double even = double(k + 1) * double(regular) / double(gold + 1);
                QVERIFY2(std::abs(regularBefore[k] - even) < 1.0 + 1e-9,
                         qPrintable(where + QStringLiteral(": gold %1 after %2 regular items")
                                                .arg(k)
                                                .arg(regularBefore[k])));
                QVERIFY2(regular == 0 || regularBefore[k] > 0, "a session starts with gold");
            }
        }
        QVERIFY(exactRuns > 50); // the rate, not the study's supply, set the count
        QVERIFY(cappedRuns > 20);
    }

    void goldRateChangesTheSession()
    {
        auto items = study(8, 1, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        addGold(items, 20);
        const auto count = [&](double rate) {
            const auto order = SessionOrder::generate(items, 5, rate);
            return std::count_if(order.begin(), order.end(), [](qint64 row) { return row > 24; });
        };
        QCOMPARE(count(0.0), 20); // no rate: every gold item once
        QCOMPARE(count(0.1), 3);  // 3 of 27 >= 10%, 2 of 26 is not
        QCOMPARE(count(0.2), 6);
        QCOMPARE(count(0.5), 20); // 24 would be needed; the study has 20
    }

    void ratersGetDifferentGoldItemsWhenOnlySomeAreShown()
    {
        auto items = study(10, 1, {QStringLiteral("a"), QStringLiteral("b")});
        addGold(items, 12);
        QSet<QList<qint64>> picks;
        for (const char *rater : {"r01", "r02", "r03", "r04", "r05"}) {
            const auto order = SessionOrder::generate(
                items, SessionOrder::raterSeed(42, QString::fromLatin1(rater)), 0.1);
            QList<qint64> gold;
            for (const qint64 row : order)
                if (row > 20)
                    gold.append(row);
            QCOMPARE(gold.size(), 3);
            std::sort(gold.begin(), gold.end());
            picks.insert(gold);
        }
        QVERIFY(picks.size() > 1);
    }

    void emptyStudyGivesAnEmptyOrder() { QVERIFY(SessionOrder::generate({}, 1, 0.5).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestSessionOrder)
#include "tst_sessionorder.moc"
