#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace outfall::rules {

// Everything the rules read about one permit, as plain values (DESIGN.md "Discrepancy
// rules"): rules never run SQL. The server's store and the device's store each fill one
// (their loaders are the only code that knows the tables); tests build them by hand.
// Ids are the store's UUID text; instants are ms since the Unix epoch, UTC; dates and
// periods are text exactly as stored (schema 0001/0002), parsed by the rules themselves
// (rules/reportperiod.h) in China Standard Time.

struct SnapshotLimit
{
    QString id;
    QString pollutant;
    std::optional<double> min;
    std::optional<double> max;
    QString unit;
    std::optional<double> referenceO2Pct;
    QString basis; // instant, hourly, daily, monthly, daily_max, annual
    std::optional<double> annualT;
};

struct SnapshotMonitoring
{
    QString pollutant;
    QString mode; // automatic / manual
    QString frequency; // continuous, daily, weekly, monthly, quarterly, semiannual, annual
};

struct SnapshotOutlet
{
    QString id;
    QString code;
    QString name;
    QString medium; // air / water
    QString category; // main / general
    double lat = 0;
    double lon = 0;
    bool removed = false; // dropped by a later revision: no limits apply any more
    QList<SnapshotLimit> limits;
    QList<SnapshotMonitoring> monitoring;
};

struct SnapshotSchedule
{
    QString kind; // annual / semiannual / quarterly / monthly
    int dueDay = 15;
    int dueMonthOffset = 1;
};

struct SnapshotReportedValue
{
    QString id;
    QString outletId;
    QString pollutant;
    QString kind; // sample, cems_hour, cems_day, month_amount
    QString period;
    std::optional<double> value; // none with a no-data code
    QString unit;
    QString qualifier; // = < > E
    QString validity; // valid, invalid, maintenance, calibration, shutdown
    QString noData;
    std::optional<double> o2Pct;
    std::optional<double> flowM3h;
    std::optional<int> validCount;
};

struct SnapshotExecutionReport
{
    QString id;
    QString kind;
    QString period; // '2026', '2026-H1', '2026-Q3', '2026-07'
    QDate filedOn;
};

struct SnapshotMeasurement
{
    QString id;
    QString inspectionId;
    QString outletId; // may be empty
    QString pollutant;
    double value = 0;
    QString unit;
    std::optional<double> o2Pct;
    std::int64_t recordedAtMs = 0;
    // Where it was taken, when the device recorded a position with it.
    std::optional<double> lat;
    std::optional<double> lon;
    std::optional<double> accuracyM;
    std::optional<std::int64_t> positionAtMs; // the fix's own time
};

struct SnapshotFix
{
    QString id;
    QString inspectionId;
    QString outletId; // outlet_check fixes name their outlet
    QString purpose; // arrival, outlet_check, undeclared_outlet, photo
    double lat = 0;
    double lon = 0;
    double accuracyM = 0;
    int samples = 1;
    std::int64_t recordedAtMs = 0;
};

struct SnapshotObservedOutlet
{
    QString id;
    QString inspectionId;
    QString fixId;
    QString medium;
    QString description;
    std::int64_t recordedAtMs = 0;
};

struct SnapshotPhoto
{
    QString id;
    QString inspectionId;
    std::optional<double> lat;
    std::optional<double> lon;
    std::int64_t takenAtMs = 0;
    bool imported = false;
};

struct SnapshotAnswer
{
    QString id;
    QString inspectionId;
    QString itemId;
    QString itemCode;
    QString itemTextZh;
    QString itemTextEn;
    QString severity; // minor, major, critical
    QString answer; // compliant, non_compliant, not_applicable (the latest, corrections applied)
    QString note;
    std::int64_t recordedAtMs = 0;
};

struct SnapshotInspection
{
    QString id;
    QString status; // in_progress, submitted, reviewed
    std::int64_t startedAtMs = 0;
    std::optional<std::int64_t> submittedAtMs;
    QString productionLoad; // running / partial / stopped, as recorded on site
};

// NPDES (US EPA ECHO) discharge monitoring report values with their limits, one row per
// DMR value. Filled by the ECHO import's loader; empty for Chinese permits.
struct SnapshotDmrValue
{
    QString id;
    QString echoDmrValueId; // ECHO's DMR_VALUE_ID, to find the value in ECHO
    QString outfall; // perm_feature_nmbr, "001"
    QString parameterCode; // "00530"
    QString parameterDesc;
    QString monitoringLocation; // "1" effluent gross...
    QString valueType; // C1-C3 concentration, Q1-Q2 quantity
    QString statisticalBase; // statistical_base_code
    QString statisticalBaseType; // MIN / AVG / MAX (statistical_base_type_code)
    QString limitType; // ENF enforceable, ALR alert
    QString limitQualifier; // <= or < for a maximum, >= or > for a minimum; "" without a limit
    std::optional<double> limitValue;
    QString limitUnit;
    QString standardUnit; // the unit of limitStandardUnits and valueStandardUnits
    std::optional<double> stayValue;
    std::optional<double> value;
    QString valueQualifier; // < <= > >= = E T
    QString valueUnit;
    std::optional<double> limitStandardUnits;
    std::optional<double> valueStandardUnits;
    QString nodiCode;
    QDate periodEnd; // monitoring_period_end_date
    // ECHO's own figures, kept to compare with ours (R3 must agree).
    std::optional<double> echoExceedancePct;
    QString echoViolationCode; // "E90", "D80,D90" (sorted, comma separated), "" for none
};

// A treatment facility the permit or application declares (0022).
struct SnapshotFacility
{
    QString id;
    QString code; // T001
    QString name;
    QString treats;
    QString outletCode; // "" when not declared
    bool expectedRunning = true;
};

// One declaration checked on site before issuance (declaration_check, 0022), corrections
// applied: a superseded check is not in the snapshot.
struct SnapshotDeclarationCheck
{
    QString id;
    QString inspectionId;
    QString kind; // outlet, facility, capacity, zone
    QString subjectId; // the declared outlet or facility
    std::optional<bool> found;
    std::optional<bool> running;
    std::optional<double> lat; // where a declared outlet was found
    std::optional<double> lon;
    std::optional<double> accuracyM;
    std::optional<double> observedValue; // capacity seen
    QString observedUnit;
    std::optional<bool> outsideZones;
    QString note;
    std::int64_t recordedAtMs = 0;
};

struct PermitSnapshot
{
    QString permitId;
    QString permitNumber;
    QString jurisdiction = QStringLiteral("cn"); // cn: HJ 608 permit; us_npdes: ECHO
    QString enterpriseName;
    std::optional<double> siteLat;
    std::optional<double> siteLon;
    QDate validFrom;
    QDate validTo;
    int revision = 1;
    bool renewalApplied = false; // a newer revision (or application) is on record
    // The day the enterprise applied for renewal (permit.renewal_applied_on); invalid when
    // none is on record. An application dated after the evaluation date is not one yet.
    QDate renewalAppliedOn;
    QList<SnapshotOutlet> outlets;
    QList<SnapshotSchedule> schedule;
    QList<SnapshotReportedValue> reported;
    QList<SnapshotExecutionReport> executionReports;
    QList<SnapshotInspection> inspections;
    QList<SnapshotMeasurement> measurements;
    QList<SnapshotFix> fixes;
    QList<SnapshotObservedOutlet> observedOutlets;
    QList<SnapshotPhoto> photos;
    QList<SnapshotAnswer> answers;
    QList<SnapshotDmrValue> dmrValues;
    // Before issuance (0022): "application" for an application not yet issued, which only
    // the rules of Rule::beforeIssuance judge; its declared capacity, treatment facilities
    // and the checks of its pre-issuance inspections.
    QString status = QStringLiteral("issued");
    std::optional<double> capacityValue;
    QString capacityUnit;
    QList<SnapshotFacility> facilities;
    QList<SnapshotDeclarationCheck> declarationChecks;

    bool isApplication() const { return status == u"application"; }

    const SnapshotOutlet *outlet(const QString &id) const;
};

} // namespace outfall::rules
