#include "server/flagstore.h"

#include "store/database.h"

#include <QHash>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

bool isDecided(const QString &status)
{
    return status == u"acknowledged" || status == u"dismissed";
}

} // namespace

FlagStore::Counts &FlagStore::Counts::operator+=(const Counts &other)
{
    raised += other.raised;
    updated += other.updated;
    resolved += other.resolved;
    reopened += other.reopened;
    unchanged += other.unchanged;
    return *this;
}

FlagStore::FlagStore(store::Database &db)
    : m_db(db)
{ }

QString FlagStore::actorEvaluator()
{
    return u"evaluator"_s;
}

FlagStore::Counts FlagStore::apply(
    const QString &permitId, const QList<rules::Flag> &flags, QDate asOf, std::int64_t nowMs)
{
    store::Transaction transaction(m_db);
    const QString asOfText = asOf.toString(Qt::ISODate);
    QHash<QString, store::FlagRecord> stored;
    for (store::FlagRecord &record : store::FlagRecords(m_db).ofPermit(permitId))
        stored.insert(record.id, std::move(record));

    Counts counts;
    QSet<QString> raisedIds;
    for (const rules::Flag &flag : flags) {
        store::FlagRecord record = store::FlagRecord::fromFlag(flag);
        if (record.permitId != permitId) // a rule's subject names the permit it was given
            record.permitId = permitId;
        raisedIds.insert(record.id);
        const auto found = stored.constFind(record.id);
        if (found == stored.constEnd()) {
            record.raisedAt = nowMs;
            record.updatedAt = nowMs;
            insert(record);
            logEvent(record.id, u"raise"_s, record.status, nowMs, actorEvaluator(), {},
                record.ruleVersion, asOfText);
            ++counts.raised;
            continue;
        }
        const store::FlagRecord &old = *found;
        record.updatedAt = nowMs;
        if (old.status == u"resolved") {
            writeVerdict(record, u"open"_s);
            logEvent(record.id, u"reopen"_s, u"open"_s, nowMs, actorEvaluator(), {},
                record.ruleVersion, asOfText);
            ++counts.reopened;
            continue;
        }
        const bool decidedAndResolved = isDecided(old.status) && !lastEvaluationRaised(old.id);
        if (!old.sameVerdict(record)) {
            writeVerdict(record, old.status);
            logEvent(record.id, decidedAndResolved ? u"reopen"_s : u"update"_s, old.status, nowMs,
                actorEvaluator(), {}, record.ruleVersion, asOfText);
            ++(decidedAndResolved ? counts.reopened : counts.updated);
        } else if (decidedAndResolved) {
            // The cause is back; the decision stands (status unchanged).
            logEvent(record.id, u"reopen"_s, old.status, nowMs, actorEvaluator(), {},
                record.ruleVersion, asOfText);
            ++counts.reopened;
        } else {
            ++counts.unchanged;
        }
    }

    for (const store::FlagRecord &old : std::as_const(stored)) {
        if (raisedIds.contains(old.id) || old.status == u"resolved")
            continue;
        if (isDecided(old.status)) {
            // The decision stays; the history says the cause went away (once).
            if (lastEvaluationRaised(old.id)) {
                logEvent(old.id, u"resolve"_s, old.status, nowMs, actorEvaluator(), {},
                    old.ruleVersion, asOfText);
                ++counts.resolved;
            }
            continue;
        }
        setStatus(old.id, u"resolved"_s, nowMs);
        logEvent(old.id, u"resolve"_s, u"resolved"_s, nowMs, actorEvaluator(), {}, old.ruleVersion,
            asOfText);
        ++counts.resolved;
    }
    transaction.commit();
    return counts;
}

std::optional<store::FlagRecord> FlagStore::decide(const QString &flagId, Decision decision,
    const QString &reason, const QString &actor, std::int64_t nowMs)
{
    if (reason.trimmed().isEmpty())
        throw std::invalid_argument("a decision needs a reason");
    store::Transaction transaction(m_db);
    if (!store::FlagRecords(m_db).find(flagId))
        return std::nullopt;
    const QString status = decision == Decision::Acknowledge ? u"acknowledged"_s : u"dismissed"_s;
    m_db.cached(uR"(UPDATE flag SET status = ?2, decision_reason = ?3, decided_by = ?4,
                    decided_at = ?5, updated_at = ?5 WHERE id = ?1)"_s)
        .bind(1, flagId)
        .bind(2, status)
        .bind(3, reason.trimmed())
        .bind(4, actor)
        .bind(5, nowMs)
        .exec();
    logEvent(flagId, decision == Decision::Acknowledge ? u"ack"_s : u"dismiss"_s, status, nowMs,
        actor, reason.trimmed(), 0, {});
    transaction.commit();
    return store::FlagRecords(m_db).find(flagId);
}

QList<FlagStore::Event> FlagStore::history(const QString &flagId) const
{
    auto rows = m_db.cached(uR"(SELECT event, status, at, actor, coalesce(reason, ''),
                                       coalesce(as_of, '')
                                FROM flag_event WHERE flag_id = ?1 ORDER BY id)"_s);
    rows.bind(1, flagId);
    QList<Event> events;
    while (rows.step()) {
        events.append(
            {rows.text(0), rows.text(1), rows.int64(2), rows.text(3), rows.text(4), rows.text(5)});
    }
    return events;
}

bool FlagStore::lastEvaluationRaised(const QString &flagId) const
{
    auto row = m_db.cached(uR"(SELECT event FROM flag_event
                               WHERE flag_id = ?1 AND actor = 'evaluator'
                               ORDER BY id DESC LIMIT 1)"_s);
    row.bind(1, flagId);
    return !row.step() || row.text(0) != u"resolve";
}

void FlagStore::insert(const store::FlagRecord &record)
{
    m_db.cached(uR"(INSERT INTO flag (id, rule_id, severity, permit_id, outlet_id, pollutant,
                        period, compared, message_en, message_zh, evidence, status, raised_at,
                        updated_at, rule_version, computation, exceedance_pct, detail)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'open', ?12, ?12, ?13,
                            ?14, ?15, ?16))"_s)
        .bind(1, record.id)
        .bind(2, record.ruleId)
        .bind(3, record.severity)
        .bind(4, record.permitId)
        .bind(5, record.outletId.isEmpty() ? QString() : record.outletId)
        .bind(6, record.pollutant.isEmpty() ? QString() : record.pollutant)
        .bind(7, record.period.isEmpty() ? QString() : record.period)
        .bind(8, record.compared)
        .bind(9, record.messageEn)
        .bind(10, record.messageZh)
        .bind(11, record.evidence)
        .bind(12, record.raisedAt)
        .bind(13, record.ruleVersion)
        .bind(14, record.computation)
        .bind(15, record.exceedancePct)
        .bind(16, record.detail.isEmpty() ? QString() : record.detail)
        .exec();
}

void FlagStore::writeVerdict(const store::FlagRecord &record, const QString &status)
{
    m_db.cached(uR"(UPDATE flag SET severity = ?2, compared = ?3, message_en = ?4,
                        message_zh = ?5, evidence = ?6, status = ?7, updated_at = ?8,
                        rule_version = ?9, computation = ?10, exceedance_pct = ?11
                    WHERE id = ?1)"_s)
        .bind(1, record.id)
        .bind(2, record.severity)
        .bind(3, record.compared)
        .bind(4, record.messageEn)
        .bind(5, record.messageZh)
        .bind(6, record.evidence)
        .bind(7, status)
        .bind(8, record.updatedAt)
        .bind(9, record.ruleVersion)
        .bind(10, record.computation)
        .bind(11, record.exceedancePct)
        .exec();
}

void FlagStore::setStatus(const QString &flagId, const QString &status, std::int64_t nowMs)
{
    m_db.cached(u"UPDATE flag SET status = ?2, updated_at = ?3 WHERE id = ?1"_s)
        .bind(1, flagId)
        .bind(2, status)
        .bind(3, nowMs)
        .exec();
}

void FlagStore::logEvent(const QString &flagId, const QString &event, const QString &status,
    std::int64_t at, const QString &actor, const QString &reason, int ruleVersion,
    const QString &asOf)
{
    m_db.cached(uR"(INSERT INTO flag_event (flag_id, event, status, at, actor, reason,
                        rule_version, as_of)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))"_s)
        .bind(1, flagId)
        .bind(2, event)
        .bind(3, status)
        .bind(4, at)
        .bind(5, actor)
        .bind(6, reason.isEmpty() ? QString() : reason)
        .bind(7, ruleVersion > 0 ? std::optional<int>(ruleVersion) : std::nullopt)
        .bind(8, asOf.isEmpty() ? QString() : asOf)
        .exec();
}

} // namespace outfall::server
