#pragma once

#include "StudyTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace avemo {

// Asks for the coordinator's decision on one item: which question, which answer (a category
// or a scale point; any value for a slider or a text question), and why.
class AdjudicationDialog : public QDialog
{
    Q_OBJECT

public:
    AdjudicationDialog(const StudyDefinition &definition, const QString &itemId,
                       const QString &questionId, QWidget *parent = nullptr);

    QString questionId() const;
    QString value() const;
    QString reason() const;

private:
    void fillValues();
    void updateOk();

    const StudyDefinition &m_definition;
    QComboBox *m_question = nullptr;
    QComboBox *m_value = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace avemo
