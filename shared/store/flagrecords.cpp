#include "store/flagrecords.h"

#include "rules/flagjson.h"
#include "store/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outfall::store {

namespace {

const QString kColumns = u"id, rule_id, rule_version, severity, permit_id, coalesce(outlet_id, ''),"
                         u" coalesce(pollutant, ''), coalesce(period, ''), coalesce(detail, ''),"
                         u" compared, coalesce(computation, ''), coalesce(evidence, ''),"
                         u" message_en, message_zh, exceedance_pct, status, raised_at, updated_at,"
                         u" coalesce(decision_reason, ''), coalesce(decided_by, ''), decided_at"_s;

FlagRecord readRecord(const Statement &row)
{
    FlagRecord record;
    record.id = row.text(0);
    record.ruleId = row.text(1);
    record.ruleVersion = row.integer(2);
    record.severity = row.text(3);
    record.permitId = row.text(4);
    record.outletId = row.text(5);
    record.pollutant = row.text(6);
    record.period = row.text(7);
    record.detail = row.text(8);
    record.compared = row.text(9);
    record.computation = row.text(10);
    record.evidence = row.text(11);
    record.messageEn = row.text(12);
    record.messageZh = row.text(13);
    record.exceedancePct = row.optionalReal(14);
    record.status = row.text(15);
    record.raisedAt = row.int64(16);
    record.updatedAt = row.int64(17);
    record.decisionReason = row.text(18);
    record.decidedBy = row.text(19);
    record.decidedAt = row.optionalInt64(20);
    return record;
}

QJsonValue parsed(const QString &json)
{
    if (json.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return json; // not JSON: shown as the text it is
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

FlagRecord FlagRecord::fromFlag(const rules::Flag &flag)
{
    FlagRecord record;
    record.id = flag.id();
    record.ruleId = flag.ruleId;
    record.ruleVersion = flag.ruleVersion;
    record.severity = rules::severityName(flag.severity);
    record.permitId = flag.subject.permitId;
    record.outletId = flag.subject.outletId;
    record.pollutant = flag.subject.pollutant;
    record.period = flag.subject.period;
    record.detail = flag.subject.detail;
    record.compared = rules::jsonText(rules::inputsJson(flag.inputs));
    record.computation = rules::jsonText(rules::computationJson(flag));
    record.evidence = rules::jsonText(rules::evidenceJson(flag.evidence));
    record.messageEn = flag.messageEn;
    record.messageZh = flag.messageZh;
    record.exceedancePct = flag.exceedancePct;
    record.status = u"open"_s;
    return record;
}

bool FlagRecord::sameVerdict(const FlagRecord &other) const
{
    return ruleVersion == other.ruleVersion && severity == other.severity
        && compared == other.compared && computation == other.computation
        && evidence == other.evidence && messageEn == other.messageEn
        && messageZh == other.messageZh && exceedancePct == other.exceedancePct;
}

QJsonObject FlagRecord::toJson() const
{
    QJsonObject object {{u"id"_s, id}, {u"rule"_s, ruleId}, {u"rule_version"_s, ruleVersion},
        {u"severity"_s, severity}, {u"status"_s, status}, {u"permit_id"_s, permitId},
        {u"outlet_id"_s, orNull(outletId)}, {u"pollutant"_s, orNull(pollutant)},
        {u"period"_s, orNull(period)}, {u"detail"_s, orNull(detail)}, {u"message_en"_s, messageEn},
        {u"message_zh"_s, messageZh}, {u"computation"_s, parsed(computation)},
        {u"evidence"_s, parsed(evidence)}, {u"raised_at"_s, qint64(raisedAt)},
        {u"updated_at"_s, qint64(updatedAt)}};
    object.insert(u"exceedance_pct"_s, exceedancePct ? QJsonValue(*exceedancePct) : QJsonValue());
    if (decidedAt) {
        object.insert(u"decision_reason"_s, decisionReason);
        object.insert(u"decided_by"_s, decidedBy);
        object.insert(u"decided_at"_s, qint64(*decidedAt));
    }
    return object;
}

FlagRecords::FlagRecords(Database &db)
    : m_db(db)
{ }

bool FlagRecords::isStatus(const QString &status)
{
    return status == u"open" || status == u"resolved" || status == u"acknowledged"
        || status == u"dismissed";
}

std::optional<FlagRecord> FlagRecords::find(const QString &id) const
{
    auto row = m_db.cached(u"SELECT "_s + kColumns + u" FROM flag WHERE id = ?1"_s);
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return readRecord(row);
}

QList<FlagRecord> FlagRecords::list(const FlagFilter &filter) const
{
    // A permit is named by id or by number; numbers of permits kept in other tables (NPDES)
    // match their id only.
    auto rows = m_db.cached(u"SELECT "_s + kColumns + uR"( FROM flag
        WHERE (CAST(?1 AS TEXT) IS NULL OR permit_id = ?1 OR permit_id IN (SELECT id FROM permit WHERE number = ?1))
          AND (CAST(?2 AS TEXT) IS NULL OR rule_id = ?2) AND (CAST(?3 AS TEXT) IS NULL OR status = ?3)
        ORDER BY permit_id, rule_id, id LIMIT ?4)"_s);
    rows.bind(1, filter.permit.isEmpty() ? QString() : filter.permit)
        .bind(2, filter.rule.isEmpty() ? QString() : filter.rule)
        .bind(3, filter.status.isEmpty() ? QString() : filter.status)
        .bind(4, filter.limit);
    QList<FlagRecord> result;
    while (rows.step())
        result.append(readRecord(rows));
    return result;
}

QList<FlagRecord> FlagRecords::ofPermit(const QString &permitId) const
{
    auto rows =
        m_db.cached(u"SELECT "_s + kColumns + u" FROM flag WHERE permit_id = ?1 ORDER BY id"_s);
    rows.bind(1, permitId);
    QList<FlagRecord> result;
    while (rows.step())
        result.append(readRecord(rows));
    return result;
}

} // namespace outfall::store
