#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace avemo {

// "Who is rating?": a rater id from the study's list, or a new one when the study allows it.
class RaterDialog : public QDialog
{
    Q_OBJECT

public:
    RaterDialog(const QStringList &knownRaters, bool allowNew, const QString &preselect,
                QWidget *parent = nullptr);

    QString raterId() const;

private:
    void validate();

    QComboBox *m_raters = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QStringList m_known;
    bool m_allowNew = false;
};

} // namespace avemo
