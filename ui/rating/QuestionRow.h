#pragma once

#include "StudyTypes.h"

#include <QWidget>

class QKeyEvent;
class QLabel;
class QVBoxLayout;

namespace avemo {

// One question of the rating panel: its prompt, a "required" marker and the answer controls.
// The whole row is one tab stop (its buttons take no focus), so Tab walks question by question;
// the focused row is framed with a calm highlight. A subclass supplies the controls and the keys
// that answer it; the row turns Up/Down and Enter into signals for the panel, because a scroll
// area between the row and the panel would otherwise swallow the arrows.
class QuestionRow : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionRow(const Question &question, QWidget *parent = nullptr);

    const Question &question() const { return m_question; }
    QString id() const { return m_question.id; }
    bool isRequired() const { return m_question.required; }

    // The stored answer (a category id, a scale point such as "3.5", or text); empty when the
    // question is unanswered.
    virtual QString value() const = 0;
    // Shows `value` as the answer; false (and nothing changes) when it is not a valid answer.
    virtual bool setValue(const QString &value) = 0;
    virtual void clearAnswer() = 0;
    bool isAnswered() const { return !value().isEmpty(); }

    // While locked, keys and clicks cannot change the answer.
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }

    // Marks a required question that was left unanswered when the annotator tried to submit.
    void setMissing(bool missing);
    bool isMissing() const { return m_missing; }

    // The widget that takes keyboard focus for this row (the row itself, or a text field).
    QWidget *focusTarget() const { return m_focusTarget; }
    bool hasFocusWithin() const { return m_focused; }

    // Keys this row answers to when focused (for the shortcuts dialog): key text -> what it does.
    virtual QList<QPair<QString, QString>> answerKeys() const = 0;

signals:
    void answerChanged();
    void focusEntered();
    void stepRequested(int delta); // Up (-1) / Down (+1): the previous or next question
    void submitRequested();        // Enter / Return

protected:
    QVBoxLayout *bodyLayout() const { return m_body; }
    void setFocusTarget(QWidget *target);
    // Emits answerChanged() and clears the missing mark once the question is answered.
    void notifyAnswerChanged();

    // True when `event` would answer this question (the subclass's keys). Called for
    // ShortcutOverride too, so that a focused row wins over the window's shortcuts for its keys.
    virtual bool isAnswerKey(const QKeyEvent *event) const = 0;
    // Applies an answer key; only called when unlocked and isAnswerKey() said yes.
    virtual void applyAnswerKey(const QKeyEvent *event) = 0;
    // Enables or disables the answer controls.
    virtual void applyLocked(bool locked) = 0;

    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    static bool isNavigationKey(const QKeyEvent *event);
    void setFocused(bool focused);

    Question m_question;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_prompt = nullptr;
    QWidget *m_focusTarget = nullptr;
    bool m_locked = false;
    bool m_missing = false;
    bool m_focused = false;
};

} // namespace avemo
