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
    // Signatures in force (sync::SignatureCoverage): a signature voided by a change made
    // after it does not count, and is counted in signaturesVoided.
    bool inspectorSigned = false;
    QString representative; // "signed", "refused" or empty
    int signaturesVoided = 0;
    bool pendingSync = false; // some of its records wait in the outbox
    int rejected = 0; // its records the server refused (sync_rejection)

    // Its review (store::InspectionReviewState, 0017): in_progress, submitted, returned or
    // approved, with the latest decision's comment (a return says what to amend).
    QString review;
    QString reviewComment;

    // Where it stands, for Today and the permit's history:
    //   in_progress    being recorded (continue it)
    //   needs_signing  submitted unsigned (recorded before signatures were required)
    //   submitted      submitted with its signatures in force, waiting for a supervisor's
    //                  review (pendingSync: not sent yet)
    //   returned       a supervisor returned it with reviewComment: amend and resubmit
    //   approved       a supervisor approved it: locked
    //   refused        the server refused some of its records (rejected > 0): open it to see
    //                  why
    QString state() const;
    // Done for today's route: submitted or approved, signed, nothing refused.
    bool done() const { return state() == u"submitted" || state() == u"approved"; }
};

// Everything recorded in one inspection, for `inspect show` and the inspection page.
// Superseded rows are listed too (evidence stays); supersededBy says which row replaced one.
struct InspectionDetail
{
    struct Item
    {
        ChecklistItemRow item;
        std::optional<CurrentAnswer> answer;
        int photos = 0; // in force, of this item (subject = its code)
        // Non-compliant with neither a note nor a photo (InspectionRecords::needsNoteOrPhoto).
        bool needsNoteOrPhoto = false;
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
        std::optional<double> spreadM; // of the fixes averaged (outlet checks)
        std::optional<double> siteDistanceM; // to the nearest outlet or the enterprise
        bool farFromSite = false; // recorded far from the site, confirmed
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
        std::int64_t takenAt = 0; // recorded into the inspection (imported: when imported)
        std::optional<double> lat; // taken here: the device's; imported: the picture's EXIF GPS
        std::optional<double> lon;
        bool imported = false; // from a file (migration 0011), not this device's camera
        QString exifTakenAt; // an imported picture's own EXIF time; empty when unknown
    };
    struct Signature
    {
        QString id;
        QString role;
        QString name;
        bool refused = false;
        std::int64_t signedAt = 0;
        QByteArray strokes; // SignatureStrokes encoding; empty for a refusal
        bool voided = false; // the evidence changed after it: it stays, marked voided
        QString inspectorId; // the team member who signed (role inspector)
        QString certificateNo; // their enforcement certificate number as signed
        QString witnessName; // a refusal's witness
        QByteArray witnessStrokes; // the witness's drawn signature; may be empty
    };

    InspectionSummary summary;
    QList<Item> items;
    QList<Measurement> measurements;
    QList<Fix> fixes;
    QList<Photo> photos;
    QList<Signature> signatures;
    QList<TeamMember> team; // the lead first (InspectionRecords::team)
    QString productionLoad; // running / partial / stopped; empty until recorded
    std::optional<double> productionLoadPct;
    QStringList missingForSubmission; // empty once submittable (or submitted, not returned)
};

class InspectionProgress
{
public:
    explicit InspectionProgress(store::Database &db);

    // Newest first; of one permit when permitId is given.
    QList<InspectionSummary> list(const QString &permitId = {}) const;
    std::optional<InspectionSummary> summary(const QString &inspectionId) const;
    std::optional<InspectionDetail> detail(const QString &inspectionId) const;
    // Why the server refused records of the inspection: "CODE: reason", oldest first.
    QStringList rejections(const QString &inspectionId) const;

private:
    QList<InspectionSummary> query(const QString &inspectionId, const QString &permitId) const;

    store::Database &m_db;
};

} // namespace outfall::mobile
