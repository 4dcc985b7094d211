#pragma once

#include "core/exifmetadata.h"
#include "core/photostore.h"
#include "core/positionaverage.h"
#include "core/positionsample.h"
#include "core/sitegeometry.h"
#include "domain/exceedance.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>

namespace outfall::mobile {

class DeviceSession;

enum class InspectionPhase { PreIssuance, PostIssuance };
enum class AnswerValue { Compliant, NonCompliant, NotApplicable };
enum class SignerRole { Inspector, Representative };

// What an inspector does on site, as writes to the device store. Every row goes through
// the session's OutboxRepository (row and op in one transaction); an action that writes
// several rows wraps them in one more transaction, so it lands whole or not at all.
//
// Evidence is insert-only: a changed answer, a corrected measurement or a replaced photo
// is a new row whose supersedes_id names the one it corrects. After submit() only such
// corrections are accepted. Rule breaks throw ActionRefused (nothing is written).
//
// Positions are checked against the permit's site (SiteGeometry, domain::PositionCheck):
// a position beyond kFarFromSiteM from every outlet and the enterprise throws FarFromSite
// unless the call confirms it (`farConfirmed`); the row then says far_from_site = 1. Every
// position row keeps its distance to the site (site_distance_m) for the server to see.
class InspectionService
{
public:
    struct Started
    {
        QString inspectionId;
        QString templateId;
        QString templateCode;
        QString arrivalFixId;
        std::int64_t startedAt = 0;
        SiteGeometry::Distance site; // of the arrival fix
    };

    struct Answered
    {
        QString answerId;
        QString itemCode;
        QString supersedesId; // the answer this one replaces; empty for a first answer
        bool unchanged = false; // same answer and note as the current one: nothing written
    };

    struct MeasurementInput
    {
        QString outletCode;
        QString pollutant; // catalogue code
        double value = 0;
        QString unit;
        std::optional<double> o2Pct;
        QString instrumentId;
        QString method;
        QString supersedesId; // a measurement of this inspection being corrected
        // Where the device was when the value was recorded (R12 judges it as it judges a
        // photo's); none without a fix. positionAtMs is the fix's own time, the recording
        // time when not given.
        std::optional<PositionSample> position;
        std::optional<std::int64_t> positionAtMs;
    };

    struct Measured
    {
        QString measurementId;
        QString outletId;
        QString unit; // canonical symbol of the unit as entered
        // Against the outlet's concentration limit for the pollutant, when it has one:
        QString limitUnit;
        double valueInLimitUnit = 0;
        bool o2Corrected = false;
        std::optional<double> referenceO2Pct;
        double comparedValue = 0; // in the limit unit, O2-corrected when o2Corrected
        std::optional<double> limitMin;
        std::optional<double> limitMax;
        QString basis;
        std::optional<domain::Exceedance> exceedance; // nullopt: no limit to compare with
        QString note; // why a comparison is missing or uncorrected
    };

    struct Fixed
    {
        QString fixId;
        QString outletCode;
        PositionAverage fix; // this call's fixes, averaged
        // Every outlet check of this outlet in the inspection so far, averaged, and its
        // distance to the permitted outlet position.
        PositionSample overall;
        int overallFixes = 0;
        double distanceM = 0;
        // `overall` judged against the permit (distanceM, the limit beyond which the offset
        // is a finding, an outlet of the permit nearer than the chosen one).
        SiteGeometry::OutletOffset offset;
        SiteGeometry::Distance site; // of this call's fix
    };

    struct UndeclaredOutlet
    {
        QString observedOutletId;
        QString fixId;
        PositionAverage fix;
        SiteGeometry::Distance site;
    };

    struct PhotoTaken
    {
        QString photoId;
        PhotoStore::Original original;
        QString path; // of the kept original
        SiteGeometry::Distance site; // of its position; empty without one
        bool imported = false;
        ExifMetadata exif; // what an imported picture says of itself; empty for one taken here
    };

    explicit InspectionService(DeviceSession &session);

    // Opens an inspection of the permit with the checklist for the phase and the permit's
    // industry (industry-specific template if one exists, else the general one) and the
    // arrival fix, which must state its accuracy. Far from the site: FarFromSite unless
    // farConfirmed.
    Started start(const QString &permitId, InspectionPhase phase, const PositionSample &arrival,
        bool farConfirmed = false);

    Answered answer(const QString &inspectionId, const QString &itemCode, AnswerValue value,
        const QString &note = {});

    Measured measure(const QString &inspectionId, const MeasurementInput &input);
    // What measure() would record and compare it with, without writing anything: the
    // measurement form's live preview. Throws ActionRefused as measure() would.
    Measured previewMeasurement(const QString &inspectionId, const MeasurementInput &input) const;

    // Outlet check: averages the fixes (those worse than the accuracy threshold are left
    // out) and refuses when none is good enough or when they are not of one point (moving or
    // scattered: PositionAverage::steady()). An offset from the permitted position beyond
    // the limit is recorded and reported as a finding (Fixed::offset), not refused.
    Fixed fix(const QString &inspectionId, const QString &outletCode,
        std::span<const PositionSample> fixes, bool farConfirmed = false);

    UndeclaredOutlet recordUndeclaredOutlet(const QString &inspectionId, const QString &medium,
        const QString &description, std::span<const PositionSample> fixes,
        bool farConfirmed = false);

    struct PhotoInput
    {
        QString filePath;
        QString subject; // checklist item code, outlet code or observed outlet id
        QString caption;
        std::optional<PositionSample> position;
        QString supersedesId;
        bool farConfirmed = false; // the position is far from the site, and that is known
        // From a file, not this device's camera: the row is marked imported, its time and
        // position are the picture's own EXIF ones (ExifMetadata; none when it has none),
        // never the device's here and now, so `position` must be empty.
        bool imported = false;
    };
    PhotoTaken photo(const QString &inspectionId, const PhotoInput &input);

    struct TeamMemberAdded
    {
        QString memberId; // the inspection_inspector row
        QString inspectorId;
        QString name;
        QString certificateNo;
    };
    // Adds an inspector (by staff code or id) to the inspection's team. Only an inspector
    // this device knows, active, not on the team yet and holding an enforcement certificate
    // number; while the inspection is in progress. The law asks two or more such inspectors
    // (《环境行政处罚办法》): signing is refused until there are.
    TeamMemberAdded addInspector(const QString &inspectionId, const QString &inspector);
    // Takes an inspector (staff code or id) added by mistake off the team, with the name
    // removed. The team is evidence the server keeps once it has it, and the schema has no
    // removal (docs/decisions.md): so only while the addition has not left this device (not
    // synced, not in the push in flight), in progress and before anyone signs. The lead stays.
    QString removeInspector(const QString &inspectionId, const QString &inspector);

    // The production seen on site: "running" (loadPct optional), "partial" (loadPct required,
    // 0 < x < 100) or "stopped" (no load). Before anyone signs: the signatures cover it.
    void recordProduction(
        const QString &inspectionId, const QString &state, std::optional<double> loadPct = {});

    // strokes: the drawn signature, encoded by the UI (SignatureStrokes); refused when they are
    // too little to be a signature (SignatureStrokes::shortfall). May be empty on the command
    // line. An inspector signs as a member of the team: inspectorId, or the lead (the
    // enrolled inspector who started it) when empty; with their certificate number.
    // Signing (and refusing) needs the production state and a team of two or more first.
    QString sign(const QString &inspectionId, SignerRole role, const QString &name,
        const QByteArray &strokes = {}, const QString &inspectorId = {});
    // The enterprise's representative refused to sign: recorded instead of a signature, with
    // the witness who saw the refusal (name required; their drawn strokes checked as a
    // signature's when given, may be empty on the command line).
    QString refuse(const QString &inspectionId, const QString &representativeName,
        const QString &witnessName, const QByteArray &witnessStrokes = {});

    // Needs every checklist item answered, the production state, a team of two or more, every
    // member's signature and the representative's signature or refusal; otherwise
    // ActionRefused with missing().
    std::int64_t submit(const QString &inspectionId);

    double accuracyThresholdM() const;

private:
    // The site distance of a position of the inspection's permit; throws FarFromSite when
    // far and not confirmed. `what` names the position in the sentence.
    SiteGeometry::Distance requireAtSite(const QString &permitId, const PositionSample &position,
        bool farConfirmed, const QString &what) const;
    struct SignatureRow
    {
        QString role;
        QString name;
        bool refused = false;
        QByteArray strokes;
        QString inspectorId; // the team member, for an inspector's signature
        QString certificateNo;
        QString witnessName;
        QByteArray witnessStrokes;
    };
    QString writeSignature(const QString &inspectionId, const SignatureRow &signature);

    DeviceSession &m_session;
};

} // namespace outfall::mobile
