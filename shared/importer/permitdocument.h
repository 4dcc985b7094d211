#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace outfall::importer {

// One validated permit document of a permits file (docs/formats.md, "Permits"), as plain
// values ready to be written. Units are canonical symbols (mg/Nm3, not mg/Nm³).
struct PermitDocument
{
    struct Enterprise
    {
        QString uscc;
        QString name;
        QString nameEn;
        QString legalRep;
        QString address;
        QString industryCode;
        QString region;
        std::optional<double> lat;
        std::optional<double> lon;
    };

    struct Schedule
    {
        QString kind;
        int dueDay = 0;
        int dueMonthOffset = 1;
    };

    struct Limit
    {
        QString pollutant;
        std::optional<double> max;
        std::optional<double> min;
        QString unit;
        std::optional<double> referenceO2Pct;
        QString basis;
        std::optional<double> annualT;
        std::optional<double> rateLimitKgH;
        QString standard;
    };

    struct Monitoring
    {
        QString pollutant;
        QString mode;
        QString frequency;
        QString method;
    };

    struct Outlet
    {
        QString code;
        QString name;
        QString medium;
        QString category;
        double lat = 0;
        double lon = 0;
        std::optional<double> heightM;
        QString dischargeMethod;
        QString destination;
        QList<Limit> limits;
        QList<Monitoring> monitoring;
    };

    QString number;
    int revision = 0;
    Enterprise enterprise;
    QString issuedOn;
    QString validFrom;
    QString validTo;
    QString authority;
    QString industryCode;
    QString management;
    QString capacity;
    QList<Schedule> schedule;
    QList<Outlet> outlets;

    // The document as compact JSON with sorted keys, so that whitespace and key order do not
    // make two equal documents differ; and its SHA-256 in hex.
    QByteArray canonicalJson;
    QString contentHash;
};

} // namespace outfall::importer
