#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace outfall::server::publish {

// What the public site shows, and nothing more. The loader fills these plain structs from the
// store's public columns only (publicdataloader.cpp); the page writers never see a row of the
// evidence, flag, signature, device or inspector tables, so nothing private can reach a page
// by a writer's mistake (docs/publish.md, "What is not published").

struct PublicLimit
{
    QString pollutant; // catalogue code: SO2, COD, PH...
    std::optional<double> maxValue;
    std::optional<double> minValue;
    QString unit;
    std::optional<double> referenceO2Pct;
    QString basis; // instant, hourly, daily, monthly, daily_max, annual
    std::optional<double> rateLimitKgH;
    std::optional<double> annualT;
    QString standard;
};

struct PublicMonitoring
{
    QString pollutant;
    QString mode; // automatic, manual
    QString frequency; // continuous, daily ... annual
    QString method;
};

struct PublicOutlet
{
    QString code; // DA001, DW001
    QString name;
    QString medium; // air, water
    QString category; // main, general
    double lat = 0;
    double lon = 0;
    std::optional<double> heightM;
    QString dischargeMethod;
    QString destination;
    QList<PublicLimit> limits; // sorted by pollutant, then basis
    QList<PublicMonitoring> monitoring; // sorted by pollutant, then mode
};

// One reviewed inspection, reduced to what the law makes public: when, which phase, and the
// outcome (how many checklist items were found non-compliant, and which). No names, notes,
// measurements, photos or positions.
struct PublicInspection
{
    QDate date; // the day it was submitted, China Standard Time
    QString phase; // pre_issuance, post_issuance
    int itemsChecked = 0;
    struct Finding
    {
        QString code;
        QString textZh;
        QString textEn;
    };
    QList<Finding> findings; // non-compliant items, by item code
};

struct PublicPermit
{
    QString number; // also the page's file name (checked to be [A-Za-z0-9-])
    int revision = 1;
    QString validFrom;
    QString validTo;
    QString issuedOn;
    QString authority;
    QString industryCode;
    QString management; // key, simplified, registration
    QString capacity;
    QList<QString> reportKinds; // annual, semiannual, quarterly, monthly
    // The holder.
    QString uscc;
    QString enterpriseName;
    QString enterpriseNameEn;
    QString address;
    QString region;
    std::optional<double> siteLat;
    std::optional<double> siteLon;
    QList<PublicOutlet> outlets; // current outlets, sorted by code
    QList<PublicInspection> inspections; // newest first
};

// One published random draw (双随机). Only what makes it auditable: the seed, the rules, the
// candidate pool and the result, reduced to the permits they name (see routedrawreader.h).
struct PublicDraw
{
    QString id;
    QString seed;
    QString publishedAt; // as stored: an ISO date-time, or ms since the epoch made ISO
    QList<std::pair<QString, QString>> rules; // scalar rule settings, key order sorted
    int poolSize = 0;
    QList<QString> poolPermits; // permit numbers in the pool, sorted
    QList<QString> drawnPermits; // permit numbers drawn, in drawn order
};

struct PublicSite
{
    QDate asOf;
    QList<PublicPermit> permits; // sorted by permit number
    QList<PublicDraw> draws; // newest first
};

} // namespace outfall::server::publish
