#pragma once

#include "StudyTypes.h"
#include "rating/KeyboardShortcutsDialog.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace avemo {

class QuestionRow;

// The answers side of the annotator view, generated from the study's questions: one row per
// question, each one tab stop, answered with the keys shown on its buttons. Enter submits when
// every required question is answered, else marks the missing ones. The panel never stores
// anything: the caller saves what submitRequested() hands over, loads the next item with clear()
// or setAnswers() (both drop any status line, "Saved" included) and then, the database commit
// having returned, calls showSaved() so that the confirmation is seen on the next item.
//
// Answering a question (with its keys or a click) moves the focus to the next unanswered one
// (text questions excepted: typing goes on there), so an item is "h h 4 4 3 Enter".
//
// Keys: a focused row claims its answer keys (and Up/Down/Enter) before the window's shortcuts,
// so a player shortcut on the same key (Left/Right on a slider, a category key 'r' vs. replay)
// works everywhere but on the row that uses it.
class RatingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RatingPanel(QWidget *parent = nullptr);
    RatingPanel(const QList<Question> &questions, const QList<LabelSet> &labelSets,
                QWidget *parent = nullptr);

    // Replaces every question (and drops the answers).
    void setQuestions(const QList<Question> &questions, const QList<LabelSet> &labelSets);

    // Question id -> answer (category id, scale point such as "4" or "3.5", or text), for the
    // answered questions only.
    QMap<QString, QString> answers() const;
    // Shows earlier answers (every other question is cleared). False when some id or value does
    // not fit the study; the rest is still shown and the misfits are logged.
    bool setAnswers(const QMap<QString, QString> &answers);
    bool isComplete() const;
    QStringList missingQuestions() const; // ids of unanswered required questions, in order

    bool isLocked() const { return m_locked; }
    QString lockReason() const;
    void setLockReason(const QString &reason);
    QString statusText() const;
    bool isShowingSaved() const { return m_saved; }

    QList<QuestionRow *> rows() const { return m_rows; }
    QuestionRow *row(const QString &questionId) const;
    QuestionRow *focusedRow() const;

    // Every key of the panel, for KeyboardShortcutsDialog.
    QList<ShortcutSection> shortcutSections() const;

    static constexpr int kSavedShownMs = 1500;

public slots:
    // Locked (must_play_fully, before the reply has played to its end), no answer can change.
    void setLocked(bool locked);
    void clear(); // answers, missing marks and status line
    // Call only after the answers are durable, and after loading the next item.
    void showSaved();
    void focusFirstQuestion();
    // What Enter does: emits submitRequested() or marks what is missing.
    void submit();

signals:
    void submitRequested(const QMap<QString, QString> &answers);
    // Enter was pressed with required questions unanswered (for the event log).
    void submitRefused(const QStringList &missingQuestionIds);
    void answersChanged();

private:
    QuestionRow *createRow(const Question &question, const QList<LabelSet> &labelSets);
    void onRowAnswerChanged();
    // After a key or click answered `from`, focus goes on to the next unanswered question.
    void advanceFrom(QuestionRow *from);
    void step(QuestionRow *from, int delta);
    void setStatus(const QString &text);

    QList<QuestionRow *> m_rows;
    QLabel *m_lockBanner = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_rowLayout = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_submit = nullptr;
    QTimer *m_savedTimer = nullptr;
    bool m_locked = false;
    bool m_saved = false;
    bool m_loadingAnswers = false; // setAnswers()/clear(): no focus moves
};

} // namespace avemo
