#pragma once

#include "rating/QuestionRow.h"

class QLineEdit;

namespace avemo {

// A free-text question (a comment). A single-line field, so that Enter still submits the item;
// the field, not the row, is the tab stop. The stored answer is the text without surrounding
// blanks; blank text is unanswered.
class TextQuestionRow : public QuestionRow
{
    Q_OBJECT

public:
    explicit TextQuestionRow(const Question &question, QWidget *parent = nullptr);

    QString value() const override;
    bool setValue(const QString &value) override;
    void clearAnswer() override;
    QList<QPair<QString, QString>> answerKeys() const override;

    QLineEdit *lineEdit() const { return m_edit; }

protected:
    bool isAnswerKey(const QKeyEvent *) const override { return false; } // the field takes text
    void applyAnswerKey(const QKeyEvent *) override {}
    void applyLocked(bool locked) override;

private:
    QLineEdit *m_edit = nullptr;
};

} // namespace avemo
