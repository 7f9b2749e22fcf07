#pragma once

#include "StudyReader.h"

#include <QAbstractTableModel>

namespace avemo {

// The study's items for the coordinator's overview (not blind: it shows systems and files).
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemId,
        Dialogue,
        Turn,
        System,
        Context,
        Reply,
        Gold,
        IntendedEmotion,
        ColumnCount
    };

    explicit ItemTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    void setItems(QList<StoredItem> items);
    const StoredItem &item(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StoredItem> m_items;
};

} // namespace avemo
