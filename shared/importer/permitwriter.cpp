#include "importer/permitwriter.h"

#include "importer/importreport.h"
#include "store/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

QString orNull(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

} // namespace

PermitWriter::PermitWriter(store::Database &db, ImportReport &report)
    : m_db(db)
    , m_report(report)
    , m_now(QDateTime::currentMSecsSinceEpoch())
    , m_facilities(db, report)
    , m_enterprisesWritten(KeySet::directoryBeside(db))
{ }

void PermitWriter::write(const PermitDocument &doc, qint64 line)
{
    auto find =
        m_db.cached(u"SELECT id, revision, content_hash, status FROM permit WHERE number = ?"_s);
    find.bind(1, doc.number);
    if (find.step()) {
        const QString permitId = find.text(0);
        const int stored = find.integer(1);
        const QString storedHash = find.text(2);
        const bool storedApplication = find.text(3) == u"application";
        find.reset();
        if (doc.revision == stored && doc.contentHash == storedHash) {
            ++m_report.table(u"permit"_s).unchanged;
            return;
        }
        // A permit is issued once: its application cannot follow it.
        if (doc.isApplication() && !storedApplication) {
            m_report.addIssue(line, u"$.status"_s,
                u"permit %1 is issued already; an application for it cannot be imported"_s.arg(
                    doc.number));
            return;
        }
        if (doc.revision < stored) {
            m_report.addIssue(line, u"$.revision"_s,
                u"permit %1 is at revision %2 already; revision %3 is older"_s.arg(doc.number)
                    .arg(stored)
                    .arg(doc.revision));
            return;
        }
        if (doc.revision == stored) {
            m_report.addIssue(line, u"$.revision"_s,
                u"permit %1 revision %2 is already imported with other content; a changed "
                u"permit needs a higher revision"_s.arg(doc.number)
                    .arg(stored));
            return;
        }
        const QString enterpriseId = writeEnterprise(doc.enterprise, line);
        if (enterpriseId.isEmpty())
            return;
        updatePermit(doc, permitId, enterpriseId);
        if (storedApplication && !doc.isApplication())
            linkApplicationDecision(permitId);
        return;
    }
    find.reset();
    const QString enterpriseId = writeEnterprise(doc.enterprise, line);
    if (!enterpriseId.isEmpty())
        insertPermit(doc, enterpriseId);
}

QString PermitWriter::writeEnterprise(const PermitDocument::Enterprise &e, qint64 line)
{
    auto find =
        m_db.cached(u"SELECT id, name IS ?2 AND name_en IS ?3 AND legal_rep IS ?4 AND address IS ?5"
                    u" AND industry_code IS ?6 AND region IS ?7 AND lat IS ?8 AND lon IS ?9"
                    u" FROM enterprise WHERE uscc = ?1"_s);
    find.bind(1, e.uscc)
        .bind(2, e.name)
        .bind(3, orNull(e.nameEn))
        .bind(4, orNull(e.legalRep))
        .bind(5, orNull(e.address))
        .bind(6, e.industryCode)
        .bind(7, orNull(e.region))
        .bind(8, e.lat)
        .bind(9, e.lon);
    QString id;
    bool same = false;
    if (find.step()) {
        id = find.text(0);
        same = find.integer(1) != 0;
    }
    find.reset();
    // Written by an earlier line of this file: the row holds what that line said.
    if (const auto earlier = m_enterprisesWritten.insert(e.uscc.toUtf8(), line); earlier && !same) {
        m_report.addIssue(line, u"$.enterprise"_s,
            u"enterprise %1 differs from the one on line %2; a file must describe an enterprise "
            u"one way"_s.arg(e.uscc)
                .arg(*earlier));
        return {};
    }
    if (same) {
        ++m_report.table(u"enterprise"_s).unchanged;
        return id;
    }
    const bool exists = !id.isEmpty();
    if (!exists)
        id = m_ids.next();
    m_db.cached(u"INSERT INTO enterprise (id, uscc, name, name_en, legal_rep, address,"
                u" industry_code, region, lat, lon, updated_at)"
                u" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                u" ON CONFLICT (uscc) DO UPDATE SET name = excluded.name,"
                u" name_en = excluded.name_en, legal_rep = excluded.legal_rep,"
                u" address = excluded.address, industry_code = excluded.industry_code,"
                u" region = excluded.region, lat = excluded.lat, lon = excluded.lon,"
                u" updated_at = excluded.updated_at"_s)
        .bind(1, id)
        .bind(2, e.uscc)
        .bind(3, e.name)
        .bind(4, orNull(e.nameEn))
        .bind(5, orNull(e.legalRep))
        .bind(6, orNull(e.address))
        .bind(7, e.industryCode)
        .bind(8, orNull(e.region))
        .bind(9, e.lat)
        .bind(10, e.lon)
        .bind(11, m_now)
        .exec();
    ++(exists ? m_report.table(u"enterprise"_s).updated : m_report.table(u"enterprise"_s).inserted);
    return id;
}

void PermitWriter::upsertPermit(
    const PermitDocument &doc, const QString &permitId, const QString &enterpriseId)
{
    const auto dateOrNull = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    // An application's issued_on is '' (no issue date yet; the column is NOT NULL).
    m_db.cached(u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to,"
                u" issued_on, authority, industry_code, management, capacity, content_hash,"
                u" updated_at, renewal_applied_on, status, applied_on, capacity_value,"
                u" capacity_unit)"
                u" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
                u" ?17, ?18)"
                u" ON CONFLICT (id) DO UPDATE SET enterprise_id = excluded.enterprise_id,"
                u" revision = excluded.revision, valid_from = excluded.valid_from,"
                u" valid_to = excluded.valid_to, issued_on = excluded.issued_on,"
                u" authority = excluded.authority, industry_code = excluded.industry_code,"
                u" management = excluded.management, capacity = excluded.capacity,"
                u" content_hash = excluded.content_hash, updated_at = excluded.updated_at,"
                u" renewal_applied_on = excluded.renewal_applied_on, status = excluded.status,"
                u" applied_on = coalesce(excluded.applied_on, permit.applied_on),"
                u" capacity_value = excluded.capacity_value,"
                u" capacity_unit = excluded.capacity_unit"_s)
        .bind(1, permitId)
        .bind(2, doc.number)
        .bind(3, enterpriseId)
        .bind(4, doc.revision)
        .bind(5, doc.validFrom.toString(Qt::ISODate))
        .bind(6, doc.validTo.toString(Qt::ISODate))
        .bind(7, doc.isApplication() ? u""_s : doc.issuedOn.toString(Qt::ISODate))
        .bind(8, doc.authority)
        .bind(9, doc.industryCode)
        .bind(10, doc.management)
        .bind(11, orNull(doc.capacity))
        .bind(12, doc.contentHash)
        .bind(13, m_now)
        .bind(14, dateOrNull(doc.renewalAppliedOn))
        .bind(15, doc.status)
        .bind(16, dateOrNull(doc.appliedOn))
        .bind(17, doc.capacityValue)
        .bind(18, orNull(doc.capacityUnit))
        .exec();
    m_facilities.write(doc, permitId);
}

// The issued permit of an application links to the supervisor's latest decision on it (none:
// the link stays empty, and `outfallctl application show` says the permit was issued
// undecided).
void PermitWriter::linkApplicationDecision(const QString &permitId)
{
    m_db.cached(u"UPDATE permit SET application_decision_id = (SELECT id FROM"
                u" application_decision WHERE permit_id = ?1 ORDER BY decided_at DESC, id DESC"
                u" LIMIT 1) WHERE id = ?1"_s)
        .bind(1, permitId)
        .exec();
}

void PermitWriter::insertPermit(const PermitDocument &doc, const QString &enterpriseId)
{
    const QString permitId = m_ids.next();
    upsertPermit(doc, permitId, enterpriseId);
    ++m_report.table(u"permit"_s).inserted;
    insertRevision(doc, permitId);
    insertSchedule(doc, permitId);
    for (const auto &outlet : doc.outlets)
        insertTerms(outlet, insertOutlet(outlet, permitId));
}

void PermitWriter::updatePermit(
    const PermitDocument &doc, const QString &permitId, const QString &enterpriseId)
{
    upsertPermit(doc, permitId, enterpriseId);
    ++m_report.table(u"permit"_s).updated;

    m_report.table(u"permit_revision"_s).updated +=
        m_db.cached(u"UPDATE permit_revision SET superseded_at = ?2"
                    u" WHERE permit_id = ?1 AND superseded_at IS NULL"_s)
            .bind(1, permitId)
            .bind(2, m_now)
            .exec();
    insertRevision(doc, permitId);

    m_report.table(u"report_schedule"_s).deleted +=
        m_db.cached(u"DELETE FROM report_schedule WHERE permit_id = ?"_s).bind(1, permitId).exec();
    insertSchedule(doc, permitId);

    QHash<QString, QString> existing; // code → id
    {
        auto outlets = m_db.cached(u"SELECT code, id FROM outlet WHERE permit_id = ?"_s);
        outlets.bind(1, permitId);
        while (outlets.step())
            existing.insert(outlets.text(0), outlets.text(1));
    }
    for (const auto &outlet : doc.outlets) {
        const QString outletId = existing.take(outlet.code);
        if (outletId.isEmpty()) {
            insertTerms(outlet, insertOutlet(outlet, permitId));
            continue;
        }
        const bool changed = updateOutlet(outlet, outletId);
        ++(changed ? m_report.table(u"outlet"_s).updated : m_report.table(u"outlet"_s).unchanged);
        replaceTerms(outlet, outletId);
    }
    // Outlets the new revision no longer lists keep their rows (records point at them) but
    // lose their terms.
    for (const QString &outletId : std::as_const(existing)) {
        m_report.table(u"outlet"_s).updated +=
            m_db.cached(u"UPDATE outlet SET removed_in_revision = ?2"
                        u" WHERE id = ?1 AND removed_in_revision IS NULL"_s)
                .bind(1, outletId)
                .bind(2, doc.revision)
                .exec();
        replaceTerms({}, outletId);
    }
}

void PermitWriter::insertRevision(const PermitDocument &doc, const QString &permitId)
{
    m_db.cached(u"INSERT INTO permit_revision (permit_id, revision, content_hash, document,"
                u" imported_at) VALUES (?, ?, ?, ?, ?)"_s)
        .bind(1, permitId)
        .bind(2, doc.revision)
        .bind(3, doc.contentHash)
        .bind(4, QString::fromUtf8(doc.canonicalJson))
        .bind(5, m_now)
        .exec();
    ++m_report.table(u"permit_revision"_s).inserted;
}

void PermitWriter::insertSchedule(const PermitDocument &doc, const QString &permitId)
{
    for (const auto &s : doc.schedule) {
        m_db.cached(u"INSERT INTO report_schedule (id, permit_id, kind, due_day, due_month_offset)"
                    u" VALUES (?, ?, ?, ?, ?)"_s)
            .bind(1, m_ids.next())
            .bind(2, permitId)
            .bind(3, s.kind)
            .bind(4, s.dueDay)
            .bind(5, s.dueMonthOffset)
            .exec();
        ++m_report.table(u"report_schedule"_s).inserted;
    }
}

QString PermitWriter::insertOutlet(const PermitDocument::Outlet &o, const QString &permitId)
{
    const QString id = m_ids.next();
    m_db.cached(u"INSERT INTO outlet (id, permit_id, code, name, medium, category, lat, lon,"
                u" height_m, discharge_method, destination)"
                u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(1, id)
        .bind(2, permitId)
        .bind(3, o.code)
        .bind(4, o.name)
        .bind(5, o.medium)
        .bind(6, o.category)
        .bind(7, o.lat)
        .bind(8, o.lon)
        .bind(9, o.heightM)
        .bind(10, orNull(o.dischargeMethod))
        .bind(11, orNull(o.destination))
        .exec();
    ++m_report.table(u"outlet"_s).inserted;
    return id;
}

bool PermitWriter::updateOutlet(const PermitDocument::Outlet &o, const QString &outletId)
{
    return m_db.cached(u"UPDATE outlet SET name = ?2, medium = ?3, category = ?4, lat = ?5,"
                       u" lon = ?6, height_m = ?7, discharge_method = ?8, destination = ?9,"
                       u" removed_in_revision = NULL"
                       u" WHERE id = ?1 AND (name IS NOT ?2 OR medium IS NOT ?3"
                       u" OR category IS NOT ?4 OR lat IS NOT ?5 OR lon IS NOT ?6"
                       u" OR height_m IS NOT ?7 OR discharge_method IS NOT ?8"
                       u" OR destination IS NOT ?9 OR removed_in_revision IS NOT NULL)"_s)
               .bind(1, outletId)
               .bind(2, o.name)
               .bind(3, o.medium)
               .bind(4, o.category)
               .bind(5, o.lat)
               .bind(6, o.lon)
               .bind(7, o.heightM)
               .bind(8, orNull(o.dischargeMethod))
               .bind(9, orNull(o.destination))
               .exec()
        > 0;
}

// Replaces an outlet's limits and monitoring requirements with the document's. Nothing refers
// to these rows by id, so replacing is safe; the earlier terms stay in permit_revision.
void PermitWriter::replaceTerms(const PermitDocument::Outlet &o, const QString &outletId)
{
    m_report.table(u"emission_limit"_s).deleted +=
        m_db.cached(u"DELETE FROM emission_limit WHERE outlet_id = ?"_s).bind(1, outletId).exec();
    m_report.table(u"monitoring_requirement"_s).deleted +=
        m_db.cached(u"DELETE FROM monitoring_requirement WHERE outlet_id = ?"_s)
            .bind(1, outletId)
            .exec();
    insertTerms(o, outletId);
}

// The terms of an outlet that has none (a new one: nothing to delete, and a first import of
// 240,000 permits has 745,000 of them).
void PermitWriter::insertTerms(const PermitDocument::Outlet &o, const QString &outletId)
{
    for (const auto &l : o.limits) {
        m_db.cached(u"INSERT INTO emission_limit (id, outlet_id, pollutant, max_value, min_value,"
                    u" unit, reference_o2_pct, basis, rate_limit_kg_h, annual_t, standard)"
                    u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            .bind(1, m_ids.next())
            .bind(2, outletId)
            .bind(3, l.pollutant)
            .bind(4, l.max)
            .bind(5, l.min)
            .bind(6, l.unit)
            .bind(7, l.referenceO2Pct)
            .bind(8, l.basis)
            .bind(9, l.rateLimitKgH)
            .bind(10, l.annualT)
            .bind(11, orNull(l.standard))
            .exec();
        ++m_report.table(u"emission_limit"_s).inserted;
    }
    for (const auto &m : o.monitoring) {
        m_db.cached(u"INSERT INTO monitoring_requirement (id, outlet_id, pollutant, mode,"
                    u" frequency, method) VALUES (?, ?, ?, ?, ?, ?)"_s)
            .bind(1, m_ids.next())
            .bind(2, outletId)
            .bind(3, m.pollutant)
            .bind(4, m.mode)
            .bind(5, m.frequency)
            .bind(6, orNull(m.method))
            .exec();
        ++m_report.table(u"monitoring_requirement"_s).inserted;
    }
}

} // namespace outfall::importer
