#pragma once

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace avemo::dashboard {

// The dashboard's tables all look alike: whole rows, no editing, quiet alternating rows.
inline QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (model->columnCount() > 0) // models whose columns come later stretch the last one
        view->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1,
                                                       QHeaderView::Stretch);
    return view;
}

inline QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace avemo::dashboard
