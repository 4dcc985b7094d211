#include "importer/echodmrreader.h"

#include "domain/textrules.h"
#include "importer/fieldformats.h"
#include "importer/importreport.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace outfall::importer {

namespace {

using domain::TextRules::quoted;

const QRegularExpression &pattern(const char *text)
{
    // A handful of fixed patterns, compiled once each.
    static thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(text);
    if (it == cache.end())
        it = cache.insert(text,
            QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(text))));
    return *it;
}

} // namespace

EchoDmrReader::EchoDmrReader(QIODevice *device, ImportReport &report)
    : m_filter(*device)
    , m_report(report)
{
    m_filter.open(QIODevice::ReadOnly);
}

EchoDmrReader::~EchoDmrReader() = default;

bool EchoDmrReader::readHeader()
{
    m_format = EchoColumns::detect(m_filter.peek(8));
    m_table = std::make_unique<CsvTable>(
        &m_filter, m_report, EchoColumns::known(m_format), EchoColumns::required(m_format));
    return m_table->readHeader();
}

bool EchoDmrReader::next(EchoDmrRow &row)
{
    while (m_table && m_table->next()) {
        if (parse(row))
            return true;
    }
    return false;
}

QString EchoDmrReader::value(const QString &field) const
{
    return m_table->value(EchoColumns::name(m_format, field));
}

void EchoDmrReader::issue(const QString &field, const QString &message)
{
    m_table->issue(EchoColumns::name(m_format, field), message);
}

QString EchoDmrReader::code(const QString &field, const char *regex, const QString &what, bool &ok)
{
    const QString text = value(field);
    if (!pattern(regex).match(text).hasMatch()) {
        issue(field,
            text.isEmpty() ? u"is required (%1)"_s.arg(what)
                           : u"%1 is not %2"_s.arg(quoted(text), what));
        ok = false;
    }
    return text;
}

QString EchoDmrReader::oneOf(const QString &field, const QStringList &allowed, bool &ok)
{
    const QString text = value(field);
    if (!allowed.contains(text)) {
        QStringList shown = allowed;
        shown.replaceInStrings(QRegularExpression(u"^$"_s), u"(empty)"_s);
        issue(field, u"must be %1, not %2"_s.arg(FieldFormats::oneOf(shown), quoted(text)));
        ok = false;
    }
    return text;
}

std::optional<double> EchoDmrReader::number(const QString &field, bool &ok)
{
    const QString text = value(field);
    if (text.isEmpty())
        return std::nullopt;
    const auto parsed = FieldFormats::decimal(text);
    // ECHO's figures are plain decimals; anything past 1e15 is a broken file, not a value.
    if (!parsed || std::abs(*parsed) > 1e15) {
        issue(field, u"%1 is not a number"_s.arg(quoted(text)));
        ok = false;
        return std::nullopt;
    }
    return parsed;
}

QString EchoDmrReader::date(const QString &field, bool required, bool &ok)
{
    const QString text = value(field);
    if (text.isEmpty() && !required)
        return {};
    // ECHO writes MM/DD/YYYY.
    const QDate parsed = pattern("[0-9]{2}/[0-9]{2}/[0-9]{4}").match(text).hasMatch()
        ? QDate::fromString(text, u"MM/dd/yyyy"_s)
        : QDate();
    if (!parsed.isValid()) {
        issue(field,
            text.isEmpty() ? u"is required (a date MM/DD/YYYY)"_s
                           : u"%1 is not a date MM/DD/YYYY"_s.arg(quoted(text)));
        ok = false;
        return {};
    }
    return parsed.toString(Qt::ISODate);
}

bool EchoDmrReader::parse(EchoDmrRow &row)
{
    bool ok = true;
    row.permit = code(u"npdes_id"_s, "[A-Z]{2}[A-Z0-9]{7}",
        u"an NPDES permit id (2 letters of the state, 7 letters or digits)"_s, ok);
    row.dmrValueId = code(u"dmr_value_id"_s, "[0-9]{1,19}", u"ECHO's DMR value id (digits)"_s, ok);
    row.outfall = code(u"perm_feature_nmbr"_s, "[A-Z0-9]{1,6}", u"an outfall number"_s, ok);
    row.parameterCode =
        code(u"parameter_code"_s, "[A-Z0-9]{5}", u"a parameter code (5 letters or digits)"_s, ok);
    row.parameterDesc = value(u"parameter_desc"_s);
    if (row.parameterDesc.trimmed().isEmpty()) {
        issue(u"parameter_desc"_s, u"is required"_s);
        ok = false;
    }
    row.monitoringLocation =
        code(u"monitoring_location_code"_s, "[A-Z0-9]{1,2}", u"a monitoring location code"_s, ok);
    row.valueType = code(u"value_type_code"_s, "[A-Z][0-9]", u"a value type (C1, Q2...)"_s, ok);
    row.statisticalBase =
        code(u"statistical_base_code"_s, "[A-Z0-9]{2}", u"a statistical base code"_s, ok);
    row.statisticalBaseType =
        oneOf(u"statistical_base_type_code"_s, {u"MIN"_s, u"AVG"_s, u"MAX"_s, u"TTL"_s}, ok);
    row.limitType = oneOf(u"limit_type_code"_s, {u"ENF"_s, u"ALR"_s}, ok);
    row.limitQualifier =
        oneOf(u"limit_value_qualifier_code"_s, {QString(), u"<="_s, u"<"_s, u">="_s, u">"_s}, ok);
    row.limitValue = number(u"limit_value_nmbr"_s, ok);
    row.limitUnit = value(u"limit_unit_desc"_s);
    row.limitUnitCode = value(u"limit_unit_code"_s);
    row.limitStandardUnits = number(u"limit_value_standard_units"_s, ok);
    row.standardUnit = value(u"standard_unit_desc"_s);
    row.stayValue = number(u"stay_value_nmbr"_s, ok);
    row.dmrValue = number(u"dmr_value_nmbr"_s, ok);
    row.dmrQualifier = oneOf(u"dmr_value_qualifier_code"_s,
        {QString(), u"="_s, u"<"_s, u"<="_s, u">"_s, u">="_s, u"E"_s, u"T"_s}, ok);
    row.dmrUnit = value(u"dmr_unit_desc"_s);
    row.dmrUnitCode = value(u"dmr_unit_code"_s);
    row.dmrStandardUnits = number(u"dmr_value_standard_units"_s, ok);
    row.nodiCode = value(u"nodi_code"_s);
    if (!row.nodiCode.isEmpty()) {
        if (!pattern("[A-Z0-9]{1,2}").match(row.nodiCode).hasMatch()) {
            issue(u"nodi_code"_s, u"%1 is not a NODI code"_s.arg(quoted(row.nodiCode)));
            ok = false;
        } else if (row.dmrValue) {
            // A no-data indicator says there is no value: both is a contradiction.
            issue(u"nodi_code"_s,
                u"%1 given with the value %2: a NODI code means no value"_s.arg(
                    quoted(row.nodiCode), value(u"dmr_value_nmbr"_s)));
            ok = false;
        }
    }
    if (row.limitValue && row.limitQualifier.isEmpty()) {
        issue(u"limit_value_qualifier_code"_s,
            u"is required with a limit value (<= for a maximum, >= for a minimum)"_s);
        ok = false;
    }
    row.periodEnd = date(u"monitoring_period_end_date"_s, true, ok);
    row.receivedOn = date(u"value_received_date"_s, false, ok);
    row.exceedancePct = number(u"exceedence_pct"_s, ok);
    if (row.exceedancePct && *row.exceedancePct < 0) {
        issue(u"exceedence_pct"_s, u"is negative"_s);
        ok = false;
    }
    row.violationCode = value(u"violation_code"_s);
    if (!row.violationCode.isEmpty()
        && !pattern("[A-Z][0-9A-Z]{2}").match(row.violationCode).hasMatch()) {
        issue(u"violation_code"_s,
            u"%1 is not a violation code (E90, D80...)"_s.arg(quoted(row.violationCode)));
        ok = false;
    }
    return ok;
}

} // namespace outfall::importer
