#include "dashboard/ItemAnswersModel.h"

#include <QPalette>

#include <algorithm>

namespace avemo {

void ItemAnswersModel::setItem(std::shared_ptr<const DashboardSnapshot> snapshot, int item)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    m_raters.clear();
    m_cells.clear();
    if (m_snapshot && item >= 0) {
        const StudyRatings &study = m_snapshot->study;
        const auto questions = study.questions().size();
        // Responses are sorted by item, then rater, then question.
        const auto responses = study.responses();
        auto it =
            std::lower_bound(responses.begin(), responses.end(), std::uint32_t(item),
                             [](const RatedResponse &r, std::uint32_t i) { return r.item < i; });
        for (; it != responses.end() && it->item == std::uint32_t(item); ++it) {
            if (m_raters.empty() || m_raters.back() != it->rater) {
                m_raters.push_back(it->rater);
                m_cells.append(QStringList(questions, QString()));
            }
            const std::string_view v = study.value(*it);
            m_cells.back()[qsizetype(it->question)] =
                QString::fromUtf8(v.data(), qsizetype(v.size()));
        }
    }
    endResetModel();
}

int ItemAnswersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_raters.size());
}

int ItemAnswersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->study.questions().size()) + 1;
}

QVariant ItemAnswersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RatedRater &rater = m_snapshot->study.raters()[m_raters[std::size_t(index.row())]];
    if (role == Qt::ForegroundRole && rater.excluded)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == 0)
        return rater.excluded ? tr("%1 (excluded)").arg(rater.raterId) : rater.raterId;
    return m_cells[index.row()][index.column() - 1];
}

QVariant ItemAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_snapshot || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Rater") : m_snapshot->study.questions()[section - 1].id;
    if (role == Qt::ToolTipRole && section > 0)
        return m_snapshot->study.questions()[section - 1].prompt.text(QLocale());
    return {};
}

} // namespace avemo
