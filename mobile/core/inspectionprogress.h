#pragma once

#include "core/inspectionrecords.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

// One inspection as the inspections list shows it: where it stands.
struct InspectionSummary
{
    QString id;
    QString permitId;
    QString permitNumber;
    QString enterpriseName;
    QString enterpriseNameEn; // empty when the reference data has none
    QString phase;
    QString status;
    QString templateCode;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> submittedAt;
    int itemsTotal = 0;
    int itemsAnswered = 0; // items with an answer in force
    int measurements = 0; // in force (not superseded)
    int outletChecks = 0;
    int photos = 0; // in force
    bool inspectorSigned = false;
    QString representative; // "signed", "refused" or empty
};

// Everything recorded in one inspection, for `inspect show` and the inspection page.
// Superseded rows are listed too (evidence stays); supersededBy says which row replaced one.
struct InspectionDetail
{
    struct Item
    {
        ChecklistItemRow item;
        std::optional<CurrentAnswer> answer;
    };
    struct Measurement
    {
        QString id;
        QString outletCode;
        QString pollutant;
        double value = 0;
        QString unit;
        std::optional<double> o2Pct;
        QString instrumentId;
        QString method;
        std::int64_t recordedAt = 0;
        QString supersedesId;
        QString supersededBy;
    };
    struct Fix
    {
        QString id;
        QString purpose;
        QString outletCode;
        double lat = 0;
        double lon = 0;
        double accuracyM = 0;
        int samples = 1;
        std::int64_t recordedAt = 0;
    };
    struct Photo
    {
        QString id;
        QString sha256;
        std::int64_t byteSize = 0;
        QString subject;
        QString caption;
        QString supersedesId;
        QString supersededBy;
    };
    struct Signature
    {
        QString id;
        QString role;
        QString name;
        bool refused = false;
        std::int64_t signedAt = 0;
        QByteArray strokes; // SignatureStrokes encoding; empty for a refusal
    };

    InspectionSummary summary;
    QList<Item> items;
    QList<Measurement> measurements;
    QList<Fix> fixes;
    QList<Photo> photos;
    QList<Signature> signatures;
    QStringList missingForSubmission; // empty once submittable (or submitted)
};

class InspectionProgress
{
public:
    explicit InspectionProgress(store::Database &db);

    // Newest first.
    QList<InspectionSummary> list() const;
    std::optional<InspectionSummary> summary(const QString &inspectionId) const;
    std::optional<InspectionDetail> detail(const QString &inspectionId) const;

private:
    QList<InspectionSummary> query(const QString &inspectionId) const;

    store::Database &m_db;
};

} // namespace outfall::mobile
