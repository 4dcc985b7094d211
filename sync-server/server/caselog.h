#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace outfall::store {
class Database;
}
namespace outfall::evidence {
class RecordSigner;
}

namespace outfall::server {

// One action on a case as the evidence log holds it (docs/cases.md 2).
struct CaseAction
{
    QString recordId; // the log's record id
    std::uint64_t leafIndex = 0;
    QString action; // create, add_flag, add_inspection, export
    QString subject; // the flag, inspection or export id (create: the permit)
    QByteArray content; // add_flag: the flag's canonical JSON as it was added
    std::int64_t atMs = 0;
    QString actor; // inspector id (the admin credential: its device id)
    QString role;
};

// An enforcement case, read back from its records in the log: there is no other copy.
struct EnforcementCase
{
    QString id;
    int number = 0; // 1, 2, 3... in the order of creation: "C1"
    QString title;
    QString permitId;
    QList<CaseAction> actions; // the first is the creation

    QStringList subjects(const QString &action) const;
    QString label() const { return QStringLiteral("C") + QString::number(number); }
};

// Cases as records of the server's own in the evidence log: each action on a case is a
// canonical record (entity 24 for the creation, 25 for any later action) signed with the
// log's key, chained by seq and previous hash like a device's, appended to the Merkle log,
// and covered by a new signed tree head in the same transaction. So a case's history is
// provable with the same proofs as field evidence, and cannot be rewritten unnoticed.
class CaseLog
{
public:
    // The device id the server's own records carry in the log (no device has it).
    static const QString serverDeviceId;

    struct Actor
    {
        QString id;
        QString role;
    };

    CaseLog(store::Database &db, const evidence::RecordSigner &signer);

    EnforcementCase create(
        const QString &title, const QString &permitId, const Actor &actor, std::int64_t nowMs);
    // Appends the action (a record) and signs the new head; returns the record id.
    QString act(const QString &caseId, const QString &action, const QString &subject,
        const QByteArray &content, const Actor &actor, std::int64_t nowMs);

    QList<EnforcementCase> cases() const;
    // By id or by label ("C3" or "3").
    std::optional<EnforcementCase> find(const QString &idOrLabel) const;

private:
    QString append(std::uint8_t entity, const QByteArray &rowId,
        const QList<std::pair<std::uint8_t, QByteArray>> &texts, std::int64_t nowMs);

    store::Database &m_db;
    const evidence::RecordSigner &m_signer;
};

} // namespace outfall::server
