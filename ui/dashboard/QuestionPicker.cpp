#include "dashboard/QuestionPicker.h"

namespace avemo {

QuestionPicker::QuestionPicker(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this,
            [this] { emit questionChanged(question()); });
}

void QuestionPicker::setQuestions(const StudyRatings &study,
                                  const std::vector<std::size_t> &questions)
{
    const QString previous = currentData(Qt::UserRole + 1).toString();
    {
        const QSignalBlocker block(this);
        clear();
        for (const std::size_t q : questions) {
            const Question &question = study.questions()[qsizetype(q)];
            addItem(question.id, qulonglong(q));
            setItemData(count() - 1, question.id, Qt::UserRole + 1);
            setItemData(count() - 1, question.prompt.text(QLocale()), Qt::ToolTipRole);
        }
        const int again = findData(previous, Qt::UserRole + 1);
        setCurrentIndex(again >= 0 ? again : 0);
    }
    emit questionChanged(question());
}

int QuestionPicker::question() const
{
    return currentIndex() < 0 ? -1 : int(currentData().toULongLong());
}

bool QuestionPicker::selectQuestion(const QString &id)
{
    const int index = findData(id, Qt::UserRole + 1);
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}

} // namespace avemo
