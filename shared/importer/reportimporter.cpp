#include "importer/reportimporter.h"

#include "domain/measuredrange.h"
#include "domain/pollutant.h"
#include "domain/textrules.h"
#include "domain/unit.h"
#include "importer/csvtable.h"
#include "importer/fieldformats.h"
#include "importer/importrun.h"
#include "importer/reportperiod.h"
#include "store/database.h"

#include <QIODevice>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

using domain::Pollutant;
using domain::Unit;
namespace TextRules = domain::TextRules;
using TextRules::quoted;

// Every column of the reports file holds a code, a number, a date or a word: one line of at
// most 64 characters (docs/formats.md).
QList<CsvTable::Column> columns()
{
    QList<CsvTable::Column> list;
    for (const auto name :
        {u"record", u"permit", u"outlet", u"pollutant", u"period", u"value", u"unit", u"qualifier",
            u"validity", u"no_data", u"o2_pct", u"flow_m3h", u"valid_count", u"filed_on"})
        list.append({QString::fromUtf16(name), TextRules::kCode});
    return list;
}
const QStringList kRecords = {
    u"sample"_s, u"cems_hour"_s, u"cems_day"_s, u"month_amount"_s, u"execution_report"_s};
const QStringList kMeasurementOnly = {u"outlet"_s, u"pollutant"_s, u"value"_s, u"unit"_s,
    u"qualifier"_s, u"validity"_s, u"no_data"_s, u"o2_pct"_s, u"flow_m3h"_s, u"valid_count"_s};

// A required field: reports and returns false when empty.
bool present(CsvTable &table, const QString &column, const QString &record)
{
    if (!table.value(column).isEmpty())
        return true;
    table.issue(column, u"is required for a `%1` row"_s.arg(record));
    return false;
}

// An optional decimal in its physical range (domain::MeasuredRange, the bounds the device
// uses too); nullopt when empty or wrong (reported).
std::optional<double> bounded(
    CsvTable &table, const QString &column, const domain::MeasuredRange &range, bool &ok)
{
    const QString text = table.value(column);
    if (text.isEmpty())
        return std::nullopt;
    const auto value = FieldFormats::decimal(text);
    if (!value || !range.contains(*value)) {
        table.issue(column, u"%1 is not a number %2"_s.arg(quoted(text), range.text(u"x"_s)));
        ok = false;
        return std::nullopt;
    }
    return value;
}

QString orDefault(const QString &text, const QString &fallback)
{
    return text.isEmpty() ? fallback : text;
}

} // namespace

ReportImporter::ReportImporter(store::Database &db)
    : m_db(db)
    , m_keys(KeySet::directoryBeside(db))
{ }

ImportReport ReportImporter::importFile(
    const QString &path, const ImportRun::ProgressSink &progress)
{
    m_keys.clear();
    return ImportRun::execute(
        m_db, u"reports"_s, path,
        [this](QIODevice &file, ImportReport &report) {
            CsvTable table(&file, report, columns(), {u"record"_s, u"permit"_s, u"period"_s});
            if (!table.readHeader())
                return;
            while (table.next()) {
                row(table, report);
                ImportRun::betweenRecords();
            }
        },
        progress);
}

bool ReportImporter::firstTime(CsvTable &table, const QString &key, const QString &column)
{
    if (const auto earlier = m_keys.insert(key.toUtf8(), table.line())) {
        table.issue(
            column, u"the same record as line %1 (a key may appear once a file)"_s.arg(*earlier));
        return false;
    }
    return true;
}

void ReportImporter::row(CsvTable &table, ImportReport &report)
{
    const QString record = table.value(u"record"_s);
    if (!kRecords.contains(record)) {
        table.issue(u"record"_s,
            u"must be %1, not %2"_s.arg(FieldFormats::oneOf(kRecords), quoted(record)));
        return;
    }
    if (!present(table, u"permit"_s, record))
        return;
    const QString number = table.value(u"permit"_s);
    auto find = m_db.cached(u"SELECT id FROM permit WHERE number = ?"_s);
    find.bind(1, number);
    const QString permitId = find.step() ? find.text(0) : QString();
    find.reset();
    if (permitId.isEmpty()) {
        table.issue(u"permit"_s,
            u"unknown permit %1 (import it with `import permits` first)"_s.arg(quoted(number)));
        return;
    }
    if (record == u"execution_report")
        executionReport(table, report, permitId);
    else
        measurement(table, report, record, permitId);
}

void ReportImporter::executionReport(CsvTable &table, ImportReport &report, const QString &permitId)
{
    bool ok = true;
    for (const QString &column : kMeasurementOnly) {
        if (!table.value(column).isEmpty()) {
            table.issue(column, u"is not used by an `execution_report` row; leave it empty"_s);
            ok = false;
        }
    }
    if (!present(table, u"period"_s, u"execution_report"_s)
        || !present(table, u"filed_on"_s, u"execution_report"_s))
        return;
    const auto period = ReportPeriod::parse(u"execution_report", table.value(u"period"_s));
    if (period.canonical.isEmpty()) {
        table.issue(u"period"_s, period.error);
        ok = false;
    }
    const QString filedOn = table.value(u"filed_on"_s);
    if (!FieldFormats::isDate(filedOn)) {
        table.issue(u"filed_on"_s, u"%1 is not a date YYYY-MM-DD"_s.arg(quoted(filedOn)));
        ok = false;
    }
    if (!ok
        || !firstTime(table,
            u"report\x1f"_s + permitId + u'\x1f' + period.executionKind + u'\x1f'
                + period.canonical,
            u"period"_s))
        return;

    auto find = m_db.cached(u"SELECT id, filed_on = ?4 FROM execution_report"
                            u" WHERE permit_id = ?1 AND kind = ?2 AND period = ?3"_s);
    find.bind(1, permitId).bind(2, period.executionKind).bind(3, period.canonical).bind(4, filedOn);
    const bool exists = find.step();
    const bool same = exists && find.integer(1) != 0;
    const QString id = exists ? find.text(0) : m_ids.next();
    find.reset();
    auto &counts = report.table(u"execution_report"_s);
    if (same) {
        ++counts.unchanged;
        return;
    }
    m_db.cached(
            u"INSERT INTO execution_report (id, permit_id, kind, period, filed_on)"
            u" VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET filed_on = excluded.filed_on"_s)
        .bind(1, id)
        .bind(2, permitId)
        .bind(3, period.executionKind)
        .bind(4, period.canonical)
        .bind(5, filedOn)
        .exec();
    ++(exists ? counts.updated : counts.inserted);
}

// One reported value as read from its row: what it is of, its figure and its qualifiers.
struct ReportImporter::Measurement
{
    QString record; // sample, cems_hour, cems_day or month_amount
    QString outletCode;
    QString outletId;
    const Pollutant *pollutant = nullptr;
    ReportPeriod::Result period;
    std::optional<double> value;
    QString noData;
    QString unitSymbol;
    QString qualifier;
    QString validity;
    std::optional<double> o2;
    std::optional<double> flow;
    std::optional<qint64> validCount;
};

// A measurement row is read field by field in the file's column order (each wrong field is
// reported, so that one pass names them all), then written once when every field is right.
void ReportImporter::measurement(
    CsvTable &table, ImportReport &report, const QString &record, const QString &permitId)
{
    bool ok = true;
    if (!table.value(u"filed_on"_s).isEmpty()) {
        table.issue(u"filed_on"_s, u"is used by `execution_report` rows only; leave it empty"_s);
        ok = false;
    }
    if (!present(table, u"outlet"_s, record) || !present(table, u"pollutant"_s, record)
        || !present(table, u"period"_s, record) || !present(table, u"unit"_s, record))
        return;

    Measurement row;
    row.record = record;
    readSubject(table, permitId, row, ok);
    readValue(table, row, ok);
    readUnit(table, row, ok);
    readQualifiers(table, row, ok);
    if (!ok
        || !firstTime(table,
            row.outletId + u'\x1f' + row.pollutant->code + u'\x1f' + record + u'\x1f'
                + row.period.canonical,
            u"period"_s))
        return;
    writeMeasurement(row, report);
}

// The outlet (of the permit), the pollutant and the period.
void ReportImporter::readSubject(
    CsvTable &table, const QString &permitId, Measurement &row, bool &ok)
{
    row.outletCode = table.value(u"outlet"_s);
    auto findOutlet = m_db.cached(u"SELECT id FROM outlet WHERE permit_id = ? AND code = ?"_s);
    findOutlet.bind(1, permitId).bind(2, row.outletCode);
    row.outletId = findOutlet.step() ? findOutlet.text(0) : QString();
    findOutlet.reset();
    if (row.outletId.isEmpty()) {
        table.issue(u"outlet"_s,
            u"permit %1 has no outlet %2"_s.arg(table.value(u"permit"_s), quoted(row.outletCode)));
        ok = false;
    }
    const QString pollutantCode = table.value(u"pollutant"_s);
    row.pollutant = Pollutant::find(pollutantCode);
    if (!row.pollutant) {
        table.issue(u"pollutant"_s, u"unknown pollutant %1"_s.arg(quoted(pollutantCode)));
        ok = false;
    }
    row.period = ReportPeriod::parse(row.record, table.value(u"period"_s));
    if (row.period.canonical.isEmpty()) {
        table.issue(u"period"_s, row.period.error);
        ok = false;
    }
}

// The value in its physical range, or a no-data code instead (never both).
void ReportImporter::readValue(CsvTable &table, Measurement &row, bool &ok)
{
    const QString valueText = table.value(u"value"_s);
    row.noData = table.value(u"no_data"_s);
    if (!row.noData.isEmpty()) {
        static const QRegularExpression noDataCode(
            QRegularExpression::anchoredPattern(u"[A-Z0-9]{1,4}"_s));
        if (row.record == u"month_amount") {
            table.issue(u"no_data"_s, u"a `month_amount` row needs a value"_s);
            ok = false;
        } else if (!noDataCode.match(row.noData).hasMatch()) {
            table.issue(u"no_data"_s,
                u"%1 is not a no-data code (1-4 upper-case letters or digits)"_s.arg(
                    quoted(row.noData)));
            ok = false;
        }
        if (!valueText.isEmpty()) {
            table.issue(u"value"_s, u"must be empty when no_data is given"_s);
            ok = false;
        }
    } else if (valueText.isEmpty()) {
        table.issue(u"value"_s, u"is required (or a no_data code)"_s);
        ok = false;
    } else {
        // The range of the row's unit; of the pollutant's usual one when the unit is wrong
        // (that is reported by readUnit).
        const auto unit = Unit::find(table.value(u"unit"_s));
        const auto range = unit ? domain::MeasuredRange::forUnit(*unit)
            : row.pollutant
            ? domain::MeasuredRange::forUnit(Unit::parse(row.pollutant->defaultUnit))
            : domain::MeasuredRange::forDimension(Unit::Dimension::Mass);
        row.value = bounded(table, u"value"_s, range, ok);
    }
}

// The unit: a mass for a monthly amount, else one that converts to the unit of the outlet's
// limit for the pollutant (or the pollutant's usual unit where there is no limit).
void ReportImporter::readUnit(CsvTable &table, Measurement &row, bool &ok)
{
    const QString unitText = table.value(u"unit"_s);
    try {
        const Unit unit = Unit::parse(unitText);
        row.unitSymbol = unit.symbol();
        if (row.record == u"month_amount") {
            if (unit.dimension() != Unit::Dimension::Mass) {
                table.issue(u"unit"_s,
                    u"a `month_amount` is a mass (t or kg), not %1"_s.arg(quoted(unitText)));
                ok = false;
            }
        } else if (!row.outletId.isEmpty() && row.pollutant) {
            auto limitUnit = m_db.cached(u"SELECT unit FROM emission_limit WHERE outlet_id = ?"
                                         u" AND pollutant = ? ORDER BY basis LIMIT 1"_s);
            limitUnit.bind(1, row.outletId).bind(2, row.pollutant->code);
            const bool hasLimit = limitUnit.step();
            const QString target = hasLimit ? limitUnit.text(0) : row.pollutant->defaultUnit;
            limitUnit.reset();
            if (!unit.convertsTo(Unit::parse(target))) {
                table.issue(u"unit"_s,
                    hasLimit ? u"%1 does not convert to %2, the unit of %3's %4 limit"_s.arg(
                        quoted(unitText), target, row.outletCode, row.pollutant->code)
                             : u"%1 does not convert to %2, the unit of %3"_s.arg(
                                 quoted(unitText), target, row.pollutant->code));
                ok = false;
            }
        }
    } catch (const domain::UnitError &e) {
        table.issue(u"unit"_s, e.message());
        ok = false;
    }
}

// Qualifier, validity, O2, flow and the count of valid minutes or hours (CEMS only).
void ReportImporter::readQualifiers(CsvTable &table, Measurement &row, bool &ok)
{
    row.qualifier = orDefault(table.value(u"qualifier"_s), u"="_s);
    const QStringList qualifiers = {u"="_s, u"<"_s, u">"_s, u"E"_s};
    if (!qualifiers.contains(row.qualifier)) {
        table.issue(u"qualifier"_s,
            u"must be %1, not %2"_s.arg(FieldFormats::oneOf(qualifiers), quoted(row.qualifier)));
        ok = false;
    }
    row.validity = orDefault(table.value(u"validity"_s), u"valid"_s);
    const QStringList validities = {
        u"valid"_s, u"invalid"_s, u"maintenance"_s, u"calibration"_s, u"shutdown"_s};
    if (!validities.contains(row.validity)) {
        table.issue(u"validity"_s,
            u"must be %1, not %2"_s.arg(FieldFormats::oneOf(validities), quoted(row.validity)));
        ok = false;
    }
    row.o2 = bounded(table, u"o2_pct"_s, domain::MeasuredRange::o2Pct(), ok);
    row.flow = bounded(table, u"flow_m3h"_s, domain::MeasuredRange::flowM3h(), ok);
    if (const QString text = table.value(u"valid_count"_s); !text.isEmpty()) {
        const int max = row.record == u"cems_hour" ? 60 : row.record == u"cems_day" ? 24 : -1;
        row.validCount = FieldFormats::integer(text);
        if (max < 0) {
            table.issue(u"valid_count"_s, u"is used by `cems_hour` and `cems_day` rows only"_s);
            ok = false;
        } else if (!row.validCount || *row.validCount < 0 || *row.validCount > max) {
            table.issue(u"valid_count"_s,
                u"%1 is not a whole number 0–%2 (valid %3)"_s.arg(quoted(text),
                    QString::number(max),
                    max == 60 ? u"minutes in the hour"_s : u"hours in the day"_s));
            ok = false;
        }
    }
}

// Inserts the row, replaces the stored one of the same key, or counts it unchanged.
void ReportImporter::writeMeasurement(const Measurement &row, ImportReport &report)
{
    auto find = m_db.cached(
        u"SELECT id, value IS ?5 AND unit IS ?6 AND qualifier IS ?7 AND validity IS ?8"
        u" AND no_data IS ?9 AND o2_pct IS ?10 AND flow_m3h IS ?11 AND valid_count IS ?12"
        u" FROM reported_value WHERE outlet_id = ?1 AND pollutant = ?2 AND kind = ?3"
        u" AND period = ?4"_s);
    const auto bindValues = [&](store::Statement &stmt) -> store::Statement & {
        return stmt.bind(1, row.outletId)
            .bind(2, row.pollutant->code)
            .bind(3, row.record)
            .bind(4, row.period.canonical)
            .bind(5, row.value)
            .bind(6, row.unitSymbol)
            .bind(7, row.qualifier)
            .bind(8, row.validity)
            .bind(9, row.noData.isEmpty() ? QString() : row.noData)
            .bind(10, row.o2)
            .bind(11, row.flow)
            .bind(12, row.validCount ? std::optional<std::int64_t>(*row.validCount) : std::nullopt);
    };
    bindValues(find);
    const bool exists = find.step();
    const bool same = exists && find.integer(1) != 0;
    const QString id = exists ? find.text(0) : QString();
    find.reset();
    auto &counts = report.table(u"reported_value"_s);
    if (same) {
        ++counts.unchanged;
        return;
    }
    // Two plain statements rather than one upsert: SQLite built an ephemeral table for
    // every execution of the upsert, which made the import several times slower.
    auto write = exists
        ? m_db.cached(u"UPDATE reported_value SET outlet_id = ?1, pollutant = ?2, kind = ?3,"
                      u" period = ?4, value = ?5, unit = ?6, qualifier = ?7, validity = ?8,"
                      u" no_data = ?9, o2_pct = ?10, flow_m3h = ?11, valid_count = ?12"
                      u" WHERE id = ?13"_s)
        : m_db.cached(u"INSERT INTO reported_value (outlet_id, pollutant, kind, period, value,"
                      u" unit, qualifier, validity, no_data, o2_pct, flow_m3h, valid_count, id)"
                      u" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"_s);
    bindValues(write).bind(13, exists ? id : m_ids.next()).exec();
    ++(exists ? counts.updated : counts.inserted);
}

} // namespace outfall::importer
