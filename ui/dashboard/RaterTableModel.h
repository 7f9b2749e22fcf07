#pragma once

#include "export/DashboardSnapshot.h"

#include <QAbstractTableModel>

namespace avemo {

// One row per rater: progress, time per item, and the screening of one question (gold
// accuracy, correlation with the leave-one-out mean, flags). The Included column is
// checkable; toggling it does not change the model but asks for the change
// (exclusionToggleRequested), which is recorded with a reason and then recomputed.
class RaterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rater,
        Included,
        Done,
        Progress,
        MedianTime,
        GoldAccuracy,
        Consensus,
        Flags,
        ColumnCount
    };

    explicit RaterTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot);
    // The question whose screening the last three columns show.
    void setQuestion(std::size_t question);
    QString raterId(int row) const;
    bool isExcluded(int row) const;
    // A screening flag in the interface language, numbers in the default locale.
    static QString describe(const ratings::ScreeningFlag &flag);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void exclusionToggleRequested(const QString &raterId, bool exclude);

private:
    const ratings::RaterScreening *screening(int row) const;
    QVariant display(int row, int column) const;
    QVariant value(int row, int column) const;

    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    std::size_t m_question = 0;
};

} // namespace avemo
