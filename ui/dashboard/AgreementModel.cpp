#include "dashboard/AgreementModel.h"

#include "dashboard/DashboardFormat.h"

namespace avemo {

using dashboard::figure;

namespace {

// A missing statistic says why in its cell ("– not applicable: items have between 4 and 5
// ratings"): a bare dash next to figures reads as a bug, and a tooltip is found by few. The
// engine's reason, up to its first ';' (what follows is advice, in the tooltip).
QString figureOrWhy(double value, const QString &note)
{
    if (!std::isnan(value) || note.isEmpty())
        return figure(value, 3);
    return figure(value) + u' ' + note.section(QStringLiteral("; "), 0, 0);
}

} // namespace

void AgreementModel::setSnapshot(std::shared_ptr<const DashboardSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

std::size_t AgreementModel::questionOf(int row) const
{
    return m_snapshot->statistics[std::size_t(row)].question;
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_snapshot ? 0 : int(m_snapshot->statistics.size());
}

int AgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuestionStatistics &s = m_snapshot->statistics[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case dashboard::ValueRole:
        return value(s, index.column());
    case Qt::ToolTipRole:
        return toolTip(s, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Items ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant AgreementModel::display(const QuestionStatistics &s, int column) const
{
    const AgreementStatistics &a = s.agreement;
    const Question &q = m_snapshot->study.questions()[qsizetype(s.question)];
    switch (column) {
    case QuestionId:
        return q.id;
    case Kind:
        return tr("%1 (alpha: %2)").arg(toString(q.kind), a.level);
    case Items:
        return qulonglong(a.items);
    case Raters:
        return qulonglong(a.raters);
    case Ratings:
        return qulonglong(a.ratings);
    case Alpha:
        return figureOrWhy(a.alpha, a.alphaNote);
    case AlphaCi:
        return dashboard::interval(a.alphaLow, a.alphaHigh, 3);
    case Fleiss:
        return figureOrWhy(a.fleiss, a.fleissNote);
    case Cohen:
        return std::isnan(a.cohenMean)
                   ? figureOrWhy(a.cohenMean, a.cohenNote)
                   : tr("%1 (%n pair(s))", nullptr, int(a.cohenPairs)).arg(figure(a.cohenMean, 3));
    default:
        return {};
    }
}

QVariant AgreementModel::value(const QuestionStatistics &s, int column) const
{
    const AgreementStatistics &a = s.agreement;
    switch (column) {
    case Alpha:
        return a.alpha;
    case AlphaCi:
        return QVariantList{a.alphaLow, a.alphaHigh};
    case Fleiss:
        return a.fleiss;
    case Cohen:
        return a.cohenMean;
    default:
        return display(s, column);
    }
}

QVariant AgreementModel::toolTip(const QuestionStatistics &s, int column) const
{
    const AgreementStatistics &a = s.agreement;
    switch (column) {
    case QuestionId:
        return m_snapshot->study.questions()[qsizetype(s.question)].prompt.text(QLocale());
    case Alpha:
    case AlphaCi:
        return a.alphaNote.isEmpty()
                   ? tr("Krippendorff's alpha (%1), percentile bootstrap CI95 over items, %n "
                        "resample(s)",
                        nullptr, int(m_snapshot->bootstrapResamples))
                         .arg(a.level)
                   : a.alphaNote;
    case Fleiss:
        return a.fleissNote.isEmpty() ? tr("Fleiss' kappa") : a.fleissNote;
    case Cohen:
        return a.cohenNote.isEmpty()
                   ? tr("Mean Cohen's kappa over rater pairs (weights: %1)").arg(a.cohenWeights)
                   : a.cohenNote;
    default:
        return {};
    }
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionId:
        return tr("Question");
    case Kind:
        return tr("Kind");
    case Items:
        return tr("Items");
    case Raters:
        return tr("Raters");
    case Ratings:
        return tr("Ratings");
    case Alpha:
        return tr("Krippendorff \u03b1");
    case AlphaCi:
        return tr("\u03b1 CI95");
    case Fleiss:
        return tr("Fleiss \u03ba");
    case Cohen:
        return tr("Mean Cohen \u03ba");
    default:
        return {};
    }
}

} // namespace avemo
