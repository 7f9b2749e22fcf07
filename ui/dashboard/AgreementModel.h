#pragma once

#include "export/DashboardSnapshot.h"

#include <QAbstractTableModel>

namespace avemo {

// The overview's agreement table: one row per question with statistics, the engine's
// figures with their CIs. ValueRole gives the raw number of a figure (NaN when missing).
class AgreementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        QuestionId,
        Kind,
        Items,
        Raters,
        Ratings,
        Alpha,
        AlphaCi,
        Fleiss,
        Cohen,
        ColumnCount
    };

    explicit AgreementModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot);
    // The study question of a row.
    std::size_t questionOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const QuestionStatistics &s, int column) const;
    QVariant value(const QuestionStatistics &s, int column) const;
    QVariant toolTip(const QuestionStatistics &s, int column) const;

    std::shared_ptr<const DashboardSnapshot> m_snapshot;
};

} // namespace avemo
