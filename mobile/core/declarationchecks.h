#pragma once

#include "core/positionsample.h"

#include <QList>
#include <QString>

#include <optional>

namespace outfall::mobile {

class DeviceSession;

// The declarations an application makes, checked one by one on site before issuance (issue 13
// part 7, docs/schema.md "Before issuance"): each declared outlet found where declared (with
// a position fix), each treatment facility present and running, the capacity as declared, the
// site outside prohibited zones. Checks are `declaration_check` rows, insert-only evidence
// written through the outbox like every field record (so they work offline and reach the
// server at the next sync); a new check of the same declaration supersedes the one in force.
// Only a pre-issuance inspection that is open (in progress or returned) takes checks;
// otherwise ActionRefused and nothing is written.
class DeclarationChecks
{
public:
    struct Declaration
    {
        QString kind; // outlet, facility, capacity, zone
        QString subjectId; // the outlet or facility; "" for capacity and zone
        QString code; // DA001, T001; "" for capacity and zone
        QString name; // the outlet's or facility's name
        QString declared; // what was declared: "22.5131, 113.902", what it treats, "600 MW"
        bool expectedRunning = true; // a facility declared `running` (not standby)
        std::optional<double> lat; // an outlet's declared position
        std::optional<double> lon;
        // The check in force; checkId empty when not checked yet.
        QString checkId;
        std::optional<bool> found;
        std::optional<bool> running;
        std::optional<double> observedValue;
        QString observedUnit;
        std::optional<bool> outsideZones;
        std::optional<double> foundDistanceM; // a found outlet: how far from where declared

        bool checked() const { return !checkId.isEmpty(); }
        // What R15–R17 flag (docs/rules.md), and a site inside a prohibited zone.
        bool mismatch(double declaredCapacity) const;
    };

    explicit DeclarationChecks(DeviceSession &session);

    // The declarations of the inspection's application in order: outlets, facilities, the
    // capacity (when declared), the zones; each with its check in force.
    QList<Declaration> of(const QString &inspectionId) const;
    std::optional<double> declaredCapacity(const QString &inspectionId) const;

    // Each returns the new check's id. `where`: the position the outlet was found at (needed
    // when found; a fix without a stated accuracy is refused).
    QString recordOutlet(const QString &inspectionId, const QString &outletId, bool found,
        const std::optional<PositionSample> &where, const QString &note = {});
    QString recordFacility(const QString &inspectionId, const QString &facilityId, bool found,
        bool running, const QString &note = {});
    QString recordCapacity(
        const QString &inspectionId, double value, const QString &unit, const QString &note = {});
    QString recordZone(const QString &inspectionId, bool outsideZones, const QString &note = {});

private:
    struct Check
    {
        QString kind;
        QString subjectId;
        std::optional<bool> found;
        std::optional<bool> running;
        std::optional<PositionSample> where;
        std::optional<double> observedValue;
        QString observedUnit;
        std::optional<bool> outsideZones;
        QString note;
    };
    QString write(const QString &inspectionId, const Check &check);

    DeviceSession &m_session;
};

} // namespace outfall::mobile
