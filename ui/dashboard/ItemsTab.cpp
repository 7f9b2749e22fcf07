#include "dashboard/ItemsTab.h"

#include "dashboard/DashboardViews.h"
#include "dashboard/ItemAnswersModel.h"
#include "dashboard/ItemDisagreementModel.h"
#include "dashboard/QuestionPicker.h"
#include "player/PlayerWidget.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace avemo {

ItemsTab::ItemsTab(QWidget *parent)
    : QWidget(parent)
{
    m_question = new QuestionPicker(this);
    m_items = new ItemDisagreementModel(this);
    m_itemView = dashboard::makeTable(m_items, this);
    // Every column whole, none stretched (a stretched last column is the one cut short when
    // room runs out): the list asks for the width its columns take, and the player beside it,
    // which scales, gives up the room.
    m_itemView->horizontalHeader()->setStretchLastSection(false);
    m_itemView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Queued: the header resizes its sections one after the other, and the width is only
    // right once all are done.
    connect(m_itemView->horizontalHeader(), &QHeaderView::sectionResized, this,
            &ItemsTab::fitItemList, Qt::QueuedConnection);
    m_player = new PlayerWidget(this);
    m_player->setMinimumHeight(220);
    m_answers = new ItemAnswersModel(this);
    m_answerView = dashboard::makeTable(m_answers, this);
    m_answerView->setSelectionMode(QAbstractItemView::NoSelection);
    // The last column is the free-text comment: a column of its own width whose text wraps
    // (it fills the room left when there is some); rows grow to show it whole.
    m_answerView->setWordWrap(true);
    m_answerView->verticalHeader()->setMinimumSectionSize(
        m_answerView->verticalHeader()->defaultSectionSize());
    m_answerView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_answers, &QAbstractItemModel::modelReset, this, [this] {
        if (const int columns = m_answers->columnCount(); columns > 0) {
            QHeaderView *header = m_answerView->horizontalHeader();
            header->setSectionResizeMode(columns - 1, QHeaderView::Interactive);
            header->resizeSection(columns - 1, 16 * fontMetrics().averageCharWidth());
        }
    });
    m_decisions = new QLabel(this);
    m_decisions->setWordWrap(true);
    m_decisions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adjudicate = new QPushButton(tr("&Adjudicate..."), this);
    m_adjudicate->setEnabled(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Question:"), left));
    pick->addWidget(m_question);
    pick->addStretch(1);
    leftLayout->addLayout(pick);
    leftLayout->addWidget(m_itemView, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_player, 3);
    rightLayout->addWidget(dashboard::makeHeading(tr("Every rater's answers"), right));
    rightLayout->addWidget(m_answerView, 2);
    auto *decisionRow = new QHBoxLayout;
    decisionRow->addWidget(m_decisions, 1);
    decisionRow->addWidget(m_adjudicate, 0, Qt::AlignTop);
    rightLayout->addWidget(dashboard::makeHeading(tr("Coordinator's decisions"), right));
    rightLayout->addLayout(decisionRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The list needs room for its ids and figures (fitItemList()); the player scales down.
    splitter->setSizes({540, 600});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_question, &QuestionPicker::questionChanged, this, &ItemsTab::showQuestion);
    connect(m_itemView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showItem(current.row()); });
    connect(m_adjudicate, &QPushButton::clicked, this, [this] {
        if (m_snapshot && m_item >= 0 && m_question->question() >= 0)
            emit adjudicateRequested(m_snapshot->study.items()[std::size_t(m_item)].itemId,
                                     m_snapshot->study.questions()[m_question->question()].id);
    });
    showDecisions();
}

void ItemsTab::setSnapshot(const std::shared_ptr<const DashboardSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    m_item = -1;
    if (!snapshot) {
        m_items->setSnapshot(nullptr, 0);
        m_answers->setItem(nullptr, -1);
        m_player->controller()->unload();
        m_adjudicate->setEnabled(false);
        showDecisions();
        return;
    }
    // Emits questionChanged, which shows the question's items (see showQuestion()).
    m_question->setQuestions(snapshot->study, snapshot->statisticQuestions());
}

void ItemsTab::setAdjudications(const QList<Adjudication> &adjudications)
{
    m_adjudications = adjudications;
    m_items->setAdjudications(adjudications);
    showDecisions();
}

void ItemsTab::showQuestion(int question)
{
    if (!m_snapshot || question < 0)
        return;
    m_items->setSnapshot(m_snapshot, std::size_t(question));
    m_items->setAdjudications(m_adjudications);
    m_item = -1;
    // Keep the item on screen (a new snapshot, another question); otherwise show the most
    // disagreed one, loaded but not playing: sound starts only when the coordinator picks.
    int row = m_shownId.isEmpty() ? -1 : m_items->rowOfItem(m_shownId);
    if (row < 0 && m_items->rowCount() > 0)
        row = 0;
    {
        const QSignalBlocker block(m_itemView->selectionModel());
        m_itemView->setCurrentIndex(row >= 0 ? m_items->index(row, 0) : QModelIndex());
    }
    showItem(row, false);
}

void ItemsTab::fitItemList()
{
    m_itemView->setMinimumWidth(m_itemView->horizontalHeader()->length() +
                                2 * m_itemView->frameWidth() +
                                m_itemView->verticalScrollBar()->sizeHint().width());
}

bool ItemsTab::selectItem(const QString &itemId)
{
    const int row = m_items->rowOfItem(itemId);
    if (row < 0)
        return false;
    {
        const QSignalBlocker block(m_itemView->selectionModel());
        m_itemView->setCurrentIndex(m_items->index(row, 0));
    }
    if (m_item != int(m_items->itemOf(row)))
        showItem(row);
    return true;
}

void ItemsTab::showItem(int row, bool play)
{
    const int item = row >= 0 ? int(m_items->itemOf(row)) : -1;
    if (item == m_item)
        return;
    m_item = item;
    m_shownId = item >= 0 ? m_snapshot->study.items()[std::size_t(item)].itemId : QString();
    m_answers->setItem(m_snapshot, item);
    m_adjudicate->setEnabled(item >= 0);
    showDecisions();
    if (item < 0 || item >= m_snapshot->storedItems.size()) {
        m_player->controller()->unload();
        return;
    }
    const StoredItem &stored = m_snapshot->storedItems[item];
    PlaybackItem playback;
    playback.contextClips = stored.contextPaths;
    playback.replyClip = stored.replyPath;
    playback.replyAudio = stored.replyAudioPath;
    playback.replyAudioOffsetMs = stored.item.replyAudioOffsetMs;
    playback.blind = false; // the coordinator may see which file is playing
    // The same item again (new figures): leave the player where it is.
    if (!(m_player->controller()->item() == playback))
        m_player->load(playback);
    if (play)
        m_player->play();
}

void ItemsTab::showDecisions()
{
    QStringList lines;
    if (m_snapshot && m_item >= 0) {
        const QString itemId = m_snapshot->study.items()[std::size_t(m_item)].itemId;
        for (const Adjudication &a : m_adjudications)
            if (a.itemId == itemId)
                lines.append(tr("<b>%1</b>: %2 &mdash; %3 (%4, %5)")
                                 .arg(a.questionId.toHtmlEscaped(), a.value.toHtmlEscaped(),
                                      a.reason.toHtmlEscaped(), a.decidedBy.toHtmlEscaped(),
                                      a.decidedAt.left(10)));
    }
    m_decisions->setText(lines.isEmpty() ? tr("No decision recorded for this item.")
                                         : lines.join(QStringLiteral("<br>")));
}

QString ItemsTab::decisionsText() const
{
    return m_decisions->text();
}

} // namespace avemo
