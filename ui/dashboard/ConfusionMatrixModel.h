#pragma once

#include "export/DashboardSnapshot.h"
#include "export/LabelConfusion.h"

#include <QAbstractTableModel>

namespace avemo {

// A confusion matrix of one categorical question as a heat map: rows are the label a rater
// gave, columns the reference label (the item's intended emotion, or the consensus: the
// item's majority label over the included raters, ties left out). Cells count ratings; their
// colour deepens with the share of the row's ratings.
class ConfusionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Reference = LabelConfusion::Reference;

    explicit ConfusionMatrixModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    // rater: a StudyRatings rater, or -1 for every included rater.
    void compute(std::shared_ptr<const DashboardSnapshot> snapshot, std::size_t question,
                 Reference reference, int rater);

    int count(int row, int column) const { return m_confusion.count(row, column); }
    int total() const { return m_confusion.total; }
    int leftOut() const { return m_confusion.leftOut; } // ratings without a reference label

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int rowTotal(int row) const;

    QStringList m_labels;
    int m_size = 0; // 0 until computed on a categorical question with statistics
    LabelConfusion m_confusion;
    Reference m_reference = Reference::IntendedEmotion;
};

} // namespace avemo
