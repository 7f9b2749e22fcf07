// AnswerCheck, the one rule for stored answers: the merge (problem(), on QString) and the export
// (judge(), on the stored UTF-8 bytes) must call the same values bad. Before they shared it, the
// merge took " 3" and "+3" (QString::toDouble after trimming) and every export then left them
// out.
#include "coordination/AnswerCheck.h"

#include <QtTest>

#include <cmath>

using namespace avemo;

namespace {

StudyDefinition study()
{
    StudyDefinition s;
    LabelSet emotions;
    emotions.name = QStringLiteral("emotion4");
    for (const char *id : {"neutral", "happy", "sad", "angry"}) {
        Category c;
        c.id = QString::fromLatin1(id);
        emotions.categories.append(c);
    }
    s.labelSets.append(emotions);
    Question mos;
    mos.id = QStringLiteral("quality");
    mos.kind = QuestionKind::Mos;
    mos.scale = Scale::acr();
    Question slider;
    slider.id = QStringLiteral("arousal");
    slider.kind = QuestionKind::Slider;
    slider.scale.min = 0;
    slider.scale.max = 100;
    Question category;
    category.id = QStringLiteral("user_emotion");
    category.kind = QuestionKind::Categorical;
    category.labelSet = emotions.name;
    Question text;
    text.id = QStringLiteral("comment");
    text.kind = QuestionKind::Text;
    s.questions = {mos, slider, category, text};
    return s;
}

std::vector<QByteArray> categoryIds(const StudyDefinition &s, const Question &q)
{
    std::vector<QByteArray> ids;
    if (const LabelSet *set = s.labelSet(q.labelSet))
        for (const Category &c : set->categories)
            ids.push_back(c.id.toUtf8());
    return ids;
}

} // namespace

class TestAnswerCheck : public QObject
{
    Q_OBJECT

private slots:
    void mergeAndExportJudgeAlike_data()
    {
        QTest::addColumn<QString>("questionId");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<double>("score");
        const QString mos = QStringLiteral("quality"), slider = QStringLiteral("arousal"),
                      category = QStringLiteral("user_emotion");
        QTest::newRow("scale point") << mos << QStringLiteral("4") << true << 4.0;
        QTest::newRow("decimal point") << slider << QStringLiteral("37.5") << true << 37.5;
        QTest::newRow("exponent") << slider << QStringLiteral("1e1") << true << 10.0;
        QTest::newRow("between points") << mos << QStringLiteral("3.5") << false << 0.0;
        QTest::newRow("off the scale") << mos << QStringLiteral("7") << false << 0.0;
        QTest::newRow("leading space") << mos << QStringLiteral(" 3") << false << 0.0;
        QTest::newRow("trailing space") << mos << QStringLiteral("3 ") << false << 0.0;
        QTest::newRow("plus sign") << mos << QStringLiteral("+3") << false << 0.0;
        QTest::newRow("decimal comma") << slider << QStringLiteral("37,5") << false << 0.0;
        QTest::newRow("NaN") << slider << QStringLiteral("nan") << false << 0.0;
        QTest::newRow("overflow") << slider << QStringLiteral("1e309") << false << 0.0;
        QTest::newRow("empty") << mos << QString() << false << 0.0;
        QTest::newRow("category") << category << QStringLiteral("sad") << true << 2.0;
        QTest::newRow("category in capitals") << category << QStringLiteral("Sad") << false << 0.0;
        QTest::newRow("category with space") << category << QStringLiteral("sad ") << false << 0.0;
        QTest::newRow("unknown category") << category << QStringLiteral("furious") << false << 0.0;
    }

    void mergeAndExportJudgeAlike()
    {
        QFETCH(QString, questionId);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QFETCH(double, score);
        const StudyDefinition s = study();
        const Question &q = *s.question(questionId);
        const QString problem = AnswerCheck::problem(s, q, value);
        QCOMPARE(problem.isEmpty(), accepted);
        const std::vector<QByteArray> ids = categoryIds(s, q);
        const QByteArray utf8 = value.toUtf8();
        double judged = -1;
        const auto verdict = AnswerCheck::judge(
            q, ids, std::string_view(utf8.constData(), std::size_t(utf8.size())), judged);
        QCOMPARE(verdict == AnswerCheck::Verdict::Accepted, accepted);
        if (accepted)
            QCOMPARE(judged, score);
        else
            QVERIFY2(problem.startsWith(QLatin1Char('\'') + value.left(40) + QLatin1Char('\'')),
                     qPrintable(problem));
    }

    void textIsAnyTextAndScoresNothing()
    {
        const StudyDefinition s = study();
        const Question &q = *s.question(QStringLiteral("comment"));
        QVERIFY(AnswerCheck::problem(s, q, QStringLiteral(" 7, or so ")).isEmpty());
        double score = 0;
        QCOMPARE(AnswerCheck::judge(q, {}, "anything", score), AnswerCheck::Verdict::Accepted);
        QVERIFY(std::isnan(score));
    }

    void categoryOfAnUnknownLabelSetIsRefused()
    {
        StudyDefinition s = study();
        s.questions[2].labelSet = QStringLiteral("colours");
        QCOMPARE(AnswerCheck::problem(s, s.questions[2], QStringLiteral("sad")),
                 QStringLiteral("'sad' is not a category of label set 'colours'"));
    }
};

QTEST_GUILESS_MAIN(TestAnswerCheck)
#include "tst_answercheck.moc"
