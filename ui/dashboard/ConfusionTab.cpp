#include "dashboard/ConfusionTab.h"

#include "dashboard/ConfusionMatrixModel.h"
#include "dashboard/DashboardViews.h"
#include "dashboard/QuestionPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace avemo {

ConfusionTab::ConfusionTab(QWidget *parent)
    : QWidget(parent)
{
    m_question = new QuestionPicker(this);
    m_reference = new QComboBox(this);
    m_reference->addItem(tr("Intended emotion of the reply"),
                         int(ConfusionMatrixModel::Reference::IntendedEmotion));
    m_reference->addItem(tr("Consensus (majority label)"),
                         int(ConfusionMatrixModel::Reference::Consensus));
    m_rater = new QComboBox(this);
    m_model = new ConfusionMatrixModel(this);
    m_view = dashboard::makeTable(m_model, this);
    m_view->verticalHeader()->show();
    m_view->setAlternatingRowColors(false);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Question:"), this));
    pick->addWidget(m_question);
    pick->addSpacing(12);
    pick->addWidget(new QLabel(tr("Against:"), this));
    pick->addWidget(m_reference);
    pick->addSpacing(12);
    pick->addWidget(new QLabel(tr("Rater:"), this));
    pick->addWidget(m_rater);
    pick->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_question, &QuestionPicker::questionChanged, this, &ConfusionTab::recompute);
    connect(m_reference, &QComboBox::currentIndexChanged, this, &ConfusionTab::recompute);
    connect(m_rater, &QComboBox::currentIndexChanged, this, &ConfusionTab::recompute);
}

void ConfusionTab::setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    {
        const QSignalBlocker block(m_rater);
        const QString previous = m_rater->currentData().toString();
        m_rater->clear();
        m_rater->addItem(tr("All included raters"), QString());
        if (snapshot)
            for (const RatedRater &r : snapshot->study.raters())
                m_rater->addItem(r.excluded ? tr("%1 (excluded)").arg(r.raterId) : r.raterId,
                                 r.raterId);
        m_rater->setCurrentIndex(std::max(0, m_rater->findData(previous)));
    }
    if (!snapshot) {
        recompute();
        return;
    }
    const bool first = m_question->count() == 0;
    m_question->setQuestions(snapshot->study, snapshot->categoricalQuestions());
    // The intended emotion is the reply's: start with a question about the reply.
    if (first)
        for (const std::size_t q : snapshot->categoricalQuestions())
            if (snapshot->study.questions()[qsizetype(q)].target == QuestionTarget::Reply) {
                m_question->selectQuestion(snapshot->study.questions()[qsizetype(q)].id);
                break;
            }
}

void ConfusionTab::recompute()
{
    const int question = m_question->question();
    int rater = -1;
    if (m_snapshot && m_rater->currentIndex() > 0)
        rater = m_rater->currentIndex() - 1; // the list follows StudyRatings' raters
    const auto reference = ConfusionMatrixModel::Reference(m_reference->currentData().toInt());
    m_model->compute(question >= 0 ? m_snapshot : nullptr, std::size_t(std::max(question, 0)),
                     reference, rater);
    if (!m_snapshot || question < 0) {
        m_note->clear();
        return;
    }
    m_note->setText(
        tr("%n rating(s); rows: the label given, columns: the reference; colour: share of the "
           "row.",
           nullptr, m_model->total()) +
        u' ' +
        tr("%n rating(s) left out (no intended emotion, or a tie for the consensus).", nullptr,
           m_model->leftOut()));
}

} // namespace avemo
