#pragma once

#include "StudyTypes.h"

#include <QApplication>
#include <QTest>
#include <QWidget>

// The demo study's questions, written out here so that the tests do not depend on a loader.
namespace avemo::fixtures {

inline LabelSet emotion4()
{
    return {QStringLiteral("emotion4"),
            {{QStringLiteral("neutral"), QStringLiteral("Neutral"), u'n'},
             {QStringLiteral("happy"), QStringLiteral("Happy"), u'h'},
             {QStringLiteral("angry"), QStringLiteral("Angry"), u'a'},
             {QStringLiteral("sad"), QStringLiteral("Sad"), u's'}}};
}

inline Question categorical(const QString &id, const QString &prompt, QuestionTarget target)
{
    Question q;
    q.id = id;
    q.prompt = prompt;
    q.kind = QuestionKind::Categorical;
    q.target = target;
    q.labelSet = QStringLiteral("emotion4");
    return q;
}

inline Question mos(const QString &id, const QString &prompt)
{
    Question q;
    q.id = id;
    q.prompt = prompt;
    q.kind = QuestionKind::Mos;
    q.scale = Scale::acr();
    return q;
}

inline Question comment()
{
    Question q;
    q.id = QStringLiteral("comment");
    q.prompt = QStringLiteral("Anything worth noting about this item? (optional)");
    q.kind = QuestionKind::Text;
    q.target = QuestionTarget::Dialogue;
    q.required = false;
    return q;
}

// SAM valence: 1-9, step 1, anchored at both ends.
inline Question valence(double min = 1, double max = 9, double step = 1)
{
    Question q;
    q.id = QStringLiteral("valence");
    q.prompt = QStringLiteral("How positive or negative does the reply feel?");
    q.kind = QuestionKind::Slider;
    q.scale.min = min;
    q.scale.max = max;
    q.scale.step = step;
    q.scale.anchors = {{min, QStringLiteral("Very negative")},
                       {max, QStringLiteral("Very positive")}};
    return q;
}

inline QList<Question> demoQuestions()
{
    return {categorical(QStringLiteral("user_emotion"),
                        QStringLiteral("Which emotion does the user express?"),
                        QuestionTarget::UserTurn),
            categorical(QStringLiteral("reply_emotion"),
                        QStringLiteral("Which emotion does the reply express?"),
                        QuestionTarget::Reply),
            mos(QStringLiteral("appropriateness"),
                QStringLiteral("How emotionally appropriate is the reply to the user's turn?")),
            mos(QStringLiteral("naturalness"), QStringLiteral("How natural is the reply?")),
            mos(QStringLiteral("av_coherence"),
                QStringLiteral("How well do the face and the voice of the reply fit together?")),
            comment()};
}

// Key presses go where the keyboard is, as a user's would: to the focus widget.
inline bool press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return false;
    QTest::keyClick(target, key, modifiers);
    return true;
}

inline bool type(char c)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return false;
    QTest::keyClick(target, c);
    return true;
}

} // namespace avemo::fixtures
