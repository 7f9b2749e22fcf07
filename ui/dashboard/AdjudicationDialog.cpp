#include "dashboard/AdjudicationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace avemo {

AdjudicationDialog::AdjudicationDialog(const StudyDefinition &definition, const QString &itemId,
                                       const QString &questionId, QWidget *parent)
    : QDialog(parent)
    , m_definition(definition)
{
    setWindowTitle(tr("Adjudicate %1").arg(itemId));
    m_question = new QComboBox(this);
    for (const Question &q : definition.questions)
        m_question->addItem(q.id, q.id);
    m_question->setCurrentIndex(std::max(0, m_question->findData(questionId)));
    m_value = new QComboBox(this);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. tie between two labels; checked the clip again"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record Decision"));

    auto *form = new QFormLayout;
    form->addRow(tr("Question:"), m_question);
    form->addRow(tr("Decided answer:"), m_value);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("The decision is kept apart from the raters' answers; recording "
                               "again replaces an earlier decision."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_question, &QComboBox::currentIndexChanged, this, &AdjudicationDialog::fillValues);
    connect(m_value, &QComboBox::currentTextChanged, this, &AdjudicationDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &AdjudicationDialog::updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillValues();
    resize(460, sizeHint().height());
}

void AdjudicationDialog::fillValues()
{
    m_value->clear();
    const Question *q = m_definition.question(questionId());
    if (!q)
        return;
    // Categories and scale points are offered; sliders and text take what is typed.
    m_value->setEditable(q->kind == QuestionKind::Slider || q->kind == QuestionKind::Text);
    if (q->kind == QuestionKind::Categorical) {
        if (const LabelSet *set = m_definition.labelSet(q->labelSet))
            for (const Category &c : set->categories)
                m_value->addItem(tr("%1 (%2)").arg(c.label.text(QLocale()), c.id), c.id);
    } else if (q->kind == QuestionKind::Mos) {
        for (int i = 0; i < q->scale.pointCount(); ++i) {
            const double point = q->scale.point(i);
            const QString anchor = q->scale.anchors.value(point).text(QLocale());
            m_value->addItem(anchor.isEmpty() ? QString::number(point)
                                              : tr("%1 %2").arg(point).arg(anchor),
                             QString::number(point));
        }
    }
    updateOk();
}

void AdjudicationDialog::updateOk()
{
    m_ok->setEnabled(!value().isEmpty() && !reason().isEmpty());
}

QString AdjudicationDialog::questionId() const
{
    return m_question->currentData().toString();
}

QString AdjudicationDialog::value() const
{
    if (m_value->isEditable())
        return m_value->currentText().trimmed();
    return m_value->currentData().toString();
}

QString AdjudicationDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace avemo
