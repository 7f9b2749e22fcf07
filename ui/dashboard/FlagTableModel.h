#pragma once

#include "export/DashboardSnapshot.h"

#include <QAbstractTableModel>

namespace avemo {

// The items raters flagged (Ctrl+K: broken media, wrong language, ...) and skipped: one row per
// flag, by item and rater as in flags.csv, with the rater's reason.
class FlagTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Item,
        System,
        Rater,
        FlaggedAt,
        Reason,
        ColumnCount
    };

    explicit FlagTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const DashboardSnapshot> m_snapshot;
};

} // namespace avemo
