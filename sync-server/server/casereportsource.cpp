#include "server/casereportsource.h"

#include "domain/oxygencorrection.h"
#include "rules/flagjson.h"
#include "store/database.h"

#include <QJsonArray>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

using Report = report::CaseReportData;

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

CaseReportSource::CaseReportSource(store::Database &db, report::CaseReportData &report)
    : m_db(db)
    , m_report(report)
{ }

void CaseReportSource::flag(const QJsonObject &flag)
{
    Report::FlagEntry entry;
    entry.ruleId = flag.value(u"rule"_s).toString();
    entry.message =
        flag.value(m_report.language == u"zh" ? u"message_zh"_s : u"message_en"_s).toString();
    entry.status = flag.value(u"status"_s).toString();
    const QJsonObject computation = flag.value(u"computation"_s).toObject();
    for (const rules::FlagInput &input :
        rules::inputsFromJson(computation.value(u"inputs"_s).toArray()))
        entry.inputs.append(
            u"%1 %2 %3"_s.arg(input.nameIn(m_report.language), input.value, input.unit).trimmed());
    for (const rules::FlagStep &step : rules::stepsFromJson(computation))
        entry.steps.append(step.textIn(m_report.language));
    m_report.flags.append(entry);
    term(flag.value(u"outlet_id"_s).toString(), flag.value(u"pollutant"_s).toString());
}

void CaseReportSource::permit(const QString &permitId)
{
    auto s = m_db.prepare(
        u"SELECT p.number, p.valid_from, p.valid_to, p.authority, e.name, e.uscc,"
        u" coalesce(e.address, ''), coalesce(e.legal_rep, ''), coalesce(e.name_en, '')"
        u" FROM permit p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.id = ?"_s);
    s.bind(1, permitId);
    if (!s.step())
        throw std::runtime_error((u"no permit "_s + permitId).toStdString());
    auto &e = m_report.enterprise;
    e.permitNumber = s.text(0);
    e.permitValidity = s.text(1) + u" – "_s + s.text(2);
    e.authority = s.text(3);
    e.name = m_report.language == u"en" && !s.text(8).isEmpty()
        ? s.text(8) + u" ("_s + s.text(4) + u')'
        : s.text(4);
    e.uscc = s.text(5);
    e.address = s.text(6);
    e.legalRep = s.text(7);
    auto outlets = m_db.prepare(u"SELECT code, lat, lon FROM outlet WHERE permit_id = ?"
                                u" AND removed_in_revision IS NULL ORDER BY code"_s);
    outlets.bind(1, permitId);
    while (outlets.step())
        m_report.mapPoints.append(
            {Report::MapPoint::Kind::Outlet, outlets.text(0), outlets.real(1), outlets.real(2)});
}

void CaseReportSource::term(const QString &outletId, const QString &pollutant)
{
    if (outletId.isEmpty() || pollutant.isEmpty() || m_terms.contains(outletId + u'/' + pollutant))
        return;
    m_terms.insert(outletId + u'/' + pollutant);
    auto s = m_db.prepare(
        u"SELECT o.code, l.max_value, l.min_value, l.unit, l.reference_o2_pct, l.basis,"
        u" coalesce(l.standard, '') FROM emission_limit l JOIN outlet o ON o.id = l.outlet_id"
        u" WHERE l.outlet_id = ? AND l.pollutant = ? ORDER BY l.basis"_s);
    s.bind(1, outletId).bind(2, pollutant);
    while (s.step()) {
        QString limit;
        if (!s.isNull(1))
            limit = u"≤ "_s + number(s.real(1)) + u' ' + s.text(3);
        if (!s.isNull(2))
            limit += (limit.isEmpty() ? u""_s : u", "_s) + u"≥ "_s + number(s.real(2)) + u' '
                + s.text(3);
        limit += u" ("_s + s.text(5) + u')';
        if (!s.isNull(4))
            limit += u" @ "_s + number(s.real(4)) + u" % O2"_s;
        m_report.terms.append({s.text(0), pollutant, limit, s.text(6)});
    }
}

void CaseReportSource::inspection(const QString &inspection)
{
    // The lead (who started the inspection) first, then the members added to its team.
    auto team = m_db.prepare(
        u"SELECT n.name, n.code, coalesce(n.certificate_no, ''), 1 FROM inspection i JOIN"
        u" inspector n ON n.id = i.inspector_id WHERE i.id = ?1 UNION ALL SELECT n.name, n.code,"
        u" m.certificate_no, 0 FROM inspection_inspector m JOIN inspector n ON n.id ="
        u" m.inspector_id WHERE m.inspection_id = ?1 ORDER BY 4 DESC, 2"_s);
    team.bind(1, inspection);
    while (team.step())
        addMember({team.text(0), team.text(1), team.text(2), team.int64(3) != 0});
    measurements(inspection);
    auto fixes = m_db.prepare(u"SELECT purpose, lat, lon FROM position_fix WHERE"
                              u" inspection_id = ? ORDER BY recorded_at"_s);
    fixes.bind(1, inspection);
    while (fixes.step()) {
        if (fixes.text(0) == u"arrival" || fixes.text(0) == u"outlet_check")
            m_report.mapPoints.append(
                {Report::MapPoint::Kind::Arrival, fixes.text(0), fixes.real(1), fixes.real(2)});
    }
    auto signatures = m_db.prepare(
        u"SELECT signer_role, signer_name, coalesce(certificate_no, ''), refused, strokes,"
        u" signed_at, coalesce(witness_name, '') FROM signature WHERE inspection_id = ?"
        u" ORDER BY signed_at"_s);
    signatures.bind(1, inspection);
    while (signatures.step())
        m_report.signatures.append({signatures.text(0), signatures.text(1), signatures.text(2),
            signatures.int64(3) != 0, signatures.blob(4), signatures.int64(5), signatures.text(6)});
}

void CaseReportSource::addMember(const Report::Member &member)
{
    for (const Report::Member &m : std::as_const(m_report.team)) {
        if (m.code == member.code)
            return;
    }
    m_report.team.append(member);
}

void CaseReportSource::measurements(const QString &inspection)
{
    auto s = m_db.prepare(
        u"SELECT m.id, coalesce(o.code, ''), m.pollutant, m.value, m.unit, m.o2_pct,"
        u" m.recorded_at, m.outlet_id, o.lat, o.lon FROM measurement m LEFT JOIN outlet o"
        u" ON o.id = m.outlet_id WHERE m.inspection_id = ? AND m.id NOT IN (SELECT"
        u" supersedes_id FROM measurement WHERE supersedes_id IS NOT NULL)"
        u" ORDER BY m.recorded_at"_s);
    s.bind(1, inspection);
    while (s.step()) {
        Report::Measurement m;
        m.outlet = s.text(1);
        m.pollutant = s.text(2);
        m.value = s.real(3);
        m.unit = s.text(4);
        m.o2Pct = s.optionalReal(5);
        m.recordedAtMs = s.int64(6);
        term(s.text(7), m.pollutant);
        auto limit = m_db.prepare(u"SELECT max_value, reference_o2_pct FROM emission_limit"
                                  u" WHERE outlet_id = ? AND pollutant = ? AND max_value IS"
                                  u" NOT NULL ORDER BY max_value LIMIT 1"_s);
        limit.bind(1, s.text(7)).bind(2, m.pollutant);
        if (limit.step()) {
            m.limit = limit.real(0);
            m.referenceO2Pct = limit.optionalReal(1);
        }
        double compared = m.value;
        if (m.o2Pct && m.referenceO2Pct) {
            try {
                m.corrected =
                    domain::OxygenCorrection::correct(m.value, *m.o2Pct, *m.referenceO2Pct);
                compared = *m.corrected;
            } catch (const std::invalid_argument &) {
                // shown uncorrected: an O2 reading the formula cannot take
            }
        }
        m.exceeds = m.limit && compared > *m.limit;
        m_report.measurements.append(m);
        if (!s.isNull(8))
            m_report.mapPoints.append({Report::MapPoint::Kind::Measurement,
                m.pollutant + u' ' + number(compared), s.real(8), s.real(9)});
    }
}

} // namespace outfall::server
