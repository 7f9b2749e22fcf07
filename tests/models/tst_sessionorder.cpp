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

    static void checkProperties(const QList<OrderItem> &items, const QList<qint64> &order,
                                int maxImbalance)
    {
        QHash<qint64, OrderItem> byRow;
        for (const OrderItem &i : items)
            byRow.insert(i.rowId, i);
        // every item exactly once
        QCOMPARE(order.size(), items.size());
        QCOMPARE(QSet<qint64>(order.begin(), order.end()).size(), items.size());
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
        const auto order = SessionOrder::generate(items, SessionOrder::raterSeed(20251008, rater));
        checkProperties(items, order, 1);
    }

    void randomStudiesKeepTheHardRules()
    {
        for (quint64 seed = 1; seed <= 200; ++seed) {
            const int dialogues = 3 + int(seed % 7);
            const auto items =
                study(dialogues, 1 + int(seed % 3),
                      {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
            const auto order = SessionOrder::generate(items, seed);
            checkProperties(items, order, 2);
        }
    }

    void sameRaterSameOrderOtherRaterOtherOrder()
    {
        const auto items =
            study(4, 2, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        const auto a1 =
            SessionOrder::generate(items, SessionOrder::raterSeed(7, QStringLiteral("r01")));
        const auto a2 =
            SessionOrder::generate(items, SessionOrder::raterSeed(7, QStringLiteral("r01")));
        const auto b =
            SessionOrder::generate(items, SessionOrder::raterSeed(7, QStringLiteral("r02")));
        const auto c =
            SessionOrder::generate(items, SessionOrder::raterSeed(8, QStringLiteral("r01")));
        QCOMPARE(a1, a2);
        QVERIFY(a1 != b);
        QVERIFY(a1 != c);
    }

    void goldItemsAreSpreadEvenlyAndNeverFirst()
    {
        const auto items = study(
            10, 1, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, {5, 17, 29});
        const auto order = SessionOrder::generate(items, 99);
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

    void emptyStudyGivesAnEmptyOrder() { QVERIFY(SessionOrder::generate({}, 1).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestSessionOrder)
#include "tst_sessionorder.moc"
