#include "ItemTableModel.h"

namespace avemo {

void ItemTableModel::setItems(QList<StoredItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudyItem &item = m_items.at(index.row()).item;
    if (role == Qt::TextAlignmentRole && index.column() == Turn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Gold && item.isGold()) {
        QStringList answers;
        for (auto it = item.gold.cbegin(); it != item.gold.cend(); ++it)
            answers.append(it.key() + QStringLiteral(" = ") + it.value());
        return answers.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case ItemId:
        return item.itemId;
    case Dialogue:
        return item.dialogueId;
    case Turn:
        return item.turn;
    case System:
        return item.system;
    case Context:
        return item.contextMedia.join(QStringLiteral(" | "));
    case Reply:
        return item.replyAudio.isEmpty() ? item.replyMedia
                                         : tr("%1 + %2 (%3 ms)")
                                               .arg(item.replyMedia, item.replyAudio)
                                               .arg(item.replyAudioOffsetMs);
    case Gold:
        return item.isGold() ? tr("gold") : QString();
    case IntendedEmotion:
        return item.intendedEmotion;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ItemId:
        return tr("Item");
    case Dialogue:
        return tr("Dialogue");
    case Turn:
        return tr("Turn");
    case System:
        return tr("System");
    case Context:
        return tr("Context media");
    case Reply:
        return tr("Reply media");
    case Gold:
        return tr("Gold");
    case IntendedEmotion:
        return tr("Intended emotion");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace avemo
