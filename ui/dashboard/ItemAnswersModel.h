#pragma once

#include "export/DashboardSnapshot.h"

#include <QAbstractTableModel>

namespace avemo {

// Every rater's answers to one item side by side: one row per rater who answered it, one
// column per question. Only the raters' own answers: adjudications are shown elsewhere.
class ItemAnswersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ItemAnswersModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    // item: a StudyRatings item; -1 shows nothing.
    void setItem(std::shared_ptr<const DashboardSnapshot> snapshot, int item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    std::vector<std::uint32_t> m_raters; // StudyRatings raters, rows
    QList<QStringList> m_cells;          // per row: one text per question
};

} // namespace avemo
