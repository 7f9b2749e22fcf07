#include "AvemoTestPaths.h"
#include "RatingFixtures.h"
#include "StudyJsonParser.h"
#include "rating/ChoiceQuestionRow.h"
#include "rating/RatingPanel.h"
#include "rating/SliderQuestionRow.h"
#include "rating/TextQuestionRow.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace avemo;
using namespace avemo::fixtures;
using Answers = QMap<QString, QString>;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The id of the question that has the keyboard, or "" when none does.
QString focusedId(const RatingPanel &panel)
{
    const QuestionRow *row = panel.focusedRow();
    return row ? row->id() : QString();
}

// A full, valid set of answers for the demo questions.
Answers demoAnswers()
{
    return {{s("user_emotion"), s("happy")}, {s("reply_emotion"), s("angry")},
            {s("appropriateness"), s("4")},  {s("naturalness"), s("5")},
            {s("av_coherence"), s("3")},     {s("comment"), s("lips lag a little")}};
}
} // namespace

class TestRatingPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_window;
    RatingPanel *m_panel = nullptr;

    // A shown, active window holding a panel built from `questions`, first question focused.
    void showPanel(const QList<Question> &questions = demoQuestions(),
                   const QList<LabelSet> &labelSets = {emotion4()})
    {
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_panel = new RatingPanel(questions, labelSets, m_window.get());
        layout->addWidget(m_panel);
        m_window->resize(480, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_panel->focusFirstQuestion();
        QCOMPARE(focusedId(*m_panel), s("user_emotion"));
    }

private slots:
    void cleanup() { m_window.reset(); }

    void tabMovesQuestionByQuestion()
    {
        showPanel();
        const QStringList order{s("user_emotion"), s("reply_emotion"), s("appropriateness"),
                                s("naturalness"),  s("av_coherence"),  s("comment")};
        for (int i = 1; i < order.size(); ++i) {
            QVERIFY(press(Qt::Key_Tab));
            QCOMPARE(focusedId(*m_panel), order[i]);
            // A whole row is one tab stop: never a button inside it.
            QVERIFY(!qobject_cast<QPushButton *>(QApplication::focusWidget()));
        }
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        for (int i = order.size() - 2; i >= 0; --i) {
            QVERIFY(press(Qt::Key_Backtab, Qt::ShiftModifier));
            QCOMPARE(focusedId(*m_panel), order[i]);
        }
    }

    void upDownMoveAndStopAtTheEnds()
    {
        showPanel();
        QVERIFY(press(Qt::Key_Up));
        QCOMPARE(focusedId(*m_panel), s("user_emotion"));
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusedId(*m_panel), s("appropriateness"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusedId(*m_panel), s("comment"));
        QVERIFY(press(Qt::Key_Up)); // out of the text field too
        QCOMPARE(focusedId(*m_panel), s("av_coherence"));
    }

    void letterAnswersTheFocusedQuestionOnly()
    {
        showPanel();
        QVERIFY(type('h'));
        QCOMPARE(m_panel->answers(), (Answers{{s("user_emotion"), s("happy")}}));
        // Answering moved the focus on to the next question, without Tab.
        QCOMPARE(focusedId(*m_panel), s("reply_emotion"));
        // Both questions share emotion4: 'a' on the second must not touch the first.
        QVERIFY(type('a'));
        QCOMPARE(m_panel->answers(),
                 (Answers{{s("user_emotion"), s("happy")}, {s("reply_emotion"), s("angry")}}));
        QCOMPARE(focusedId(*m_panel), s("appropriateness"));
        // A later key changes the answer; an upper-case one (Caps Lock) too.
        QVERIFY(press(Qt::Key_Up));
        QVERIFY(press(Qt::Key_S, Qt::ShiftModifier));
        QCOMPARE(m_panel->answers().value(s("reply_emotion")), s("sad"));
        // A letter of no category, and a letter on a MOS row, answer nothing.
        QVERIFY(press(Qt::Key_Up));
        QCOMPARE(focusedId(*m_panel), s("reply_emotion"));
        QVERIFY(type('x'));
        QCOMPARE(focusedId(*m_panel), s("reply_emotion")); // no answer, no move
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(type('h'));
        QCOMPARE(m_panel->answers().size(), 2);
        auto *row = qobject_cast<ChoiceQuestionRow *>(m_panel->row(s("reply_emotion")));
        QVERIFY(row);
        QCOMPARE(row->button(3)->text(), s("Sad [s]"));
        QVERIFY(row->button(3)->isChecked());
    }

    void numberKeysAnswerTheFocusedQuestion()
    {
        showPanel();
        QVERIFY(type('3')); // by position on a categorical question
        QCOMPARE(m_panel->answers().value(s("user_emotion")), s("angry"));
        QVERIFY(press(Qt::Key_Up)); // answering moved on; back to it
        QVERIFY(type('5'));         // there is no fifth category
        QCOMPARE(m_panel->answers().value(s("user_emotion")), s("angry"));
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(type('4')); // by value on a MOS question
        QCOMPARE(m_panel->answers().value(s("appropriateness")), s("4"));
        QVERIFY(press(Qt::Key_Up)); // past reply_emotion, unanswered: back to appropriateness
        QVERIFY(press(Qt::Key_Up));
        QVERIFY(press(Qt::Key_Down));
        QCOMPARE(focusedId(*m_panel), s("appropriateness"));
        QVERIFY(type('0'));
        QVERIFY(type('6'));
        QCOMPARE(m_panel->answers().value(s("appropriateness")), s("4"));
        QVERIFY(press(Qt::Key_2, Qt::KeypadModifier));
        QCOMPARE(m_panel->answers().value(s("appropriateness")), s("2"));
        QCOMPARE(m_panel->answers().size(), 2);
        auto *row = qobject_cast<ChoiceQuestionRow *>(m_panel->row(s("appropriateness")));
        QCOMPARE(row->button(3)->text(), s("4\nGood"));
    }

    void enterWithMissingAnswersEmitsNothingAndSaysWhich()
    {
        showPanel();
        QSignalSpy submitted(m_panel, &RatingPanel::submitRequested);
        QSignalSpy refused(m_panel, &RatingPanel::submitRefused);
        QVERIFY(type('h'));           // focus goes on to reply_emotion
        QVERIFY(press(Qt::Key_Down)); // leaves it unanswered
        QVERIFY(type('4'));           // appropriateness; focus goes on to naturalness
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(press(Qt::Key_Down));
        QVERIFY(press(Qt::Key_Return));

        QCOMPARE(submitted.size(), 0);
        QCOMPARE(refused.size(), 1);
        const QStringList missing{s("reply_emotion"), s("naturalness"), s("av_coherence")};
        QCOMPARE(refused.first().first().toStringList(), missing);
        for (const QuestionRow *row : m_panel->rows())
            QCOMPARE(row->isMissing(), missing.contains(row->id()));
        QCOMPARE(focusedId(*m_panel), s("reply_emotion")); // the first missing one
        QCOMPARE(m_panel->statusText(), s("Answer the highlighted questions first"));

        // Answering one clears its mark and only its mark.
        QVERIFY(type('n'));
        QVERIFY(!m_panel->row(s("reply_emotion"))->isMissing());
        QVERIFY(m_panel->row(s("naturalness"))->isMissing());
        QVERIFY(press(Qt::Key_Enter, Qt::KeypadModifier));
        QCOMPARE(submitted.size(), 0);
        QCOMPARE(refused.last().first().toStringList(),
                 (QStringList{s("naturalness"), s("av_coherence")}));
        QCOMPARE(focusedId(*m_panel), s("naturalness"));
    }

    void enterWithEverythingAnsweredEmitsTheAnswers()
    {
        showPanel();
        QSignalSpy submitted(m_panel, &RatingPanel::submitRequested);
        QSignalSpy refused(m_panel, &RatingPanel::submitRefused);
        for (const char key : {'h', 'a', '4', '5', '3', '\t'})
            QVERIFY(key == '\t' ? press(Qt::Key_Tab) : type(key));
        QCOMPARE(focusedId(*m_panel), s("comment"));
        QTest::keyClicks(QApplication::focusWidget(), s(" lips lag a little "));
        QVERIFY(press(Qt::Key_Return)); // from inside the text field

        QCOMPARE(refused.size(), 0);
        QCOMPARE(submitted.size(), 1);
        QCOMPARE(submitted.first().first().value<Answers>(), demoAnswers());
        QVERIFY(m_panel->statusText().isEmpty()); // not "Saved": nothing is saved yet
        QVERIFY(!m_panel->isShowingSaved());
    }

    void optionalCommentMayStayEmpty()
    {
        showPanel();
        QSignalSpy submitted(m_panel, &RatingPanel::submitRequested);
        for (const char key : {'n', 'n', '1', '1', '1'})
            QVERIFY(type(key));
        QCOMPARE(focusedId(*m_panel), s("av_coherence")); // the comment is not jumped into
        QVERIFY(m_panel->isComplete());
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(submitted.size(), 1);
        const auto answers = submitted.first().first().value<Answers>();
        QCOMPARE(answers.size(), 5);
        QVERIFY(!answers.contains(s("comment")));
    }

    void lockedPanelIgnoresKeysAndClicks()
    {
        showPanel();
        QSignalSpy submitted(m_panel, &RatingPanel::submitRequested);
        QSignalSpy refused(m_panel, &RatingPanel::submitRefused);
        m_panel->setLocked(true);
        QVERIFY(m_panel->isLocked());
        QCOMPARE(m_panel->lockReason(), s("Play the reply to the end to unlock the answers"));
        QVERIFY(type('h'));
        QVERIFY(type('2'));
        QTest::mouseClick(
            qobject_cast<ChoiceQuestionRow *>(m_panel->row(s("user_emotion")))->button(0),
            Qt::LeftButton);
        QVERIFY(press(Qt::Key_Tab)); // moving around still works
        QVERIFY(type('a'));
        for (int i = 0; i < 4; ++i)
            QVERIFY(press(Qt::Key_Tab));
        QCOMPARE(focusedId(*m_panel), s("comment"));
        QTest::keyClicks(QApplication::focusWidget(), s("typed"));
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(m_panel->answers().isEmpty());
        QCOMPARE(submitted.size() + refused.size(), 0);

        m_panel->setLocked(false);
        m_panel->focusFirstQuestion();
        QVERIFY(type('h'));
        QCOMPARE(m_panel->answers(), (Answers{{s("user_emotion"), s("happy")}}));
    }

    void setAnswersRoundTrips()
    {
        showPanel();
        QVERIFY(type('s')); // replaced by what setAnswers shows
        QVERIFY(m_panel->setAnswers(demoAnswers()));
        QCOMPARE(m_panel->answers(), demoAnswers());
        QVERIFY(m_panel->isComplete());
        auto *mos = qobject_cast<ChoiceQuestionRow *>(m_panel->row(s("naturalness")));
        QCOMPARE(mos->checkedIndex(), 4);
        auto *text = qobject_cast<TextQuestionRow *>(m_panel->row(s("comment")));
        QCOMPARE(text->lineEdit()->text(), s("lips lag a little"));

        // Fewer answers clear the rest; a value outside the study is refused, the rest shown.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(s("cannot show answer.*bored")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(s("cannot show answer.*unknown_q")));
        QVERIFY(!m_panel->setAnswers({{s("user_emotion"), s("bored")},
                                      {s("naturalness"), s("2")},
                                      {s("unknown_q"), s("1")}}));
        QCOMPARE(m_panel->answers(), (Answers{{s("naturalness"), s("2")}}));

        // Revising by keys after setAnswers submits the revision.
        QSignalSpy submitted(m_panel, &RatingPanel::submitRequested);
        QVERIFY(m_panel->setAnswers(demoAnswers()));
        m_panel->focusFirstQuestion();
        QVERIFY(type('n'));
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(submitted.size(), 1);
        Answers revised = demoAnswers();
        revised[s("user_emotion")] = s("neutral");
        QCOMPARE(submitted.first().first().value<Answers>(), revised);
    }

    void clearDropsAnswersMarksAndStatus()
    {
        showPanel();
        QVERIFY(press(Qt::Key_Return));
        QVERIFY(!m_panel->statusText().isEmpty());
        QVERIFY(m_panel->setAnswers(demoAnswers()));
        m_panel->clear();
        QVERIFY(m_panel->answers().isEmpty());
        QVERIFY(m_panel->statusText().isEmpty());
        for (const QuestionRow *row : m_panel->rows())
            QVERIFY(!row->isMissing());
    }

    void savedOnlyWhenTheCallerSaysSo()
    {
        showPanel();
        QSignalSpy submitted(m_panel, &RatingPanel::submitRequested);
        QVERIFY(m_panel->setAnswers(demoAnswers()));
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(submitted.size(), 1);
        QVERIFY(!m_panel->isShowingSaved());
        m_panel->showSaved();
        QVERIFY(m_panel->isShowingSaved());
        QVERIFY(m_panel->statusText().contains(s("Saved")));
        // A changed answer is no longer the saved one.
        QVERIFY(type('a'));
        QVERIFY(!m_panel->isShowingSaved());
        QVERIFY(!m_panel->statusText().contains(s("Saved")));
    }

    void untouchedSliderIsUnansweredUntilAKeyMovesIt()
    {
        QList<Question> questions = demoQuestions();
        questions.insert(5, valence());
        showPanel(questions);
        QSignalSpy submitted(m_panel, &RatingPanel::submitRequested);
        QSignalSpy refused(m_panel, &RatingPanel::submitRefused);
        for (const char key : {'h', 'a', '4', '5', '3'})
            QVERIFY(type(key));
        QCOMPARE(focusedId(*m_panel), s("valence")); // the next unanswered one
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(submitted.size(), 0);
        QCOMPARE(refused.first().first().toStringList(), QStringList{s("valence")});

        auto *slider = qobject_cast<SliderQuestionRow *>(m_panel->row(s("valence")));
        QCOMPARE(slider->valueText(), s("Not set"));
        QVERIFY(press(Qt::Key_Right)); // from the middle (5) one step up
        QCOMPARE(slider->value(), s("6"));
        QCOMPARE(slider->valueText(), s("6"));
        QVERIFY(press(Qt::Key_Return));
        QCOMPARE(submitted.size(), 1);
        Answers expected = demoAnswers();
        expected.remove(s("comment"));
        expected[s("valence")] = s("6");
        QCOMPARE(submitted.first().first().value<Answers>(), expected);
    }

    void focusedRowWinsItsKeysOverWindowShortcuts()
    {
        QList<Question> questions = demoQuestions();
        questions.insert(2, valence());
        showPanel(questions);
        // The annotator view's player keys, as it defines them.
        auto *seek = new QShortcut(QKeySequence(Qt::Key_Left), m_window.get(), nullptr, nullptr,
                                   Qt::WidgetWithChildrenShortcut);
        auto *letter = new QShortcut(QKeySequence(Qt::Key_H), m_window.get(), nullptr, nullptr,
                                     Qt::WidgetWithChildrenShortcut);
        QSignalSpy seeks(seek, &QShortcut::activated);
        QSignalSpy letters(letter, &QShortcut::activated);

        QVERIFY(type('h')); // categorical row: its key
        QCOMPARE(letters.size(), 0);
        QCOMPARE(m_panel->answers().value(s("user_emotion")), s("happy"));
        QVERIFY(press(Qt::Key_Left)); // not the categorical row's key: the player's
        QCOMPARE(seeks.size(), 1);

        QVERIFY(press(Qt::Key_Down)); // from reply_emotion, where answering 'h' moved on
        QVERIFY(!m_panel->answers().contains(s("valence")));
        QCOMPARE(focusedId(*m_panel), s("valence"));
        QVERIFY(press(Qt::Key_Left)); // the slider's
        QCOMPARE(seeks.size(), 1);
        QCOMPARE(m_panel->answers().value(s("valence")), s("4"));
        QVERIFY(type('h')); // not the slider's key
        QCOMPARE(letters.size(), 1);
    }

    // The demo study in German: prompts, labels and anchors in German, answered with the same
    // keys and stored as the same ids as in English.
    void studyTextsFollowTheApplicationLanguage()
    {
        QFile file(QStringLiteral(AVEMO_DEMO_STUDY_DIR "/study.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = StudyJsonParser::parse(file.readAll(), s("study.json"));
        QVERIFY(!hasErrors(parsed.problems));
        const QLocale before;
        QLocale::setDefault(QLocale(s("de_DE")));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        showPanel(parsed.definition.questions, parsed.definition.labelSets);

        const QuestionRow *reply = m_panel->row(s("reply_emotion"));
        QCOMPARE(reply->accessibleName(), s("Welche Emotion drückt die Antwort aus?"));
        QStringList labels;
        for (const QLabel *label : reply->findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY2(labels.contains(s("Welche Emotion drückt die Antwort aus?")),
                 qPrintable(labels.join(u'|')));
        auto *choices = qobject_cast<const ChoiceQuestionRow *>(reply);
        QCOMPARE(choices->button(1)->text(), s("Fröhlich [h]"));
        QVERIFY(reply->answerKeys().contains(qMakePair(s("h"), s("Fröhlich"))));
        auto *mos = qobject_cast<const ChoiceQuestionRow *>(m_panel->row(s("naturalness")));
        QCOMPARE(mos->button(2)->text(), s("3\nOrdentlich"));

        QVERIFY(type('s') && type('h')); // Traurig, then Fröhlich
        QCOMPARE(m_panel->answers().value(s("user_emotion")), s("sad"));
        QCOMPARE(m_panel->answers().value(s("reply_emotion")), s("happy"));
    }
};

QTEST_MAIN(TestRatingPanel)
#include "TestRatingPanel.moc"
