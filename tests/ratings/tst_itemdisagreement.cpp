#include "ItemDisagreement.h"
#include "RatingFixtures.h"

#include <QTest>

#include <cmath>

using namespace avemo::ratings;
using namespace avemo::ratings::fixtures;

class TestItemDisagreement : public QObject
{
    Q_OBJECT

private slots:
    void entropySpreadAndMajority()
    {
        const auto table = tableFromItemRows(
            {{1, 1, 1, 1}, {1, 1, 2, 2}, {1, 2, 3, 4}, {5, missing, missing, missing}});
        const auto d = itemDisagreements(table);
        QCOMPARE(d.size(), std::size_t(4));
        QCOMPARE(d[0].entropyBits, 0.0);
        QCOMPARE(d[0].sd, 0.0);
        QCOMPARE(d[0].majorityValues, std::vector<double>{1});
        QVERIFY(!d[0].tie());
        QCOMPARE(d[1].entropyBits, 1.0); // two equally likely labels: one bit
        QVERIFY(d[1].tie());
        QCOMPARE(d[1].majorityValues, (std::vector<double>{1, 2}));
        QCOMPARE(d[2].entropyBits, 2.0);
        QCOMPARE(d[2].range, 3.0);
        QVERIFY(std::fabs(d[2].sd - std::sqrt(5.0 / 3.0)) < 1e-15);
        QCOMPARE(d[2].majorityValues.size(), std::size_t(4)); // four-way tie
        QCOMPARE(d[3].ratings, std::size_t(1));
        QVERIFY(std::isnan(d[3].sd)); // one rating: no spread
        QCOMPARE(d[3].range, 0.0);
    }

    void emptyTable() { QVERIFY(itemDisagreements(RatingTable()).empty()); }
};

QTEST_APPLESS_MAIN(TestItemDisagreement)
#include "tst_itemdisagreement.moc"
