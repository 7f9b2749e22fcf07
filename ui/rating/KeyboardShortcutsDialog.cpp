#include "rating/KeyboardShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace avemo {

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // Sized in lines and characters of the user's font, whatever the scale factor.
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 36);
}

void KeyboardShortcutsDialog::addSection(const QString &title,
                                         const QList<QPair<QString, QString>> &keys)
{
    if (keys.isEmpty())
        return;
    m_sections.append({title, keys});

    // The title spans both columns, in bold; the keys follow under it.
    int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *heading = new QTableWidgetItem(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_table->setItem(row, 0, heading);
    m_table->setSpan(row, 0, 1, 2);
    for (const auto &[key, what] : keys) {
        m_table->insertRow(++row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(what));
    }
}

void KeyboardShortcutsDialog::showEvent(QShowEvent *event)
{
    // Wide enough for the longest action text: German and Spanish run a third longer than
    // English, and an elided action ("Zurück zum vorigen Item (zum Ü...") helps nobody. Within
    // the screen; beyond it the table elides as before.
    const QAbstractItemView *view = m_table;
    const int needed = m_table->horizontalHeader()->sectionSize(0) + view->sizeHintForColumn(1) +
                       m_table->verticalScrollBar()->sizeHint().width() +
                       2 * m_table->frameWidth() + layout()->contentsMargins().left() +
                       layout()->contentsMargins().right();
    const int available = screen() ? screen()->availableGeometry().width() * 9 / 10 : needed;
    if (width() < needed)
        resize(std::min(needed, available), height());
    QDialog::showEvent(event);
}

void KeyboardShortcutsDialog::addSections(const QList<ShortcutSection> &sections)
{
    for (const ShortcutSection &s : sections)
        addSection(s.title, s.keys);
}

} // namespace avemo
