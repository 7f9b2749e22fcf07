#pragma once

#include "export/DashboardSnapshot.h"

#include <QComboBox>

namespace avemo {

// Picks one of a study's questions; keeps the chosen question (by id) across snapshots.
class QuestionPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit QuestionPicker(QWidget *parent = nullptr);

    void setQuestions(const StudyRatings &study, const std::vector<std::size_t> &questions);
    // The chosen study question; -1 when there is none.
    int question() const;
    bool selectQuestion(const QString &id);

signals:
    void questionChanged(int question);
};

} // namespace avemo
