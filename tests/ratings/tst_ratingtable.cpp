#include "RatingTable.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace avemo::ratings;

class TestRatingTable : public QObject
{
    Q_OBJECT

private slots:
    void buildsSortedIndexWithCodes()
    {
        RatingTableBuilder b;
        b.add("i2", "bob", 3);
        b.add("i1", "bob", 5);
        b.add("i1", "amy", 3);
        b.add("i2", "amy", 1);
        const auto t = b.build();
        QVERIFY2(t.hasValue(), t.reason().c_str());
        QCOMPARE(t->itemCount(), std::size_t(2));
        QCOMPARE(t->raterCount(), std::size_t(2));
        QCOMPARE(t->itemId(0), std::string("i2")); // first-seen order
        QCOMPARE(t->values(), (std::vector<double>{1, 3, 5}));
        QCOMPARE(t->valueSetSource(), ValueSetSource::ObservedValues);
        const auto item0 = t->ratingsOfItem(0);
        QCOMPARE(item0.size(), std::size_t(2));
        QCOMPARE(t->raterId(item0[0].rater), std::string("bob")); // sorted by rater index
        QCOMPARE(item0[1].code, 0u);
    }

    void declaredScaleSetsCodesAndDistances()
    {
        RatingTableBuilder b(Scale::fromPoints({5, 1, 2, 3, 4}));
        b.add("i", "r", 2.0000000000001); // typed as text it may not be bit-exact
        const auto t = b.build();
        QVERIFY(t.hasValue());
        QCOMPARE(t->valueCount(), std::size_t(5));
        QCOMPARE(t->ratings()[0].code, 1u);
        QCOMPARE(t->valueSetSource(), ValueSetSource::DeclaredScale);
    }

    void rejectsBadValuesWithAMessage()
    {
        RatingTableBuilder b(Scale::fromPoints({1, 2, 3, 4, 5}));
        b.add("i1", "r1", std::numeric_limits<double>::quiet_NaN());
        b.add("i2", "r1", 7);
        const auto t = b.build();
        QVERIFY(!t.hasValue());
        QVERIFY(t.reason().find("item 'i1', rater 'r1': value nan is not a finite number") !=
                std::string::npos);
        QVERIFY(t.reason().find("value 7 is not on the declared scale (1, 2, 3, 4, 5)") !=
                std::string::npos);

        // Values that are not numbers are listed before values off the declared points, even
        // when they come later (the checks run in one pass).
        RatingTableBuilder order(Scale::fromPoints({1, 2, 3}));
        order.add("i1", "r1", 7);
        order.add("i2", "r1", std::numeric_limits<double>::infinity());
        const std::string reason = order.build().reason();
        QVERIFY2(reason.find("not a finite number") < reason.find("not on the declared scale"),
                 reason.c_str());

        RatingTableBuilder ranged(Scale::range(1, 9));
        ranged.add("i", "r", 9.5);
        QVERIFY(ranged.build().reason().find("outside the scale [1, 9]") != std::string::npos);

        RatingTableBuilder infinite;
        infinite.add("i", "r", std::numeric_limits<double>::infinity());
        QVERIFY(!infinite.build().hasValue());
    }

    void rejectsDuplicatesButNotAcrossGroups()
    {
        RatingTableBuilder b;
        b.add("i1", "r1", 1);
        b.add("i1", "r1", 2);
        QCOMPARE(b.build().reason(), std::string("item 'i1' rated more than once by rater 'r1'"));
        RatingTableBuilder grouped;
        grouped.add("i1", "r1", 1, "sysA");
        grouped.add("i1", "r1", 2, "sysB");
        QVERIFY(grouped.build().hasValue());
    }

    // create() skips its sort when the input is in order already; input out of order must
    // come out the same, and a duplicate far apart in the input must still be found.
    void unorderedInputIsSortedAndChecked()
    {
        RatingTableBuilder b;
        b.add("i1", "r2", 4);
        b.add("i2", "r1", 3);
        b.add("i1", "r1", 2);
        b.add("i2", "r2", 5);
        const auto t = b.build();
        QVERIFY(t.hasValue());
        std::vector<std::pair<std::string, double>> first;
        for (const Rating &r : t->ratingsOfItem(0))
            first.emplace_back(t->raterId(r.rater), r.value);
        QCOMPARE(t->itemId(0), std::string("i1"));
        // Raters numbered in order of first appearance (r2 first), sorted by that number.
        QCOMPARE(first, (std::vector<std::pair<std::string, double>>{{"r2", 4}, {"r1", 2}}));

        RatingTableBuilder dup;
        dup.add("i1", "r1", 1);
        dup.add("i2", "r1", 2);
        dup.add("i1", "r1", 3);
        QCOMPARE(dup.build().reason(), std::string("item 'i1' rated more than once by rater 'r1'"));
    }

    void manyProblemsAreSummarised()
    {
        RatingTableBuilder b;
        for (int i = 0; i < 20; ++i)
            b.add(std::to_string(i), "r", std::numeric_limits<double>::quiet_NaN());
        QVERIFY(b.build().reason().ends_with("and 15 more"));
    }

    void subsetOfGroupKeepsTheValueSet()
    {
        RatingTableBuilder b;
        b.add("i1", "r1", 1, "A");
        b.add("i1", "r2", 5, "B");
        b.add("i2", "r2", 3, "B");
        const auto t = b.build();
        const auto onlyA = t->subsetOfGroup(0);
        QCOMPARE(onlyA.ratingCount(), std::size_t(1));
        QCOMPARE(onlyA.raterCount(), std::size_t(1));
        QCOMPARE(onlyA.values(), (std::vector<double>{1, 3, 5}));
        QCOMPARE(onlyA.valueSetSource(), ValueSetSource::ObservedValues);
        QCOMPARE(t->subsetOfGroup(1).itemCount(), std::size_t(2));
    }

    void emptyBuilderGivesAnEmptyTable()
    {
        RatingTableBuilder b;
        const auto t = b.build();
        QVERIFY(t.hasValue());
        QVERIFY(t->empty());
        QCOMPARE(t->itemCount(), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestRatingTable)
#include "tst_ratingtable.moc"
