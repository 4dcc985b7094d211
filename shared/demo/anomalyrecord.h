#pragma once

#include <QJsonObject>
#include <QString>

namespace outfall::demo {

enum class AnomalyKind {
    ConcentrationExceedance,
    AnnualTotalExceeded,
    MissingExecutionReport,
    LateExecutionReport,
    MissingSample,
    CemsFlatline,
    MovedOutlet,
    UndeclaredOutlet,
    ExpiredPermit,
    ShutdownWhileRunning,
};

// One planted anomaly as anomalies.json lists it: what the discrepancy rules (or an
// inspector on site) must find, with the numbers they should compare. `expected` holds
// what the data files say, `truth` what the demo's field truth is (positions, running
// state) that only an inspection can reveal.
struct AnomalyRecord
{
    QString id; // A001...
    AnomalyKind kind = AnomalyKind::ConcentrationExceedance;
    QString permit;
    QString enterprise;
    QString industryCode;
    QString outlet; // empty: not about one outlet
    QString pollutant;
    QString record; // the reports.csv record kind involved, if any
    QString period;
    QJsonObject expected;
    QJsonObject truth;
    QString note;

    QJsonObject toJson() const;
    static QString kindName(AnomalyKind kind);
    static bool needsReports(AnomalyKind kind);
};

} // namespace outfall::demo
