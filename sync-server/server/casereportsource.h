#pragma once

#include "report/casereportdata.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// Reads from the server's store what a case's PDF report shows (docs/cases.md 5) into a
// CaseReportData: the enterprise and permit, the permit terms concerned, each inspection's
// team, measurements (against their limit, O2-corrected where the limit has a reference O2),
// position fixes and signatures, and the flags with their computations in the report's
// language. The package's files are CasePackageWriter's.
class CaseReportSource
{
public:
    CaseReportSource(store::Database &db, report::CaseReportData &report);

    // Throws std::runtime_error for a permit the store lacks.
    void permit(const QString &permitId);
    void flag(const QJsonObject &flag); // as store::FlagRecord::toJson writes it
    void inspection(const QString &inspectionId);

private:
    void term(const QString &outletId, const QString &pollutant);
    void addMember(const report::CaseReportData::Member &member);
    void measurements(const QString &inspectionId);

    store::Database &m_db;
    report::CaseReportData &m_report;
    QSet<QString> m_terms; // outlet/pollutant already listed
};

} // namespace outfall::server
