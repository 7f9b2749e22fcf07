#pragma once

#include "StudyReader.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpacerItem;
class QTableView;

namespace avemo {

class ItemTableModel;

// What the study is: title, instructions, counts, and (for coordinators, or when the study is
// not blind) its systems and items. An annotator of a blind study sees only counts here.
class StudyOverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit StudyOverviewPage(QWidget *parent = nullptr);

    void setStudy(const StudySummary &summary, const StudyDefinition &definition,
                  const QStringList &systems, QList<StoredItem> items);
    void setShowHiddenDetails(bool show);
    // "r07: 10 of 24 done": the Start button becomes Continue (as that rater); an empty id hides
    // it.
    void setRaterProgress(const QString &raterId, int done, int total);
    QString progressText() const;
    // Which file holds the answers and what to give the coordinator.
    void setAnswersNote(const QString &note);
    QString answersNote() const;
    QPushButton *startButton() const { return m_start; }
    bool isShowingHiddenDetails() const { return m_showHidden; }

signals:
    void startRatingRequested();                    // asks who is rating
    void continueRequested(const QString &raterId); // as the rater shown in the progress line

private:
    void refresh();

    QLabel *m_title = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_systems = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_answers = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_someoneElse = nullptr;
    QString m_progressRater;
    QTableView *m_table = nullptr;
    QSpacerItem *m_filler = nullptr; // takes the table's room while the table is hidden
    ItemTableModel *m_model = nullptr;
    StudySummary m_summary;
    StudyDefinition m_definition;
    QStringList m_systemNames;
    bool m_showHidden = false;
};

} // namespace avemo
