#include "dashboard/RaterTableModel.h"

#include "dashboard/DashboardFormat.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace avemo {

using dashboard::figure;

void RaterTableModel::setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

void RaterTableModel::setQuestion(std::size_t question)
{
    m_question = question;
    if (rowCount() > 0)
        emit dataChanged(index(0, GoldAccuracy), index(rowCount() - 1, Flags));
}

QString RaterTableModel::raterId(int row) const
{
    return m_snapshot->study.raters()[std::size_t(row)].raterId;
}

bool RaterTableModel::isExcluded(int row) const
{
    return m_snapshot->study.raters()[std::size_t(row)].excluded;
}

int RaterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->study.raters().size());
}

int RaterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ratings::RaterScreening *RaterTableModel::screening(int row) const
{
    const QuestionScreening *s = m_snapshot->screeningOf(m_question);
    if (!s || !s->perRater[std::size_t(row)])
        return nullptr;
    return &*s->perRater[std::size_t(row)];
}

Qt::ItemFlags RaterTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Included)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RaterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Included ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool exclude = value.value<Qt::CheckState>() == Qt::Unchecked;
    if (exclude != isExcluded(index.row()))
        emit exclusionToggleRequested(raterId(index.row()), exclude);
    return false; // the change shows once it is recorded and the figures are recomputed
}

QVariant RaterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const RatedRater &rater = m_snapshot->study.raters()[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case dashboard::ValueRole:
        return value(row, index.column());
    case Qt::CheckStateRole:
        return index.column() == Included ? (rater.excluded ? Qt::Unchecked : Qt::Checked)
                                          : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Included)
            return rater.excluded ? tr("Excluded: %1").arg(rater.exclusionReason)
                                  : tr("Counted in the statistics; uncheck to exclude");
        return index.column() == Flags ? display(row, Flags) : QVariant();
    case Qt::ForegroundRole:
        return rater.excluded ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                              : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= Done && index.column() < Flags
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    default:
        return {};
    }
}

QVariant RaterTableModel::value(int row, int column) const
{
    const RaterFigures &f = m_snapshot->raters[std::size_t(row)];
    const ratings::RaterScreening *s = screening(row);
    switch (column) {
    case Done:
        return f.itemsDone;
    case Progress:
        return f.itemsAssigned > 0 ? double(f.itemsDone) / f.itemsAssigned : 0.0;
    case MedianTime:
        return f.medianSecondsPerItem;
    case GoldAccuracy:
        return s && s->goldAccuracy ? *s->goldAccuracy : NAN;
    case Consensus:
        return s && s->consensusCorrelation ? *s->consensusCorrelation : NAN;
    case Included:
        return !isExcluded(row);
    default:
        return display(row, column);
    }
}

QVariant RaterTableModel::display(int row, int column) const
{
    const RaterFigures &f = m_snapshot->raters[std::size_t(row)];
    const ratings::RaterScreening *s = screening(row);
    switch (column) {
    case Rater:
        return raterId(row);
    case Included:
        return isExcluded(row) ? tr("excluded") : tr("included");
    case Done:
        return tr("%1 of %2").arg(f.itemsDone).arg(f.itemsAssigned);
    case Progress:
        return tr("%1%").arg(f.itemsAssigned > 0 ? qRound(100.0 * f.itemsDone / f.itemsAssigned)
                                                 : 0);
    case MedianTime:
        return std::isnan(f.medianSecondsPerItem)
                   ? figure(NAN)
                   : tr("%1 s").arg(figure(f.medianSecondsPerItem, 1));
    case GoldAccuracy:
        if (!s || s->goldRated == 0)
            return tr("no gold rated");
        return tr("%1% (%2 of %3)")
            .arg(qRound(100.0 * double(s->goldCorrect) / double(s->goldRated)))
            .arg(s->goldCorrect)
            .arg(s->goldRated);
    case Consensus:
        return figure(s && s->consensusCorrelation ? *s->consensusCorrelation : NAN);
    case Flags: {
        if (!s)
            return tr("no ratings of this question");
        QStringList flags;
        for (const ratings::ScreeningFlag &flag : s->flags)
            flags.append(describe(flag));
        return flags.isEmpty() ? tr("passes") : flags.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QString RaterTableModel::describe(const ratings::ScreeningFlag &flag)
{
    using Kind = ratings::ScreeningFlag::Kind;
    const QLocale locale;
    const auto percent = [&locale](double share) {
        return tr("%1%").arg(locale.toString(100.0 * share, 'g', 3));
    };
    switch (flag.kind) {
    case Kind::LowGoldAccuracy:
        return tr("gold accuracy %1 below %2 (%3 of %4)")
            .arg(percent(flag.value), percent(flag.threshold))
            .arg(flag.count)
            .arg(flag.total);
    case Kind::NoSharedItems:
        return tr("shares no item with another rater");
    case Kind::FewSharedItems:
        return tr("only %n item(s) shared with other raters: consensus correlation not computed",
                  nullptr, int(flag.count));
    case Kind::ConstantRatings:
        return tr("constant ratings (or constant consensus): correlation undefined");
    case Kind::LowConsensusCorrelation:
        return tr("correlation with the other raters' mean %1 below %2")
            .arg(locale.toString(flag.value, 'f', 3), locale.toString(flag.threshold, 'f', 2));
    }
    return {};
}

QVariant RaterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rater:
        return tr("Rater");
    case Included:
        return tr("In statistics");
    case Done:
        return tr("Items done");
    case Progress:
        return tr("Progress");
    case MedianTime:
        return tr("Median time per item");
    case GoldAccuracy:
        return tr("Gold accuracy");
    case Consensus:
        return tr("r with others' mean");
    case Flags:
        return tr("Screening");
    default:
        return {};
    }
}

} // namespace avemo
