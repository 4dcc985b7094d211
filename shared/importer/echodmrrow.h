#pragma once

#include <QString>

#include <optional>

namespace outfall::importer {

// One row of an ECHO file (effluent chart or bulk DMR): a reported DMR value with the limit
// it is compared with, checked and in Outfall's forms (ISO dates; numbers as numbers; codes
// and units as ECHO writes them). docs/echo.md has the mapping from ECHO's columns.
struct EchoDmrRow
{
    QString permit; // npdes_id / EXTERNAL_PERMIT_NMBR: "TX0119407"
    QString dmrValueId; // ECHO's DMR_VALUE_ID: the natural key of the value
    QString outfall; // perm_feature_nmbr: "001"
    QString parameterCode; // "00530"
    QString parameterDesc;
    QString monitoringLocation; // "1" effluent gross
    QString valueType; // C1-C3, Q1-Q2
    QString statisticalBase; // "DB"
    QString statisticalBaseType; // MIN, AVG, MAX, TTL
    QString limitType; // ENF, ALR
    QString limitQualifier; // "", <=, <, >=, >
    std::optional<double> limitValue;
    QString limitUnit;
    QString limitUnitCode;
    std::optional<double> limitStandardUnits;
    QString standardUnit;
    std::optional<double> stayValue;
    std::optional<double> dmrValue;
    QString dmrQualifier; // "", =, <, <=, >, >=, E, T
    QString dmrUnit;
    QString dmrUnitCode;
    std::optional<double> dmrStandardUnits;
    QString nodiCode;
    QString periodEnd; // YYYY-MM-DD
    QString receivedOn; // YYYY-MM-DD, or empty
    std::optional<double> exceedancePct; // ECHO's exceedence_pct
    QString violationCode; // E90, D80, D90... or empty
};

} // namespace outfall::importer
