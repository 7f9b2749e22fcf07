#include "RaterDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace avemo {

RaterDialog::RaterDialog(const QStringList &knownRaters, bool allowNew, const QString &preselect,
                         QWidget *parent)
    : QDialog(parent)
    , m_known(knownRaters)
    , m_allowNew(allowNew)
{
    setWindowTitle(tr("Who is rating?"));
    m_raters = new QComboBox(this);
    m_raters->addItems(knownRaters);
    m_raters->setEditable(allowNew);
    if (allowNew)
        m_raters->lineEdit()->setPlaceholderText(tr("your rater id, e.g. r07"));
    if (!preselect.isEmpty()) {
        if (knownRaters.contains(preselect))
            m_raters->setCurrentText(preselect);
        else if (allowNew)
            m_raters->setEditText(preselect);
    }
    // Typing replaces the pre-filled id instead of appending to it ("r01r07").
    if (allowNew)
        m_raters->lineEdit()->selectAll();
    m_hint = new QLabel(
        allowNew ? tr("Pick your id, or type a new one (letters, digits, '-', '_', '.').")
                 : tr("Pick your id from the study's list."),
        this);
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_raters, &QComboBox::currentTextChanged, this, &RaterDialog::validate);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Rater:"), m_raters);
    form->addRow(m_hint);
    form->addRow(m_buttons);
    validate();
}

QString RaterDialog::raterId() const
{
    return m_raters->currentText().trimmed();
}

void RaterDialog::validate()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    const QString id = raterId();
    const bool ok = pattern.match(id).hasMatch() && (m_allowNew || m_known.contains(id));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace avemo
