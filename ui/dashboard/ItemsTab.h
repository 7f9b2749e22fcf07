#pragma once

#include "coordination/Adjudications.h"
#include "export/DashboardSnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace avemo {

class ItemAnswersModel;
class ItemDisagreementModel;
class PlayerWidget;
class QuestionPicker;

// Items of one question, most disagreed first. Selecting an item plays it (not blind: this is
// the coordinator) and shows every rater's answers side by side; the coordinator's recorded
// decisions on the item are listed below, apart from those answers.
class ItemsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ItemsTab(QWidget *parent = nullptr);

    void setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot);
    void setAdjudications(const QList<Adjudication> &adjudications);
    // Selects (and plays) an item; false when it is not listed.
    bool selectItem(const QString &itemId);
    // The StudyRatings item shown, or -1.
    int currentItem() const { return m_item; }

    QuestionPicker *questionPicker() const { return m_question; }
    QTableView *itemView() const { return m_itemView; }
    QTableView *answerView() const { return m_answerView; }
    ItemDisagreementModel *itemModel() const { return m_items; }
    ItemAnswersModel *answersModel() const { return m_answers; }
    PlayerWidget *player() const { return m_player; }
    QString decisionsText() const;

signals:
    void adjudicateRequested(const QString &itemId, const QString &questionId);

private:
    void showQuestion(int question);
    void showItem(int row, bool play = true);
    void showDecisions();
    void fitItemList();

    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    QList<Adjudication> m_adjudications;
    int m_item = -1;
    QString m_shownId; // kept across snapshots and questions
    QuestionPicker *m_question = nullptr;
    ItemDisagreementModel *m_items = nullptr;
    QTableView *m_itemView = nullptr;
    PlayerWidget *m_player = nullptr;
    ItemAnswersModel *m_answers = nullptr;
    QTableView *m_answerView = nullptr;
    QLabel *m_decisions = nullptr;
    QPushButton *m_adjudicate = nullptr;
};

} // namespace avemo
