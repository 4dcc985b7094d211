#include "store/permitsnapshotloader.h"

#include "store/database.h"
#include "store/declarationsnapshotloader.h"
#include "store/textinterner.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace outfall::store {

namespace {

// Periods and dates of the rules are in China Standard Time (UTC+8, no daylight saving).
const QTimeZone kChinaStandardTime(8 * 3600);

std::int64_t cstMidnightMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), kChinaStandardTime).toMSecsSinceEpoch();
}

// The field records of the permit's inspections in the window, by their inspection.
const QString kInspectionsInWindow = uR"((SELECT id FROM inspection
    WHERE permit_id = ?1 AND started_at >= ?2 AND started_at < ?3))"_s;

std::optional<int> optionalInt(const Statement &row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.integer(column);
}

// The rows of a field record that corrections may replace (measurements, photos, answers):
// each read by readRow, its id in column 0 and the id of the row it corrects (or '') in
// supersedesColumn; the rows a correction replaced are left out, the order kept.
template<typename Row, typename ReadRow>
QList<Row> readCorrected(Statement &rows, int supersedesColumn, ReadRow readRow)
{
    QList<Row> list;
    QSet<QString> superseded;
    while (rows.step()) {
        if (const QString corrected = rows.text(supersedesColumn); !corrected.isEmpty())
            superseded.insert(corrected);
        list.append(readRow(rows));
    }
    list.removeIf([&](const Row &row) { return superseded.contains(row.id); });
    return list;
}

} // namespace

PermitSnapshotLoader::ReportWindow PermitSnapshotLoader::window(QDate asOf)
{
    ReportWindow window;
    window.last = asOf;
    const QDate monthStart(asOf.year(), asOf.month(), 1);
    window.first = monthStart.addMonths(-13);
    // Periods are text: a month 'YYYY-MM' sorts before its days 'YYYY-MM-DD' and hours
    // 'YYYY-MM-DDTHH'. cems_hour periods are UTC hours: the CST day asOf ends at asOf 16:00
    // UTC, within the day after asOf, and the first CST day starts the day before at 16:00
    // UTC. So the text bounds are the day before the first day (which sorts after the month
    // before the window) and the second day after asOf.
    window.firstPeriod = window.first.addDays(-1).toString(Qt::ISODate);
    window.endPeriod = asOf.addDays(2).toString(Qt::ISODate);
    window.firstMs = cstMidnightMs(window.first);
    window.endMs = cstMidnightMs(asOf.addDays(1));
    return window;
}

PermitSnapshotLoader::PermitSnapshotLoader(Database &db)
    : m_db(db)
{ }

std::optional<rules::PermitSnapshot> PermitSnapshotLoader::load(
    const QString &permitId, QDate asOf) const
{
    rules::PermitSnapshot snapshot;
    snapshot.permitId = permitId;
    if (!loadPermit(snapshot))
        return std::nullopt;
    const ReportWindow reportWindow = window(asOf);
    loadOutlets(snapshot);
    loadSchedule(snapshot);
    loadReported(snapshot, reportWindow);
    loadInspections(snapshot, reportWindow);
    if (!snapshot.inspections.isEmpty()) {
        loadMeasurements(snapshot, reportWindow);
        loadFixes(snapshot, reportWindow);
        loadPhotos(snapshot, reportWindow);
        loadAnswers(snapshot, reportWindow);
    }
    DeclarationSnapshotLoader::load(m_db, snapshot);
    return snapshot;
}

bool PermitSnapshotLoader::loadPermit(rules::PermitSnapshot &snapshot) const
{
    auto row = m_db.cached(uR"(
        SELECT p.number, e.name, e.lat, e.lon, p.valid_from, p.valid_to, p.revision,
               coalesce(p.renewal_applied_on, '')
        FROM permit p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.id = ?1)"_s);
    row.bind(1, snapshot.permitId);
    if (!row.step())
        return false;
    snapshot.permitNumber = row.text(0);
    snapshot.enterpriseName = row.text(1);
    snapshot.siteLat = row.optionalReal(2);
    snapshot.siteLon = row.optionalReal(3);
    snapshot.validFrom = QDate::fromString(row.text(4), Qt::ISODate);
    snapshot.validTo = QDate::fromString(row.text(5), Qt::ISODate);
    snapshot.revision = row.integer(6);
    // The renewal application from the permit import (0020); R11 compares it with its date.
    snapshot.renewalAppliedOn = QDate::fromString(row.text(7), Qt::ISODate);
    return true;
}

void PermitSnapshotLoader::loadOutlets(rules::PermitSnapshot &snapshot) const
{
    auto outlets = m_db.cached(uR"(
        SELECT id, code, name, medium, category, lat, lon, removed_in_revision IS NOT NULL
        FROM outlet WHERE permit_id = ?1 ORDER BY code, id)"_s);
    outlets.bind(1, snapshot.permitId);
    QHash<QString, qsizetype> byId;
    while (outlets.step()) {
        rules::SnapshotOutlet outlet;
        outlet.id = outlets.text(0);
        outlet.code = outlets.text(1);
        outlet.name = outlets.text(2);
        outlet.medium = outlets.text(3);
        outlet.category = outlets.text(4);
        outlet.lat = outlets.real(5);
        outlet.lon = outlets.real(6);
        outlet.removed = outlets.int64(7) != 0;
        byId.insert(outlet.id, snapshot.outlets.size());
        snapshot.outlets.append(outlet);
    }
    outlets.reset();

    auto limits = m_db.cached(uR"(
        SELECT l.outlet_id, l.id, l.pollutant, l.min_value, l.max_value, l.unit,
               l.reference_o2_pct, l.basis, l.annual_t
        FROM emission_limit l JOIN outlet o ON o.id = l.outlet_id
        WHERE o.permit_id = ?1 ORDER BY l.pollutant, l.basis, l.id)"_s);
    limits.bind(1, snapshot.permitId);
    while (limits.step()) {
        const auto index = byId.value(limits.text(0), -1);
        if (index < 0)
            continue;
        snapshot.outlets[index].limits.append(
            {limits.text(1), limits.text(2), limits.optionalReal(3), limits.optionalReal(4),
                limits.text(5), limits.optionalReal(6), limits.text(7), limits.optionalReal(8)});
    }
    limits.reset();

    auto monitoring = m_db.cached(uR"(
        SELECT m.outlet_id, m.pollutant, m.mode, m.frequency
        FROM monitoring_requirement m JOIN outlet o ON o.id = m.outlet_id
        WHERE o.permit_id = ?1 ORDER BY m.pollutant, m.mode)"_s);
    monitoring.bind(1, snapshot.permitId);
    while (monitoring.step()) {
        const auto index = byId.value(monitoring.text(0), -1);
        if (index < 0)
            continue;
        snapshot.outlets[index].monitoring.append(
            {monitoring.text(1), monitoring.text(2), monitoring.text(3)});
    }
}

void PermitSnapshotLoader::loadSchedule(rules::PermitSnapshot &snapshot) const
{
    auto schedule = m_db.cached(uR"(
        SELECT kind, due_day, due_month_offset FROM report_schedule
        WHERE permit_id = ?1 ORDER BY kind)"_s);
    schedule.bind(1, snapshot.permitId);
    while (schedule.step())
        snapshot.schedule.append({schedule.text(0), schedule.integer(1), schedule.integer(2)});
    schedule.reset();

    // Execution reports are few (one a period): all of them, so a rule can tell "filed
    // late" from "never filed" for any period it checks.
    auto reports = m_db.cached(uR"(
        SELECT id, kind, period, filed_on FROM execution_report
        WHERE permit_id = ?1 ORDER BY period, kind)"_s);
    reports.bind(1, snapshot.permitId);
    while (reports.step()) {
        snapshot.executionReports.append({reports.text(0), reports.text(1), reports.text(2),
            QDate::fromString(reports.text(3), Qt::ISODate)});
    }
}

void PermitSnapshotLoader::loadReported(
    rules::PermitSnapshot &snapshot, const ReportWindow &window) const
{
    // The outlets as a list subquery: SQLite then walks reported_value's unique index
    // (outlet_id, pollutant, kind, period) in order, with no sort of the permit's rows (a
    // join from outlet comes in code order and needed a temporary B-tree).
    auto rows = m_db.cached(uR"(
        SELECT r.id, r.outlet_id, r.pollutant, r.kind, r.period, r.value, r.unit, r.qualifier,
               r.validity, coalesce(r.no_data, ''), r.o2_pct, r.flow_m3h, r.valid_count
        FROM reported_value r
        WHERE r.outlet_id IN (SELECT id FROM outlet WHERE permit_id = ?1)
          AND r.period >= ?2 AND r.period < ?3
        ORDER BY r.outlet_id, r.pollutant, r.kind, r.period)"_s);
    rows.bind(1, snapshot.permitId).bind(2, window.firstPeriod).bind(3, window.endPeriod);
    // Only the id, the period and the numbers differ from row to row.
    TextInterner outlets, pollutants, kinds, units, qualifiers, validities, noData;
    while (rows.step()) {
        rules::SnapshotReportedValue value;
        value.id = rows.text(0);
        value.outletId = outlets.text(rows, 1);
        value.pollutant = pollutants.text(rows, 2);
        value.kind = kinds.text(rows, 3);
        value.period = rows.text(4);
        value.value = rows.optionalReal(5);
        value.unit = units.text(rows, 6);
        value.qualifier = qualifiers.text(rows, 7);
        value.validity = validities.text(rows, 8);
        value.noData = noData.text(rows, 9);
        value.o2Pct = rows.optionalReal(10);
        value.flowM3h = rows.optionalReal(11);
        value.validCount = optionalInt(rows, 12);
        snapshot.reported.append(std::move(value));
    }
}

Statement PermitSnapshotLoader::fieldRecords(const QString &selectWhereInspectionIn,
    const QString &orderBy, const rules::PermitSnapshot &snapshot, const ReportWindow &window) const
{
    auto rows =
        m_db.cached(selectWhereInspectionIn + kInspectionsInWindow + u" ORDER BY "_s + orderBy);
    rows.bind(1, snapshot.permitId).bind(2, window.firstMs).bind(3, window.endMs);
    return rows;
}

void PermitSnapshotLoader::loadInspections(
    rules::PermitSnapshot &snapshot, const ReportWindow &window) const
{
    auto rows = m_db.cached(uR"(
        SELECT id, status, started_at, submitted_at, coalesce(production_load, '')
        FROM inspection WHERE permit_id = ?1 AND started_at >= ?2 AND started_at < ?3
        ORDER BY started_at, id)"_s);
    rows.bind(1, snapshot.permitId).bind(2, window.firstMs).bind(3, window.endMs);
    while (rows.step()) {
        snapshot.inspections.append(
            {rows.text(0), rows.text(1), rows.int64(2), rows.optionalInt64(3), rows.text(4)});
    }
}

void PermitSnapshotLoader::loadMeasurements(
    rules::PermitSnapshot &snapshot, const ReportWindow &window) const
{
    // lat..position_at (0020): where the device was when it recorded the value; NULL
    // for measurements recorded before 0020 or without a fix.
    auto rows = fieldRecords(uR"(
        SELECT id, inspection_id, coalesce(outlet_id, ''), pollutant, value, unit, o2_pct,
               recorded_at, coalesce(supersedes_id, ''), lat, lon, accuracy_m, position_at
        FROM measurement WHERE inspection_id IN )"_s,
        u"recorded_at, id"_s, snapshot, window);
    snapshot.measurements =
        readCorrected<rules::SnapshotMeasurement>(rows, 8, [](const Statement &row) {
            rules::SnapshotMeasurement measurement;
            measurement.id = row.text(0);
            measurement.inspectionId = row.text(1);
            measurement.outletId = row.text(2);
            measurement.pollutant = row.text(3);
            measurement.value = row.real(4);
            measurement.unit = row.text(5);
            measurement.o2Pct = row.optionalReal(6);
            measurement.recordedAtMs = row.int64(7);
            measurement.lat = row.optionalReal(9);
            measurement.lon = row.optionalReal(10);
            measurement.accuracyM = row.optionalReal(11);
            measurement.positionAtMs = row.optionalInt64(12);
            return measurement;
        });
}

void PermitSnapshotLoader::loadFixes(
    rules::PermitSnapshot &snapshot, const ReportWindow &window) const
{
    auto fixes = fieldRecords(uR"(
        SELECT id, inspection_id, coalesce(outlet_id, ''), purpose, lat, lon, accuracy_m,
               samples, recorded_at
        FROM position_fix WHERE inspection_id IN )"_s,
        u"recorded_at, id"_s, snapshot, window);
    while (fixes.step()) {
        snapshot.fixes.append({fixes.text(0), fixes.text(1), fixes.text(2), fixes.text(3),
            fixes.real(4), fixes.real(5), fixes.real(6), fixes.integer(7), fixes.int64(8)});
    }
    fixes.reset();

    auto observed = fieldRecords(uR"(
        SELECT id, inspection_id, coalesce(fix_id, ''), medium, description, recorded_at
        FROM observed_outlet WHERE inspection_id IN )"_s,
        u"recorded_at, id"_s, snapshot, window);
    while (observed.step()) {
        snapshot.observedOutlets.append({observed.text(0), observed.text(1), observed.text(2),
            observed.text(3), observed.text(4), observed.int64(5)});
    }
}

void PermitSnapshotLoader::loadPhotos(
    rules::PermitSnapshot &snapshot, const ReportWindow &window) const
{
    auto rows = fieldRecords(uR"(
        SELECT id, inspection_id, lat, lon, taken_at, coalesce(imported, 0),
               coalesce(supersedes_id, '')
        FROM photo WHERE inspection_id IN )"_s,
        u"taken_at, id"_s, snapshot, window);
    snapshot.photos = readCorrected<rules::SnapshotPhoto>(rows, 6, [](const Statement &row) {
        rules::SnapshotPhoto photo;
        photo.id = row.text(0);
        photo.inspectionId = row.text(1);
        photo.lat = row.optionalReal(2);
        photo.lon = row.optionalReal(3);
        photo.takenAtMs = row.int64(4);
        photo.imported = row.int64(5) != 0;
        return photo;
    });
}

void PermitSnapshotLoader::loadAnswers(
    rules::PermitSnapshot &snapshot, const ReportWindow &window) const
{
    // Ordered so that for each (inspection, item) the answer that counts comes last: the
    // latest recorded among those no correction replaced.
    auto rows = fieldRecords(uR"(
        SELECT a.id, a.inspection_id, a.item_id, coalesce(i.code, ''), coalesce(i.text_zh, ''),
               coalesce(i.text_en, ''), coalesce(i.severity, ''), a.answer,
               coalesce(a.note, ''), a.recorded_at, coalesce(a.supersedes_id, '')
        FROM checklist_answer a LEFT JOIN checklist_item i ON i.id = a.item_id
        WHERE a.inspection_id IN )"_s,
        u"a.inspection_id, a.item_id, a.recorded_at, a.id"_s, snapshot, window);
    const QList<rules::SnapshotAnswer> answers =
        readCorrected<rules::SnapshotAnswer>(rows, 10, [](const Statement &row) {
            rules::SnapshotAnswer answer;
            answer.id = row.text(0);
            answer.inspectionId = row.text(1);
            answer.itemId = row.text(2);
            answer.itemCode = row.text(3);
            answer.itemTextZh = row.text(4);
            answer.itemTextEn = row.text(5);
            answer.severity = row.text(6);
            answer.answer = row.text(7);
            answer.note = row.text(8);
            answer.recordedAtMs = row.int64(9);
            return answer;
        });
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const bool lastOfItem = i + 1 == answers.size()
            || answers[i + 1].inspectionId != answers[i].inspectionId
            || answers[i + 1].itemId != answers[i].itemId;
        if (lastOfItem)
            snapshot.answers.append(answers[i]);
    }
}

} // namespace outfall::store
