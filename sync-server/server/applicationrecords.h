#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Applications before issuance in the server's store (docs/schema.md "Before issuance"): a
// permit row with status `application`, its declarations, the checks of its pre-issuance
// inspections, the flags they raised (R15–R17) and the supervisor's decisions; and, once the
// issued permit is imported, the decision it links to.
//
// An application's state is its latest decision: pending (none), returned, approved, refused;
// issued once the issued permit replaced it. Approved and refused are final; a returned
// application is decided again (after the enterprise corrects it and it is re-imported).
class ApplicationRecords
{
public:
    enum class Decision { Approve, Return, Refuse };
    struct Decided
    {
        QString decisionId;
        QString state;
    };
    struct Refused
    {
        QString text;
    };

    explicit ApplicationRecords(store::Database &db);

    static bool isState(const QString &state); // pending, returned, approved, refused, issued
    static std::optional<Decision> decisionFromVerb(const QString &verb); // approve, return, refuse

    // Newest first, at most `limit`; state "" for all.
    QJsonArray list(const QString &state, int limit) const;
    // By permit id or permit number; nothing when there is no such application (a permit
    // issued without one is not an application).
    std::optional<QJsonObject> show(const QString &idOrNumber) const;
    // Nothing when there is no such application.
    std::optional<std::variant<Decided, Refused>> decide(const QString &idOrNumber,
        Decision decision, const QString &reason, const QString &actor, std::int64_t nowMs);

private:
    QString find(const QString &idOrNumber) const; // the permit id, "" when none
    QJsonObject summary(const QString &permitId) const;
    QJsonArray rows(const QString &sql, const QString &permitId) const;

    store::Database &m_db;
};

} // namespace outfall::server
