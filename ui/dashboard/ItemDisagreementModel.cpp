#include "dashboard/ItemDisagreementModel.h"

#include "dashboard/DashboardFormat.h"

#include <algorithm>

namespace avemo {

using dashboard::figure;

QString ItemDisagreementModel::key(const QString &itemId, const QString &questionId)
{
    return itemId + u'\n' + questionId;
}

void ItemDisagreementModel::setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot,
                                        std::size_t question)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_question = question;
    m_order.clear();
    const QuestionStatistics *s = m_snapshot ? m_snapshot->statisticsOf(question) : nullptr;
    if (s) {
        for (std::size_t i = 0; i < s->items.size(); ++i)
            m_order.push_back(i);
        // Most disagreed first; unrated (NaN) last; ties in items.csv order.
        std::stable_sort(m_order.begin(), m_order.end(), [s](std::size_t a, std::size_t b) {
            const double da = s->items[a].disagreement, db = s->items[b].disagreement;
            if (std::isnan(da) || std::isnan(db))
                return !std::isnan(da) && std::isnan(db);
            return da > db;
        });
    }
    endResetModel();
}

void ItemDisagreementModel::setAdjudications(const QList<Adjudication> &adjudications)
{
    m_adjudications.clear();
    for (const Adjudication &a : adjudications)
        m_adjudications.insert(key(a.itemId, a.questionId), a);
    if (rowCount() > 0)
        emit dataChanged(index(0, Decision), index(rowCount() - 1, Decision));
}

int ItemDisagreementModel::rowOfItem(const QString &itemId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (m_snapshot->study.items()[itemOf(row)].itemId == itemId)
            return row;
    return -1;
}

const ItemStatistics *ItemDisagreementModel::statistics(int row) const
{
    return &m_snapshot->statisticsOf(m_question)->items[itemOf(row)];
}

int ItemDisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ItemDisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemDisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case dashboard::ValueRole:
        return index.column() == Disagreement ? QVariant(statistics(row)->disagreement)
                                              : display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Disagreement)
            return m_snapshot->study.labelSet(m_question)
                       ? tr("Entropy of the labels, in bits (0: everyone agrees)")
                       : tr("Range of the scores (highest minus lowest)");
        if (index.column() == Decision) {
            const RatedItem &item = m_snapshot->study.items()[itemOf(row)];
            const auto it = m_adjudications.constFind(
                key(item.itemId, m_snapshot->study.questions()[qsizetype(m_question)].id));
            return it == m_adjudications.cend() ? QVariant() : it->reason;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Ratings || index.column() == Disagreement
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant ItemDisagreementModel::display(int row, int column) const
{
    const RatedItem &item = m_snapshot->study.items()[itemOf(row)];
    const ItemStatistics &s = *statistics(row);
    const bool categorical = m_snapshot->study.labelSet(m_question) != nullptr;
    switch (column) {
    case ItemId:
        return item.isGold() ? tr("%1 (gold)").arg(item.itemId) : item.itemId;
    case System:
        return item.system;
    case Ratings:
        return qulonglong(s.n);
    case Consensus:
        if (s.n == 0)
            return figure(NAN);
        if (categorical)
            return tr("%1 (%2%)")
                .arg(s.majority.join(QStringLiteral(" / ")))
                .arg(qRound(100 * s.agreement));
        return tr("MOS %1 \u00b1 %2").arg(figure(s.mos), figure(s.sd));
    case Disagreement:
        return figure(s.disagreement);
    case Decision: {
        const auto it = m_adjudications.constFind(
            key(item.itemId, m_snapshot->study.questions()[qsizetype(m_question)].id));
        return it == m_adjudications.cend() ? QString() : it->value;
    }
    default:
        return {};
    }
}

QVariant ItemDisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemId:
        return tr("Item");
    case System:
        return tr("System");
    case Ratings:
        return tr("Ratings");
    case Consensus:
        return tr("Raters' answer");
    case Disagreement:
        return tr("Disagreement");
    case Decision:
        return tr("Adjudicated");
    default:
        return {};
    }
}

} // namespace avemo
