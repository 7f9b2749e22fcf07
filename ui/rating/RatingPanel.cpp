#include "rating/RatingPanel.h"

#include "rating/CategoricalQuestionRow.h"
#include "rating/LockBanner.h"
#include "rating/RatingLog.h"
#include "rating/ScaleQuestionRow.h"
#include "rating/SliderQuestionRow.h"
#include "rating/TextQuestionRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QTimer>

namespace avemo {

RatingPanel::RatingPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int gap = fontMetrics().height() / 2;
    layout->setSpacing(gap / 2);

    m_lockBanner = new LockBanner(this);
    m_lockBanner->hide();
    setLockReason({});
    layout->addWidget(m_lockBanner);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the questions are the tab stops
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(m_scroll);
    m_rowLayout = new QVBoxLayout(content);
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(gap / 2);
    m_rowLayout->addStretch(1);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(gap / 2, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    footer->addWidget(m_status, 1);
    //: The submit button; Enter does the same
    m_submit = new QPushButton(tr("Submit [Enter]"), this);
    m_submit->setFocusPolicy(Qt::NoFocus); // Enter is the keyboard's way; Tab stays on questions
    m_submit->setAutoDefault(false);
    connect(m_submit, &QPushButton::clicked, this, &RatingPanel::submit);
    footer->addWidget(m_submit);
    layout->addLayout(footer);

    m_savedTimer = new QTimer(this);
    m_savedTimer->setSingleShot(true);
    m_savedTimer->setInterval(kSavedShownMs);
    connect(m_savedTimer, &QTimer::timeout, this, [this] {
        if (m_saved)
            setStatus({});
    });
}

RatingPanel::RatingPanel(const QList<Question> &questions, const QList<LabelSet> &labelSets,
                         QWidget *parent)
    : RatingPanel(parent)
{
    setQuestions(questions, labelSets);
}

void RatingPanel::setQuestions(const QList<Question> &questions, const QList<LabelSet> &labelSets)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const Question &q : questions) {
        QuestionRow *r = createRow(q, labelSets);
        r->setLocked(m_locked);
        m_rowLayout->insertWidget(m_rowLayout->count() - 1, r); // above the stretch
        connect(r, &QuestionRow::answerChanged, this, &RatingPanel::onRowAnswerChanged);
        connect(r, &QuestionRow::answerChanged, this, [this, r] { advanceFrom(r); });
        connect(r, &QuestionRow::submitRequested, this, &RatingPanel::submit);
        connect(r, &QuestionRow::stepRequested, this, [this, r](int delta) { step(r, delta); });
        connect(r, &QuestionRow::focusEntered, this,
                [this, r] { m_scroll->ensureWidgetVisible(r, 0, fontMetrics().height() / 2); });
        if (!m_rows.isEmpty())
            setTabOrder(m_rows.last()->focusTarget(), r->focusTarget());
        m_rows.append(r);
    }
    setStatus({});
}

QuestionRow *RatingPanel::createRow(const Question &question, const QList<LabelSet> &labelSets)
{
    switch (question.kind) {
    case QuestionKind::Categorical:
        for (const LabelSet &set : labelSets)
            if (set.name == question.labelSet)
                return new CategoricalQuestionRow(question, set);
        // A loaded study never gets here (the loader checks the reference).
        qCWarning(lcRating) << "question" << question.id << "names an unknown label set"
                            << question.labelSet;
        return new CategoricalQuestionRow(question, LabelSet{question.labelSet, {}});
    case QuestionKind::Mos:
        return new ScaleQuestionRow(question);
    case QuestionKind::Slider:
        return new SliderQuestionRow(question);
    case QuestionKind::Text:
        return new TextQuestionRow(question);
    }
    return new TextQuestionRow(question);
}

QMap<QString, QString> RatingPanel::answers() const
{
    QMap<QString, QString> result;
    for (const QuestionRow *r : m_rows)
        if (r->isAnswered())
            result.insert(r->id(), r->value());
    return result;
}

bool RatingPanel::setAnswers(const QMap<QString, QString> &answers)
{
    clear();
    const QScopedValueRollback loading(m_loadingAnswers, true);
    bool allShown = true;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        QuestionRow *r = row(it.key());
        if (!r || !r->setValue(it.value())) {
            qCWarning(lcRating) << "cannot show answer" << it.value() << "for question" << it.key();
            allShown = false;
        }
    }
    return allShown;
}

bool RatingPanel::isComplete() const
{
    return missingQuestions().isEmpty();
}

QStringList RatingPanel::missingQuestions() const
{
    QStringList missing;
    for (const QuestionRow *r : m_rows)
        if (r->isRequired() && !r->isAnswered())
            missing.append(r->id());
    return missing;
}

QuestionRow *RatingPanel::row(const QString &questionId) const
{
    for (QuestionRow *r : m_rows)
        if (r->id() == questionId)
            return r;
    return nullptr;
}

QuestionRow *RatingPanel::focusedRow() const
{
    for (QuestionRow *r : m_rows)
        if (r->hasFocusWithin())
            return r;
    return nullptr;
}

QList<ShortcutSection> RatingPanel::shortcutSections() const
{
    QList<ShortcutSection> sections{{tr("Questions"),
                                     {{tr("Tab / Shift+Tab"), tr("Next / previous question")},
                                      {tr("Down / Up"), tr("Next / previous question")},
                                      {tr("Enter"), tr("Submit the answers")}}}};
    // One section per label set (two questions may share one) and one per other kind of row.
    const auto sectionFor = [&sections](const QString &title) -> ShortcutSection & {
        for (ShortcutSection &s : sections)
            if (s.title == title)
                return s;
        sections.append({title, {}});
        return sections.last();
    };
    for (const QuestionRow *r : m_rows) {
        const Question &q = r->question();
        QString title;
        switch (q.kind) {
        case QuestionKind::Categorical:
            //: Title of the keys of one label set, e.g. "Categories: emotion4"
            title = tr("Categories: %1").arg(q.labelSet);
            break;
        case QuestionKind::Mos:
            title = tr("Rating scales");
            break;
        case QuestionKind::Slider:
            title = tr("Sliders");
            break;
        case QuestionKind::Text:
            continue;
        }
        ShortcutSection &section = sectionFor(title);
        for (const auto &key : r->answerKeys())
            if (!section.keys.contains(key))
                section.keys.append(key);
    }
    return sections;
}

QString RatingPanel::lockReason() const
{
    return m_lockBanner->text();
}

void RatingPanel::setLockReason(const QString &reason)
{
    m_lockBanner->setText(reason.isEmpty() ? tr("Play the reply to the end to unlock the answers")
                                           : reason);
}

QString RatingPanel::statusText() const
{
    return m_status->text();
}

void RatingPanel::setLocked(bool locked)
{
    m_locked = locked;
    for (QuestionRow *r : m_rows)
        r->setLocked(locked);
    m_lockBanner->setVisible(locked);
    m_submit->setEnabled(!locked);
}

void RatingPanel::clear()
{
    {
        const QScopedValueRollback loading(m_loadingAnswers, true);
        const QSignalBlocker block(this); // one answersChanged() for the whole clear
        for (QuestionRow *r : m_rows) {
            r->clearAnswer();
            r->setMissing(false);
        }
    }
    setStatus({});
    emit answersChanged();
}

void RatingPanel::showSaved()
{
    //: Shown briefly after the answers were written to the database
    setStatus(tr("✓ Saved"));
    m_saved = true;
    m_savedTimer->start();
}

void RatingPanel::focusFirstQuestion()
{
    if (!m_rows.isEmpty())
        m_rows.first()->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void RatingPanel::submit()
{
    if (m_locked)
        return;
    const QStringList missing = missingQuestions();
    if (!missing.isEmpty()) {
        for (QuestionRow *r : m_rows)
            r->setMissing(missing.contains(r->id()));
        row(missing.first())->focusTarget()->setFocus(Qt::OtherFocusReason);
        setStatus(tr("Answer the highlighted questions first"));
        emit submitRefused(missing);
        return;
    }
    setStatus({});
    emit submitRequested(answers());
}

void RatingPanel::onRowAnswerChanged()
{
    // "Saved" described the answers as they were; "answer the highlighted" is done when done.
    if (m_saved || (!m_status->text().isEmpty() && isComplete()))
        setStatus({});
    emit answersChanged();
}

void RatingPanel::advanceFrom(QuestionRow *from)
{
    if (m_loadingAnswers || !from->isAnswered() || !from->hasFocusWithin() ||
        from->question().kind == QuestionKind::Text)
        return;
    const auto waiting = [](const QuestionRow *r) {
        return !r->isAnswered() && r->question().kind != QuestionKind::Text;
    };
    const int at = int(m_rows.indexOf(from));
    for (int k = 1; k < m_rows.size(); ++k) {
        QuestionRow *next = m_rows[(at + k) % m_rows.size()];
        if (waiting(next)) {
            next->focusTarget()->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void RatingPanel::step(QuestionRow *from, int delta)
{
    const int to = int(m_rows.indexOf(from)) + delta;
    if (to >= 0 && to < m_rows.size())
        m_rows[to]->focusTarget()->setFocus(delta < 0 ? Qt::BacktabFocusReason
                                                      : Qt::TabFocusReason);
}

void RatingPanel::setStatus(const QString &text)
{
    m_saved = false;
    m_savedTimer->stop();
    m_status->setText(text);
}

} // namespace avemo
