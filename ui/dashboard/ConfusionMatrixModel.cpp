#include "dashboard/ConfusionMatrixModel.h"

#include <QColor>
#include <QPalette>

namespace avemo {

void ConfusionMatrixModel::compute(std::shared_ptr<const DashboardSnapshot> snapshot,
                                   std::size_t question, Reference reference, int rater)
{
    beginResetModel();
    m_reference = reference;
    m_labels.clear();
    m_confusion = {};
    m_size = 0;
    const StudyRatings *study = snapshot ? &snapshot->study : nullptr;
    const LabelSet *set = study ? study->labelSet(question) : nullptr;
    const QuestionStatistics *stats = snapshot ? snapshot->statisticsOf(question) : nullptr;
    if (set && stats) {
        for (const Category &c : set->categories)
            m_labels.append(c.id);
        m_confusion = LabelConfusion::compute(*study, *stats, reference, rater);
        m_size = m_confusion.size;
    }
    endResetModel();
}

int ConfusionMatrixModel::rowTotal(int row) const
{
    int sum = 0;
    for (int c = 0; c < m_size; ++c)
        sum += count(row, c);
    return sum;
}

int ConfusionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int ConfusionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

QVariant ConfusionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int n = count(index.row(), index.column());
    const int rowSum = rowTotal(index.row());
    const double share = rowSum > 0 ? double(n) / rowSum : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return n;
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case Qt::BackgroundRole: {
        // The highlight colour, from transparent (no rating) to full (the whole row).
        QColor c = QPalette().color(QPalette::Highlight);
        c.setAlphaF(float(0.08 + 0.85 * share));
        return n > 0 ? QVariant(c) : QVariant();
    }
    case Qt::ForegroundRole:
        return share > 0.5 ? QVariant(QPalette().color(QPalette::HighlightedText)) : QVariant();
    case Qt::ToolTipRole:
        return tr("Rated %1 where the reference is %2: %3 of %4 (%5%)")
            .arg(m_labels[index.row()], m_labels[index.column()])
            .arg(n)
            .arg(rowSum)
            .arg(qRound(100 * share));
    default:
        return {};
    }
}

QVariant ConfusionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= m_size)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return tr("rated %1").arg(m_labels[section]);
    return m_reference == Reference::IntendedEmotion ? tr("intended %1").arg(m_labels[section])
                                                     : tr("consensus %1").arg(m_labels[section]);
}

} // namespace avemo
