#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace outfall::report {

// Everything the PDF report of a case package shows (docs/cases.md 5), gathered by the
// server from its store: plain values, so the drawing needs no database.
struct CaseReportData
{
    QString language = QStringLiteral("en"); // en or zh
    QString caseLabel;
    QString caseId;
    QString title;
    std::int64_t exportedAtMs = 0;
    QString serverKeyHex;
    QString treeHeadText; // "size N, root …"

    struct Party
    {
        QString name;
        QString uscc;
        QString address;
        QString legalRep;
        QString permitNumber;
        QString permitValidity; // "2024-01-01 – 2029-12-31"
        QString authority;
    } enterprise;

    // A permit term the case concerns: an outlet's limit on a pollutant.
    struct Term
    {
        QString outlet;
        QString pollutant;
        QString limit; // "≤ 35 mg/m³ (hourly) at 6 % O2"
        QString standard;
    };
    QList<Term> terms;

    struct Measurement
    {
        QString outlet;
        QString pollutant;
        double value = 0;
        QString unit;
        std::optional<double> o2Pct;
        std::optional<double> referenceO2Pct;
        std::optional<double> corrected; // at the reference O2
        std::optional<double> limit;
        bool exceeds = false;
        std::int64_t recordedAtMs = 0;
    };
    QList<Measurement> measurements;

    struct Photo
    {
        QString fileName; // in the package
        QString filePath; // on disk, for the thumbnail
        QString sha256;
        std::int64_t takenAtMs = 0;
        std::optional<double> lat;
        std::optional<double> lon;
        QString caption;
    };
    QList<Photo> photos;

    struct MapPoint
    {
        enum class Kind { Outlet, Measurement, Photo, Arrival } kind = Kind::Outlet;
        QString label;
        double lat = 0;
        double lon = 0;
    };
    QList<MapPoint> mapPoints;

    struct Signature
    {
        QString role; // inspector or representative
        QString name;
        QString certificateNo;
        bool refused = false;
        QByteArray strokes; // the signature row's encoding (docs/formats.md)
        std::int64_t signedAtMs = 0;
        QString witness; // who saw a refusal
    };
    QList<Signature> signatures;

    struct Member
    {
        QString name;
        QString code;
        QString certificateNo;
        bool lead = false;
    };
    QList<Member> team;

    // One record's way from capture to this package.
    struct Custody
    {
        QString what; // "measurement 3f2a…"
        std::int64_t capturedAtMs = 0;
        std::int64_t signedAtMs = 0;
        QString deviceKey; // hex prefix
        std::int64_t receivedAtMs = 0;
        QString transportKey; // the device's CurveZMQ key (Z85 prefix)
        std::int64_t loggedAtMs = 0;
        std::uint64_t leafIndex = 0;
    };
    QList<Custody> custody;

    struct FlagEntry
    {
        QString ruleId;
        QString message;
        QStringList inputs;
        QStringList steps;
        QString status;
    };
    QList<FlagEntry> flags;
};

} // namespace outfall::report
