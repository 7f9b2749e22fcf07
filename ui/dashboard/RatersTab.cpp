#include "dashboard/RatersTab.h"

#include "dashboard/DashboardViews.h"
#include "dashboard/QuestionPicker.h"
#include "dashboard/RaterTableModel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QVBoxLayout>

namespace avemo {

RatersTab::RatersTab(RaterTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_question = new QuestionPicker(this);
    m_view = dashboard::makeTable(model, this);
    m_view->setColumnHidden(RaterTableModel::Progress, true);
    // Screening notes are long, and longer in German: they wrap and rows grow, never cut.
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_toggle = new QPushButton(tr("Exclude from Statistics..."), this);
    m_exclusions = new QLabel(this);
    m_exclusions->setWordWrap(true);
    m_exclusions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Screening of question:"), this));
    top->addWidget(m_question);
    top->addStretch(1);
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_exclusions);

    connect(m_question, &QuestionPicker::questionChanged, this, [this](int question) {
        if (question >= 0)
            m_model->setQuestion(std::size_t(question));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RatersTab::updateButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RatersTab::updateButton);
    connect(m_model, &RaterTableModel::exclusionToggleRequested, this,
            &RatersTab::exclusionToggleRequested);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row >= 0)
            emit exclusionToggleRequested(m_model->raterId(row), !m_model->isExcluded(row));
    });
    updateButton();
}

void RatersTab::setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    if (!snapshot)
        return;
    m_question->setQuestions(snapshot->study, snapshot->statisticQuestions());
    QStringList lines;
    for (const RatedRater &r : snapshot->study.raters())
        if (r.excluded)
            lines.append(tr("%1 excluded: %2").arg(r.raterId, r.exclusionReason.toHtmlEscaped()));
    m_exclusions->setText(lines.isEmpty() ? tr("Every rater counts in the statistics.")
                                          : lines.join(QStringLiteral("<br>")));
}

void RatersTab::updateButton()
{
    const int row = m_view->currentIndex().row();
    m_toggle->setEnabled(row >= 0);
    m_toggle->setText(row >= 0 && m_model->isExcluded(row) ? tr("Include in Statistics")
                                                           : tr("Exclude from Statistics..."));
}

} // namespace avemo
