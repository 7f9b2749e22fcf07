#include "RatingFixtures.h"
#include "rating/CategoricalQuestionRow.h"
#include "rating/ScalePoints.h"
#include "rating/ScaleQuestionRow.h"
#include "rating/SliderQuestionRow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

using namespace avemo;
using namespace avemo::fixtures;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Shows `row` in its own active window with the keyboard on it.
bool showFocused(QuestionRow &row)
{
    row.resize(480, row.sizeHint().height());
    row.show();
    if (!QTest::qWaitForWindowActive(&row))
        return false;
    row.focusTarget()->setFocus();
    return row.hasFocusWithin();
}

Question mosOver(double min, double max, double step)
{
    Question q = mos(s("q"), s("How good?"));
    q.scale = {min, max, step, {}};
    return q;
}
} // namespace

class TestQuestionRows : public QObject
{
    Q_OBJECT

private slots:
    void scalePointsAreWrittenWithoutNoise_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << 4.0 << s("4");
        QTest::newRow("half") << 3.5 << s("3.5");
        QTest::newRow("binary noise") << 0.1 * 3 << s("0.3");
        QTest::newRow("negative zero") << -0.0 << s("0");
        QTest::newRow("hundred") << 100.0 << s("100");
        QTest::newRow("negative") << -2.5 << s("-2.5");
    }
    void scalePointsAreWrittenWithoutNoise()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(ScalePoints::format(value), text);
    }

    void scalePointsAreFoundOnlyOnTheScale()
    {
        const Scale tenths{0, 1, 0.1, {}};
        QCOMPARE(ScalePoints::indexOf(tenths, s("0.3")), 3);
        QCOMPARE(ScalePoints::indexOf(tenths, s("1")), 10);
        QCOMPARE(ScalePoints::valueAt(tenths, 7), s("0.7"));
        QCOMPARE(ScalePoints::indexOf(tenths, s("0.35")), -1);
        QCOMPARE(ScalePoints::indexOf(tenths, s("1.1")), -1);
        QCOMPARE(ScalePoints::indexOf(tenths, s("high")), -1);
        QCOMPARE(ScalePoints::indexOf(tenths, QString()), -1);
    }

    void numberKeysPickByValueWhenTheScaleHasDigits()
    {
        QCOMPARE(ScalePoints::indexForDigit(Scale::acr(), 4), 3);
        QCOMPARE(ScalePoints::indexForDigit(Scale::acr(), 0), -1);
        const Scale zeroToTen{0, 10, 1, {}};
        QCOMPARE(ScalePoints::indexForDigit(zeroToTen, 0), 0);
        QCOMPARE(ScalePoints::indexForDigit(zeroToTen, 9), 9);
        // No single-digit point: by position.
        const Scale tens{10, 50, 10, {}};
        QCOMPARE(ScalePoints::indexForDigit(tens, 1), 0);
        QCOMPARE(ScalePoints::indexForDigit(tens, 5), 4);
        QCOMPARE(ScalePoints::indexForDigit(tens, 6), -1);
    }

    void mosRowOnAScaleOfTens()
    {
        ScaleQuestionRow row(mosOver(10, 50, 10));
        QVERIFY(showFocused(row));
        QTest::keyClick(&row, '2');
        QCOMPARE(row.value(), s("20"));
        QCOMPARE(row.button(0)->text(), s("10")); // no anchor: the number alone
        QCOMPARE(row.answerKeys().first().first, s("1–5"));
    }

    void categoryKeysWinOverPositions()
    {
        // Digits as the set's own keys: '1' is the second category's key, not the first's place.
        LabelSet set{
            s("arousal"),
            {{s("low"), s("Low"), u'0'}, {s("high"), s("High"), u'1'}, {s("mid"), {}, {}}}};
        CategoricalQuestionRow row(categorical(s("q"), s("Arousal?"), QuestionTarget::Reply), set);
        QVERIFY(showFocused(row));
        QTest::keyClick(&row, '1');
        QCOMPARE(row.value(), s("high"));
        QTest::keyClick(&row, '3'); // no key of its own: reached by position, shown with it
        QCOMPARE(row.value(), s("mid"));
        QCOMPARE(row.button(2)->text(), s("mid [3]"));
    }

    void studyTextIsShownAsWritten()
    {
        LabelSet set{s("x"), {{s("rr"), s("Rock & Roll"), u'r'}, {s("b"), s("<b>Bold</b>"), u'b'}}};
        CategoricalQuestionRow row(
            categorical(s("q"), s("<i>Which</i> & why?"), QuestionTarget::Reply), set);
        // '&' is doubled so that QPushButton shows it instead of underlining the next letter.
        QCOMPARE(row.button(0)->text(), s("Rock && Roll [r]"));
        bool promptFound = false;
        for (const QLabel *label : row.findChildren<QLabel *>()) {
            if (label->text() == s("<i>Which</i> & why?")) {
                promptFound = true;
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(promptFound);
    }

    void sliderOverAFractionalScale()
    {
        SliderQuestionRow row(valence(0, 1, 0.1));
        QVERIFY(showFocused(row));
        QSignalSpy changed(&row, &QuestionRow::answerChanged);
        QVERIFY(!row.isAnswered());
        QCOMPARE(row.slider()->maximum(), 10);
        QTest::keyClick(&row, Qt::Key_Right);
        QCOMPARE(row.value(), s("0.6"));
        QTest::keyClick(&row, Qt::Key_End);
        QCOMPARE(row.value(), s("1"));
        QCOMPARE(row.valueText(), s("1 · Very positive"));
        QTest::keyClick(&row, Qt::Key_Right); // stays at the end
        QCOMPARE(row.value(), s("1"));
        QCOMPARE(changed.size(), 2);
        QTest::keyClick(&row, Qt::Key_Home);
        QCOMPARE(row.value(), s("0"));
        QTest::keyClick(&row, '5'); // points are not whole digits: number keys do nothing
        QCOMPARE(row.value(), s("0"));

        QVERIFY(row.setValue(s("0.3")));
        QCOMPARE(row.slider()->value(), 3);
        QCOMPARE(row.value(), s("0.3"));
        QVERIFY(!row.setValue(s("0.35")));
        QCOMPARE(row.value(), s("0.3"));
        row.clearAnswer();
        QVERIFY(!row.isAnswered());
        QCOMPARE(row.valueText(), s("Not set"));
    }

    void sliderNumberKeysOnAWholeScale()
    {
        SliderQuestionRow row(valence());
        QVERIFY(showFocused(row));
        QTest::keyClick(&row, '7');
        QCOMPARE(row.value(), s("7"));
        QTest::keyClick(&row, '0'); // not on 1..9
        QCOMPARE(row.value(), s("7"));
        QTest::keyClick(&row, Qt::Key_Left);
        QCOMPARE(row.value(), s("6"));
    }

    void wheelOverASliderChangesNothing()
    {
        SliderQuestionRow row(valence());
        QVERIFY(showFocused(row));
        const QPoint centre = row.slider()->rect().center();
        QWheelEvent wheel(centre, row.slider()->mapToGlobal(centre), {}, {0, 120}, Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(row.slider(), &wheel);
        QVERIFY(!row.isAnswered());
        QCOMPARE(row.slider()->value(), 4);
    }

    void lockedSliderIgnoresKeys()
    {
        SliderQuestionRow row(valence());
        QVERIFY(showFocused(row));
        row.setLocked(true);
        QTest::keyClick(&row, Qt::Key_Right);
        QTest::keyClick(&row, '3');
        QVERIFY(!row.isAnswered());
        QVERIFY(!row.slider()->isEnabled());
        row.setLocked(false);
        QTest::keyClick(&row, '3');
        QCOMPARE(row.value(), s("3"));
    }
};

QTEST_MAIN(TestQuestionRows)
#include "TestQuestionRows.moc"
