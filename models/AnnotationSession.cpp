#include "AnnotationSession.h"

#include "SessionOrder.h"
#include "StudyDatabase.h"

#include <algorithm>

namespace avemo {

std::unique_ptr<AnnotationSession> AnnotationSession::start(StudyDatabase &db,
                                                            const QString &raterId, QString &error)
{
    std::unique_ptr<AnnotationSession> s(new AnnotationSession(db));
    StudyReader reader(db);
    if (!reader.definition(s->m_definition, error) || !reader.items(s->m_items, error))
        return nullptr;
    if (s->m_items.isEmpty()) {
        error = tr("the study has no items");
        return nullptr;
    }
    s->m_raterId = raterId;
    if (!s->m_store.ensureRater(raterId, s->m_raterRow, error))
        return nullptr;
    for (int i = 0; i < s->m_items.size(); ++i)
        s->m_itemIndexByRow.insert(s->m_items[i].rowId, i);

    QList<qint64> order;
    if (!s->m_store.assignment(s->m_raterRow, order, error))
        return nullptr;
    if (order.isEmpty()) {
        QList<OrderItem> orderItems;
        for (const StoredItem &it : std::as_const(s->m_items))
            orderItems.append(
                {it.rowId, it.item.dialogueId, it.item.turn, it.item.system, it.item.isGold()});
        const quint64 seed = SessionOrder::raterSeed(s->m_definition.presentation.seed, raterId);
        order = SessionOrder::generate(orderItems, seed, s->m_definition.presentation.goldRate);
        if (!s->m_store.saveAssignment(s->m_raterRow, order, seed, error))
            return nullptr;
    }
    for (const qint64 row : std::as_const(order)) {
        const auto it = s->m_itemIndexByRow.constFind(row);
        if (it == s->m_itemIndexByRow.cend()) {
            error = tr("the stored item order of rater '%1' names an item the study does not have")
                        .arg(raterId);
            return nullptr;
        }
        s->m_order.append(*it);
    }
    for (const qint64 row : s->m_store.finishedItems(s->m_raterRow))
        s->m_finished.insert(row);
    s->m_recentFirstAnswersMs = s->m_store.recentFirstAnswerTimesMs(s->m_raterRow, kPaceWindow);
    s->m_current = std::min(s->firstUnfinished(), s->count() - 1);
    s->log(QStringLiteral("open"), -1, QStringLiteral("position=%1").arg(s->m_current));
    return s;
}

int AnnotationSession::firstUnfinished() const
{
    for (int i = 0; i < count(); ++i)
        if (!isFinished(i))
            return i;
    return count();
}

void AnnotationSession::goTo(int index)
{
    m_current = std::clamp(index, 0, count() - 1);
}

QMap<QString, QString> AnnotationSession::answersAt(int index) const
{
    return m_store.answers(m_raterRow, itemAt(index).rowId);
}

bool AnnotationSession::submitCurrent(const QMap<QString, QString> &answers, qint64 timeSpentMs,
                                      int playCount, QString &error)
{
    const qint64 row = current().rowId;
    const bool revision = m_finished.contains(row);
    if (!m_store.submit({m_raterRow, row, answers, timeSpentMs, playCount}, error))
        return false;
    m_finished.insert(row);
    if (!revision) {
        m_recentFirstAnswersMs.prepend(timeSpentMs);
        if (m_recentFirstAnswersMs.size() > kPaceWindow)
            m_recentFirstAnswersMs.removeLast();
    }
    return true;
}

bool AnnotationSession::flagCurrent(const QString &reason, QString &error)
{
    const qint64 row = current().rowId;
    if (!m_store.flagItem(m_raterRow, row, reason, error))
        return false;
    m_finished.insert(row);
    return true;
}

bool AnnotationSession::log(const QString &kind, qint64 positionMs, const QString &detail)
{
    QString error;
    return m_store.logEvent({m_raterRow, count() ? current().rowId : 0, kind, positionMs, detail},
                            error);
}

std::optional<qint64> AnnotationSession::estimatedRemainingMs() const
{
    if (m_recentFirstAnswersMs.isEmpty())
        return std::nullopt;
    QList<qint64> sorted = m_recentFirstAnswersMs;
    std::sort(sorted.begin(), sorted.end());
    const qint64 median = sorted[sorted.size() / 2];
    return median * (count() - finishedCount());
}

} // namespace avemo
