#include "importer/echoimporter.h"

#include "importer/echodmrreader.h"
#include "importer/importrun.h"
#include "store/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

// The columns that say what a DMR value is (everything but its violation codes), in the order
// their parameters are bound from ?3 on: one list for the comparison, the insert and the update.
const QStringList kContent = {u"outfall"_s, u"parameter_code"_s, u"parameter_desc"_s,
    u"monitoring_location"_s, u"value_type"_s, u"statistical_base"_s, u"statistical_base_type"_s,
    u"limit_type"_s, u"limit_qualifier"_s, u"limit_value"_s, u"limit_unit"_s, u"limit_unit_code"_s,
    u"limit_standard_units"_s, u"standard_unit"_s, u"stay_value"_s, u"dmr_value"_s,
    u"dmr_qualifier"_s, u"dmr_unit"_s, u"dmr_unit_code"_s, u"dmr_standard_units"_s, u"nodi_code"_s,
    u"period_end"_s, u"received_on"_s, u"echo_exceedance_pct"_s};
constexpr int kFirstContent = 3;

store::Statement &bindContent(store::Statement &stmt, const EchoDmrRow &row)
{
    int i = kFirstContent;
    const auto text = [&](const QString &value) {
        stmt.bind(i++, value.isNull() ? u""_s : value);
    };
    const auto real = [&](const std::optional<double> &value) {
        stmt.bind(i++, value);
    };
    text(row.outfall);
    text(row.parameterCode);
    text(row.parameterDesc);
    text(row.monitoringLocation);
    text(row.valueType);
    text(row.statisticalBase);
    text(row.statisticalBaseType);
    text(row.limitType);
    text(row.limitQualifier);
    real(row.limitValue);
    text(row.limitUnit);
    text(row.limitUnitCode);
    real(row.limitStandardUnits);
    text(row.standardUnit);
    real(row.stayValue);
    real(row.dmrValue);
    text(row.dmrQualifier);
    text(row.dmrUnit);
    text(row.dmrUnitCode);
    real(row.dmrStandardUnits);
    text(row.nodiCode);
    text(row.periodEnd);
    stmt.bind(i++, row.receivedOn.isEmpty() ? QString() : row.receivedOn);
    real(row.exceedancePct);
    return stmt;
}

QString sameContentSql()
{
    QStringList terms;
    for (qsizetype i = 0; i < kContent.size(); ++i)
        terms << u"%1 IS ?%2"_s.arg(kContent[i]).arg(i + kFirstContent);
    return terms.join(u" AND "_s);
}

// What one state of a DMR value is: every stored field but the violation codes, hashed.
QByteArray stateKey(const EchoDmrRow &row)
{
    const auto number = [](const std::optional<double> &value) {
        return value ? QString::number(*value, 'g', 17) : u"-"_s;
    };
    const QStringList fields = {row.dmrValueId, row.permit, row.outfall, row.parameterCode,
        row.parameterDesc, row.monitoringLocation, row.valueType, row.statisticalBase,
        row.statisticalBaseType, row.limitType, row.limitQualifier, number(row.limitValue),
        row.limitUnit, row.limitUnitCode, number(row.limitStandardUnits), row.standardUnit,
        number(row.stayValue), number(row.dmrValue), row.dmrQualifier, row.dmrUnit, row.dmrUnitCode,
        number(row.dmrStandardUnits), row.nodiCode, row.periodEnd, row.receivedOn,
        number(row.exceedancePct)};
    return QCryptographicHash::hash(fields.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256);
}

// Violation codes as stored: a sorted set, comma separated.
QString codesUnion(const QString &stored, const QString &code)
{
    QStringList codes = stored.split(u',', Qt::SkipEmptyParts);
    if (!code.isEmpty() && !codes.contains(code))
        codes << code;
    codes.sort();
    const QString joined = codes.join(u',');
    return joined.isNull() ? u""_s : joined; // "" for none: a null QString would bind NULL
}

} // namespace

EchoImporter::EchoImporter(store::Database &db)
    : m_db(db)
    , m_seen(KeySet::directoryBeside(db))
    , m_seenStates(KeySet::directoryBeside(db))
{ }

ImportReport EchoImporter::importFile(const QString &path, const ImportRun::ProgressSink &progress)
{
    m_seen.clear();
    m_seenStates.clear();
    m_permits.clear();
    return ImportRun::execute(
        m_db, u"echo"_s, path,
        [this](QIODevice &file, ImportReport &report) {
            EchoDmrReader reader(&file, report);
            if (!reader.readHeader())
                return;
            EchoDmrRow row;
            while (reader.next(row)) {
                store(row, reader.line(), report,
                    [&reader](const QString &field, const QString &message) {
                        reader.issue(field, message);
                    });
                ImportRun::betweenRecords();
            }
        },
        progress);
}

QString EchoImporter::permitId(const QString &npdesId, ImportReport &report)
{
    if (const auto it = m_permits.constFind(npdesId); it != m_permits.constEnd())
        return *it;
    auto find = m_db.cached(u"SELECT id FROM npdes_permit WHERE npdes_id = ?"_s);
    find.bind(1, npdesId);
    QString id = find.step() ? find.text(0) : QString();
    find.reset();
    auto &counts = report.table(u"npdes_permit"_s);
    if (id.isEmpty()) {
        id = m_ids.next();
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        m_db.cached(u"INSERT INTO npdes_permit (id, npdes_id, created_at, updated_at)"
                    u" VALUES (?, ?, ?, ?)"_s)
            .bind(1, id)
            .bind(2, npdesId)
            .bind(3, now)
            .bind(4, now)
            .exec();
        ++counts.inserted;
    } else {
        ++counts.unchanged;
    }
    m_permits.insert(npdesId, id);
    return id;
}

void EchoImporter::store(const EchoDmrRow &row, qint64 line, ImportReport &report,
    const std::function<void(const QString &, const QString &)> &issue)
{
    const QString permit = permitId(row.permit, report);
    // Within one file a value may repeat (one row per violation), always in one state.
    const auto firstLine = m_seen.insert(row.dmrValueId.toUtf8(), line);
    const auto firstLineOfState = m_seenStates.insert(stateKey(row), line);
    if (firstLine && !firstLineOfState) {
        issue(u"dmr_value_id"_s,
            u"the same DMR value (%1) as line %2 with other fields; a file holds one state of "
            u"a value"_s.arg(row.dmrValueId)
                .arg(*firstLine));
        return;
    }
    const bool repeated = firstLine.has_value(); // counted on its first line

    auto find = m_db.cached(u"SELECT id, permit_id, received_on, echo_violation_codes, "_s
        + sameContentSql() + u" FROM npdes_dmr_value WHERE echo_dmr_value_id = ?1"_s);
    find.bind(1, row.dmrValueId).bind(2, QString());
    bindContent(find, row);
    const bool exists = find.step();
    const QString id = exists ? find.text(0) : m_ids.next();
    const QString storedPermit = exists ? find.text(1) : QString();
    const QString storedReceived = exists ? find.text(2) : QString();
    const QString storedCodes = exists ? find.text(3) : QString();
    const bool sameContent = exists && find.integer(4) != 0;
    find.reset();

    if (exists && storedPermit != permit) {
        issue(u"dmr_value_id"_s,
            u"ECHO's DMR value %1 is stored for another permit than %2"_s.arg(
                row.dmrValueId, row.permit));
        return;
    }
    auto &counts = report.table(u"npdes_dmr_value"_s);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const int codesIndex = int(kContent.size()) + kFirstContent;
    if (!exists) {
        QStringList marks;
        for (qsizetype i = 0; i < kContent.size(); ++i)
            marks << u"?%1"_s.arg(i + kFirstContent);
        auto insert = m_db.cached(u"INSERT INTO npdes_dmr_value (echo_dmr_value_id, id, %1,"
                                  u" echo_violation_codes, updated_at, permit_id)"
                                  u" VALUES (?1, ?2, %2, ?%3, ?%4, ?%5)"_s
                                      .arg(kContent.join(u", "_s), marks.join(u", "_s))
                                      .arg(codesIndex)
                                      .arg(codesIndex + 1)
                                      .arg(codesIndex + 2));
        insert.bind(1, row.dmrValueId).bind(2, id);
        bindContent(insert, row)
            .bind(codesIndex, codesUnion({}, row.violationCode))
            .bind(codesIndex + 1, now)
            .bind(codesIndex + 2, permit)
            .exec();
        ++counts.inserted;
        return;
    }

    if (sameContent) {
        const QString codes = codesUnion(storedCodes, row.violationCode);
        if (codes == storedCodes) {
            if (!repeated)
                ++counts.unchanged;
            return;
        }
        // The same value with one more violation: only the codes change.
        m_db.cached(u"UPDATE npdes_dmr_value SET echo_violation_codes = ?, updated_at = ?"
                    u" WHERE id = ?"_s)
            .bind(1, codes)
            .bind(2, now)
            .bind(3, id)
            .exec();
        if (!repeated)
            ++counts.updated;
        return;
    }
    // Another state of the value than the stored one, from an earlier import: the later
    // received one stands (ISO dates compare as text; never received is older than any date).
    if (storedReceived > row.receivedOn) {
        if (!repeated)
            ++counts.unchanged;
        return;
    }
    QStringList sets;
    for (qsizetype i = 0; i < kContent.size(); ++i)
        sets << u"%1 = ?%2"_s.arg(kContent[i]).arg(i + kFirstContent);
    auto update = m_db.cached(u"UPDATE npdes_dmr_value SET %1, echo_violation_codes = ?%2,"
                              u" updated_at = ?%3 WHERE id = ?2"_s.arg(sets.join(u", "_s))
                                  .arg(codesIndex)
                                  .arg(codesIndex + 1));
    update.bind(1, row.dmrValueId).bind(2, id);
    bindContent(update, row)
        .bind(codesIndex, codesUnion({}, row.violationCode))
        .bind(codesIndex + 1, now)
        .exec();
    if (!repeated)
        ++counts.updated;
}

} // namespace outfall::importer
