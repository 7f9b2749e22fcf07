#include "RaterScreening.h"
#include "RatingFixtures.h"

#include <QTest>

#include <cmath>

using namespace avemo::ratings;
using namespace avemo::ratings::fixtures;

class TestRaterScreening : public QObject
{
    Q_OBJECT

private slots:
    void goldWithinOnePointAsInP808()
    {
        // item0 and item1 are gold with expected scores 5 and 1.
        const auto table = tableFromRaterRows({{5, 1, 3, 4, 2, 5}, {4, 3, 3, 4, 2, 5}});
        const std::unordered_map<std::string, double> gold{{"item0", 5}, {"item1", 1}};
        ScreeningOptions options;
        options.rule = GoldRule::WithinOne;
        const auto s = screenRaters(table, gold, options);
        QCOMPARE(s[0].goldRated, std::size_t(2));
        QCOMPARE(s[0].goldCorrect, std::size_t(2));
        QCOMPARE(s[1].goldCorrect, std::size_t(1)); // 4 is within 1 of 5; 3 is 2 away from 1
        QCOMPARE(*s[1].goldAccuracy, 0.5);
        QCOMPARE(s[1].flags.front().kind, ScreeningFlag::Kind::LowGoldAccuracy);
        QCOMPARE(s[1].flags.front().count, std::size_t(1));
        QCOMPARE(s[1].flags.front().total, std::size_t(2));
        QCOMPARE(describe(s[1].flags.front()), std::string("gold accuracy 50% below 80% (1 of 2)"));
        options.rule = GoldRule::ExactCategory;
        QCOMPARE(screenRaters(table, gold, options)[1].goldCorrect, std::size_t(0));
    }

    void leaveOneOutConsensus()
    {
        // Raters 0-2 agree in trend; rater 3 answers the opposite.
        const auto table = tableFromRaterRows(
            {{1, 2, 3, 4, 5, 1}, {1, 3, 3, 4, 5, 2}, {2, 2, 3, 5, 5, 1}, {5, 4, 3, 2, 1, 5}});
        const auto s = screenRaters(table, {}, {});
        QCOMPARE(s[0].sharedItems, std::size_t(6));
        QVERIFY(*s[0].consensusCorrelation > 0.3);
        QVERIFY(s[0].flags.empty());
        QVERIFY(*s[3].consensusCorrelation < 0.0);
        QCOMPARE(s[3].flags.front().kind, ScreeningFlag::Kind::LowConsensusCorrelation);
        QCOMPARE(s[3].flags.front().value, *s[3].consensusCorrelation);
        QCOMPARE(s[3].flags.front().threshold, 0.3);
        QVERIFY(
            describe(s[3].flags.front()).starts_with("correlation with the other raters' mean -"));
        // By hand for rater 0: others' means per item.
        std::vector<double> mine{1, 2, 3, 4, 5, 1}, others;
        const double rows[3][6] = {{1, 3, 3, 4, 5, 2}, {2, 2, 3, 5, 5, 1}, {5, 4, 3, 2, 1, 5}};
        for (int i = 0; i < 6; ++i)
            others.push_back((rows[0][i] + rows[1][i] + rows[2][i]) / 3.0);
        double mx = 0, my = 0;
        for (int i = 0; i < 6; ++i) {
            mx += mine[i] / 6;
            my += others[i] / 6;
        }
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < 6; ++i) {
            sxy += (mine[i] - mx) * (others[i] - my);
            sxx += (mine[i] - mx) * (mine[i] - mx);
            syy += (others[i] - my) * (others[i] - my);
        }
        QVERIFY(std::fabs(*s[0].consensusCorrelation - sxy / std::sqrt(sxx * syy)) < 1e-12);
    }

    void ratersWithoutSharedItemsOrSpread()
    {
        const auto table = tableFromRaterRows({{1, 2, 3, 4, 5, missing},
                                               {2, 2, 2, 2, 2, missing},
                                               {missing, missing, missing, missing, missing, 3}});
        const auto s = screenRaters(table, {}, {});
        QCOMPARE(s[1].flags.front().kind, ScreeningFlag::Kind::ConstantRatings);
        QCOMPARE(s[2].flags.front().kind, ScreeningFlag::Kind::NoSharedItems);
        QCOMPARE(describe(s[2].flags.front()), std::string("shares no item with another rater"));
        ScreeningOptions strict;
        strict.minItemsForCorrelation = 10;
        const ScreeningFlag few = screenRaters(table, {}, strict)[0].flags.front();
        QCOMPARE(few.kind, ScreeningFlag::Kind::FewSharedItems);
        QCOMPARE(few.count, std::size_t(5));
        QVERIFY(describe(few).starts_with("only 5 items"));
    }
};

QTEST_APPLESS_MAIN(TestRaterScreening)
#include "tst_raterscreening.moc"
