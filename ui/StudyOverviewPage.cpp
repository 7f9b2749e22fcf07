#include "StudyOverviewPage.h"

#include "ItemTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpacerItem>
#include <QTableView>
#include <QVBoxLayout>

namespace avemo {

namespace {

QString formatDuration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

StudyOverviewPage::StudyOverviewPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_instructions = new QLabel(this);
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::PlainText);
    m_counts = new QLabel(this);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_systems = new QLabel(this);
    m_systems->setWordWrap(true);
    m_progress = new QLabel(this);
    QFont progressFont = m_progress->font();
    progressFont.setBold(true);
    m_progress->setFont(progressFont);
    m_progress->hide();
    m_answers = new QLabel(this);
    m_answers->setWordWrap(true);
    m_answers->setTextFormat(Qt::PlainText);
    m_answers->setTextInteractionFlags(Qt::TextSelectableByMouse); // the path can be copied
    m_start = new QPushButton(tr("Start rating"), this);
    m_start->setDefault(true);
    m_start->setToolTip(tr("Choose who is rating and begin (Ctrl+R)"));
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_progressRater.isEmpty())
            emit startRatingRequested();
        else
            emit continueRequested(m_progressRater);
    });
    m_someoneElse = new QPushButton(tr("Rate as Someone Else..."), this);
    m_someoneElse->setToolTip(tr("Choose who is rating (Ctrl+R)"));
    m_someoneElse->hide();
    connect(m_someoneElse, &QPushButton::clicked, this, &StudyOverviewPage::startRatingRequested);

    m_model = new ItemTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    layout->addWidget(m_title);
    layout->addWidget(m_instructions);
    layout->addSpacing(8);
    layout->addWidget(m_counts);
    layout->addWidget(m_systems);
    layout->addWidget(m_answers);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_someoneElse);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    m_filler = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
    layout->addSpacerItem(m_filler);
}

void StudyOverviewPage::setStudy(const StudySummary &summary, const StudyDefinition &definition,
                                 const QStringList &systems, QList<StoredItem> items)
{
    m_summary = summary;
    m_definition = definition;
    m_systemNames = systems;
    m_model->setItems(std::move(items));
    m_table->resizeColumnsToContents();
    refresh();
}

void StudyOverviewPage::setRaterProgress(const QString &raterId, int done, int total)
{
    m_progressRater = raterId;
    m_progress->setVisible(!raterId.isEmpty());
    m_someoneElse->setVisible(!raterId.isEmpty());
    if (raterId.isEmpty()) {
        m_start->setText(tr("Start rating"));
        m_start->setToolTip(tr("Choose who is rating and begin (Ctrl+R)"));
        return;
    }
    //: "r07: 10 of 24 done" on the study page, before the Continue button
    m_progress->setText(tr("%1: %2 of %3 done").arg(raterId).arg(done).arg(total));
    m_start->setText(done >= total ? tr("Review") : done > 0 ? tr("Continue") : tr("Start rating"));
    m_start->setToolTip(tr("Go on rating as %1").arg(raterId));
}

QString StudyOverviewPage::progressText() const
{
    return !m_progressRater.isEmpty() ? m_progress->text() + QStringLiteral(" - ") + m_start->text()
                                      : QString();
}

void StudyOverviewPage::setAnswersNote(const QString &note)
{
    m_answers->setText(note);
}

QString StudyOverviewPage::answersNote() const
{
    return m_answers->text();
}

void StudyOverviewPage::setShowHiddenDetails(bool show)
{
    m_showHidden = show;
    refresh();
}

void StudyOverviewPage::refresh()
{
    // The study's own texts in the application's language, when the study has them.
    m_title->setText(m_definition.title.text(QLocale()));
    m_instructions->setText(m_definition.instructions.text(QLocale()));
    m_counts->setText(tr("%n item(s)", nullptr, m_summary.items) + QStringLiteral(" · ") +
                      tr("%n dialogue(s)", nullptr, m_summary.dialogues) + QStringLiteral(" · ") +
                      tr("%n turn(s)", nullptr, m_summary.turns) + QStringLiteral(" · ") +
                      tr("%n system(s)", nullptr, m_summary.systems) + QStringLiteral(" · ") +
                      tr("%n question(s)", nullptr, m_summary.questions) + QStringLiteral(" · ") +
                      tr("%n rater(s)", nullptr, m_summary.raters) + QStringLiteral(" · ") +
                      tr("media %1 min").arg(formatDuration(m_summary.totalMediaDurationMs)));
    const bool reveal = m_showHidden || !m_definition.presentation.blind;
    m_systems->setText(reveal ? tr("Systems: %1").arg(m_systemNames.join(QStringLiteral(", ")))
                              : tr("Blind study: systems and media are hidden from annotators."));
    m_table->setVisible(reveal);
    m_filler->changeSize(0, 0, QSizePolicy::Minimum,
                         reveal ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    layout()->invalidate();
}

} // namespace avemo
