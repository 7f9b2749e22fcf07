#include "rating/TextQuestionRow.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace avemo {

TextQuestionRow::TextQuestionRow(const Question &question, QWidget *parent)
    : QuestionRow(question, parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(question.required ? tr("Type your answer")
                                                 : tr("Optional: type a comment"));
    m_edit->setAccessibleName(question.prompt.text(QLocale()));
    bodyLayout()->addWidget(m_edit);
    setFocusTarget(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { notifyAnswerChanged(); });
}

QString TextQuestionRow::value() const
{
    return m_edit->text().trimmed();
}

bool TextQuestionRow::setValue(const QString &value)
{
    // A line edit cannot show a line break; keep every word of an earlier answer visible.
    QString oneLine = value;
    oneLine.replace(u'\n', u' ');
    if (oneLine.size() > m_edit->maxLength())
        return false; // cut short it would be saved back shorter on the next submit
    m_edit->setText(oneLine);
    return true;
}

void TextQuestionRow::clearAnswer()
{
    m_edit->clear();
}

void TextQuestionRow::applyLocked(bool locked)
{
    m_edit->setReadOnly(locked);
}

QList<QPair<QString, QString>> TextQuestionRow::answerKeys() const
{
    return {};
}

} // namespace avemo
