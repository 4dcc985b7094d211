#include "server/caselog.h"

#include "domain/uuidv7.h"
#include "evidence/canonicalrecord.h"
#include "evidence/casepackage.h"
#include "evidence/recordsigner.h"
#include "evidence/sha256.h"
#include "server/evidencelog.h"
#include "store/database.h"
#include "sync/uuid.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

using evidence::CanonicalRecord;
namespace cp = evidence::casepackage;

// Field numbers of the case records (docs/cases.md 2).
enum CaseField : std::uint8_t { FTitle = 1, FPermit = 2, FCreatedBy = 3, FCreatedRole = 4 };
enum ActionField : std::uint8_t {
    FCase = 1,
    FAction = 2,
    FSubject = 3,
    FContent = 4,
    FActor = 5,
    FRole = 6
};

QString uuidText(const QByteArray &bytes)
{
    const auto uuid = sync::Uuid::fromBytes(bytes);
    return uuid ? uuid->toText() : QString();
}

QByteArray valueOf(const CanonicalRecord &record, std::uint8_t number)
{
    for (const CanonicalRecord::Value &value : record.values) {
        if (value.number == number)
            return value.bytes;
    }
    return {};
}

} // namespace

const QString CaseLog::serverDeviceId = u"00000000-0000-4000-8000-0000000ca5e0"_s;

QStringList EnforcementCase::subjects(const QString &action) const
{
    QStringList out;
    for (const CaseAction &a : actions) {
        if (a.action == action && !out.contains(a.subject))
            out.append(a.subject);
    }
    return out;
}

CaseLog::CaseLog(store::Database &db, const evidence::RecordSigner &signer)
    : m_db(db)
    , m_signer(signer)
{ }

QString CaseLog::append(std::uint8_t entity, const QByteArray &rowId,
    const QList<std::pair<std::uint8_t, QByteArray>> &texts, std::int64_t nowMs)
{
    EvidenceLog log(m_db);
    const EvidenceLog::ChainHead chain = log.serverChain(serverDeviceId);
    CanonicalRecord record;
    record.deviceId = QByteArray(
        reinterpret_cast<const char *>(sync::Uuid::fromText(serverDeviceId)->bytes().data()), 16);
    record.signingKey = m_signer.publicKey();
    record.seq = chain.seq + 1;
    record.previousSha256 = chain.sha256;
    record.signedAtMs = nowMs;
    record.kind = CanonicalRecord::Kind::Capture;
    record.entity = entity;
    record.rowId = rowId;
    record.supersedesId = QByteArray(16, '\0');
    for (const auto &[number, text] : texts) {
        CanonicalRecord::Value value;
        value.number = number;
        value.type =
            text.isNull() ? CanonicalRecord::Value::Type::Null : CanonicalRecord::Value::Type::Text;
        value.bytes = text;
        record.values.push_back(value);
    }
    const QByteArray bytes = record.encode();
    EvidenceLog::Entry entry;
    entry.recordId = domain::UuidV7Generator().next();
    entry.deviceId = serverDeviceId;
    entry.seq = record.seq;
    entry.recordSha256 = evidence::sha256(bytes);
    entry.record = bytes;
    entry.signature = m_signer.sign(bytes);
    entry.loggedAt = nowMs;
    log.appendServerRecord(entry);
    log.signHead(m_signer, nowMs);
    return entry.recordId;
}

EnforcementCase CaseLog::create(
    const QString &title, const QString &permitId, const Actor &actor, std::int64_t nowMs)
{
    const QByteArray rowId = domain::UuidV7Generator().nextBytes();
    store::Transaction transaction(m_db);
    append(cp::caseEntity, rowId,
        {{FTitle, title.toUtf8()}, {FPermit, permitId.toUtf8()}, {FCreatedBy, actor.id.toUtf8()},
            {FCreatedRole, actor.role.toUtf8()}},
        nowMs);
    transaction.commit();
    return *find(uuidText(rowId));
}

QString CaseLog::act(const QString &caseId, const QString &action, const QString &subject,
    const QByteArray &content, const Actor &actor, std::int64_t nowMs)
{
    store::Transaction transaction(m_db);
    const QString recordId = append(cp::caseActionEntity, domain::UuidV7Generator().nextBytes(),
        {{FCase, caseId.toUtf8()}, {FAction, action.toUtf8()}, {FSubject, subject.toUtf8()},
            {FContent, content.isEmpty() ? QByteArray() : content}, {FActor, actor.id.toUtf8()},
            {FRole, actor.role.toUtf8()}},
        nowMs);
    transaction.commit();
    return recordId;
}

QList<EnforcementCase> CaseLog::cases() const
{
    QList<EnforcementCase> out;
    QHash<QString, qsizetype> index;
    for (const EvidenceLog::Entry &entry : EvidenceLog(m_db).recordsOfDevice(serverDeviceId)) {
        const CanonicalRecord record = CanonicalRecord::decode(entry.record);
        CaseAction action;
        action.recordId = entry.recordId;
        action.leafIndex = entry.leafIndex;
        action.atMs = record.signedAtMs;
        if (record.entity == cp::caseEntity) {
            EnforcementCase c;
            c.id = uuidText(record.rowId);
            c.number = int(out.size()) + 1;
            c.title = QString::fromUtf8(valueOf(record, FTitle));
            c.permitId = QString::fromUtf8(valueOf(record, FPermit));
            action.action = u"create"_s;
            action.subject = c.permitId;
            action.actor = QString::fromUtf8(valueOf(record, FCreatedBy));
            action.role = QString::fromUtf8(valueOf(record, FCreatedRole));
            c.actions.append(action);
            index.insert(c.id, out.size());
            out.append(c);
        } else if (record.entity == cp::caseActionEntity) {
            const auto owner = index.constFind(QString::fromUtf8(valueOf(record, FCase)));
            if (owner == index.cend())
                continue; // cannot happen: an action is appended only to a case that exists
            action.action = QString::fromUtf8(valueOf(record, FAction));
            action.subject = QString::fromUtf8(valueOf(record, FSubject));
            action.content = valueOf(record, FContent);
            action.actor = QString::fromUtf8(valueOf(record, FActor));
            action.role = QString::fromUtf8(valueOf(record, FRole));
            out[*owner].actions.append(action);
        }
    }
    return out;
}

std::optional<EnforcementCase> CaseLog::find(const QString &idOrLabel) const
{
    QString label = idOrLabel;
    if (label.startsWith(u'C') || label.startsWith(u'c'))
        label = label.mid(1);
    bool isNumber = false;
    const int number = label.toInt(&isNumber);
    for (const EnforcementCase &c : cases()) {
        if (c.id == idOrLabel || (isNumber && c.number == number))
            return c;
    }
    return std::nullopt;
}

} // namespace outfall::server
