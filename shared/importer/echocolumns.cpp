#include "importer/echocolumns.h"

#include "domain/textrules.h"

using namespace Qt::StringLiterals;

namespace outfall::importer::EchoColumns {

namespace {

namespace TextRules = domain::TextRules;

// ECHO's effluent-chart columns in its order; the last four are in the newer (65) layout only.
const QStringList kEffluentChart = {u"activity_id"_s, u"npdes_id"_s, u"version_nmbr"_s,
    u"perm_feature_id"_s, u"perm_feature_nmbr"_s, u"perm_feature_type_code"_s,
    u"perm_feature_type_desc"_s, u"limit_set_id"_s, u"limit_set_schedule_id"_s, u"limit_id"_s,
    u"limit_season_id"_s, u"limit_type_code"_s, u"limit_begin_date"_s, u"limit_end_date"_s,
    u"nmbr_of_submission"_s, u"parameter_code"_s, u"parameter_desc"_s,
    u"monitoring_location_code"_s, u"monitoring_location_desc"_s, u"stay_type_code"_s,
    u"stay_type_desc"_s, u"limit_value_id"_s, u"limit_value_type_code"_s,
    u"limit_value_type_desc"_s, u"limit_value_nmbr"_s, u"limit_unit_code"_s, u"limit_unit_desc"_s,
    u"standard_unit_code"_s, u"standard_unit_desc"_s, u"limit_value_standard_units"_s,
    u"statistical_base_code"_s, u"statistical_base_short_desc"_s, u"statistical_base_type_code"_s,
    u"statistical_base_type_desc"_s, u"limit_value_qualifier_code"_s, u"stay_value_nmbr"_s,
    u"dmr_event_id"_s, u"monitoring_period_end_date"_s, u"dmr_form_value_id"_s,
    u"value_type_code"_s, u"value_type_desc"_s, u"dmr_value_id"_s, u"dmr_value_nmbr"_s,
    u"dmr_unit_code"_s, u"dmr_unit_desc"_s, u"dmr_value_standard_units"_s,
    u"dmr_value_qualifier_code"_s, u"value_received_date"_s, u"days_late"_s, u"nodi_code"_s,
    u"nodi_desc"_s, u"exceedence_pct"_s, u"npdes_violation_id"_s, u"violation_code"_s,
    u"violation_desc"_s, u"rnc_detection_code"_s, u"rnc_detection_desc"_s, u"rnc_detection_date"_s,
    u"rnc_resolution_code"_s, u"rnc_resolution_desc"_s, u"rnc_resolution_date"_s,
    u"violation_severity"_s, u"dmr_due_date"_s, u"dmr_limit_type_code_desc"_s,
    u"dmr_limit_type_desc"_s};

// The bulk DMR file's 57 columns in ECHO's order.
const QStringList kBulkDmr = {u"ACTIVITY_ID"_s, u"EXTERNAL_PERMIT_NMBR"_s, u"VERSION_NMBR"_s,
    u"PERM_FEATURE_ID"_s, u"PERM_FEATURE_NMBR"_s, u"PERM_FEATURE_TYPE_CODE"_s, u"LIMIT_SET_ID"_s,
    u"LIMIT_SET_DESIGNATOR"_s, u"LIMIT_SET_SCHEDULE_ID"_s, u"LIMIT_ID"_s, u"LIMIT_BEGIN_DATE"_s,
    u"LIMIT_END_DATE"_s, u"NMBR_OF_SUBMISSION"_s, u"NMBR_OF_REPORT"_s, u"PARAMETER_CODE"_s,
    u"PARAMETER_DESC"_s, u"MONITORING_LOCATION_CODE"_s, u"STAY_TYPE_CODE"_s, u"LIMIT_VALUE_ID"_s,
    u"LIMIT_VALUE_TYPE_CODE"_s, u"LIMIT_VALUE_NMBR"_s, u"LIMIT_UNIT_CODE"_s, u"LIMIT_UNIT_DESC"_s,
    u"STANDARD_UNIT_CODE"_s, u"STANDARD_UNIT_DESC"_s, u"LIMIT_VALUE_STANDARD_UNITS"_s,
    u"STATISTICAL_BASE_CODE"_s, u"STATISTICAL_BASE_TYPE_CODE"_s, u"LIMIT_VALUE_QUALIFIER_CODE"_s,
    u"OPTIONAL_MONITORING_FLAG"_s, u"LIMIT_SAMPLE_TYPE_CODE"_s, u"LIMIT_FREQ_OF_ANALYSIS_CODE"_s,
    u"STAY_VALUE_NMBR"_s, u"LIMIT_TYPE_CODE"_s, u"DMR_EVENT_ID"_s, u"MONITORING_PERIOD_END_DATE"_s,
    u"DMR_SAMPLE_TYPE_CODE"_s, u"DMR_FREQ_OF_ANALYSIS_CODE"_s, u"REPORTED_EXCURSION_NMBR"_s,
    u"DMR_FORM_VALUE_ID"_s, u"VALUE_TYPE_CODE"_s, u"DMR_VALUE_ID"_s, u"DMR_VALUE_NMBR"_s,
    u"DMR_UNIT_CODE"_s, u"DMR_UNIT_DESC"_s, u"DMR_VALUE_STANDARD_UNITS"_s,
    u"DMR_VALUE_QUALIFIER_CODE"_s, u"VALUE_RECEIVED_DATE"_s, u"DAYS_LATE"_s, u"NODI_CODE"_s,
    u"EXCEEDENCE_PCT"_s, u"NPDES_VIOLATION_ID"_s, u"VIOLATION_CODE"_s, u"RNC_DETECTION_CODE"_s,
    u"RNC_DETECTION_DATE"_s, u"RNC_RESOLUTION_CODE"_s, u"RNC_RESOLUTION_DATE"_s};

// The fields Outfall stores, by their effluent-chart names.
const QStringList kStored = {u"npdes_id"_s, u"dmr_value_id"_s, u"perm_feature_nmbr"_s,
    u"parameter_code"_s, u"parameter_desc"_s, u"monitoring_location_code"_s, u"value_type_code"_s,
    u"statistical_base_code"_s, u"statistical_base_type_code"_s, u"limit_type_code"_s,
    u"limit_value_qualifier_code"_s, u"limit_value_nmbr"_s, u"limit_unit_code"_s,
    u"limit_unit_desc"_s, u"limit_value_standard_units"_s, u"standard_unit_desc"_s,
    u"stay_value_nmbr"_s, u"dmr_value_nmbr"_s, u"dmr_value_qualifier_code"_s, u"dmr_unit_code"_s,
    u"dmr_unit_desc"_s, u"dmr_value_standard_units"_s, u"nodi_code"_s,
    u"monitoring_period_end_date"_s, u"value_received_date"_s, u"exceedence_pct"_s,
    u"violation_code"_s};

// Descriptions are free text (ECHO's longest parameter_desc is 99 characters); every other
// column is a code, a number or a date.
bool isDescription(const QString &name)
{
    const QString lower = name.toLower();
    return lower.endsWith(u"_desc") || lower == u"violation_severity";
}

} // namespace

Format detect(const QByteArray &headStart)
{
    QByteArray head = headStart;
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    if (head.startsWith('"'))
        head.remove(0, 1);
    return !head.isEmpty() && head[0] >= 'A' && head[0] <= 'Z' ? Format::BulkDmr
                                                               : Format::EffluentChart;
}

QString formatName(Format format)
{
    return format == Format::BulkDmr ? u"bulk DMR file"_s : u"effluent chart"_s;
}

QList<CsvTable::Column> known(Format format)
{
    QList<CsvTable::Column> columns;
    for (const QString &column : format == Format::BulkDmr ? kBulkDmr : kEffluentChart)
        columns.append({column, isDescription(column) ? TextRules::kName : TextRules::kCode});
    return columns;
}

QStringList required(Format format)
{
    QStringList names;
    for (const QString &field : kStored)
        names << name(format, field);
    return names;
}

QString name(Format format, const QString &effluentChartName)
{
    if (format == Format::EffluentChart)
        return effluentChartName;
    return effluentChartName == u"npdes_id" ? u"EXTERNAL_PERMIT_NMBR"_s
                                            : effluentChartName.toUpper();
}

} // namespace outfall::importer::EchoColumns
