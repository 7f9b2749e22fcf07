#include "dashboard/FlagTableModel.h"

#include <QDateTime>
#include <QLocale>
#include <QPalette>

namespace avemo {

void FlagTableModel::setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int FlagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->study.flags().size());
}

int FlagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudyRatings &study = m_snapshot->study;
    const RatedFlag &flag = study.flags()[std::size_t(index.row())];
    const RatedItem &item = study.items()[flag.item];
    const RatedRater &rater = study.raters()[flag.rater];
    if (role == Qt::ForegroundRole && rater.excluded)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && index.column() == FlaggedAt)
        return flag.flaggedAt;
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == Reason))
        return {};
    switch (index.column()) {
    case Item:
        return item.isGold() ? tr("%1 (gold)").arg(item.itemId) : item.itemId;
    case System:
        return item.system;
    case Rater:
        return rater.excluded ? tr("%1 (excluded)").arg(rater.raterId) : rater.raterId;
    case FlaggedAt: {
        const QDateTime at = QDateTime::fromString(flag.flaggedAt, Qt::ISODateWithMs);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                            : flag.flaggedAt;
    }
    case Reason:
        return flag.reason;
    default:
        return {};
    }
}

QVariant FlagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item:
        return tr("Item");
    case System:
        return tr("System");
    case Rater:
        return tr("Rater");
    case FlaggedAt:
        return tr("Flagged at");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace avemo
