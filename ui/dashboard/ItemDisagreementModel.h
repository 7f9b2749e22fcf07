#pragma once

#include "coordination/Adjudications.h"
#include "export/DashboardSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace avemo {

// The items of one question, most disagreed first (categorical: label entropy in bits;
// mos/slider: the range of the scores), for the coordinator to review and adjudicate. Items
// without ratings come last. The coordinator's decision is its own column, never mixed into
// the raters' figures.
class ItemDisagreementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemId,
        Disagreement,
        Consensus,
        Ratings,
        System,
        Decision,
        ColumnCount
    };

    explicit ItemDisagreementModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot, std::size_t question);
    // Keyed by item id + '\n' + question id (see key()).
    void setAdjudications(const QList<Adjudication> &adjudications);
    static QString key(const QString &itemId, const QString &questionId);

    // The StudyRatings item of a row.
    std::size_t itemOf(int row) const { return m_order[std::size_t(row)]; }
    int rowOfItem(const QString &itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const ItemStatistics *statistics(int row) const;
    QVariant display(int row, int column) const;

    std::shared_ptr<const DashboardSnapshot> m_snapshot;
    std::size_t m_question = 0;
    std::vector<std::size_t> m_order;
    QHash<QString, Adjudication> m_adjudications;
};

} // namespace avemo
