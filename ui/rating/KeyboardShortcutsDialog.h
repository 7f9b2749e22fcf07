#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QTableWidget;

namespace avemo {

// A titled group of keys: key text ("Tab", "Shift+Left", "h") -> what it does.
struct ShortcutSection
{
    QString title;
    QList<QPair<QString, QString>> keys;
};

// Help > Keyboard shortcuts: every key of the annotator view in one table, grouped by section.
// The rating panel supplies its sections (RatingPanel::shortcutSections()); the annotator view
// adds the player and navigation keys it owns with addSection().
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyboardShortcutsDialog(QWidget *parent = nullptr);

    void addSection(const QString &title, const QList<QPair<QString, QString>> &keys);
    void addSections(const QList<ShortcutSection> &sections);
    QList<ShortcutSection> sections() const { return m_sections; }

    QTableWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QList<ShortcutSection> m_sections;
    QTableWidget *m_table = nullptr;
};

} // namespace avemo
