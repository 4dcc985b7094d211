#pragma once

#include "rules/flag.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::store {

class Database;

// One row of the flag table (0012), as the server stores it and devices receive it.
struct FlagRecord
{
    QString id;
    QString ruleId;
    int ruleVersion = 1;
    QString severity;
    QString permitId;
    QString outletId;
    QString pollutant;
    QString period;
    QString detail;
    QString compared; // JSON text
    QString computation; // JSON text
    QString evidence; // JSON text
    QString messageEn;
    QString messageZh;
    std::optional<double> exceedancePct;
    QString status; // open, resolved, acknowledged, dismissed
    std::int64_t raisedAt = 0;
    std::int64_t updatedAt = 0;
    QString decisionReason;
    QString decidedBy;
    std::optional<std::int64_t> decidedAt;

    // What evaluation writes of a raised flag (status and times left as they are).
    static FlagRecord fromFlag(const rules::Flag &flag);
    // Evaluation's part of the row: severity, numbers, messages, evidence, rule version.
    bool sameVerdict(const FlagRecord &other) const;
    // The row as the command lines print it with --json (JSON columns parsed).
    QJsonObject toJson() const;
};

// Which flags to list; empty fields do not narrow.
struct FlagFilter
{
    QString permit; // permit id or number
    QString rule; // "R3"
    QString status;
    int limit = 100000;
};

// Reads the flag table (both roles hold it).
class FlagRecords
{
public:
    explicit FlagRecords(Database &db);

    std::optional<FlagRecord> find(const QString &id) const;
    // Ordered by permit, rule, id.
    QList<FlagRecord> list(const FlagFilter &filter = {}) const;
    QList<FlagRecord> ofPermit(const QString &permitId) const;

    static bool isStatus(const QString &status);

private:
    Database &m_db;
};

} // namespace outfall::store
