#include "core/permitdetails.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace outfall::mobile {

PermitDetails::PermitDetails(store::Database &db)
    : m_db(db)
{ }

std::optional<PermitDetail> PermitDetails::load(const QString &permitId) const
{
    auto stmt = m_db.cached(uR"(
        SELECT p.id, p.number, p.revision, e.name, coalesce(e.name_en, ''), e.uscc,
               coalesce(e.legal_rep, ''), coalesce(e.address, ''), p.industry_code, p.management,
               coalesce(p.capacity, ''), p.authority, p.issued_on, p.valid_from, p.valid_to,
               coalesce(e.lat, 0), coalesce(e.lon, 0)
        FROM permit p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.id = ?1)"_s);
    stmt.bind(1, permitId);
    if (!stmt.step())
        return std::nullopt;
    PermitDetail d;
    d.id = stmt.text(0);
    d.number = stmt.text(1);
    d.revision = stmt.integer(2);
    d.enterpriseName = stmt.text(3);
    d.enterpriseNameEn = stmt.text(4);
    d.uscc = stmt.text(5);
    d.legalRep = stmt.text(6);
    d.address = stmt.text(7);
    d.industryCode = stmt.text(8);
    d.management = stmt.text(9);
    d.capacity = stmt.text(10);
    d.authority = stmt.text(11);
    d.issuedOn = stmt.text(12);
    d.validFrom = stmt.text(13);
    d.validTo = stmt.text(14);
    d.lat = stmt.real(15);
    d.lon = stmt.real(16);
    d.outlets = loadOutlets(permitId);
    return d;
}

QList<OutletDetail> PermitDetails::loadOutlets(const QString &permitId) const
{
    QList<OutletDetail> outlets;
    auto stmt = m_db.cached(uR"(
        SELECT id, code, name, medium, category, lat, lon, height_m,
               coalesce(discharge_method, ''), coalesce(destination, '')
        FROM outlet WHERE permit_id = ?1 ORDER BY code)"_s);
    stmt.bind(1, permitId);
    while (stmt.step()) {
        OutletDetail o;
        o.id = stmt.text(0);
        o.code = stmt.text(1);
        o.name = stmt.text(2);
        o.medium = stmt.text(3);
        o.category = stmt.text(4);
        o.lat = stmt.real(5);
        o.lon = stmt.real(6);
        o.heightM = stmt.optionalReal(7);
        o.dischargeMethod = stmt.text(8);
        o.destination = stmt.text(9);
        outlets.append(o);
    }
    for (OutletDetail &o : outlets) {
        o.limits = limits(o.id);
        auto monitoring = m_db.cached(uR"(
            SELECT pollutant, mode, frequency, coalesce(method, '')
            FROM monitoring_requirement WHERE outlet_id = ?1 ORDER BY pollutant, mode)"_s);
        monitoring.bind(1, o.id);
        while (monitoring.step()) {
            o.monitoring.append(
                {monitoring.text(0), monitoring.text(1), monitoring.text(2), monitoring.text(3)});
        }
    }
    return outlets;
}

QList<LimitTerm> PermitDetails::limits(const QString &outletId) const
{
    auto stmt = m_db.cached(uR"(
        SELECT pollutant, min_value, max_value, unit, reference_o2_pct, basis, annual_t,
               coalesce(standard, '')
        FROM emission_limit WHERE outlet_id = ?1 ORDER BY pollutant, basis)"_s);
    stmt.bind(1, outletId);
    QList<LimitTerm> result;
    while (stmt.step()) {
        LimitTerm limit;
        limit.pollutant = stmt.text(0);
        limit.min = stmt.optionalReal(1);
        limit.max = stmt.optionalReal(2);
        limit.unit = stmt.text(3);
        limit.referenceO2Pct = stmt.optionalReal(4);
        limit.basis = stmt.text(5);
        limit.annualT = stmt.optionalReal(6);
        limit.standard = stmt.text(7);
        result.append(limit);
    }
    return result;
}

QList<ReportedPoint> PermitDetails::reportedSeries(
    const QString &outletId, const QString &pollutant, const QString &since) const
{
    auto stmt = m_db.cached(uR"(
        SELECT period, value, validity FROM reported_value
        WHERE outlet_id = ?1 AND pollutant = ?2 AND kind IN ('cems_day', 'sample')
              AND period >= ?3 AND value IS NOT NULL
        ORDER BY period)"_s);
    stmt.bind(1, outletId).bind(2, pollutant).bind(3, since);
    QList<ReportedPoint> points;
    while (stmt.step())
        points.append({stmt.text(0), stmt.real(1), stmt.text(2) == u"valid"});
    return points;
}

} // namespace outfall::mobile
