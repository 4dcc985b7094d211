#include "store/npdessnapshotloader.h"

#include "store/database.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace outfall::store::NpdesSnapshotLoader {

QStringList permitIds(Database &db)
{
    QStringList ids;
    auto stmt = db.prepare(u"SELECT id FROM npdes_permit ORDER BY npdes_id"_s);
    while (stmt.step())
        ids << stmt.text(0);
    return ids;
}

std::optional<rules::PermitSnapshot> load(Database &db, const QString &permitId)
{
    auto permit = db.prepare(u"SELECT npdes_id FROM npdes_permit WHERE id = ?"_s);
    permit.bind(1, permitId);
    if (!permit.step())
        return std::nullopt;
    rules::PermitSnapshot snapshot;
    snapshot.permitId = permitId;
    snapshot.permitNumber = permit.text(0);
    snapshot.jurisdiction = u"us_npdes"_s;

    auto rows = db.prepare(
        u"SELECT id, echo_dmr_value_id, outfall, parameter_code, parameter_desc,"
        u" monitoring_location, value_type, statistical_base, statistical_base_type, limit_type,"
        u" limit_qualifier, limit_value, limit_unit, standard_unit, stay_value, dmr_value,"
        u" dmr_qualifier, dmr_unit, limit_standard_units, dmr_standard_units, nodi_code,"
        u" period_end, echo_exceedance_pct, echo_violation_codes FROM npdes_dmr_value"
        u" WHERE permit_id = ? ORDER BY outfall, parameter_code, period_end, echo_dmr_value_id"_s);
    rows.bind(1, permitId);
    while (rows.step()) {
        rules::SnapshotDmrValue v;
        int i = 0;
        v.id = rows.text(i++);
        v.echoDmrValueId = rows.text(i++);
        v.outfall = rows.text(i++);
        v.parameterCode = rows.text(i++);
        v.parameterDesc = rows.text(i++);
        v.monitoringLocation = rows.text(i++);
        v.valueType = rows.text(i++);
        v.statisticalBase = rows.text(i++);
        v.statisticalBaseType = rows.text(i++);
        v.limitType = rows.text(i++);
        v.limitQualifier = rows.text(i++);
        v.limitValue = rows.optionalReal(i++);
        v.limitUnit = rows.text(i++);
        v.standardUnit = rows.text(i++);
        v.stayValue = rows.optionalReal(i++);
        v.value = rows.optionalReal(i++);
        v.valueQualifier = rows.text(i++);
        v.valueUnit = rows.text(i++);
        v.limitStandardUnits = rows.optionalReal(i++);
        v.valueStandardUnits = rows.optionalReal(i++);
        v.nodiCode = rows.text(i++);
        v.periodEnd = QDate::fromString(rows.text(i++), Qt::ISODate);
        v.echoExceedancePct = rows.optionalReal(i++);
        v.echoViolationCode = rows.text(i++);
        snapshot.dmrValues.append(std::move(v));
    }
    return snapshot;
}

} // namespace outfall::store::NpdesSnapshotLoader
