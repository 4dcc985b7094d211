#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// One permit as the permit list shows it.
struct PermitSummary
{
    QString id;
    QString number;
    QString enterpriseName;
    QString enterpriseNameEn;
    QString industryCode;
    QString address;
    QString validTo;
    double lat = 0;
    double lon = 0;
    int outletCount = 0;
};

// Read side of the permits on a device: search by permit number, credit code or name
// (Chinese or English), ordered by enterprise name. Searching must stay fast with
// thousands of permits on the device, so it is one indexed query, limited.
class PermitDirectory
{
public:
    explicit PermitDirectory(store::Database &db);

    // An empty query lists all (up to limit). Matching is case-insensitive substring.
    QList<PermitSummary> search(const QString &query, int limit = 200) const;
    std::optional<PermitSummary> byId(const QString &permitId) const;
    std::optional<PermitSummary> byNumber(const QString &number) const; // exact
    int count() const;

private:
    std::optional<PermitSummary> first(const QString &where, const QString &value) const;

    store::Database &m_db;
};

} // namespace outfall::mobile
