#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// One open discrepancy flag, with the message in both languages.
struct OpenFlag
{
    QString id;
    QString ruleId;
    QString severity; // violation / warning / info
    QString messageEn;
    QString messageZh;
    QString permitNumber;
    QString enterpriseName;
    QString enterpriseNameEn; // empty when the reference data has none
    QString outletCode; // empty when the flag is about the whole permit
    QString pollutant;
    QString period;
    std::int64_t raisedAt = 0;
};

// The open flags of the permits on this device (flags arrive with sync), most severe first,
// then newest.
class OpenFlags
{
public:
    explicit OpenFlags(store::Database &db);
    QList<OpenFlag> list(int limit = 500) const;

private:
    store::Database &m_db;
};

} // namespace outfall::mobile
