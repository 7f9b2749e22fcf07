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
    bool isShowingHiddenDetails() const { return m_showHidden; }

signals:
    void startRatingRequested();

private:
    void refresh();

    QLabel *m_title = nullptr;
    QLabel *m_instructions = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_systems = nullptr;
    QPushButton *m_start = nullptr;
    QTableView *m_table = nullptr;
    QSpacerItem *m_filler = nullptr; // takes the table's room while the table is hidden
    ItemTableModel *m_model = nullptr;
    StudySummary m_summary;
    StudyDefinition m_definition;
    QStringList m_systemNames;
    bool m_showHidden = false;
};

} // namespace avemo
