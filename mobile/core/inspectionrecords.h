#pragma once

#include "core/permitdetails.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace outfall::store {
class Database;
}

namespace outfall::mobile {

struct InspectionRow
{
    QString id;
    QString permitId;
    QString phase; // pre_issuance / post_issuance
    QString status; // in_progress / submitted / reviewed
    QString templateId;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> submittedAt;
    QString inspectorId; // who started it: the lead of its team
    QString productionLoad; // running / partial / stopped; empty until recorded
    std::optional<double> productionLoadPct; // the stated load of a partial production
    // Where its review stands (store::InspectionReviewState, migration 0017): in_progress,
    // submitted, returned or approved; with the latest decision's id and comment.
    QString reviewState;
    QString reviewId;
    QString reviewComment;
};

// A member of an inspection's team (migration 0015): the lead who started it and every
// inspector added to it, with the enforcement certificate number each holds.
struct TeamMember
{
    QString inspectorId;
    QString code;
    QString name;
    QString certificateNo; // empty: none on record, and no signature without one
    bool lead = false;
};

struct ChecklistItemRow
{
    QString id;
    QString code;
    int ordinal = 0;
    QString severity;
    QString textEn;
    QString textZh;
};

// The answer in force for an item: the head of its chain of superseding answers.
struct CurrentAnswer
{
    QString id;
    QString itemId;
    QString answer;
    QString note;
    std::int64_t recordedAt = 0;
};

// The queries the inspection service and the read models share. Lookups that the caller
// needs to exist (require...) throw ActionRefused naming what is missing.
class InspectionRecords
{
public:
    explicit InspectionRecords(store::Database &db);

    std::optional<InspectionRow> find(const QString &inspectionId) const;
    InspectionRow require(const QString &inspectionId) const;

    struct Template
    {
        QString id;
        QString code;
    };
    // The industry's own template for the phase if there is one, else the general one.
    std::optional<Template> templateFor(const QString &phase, const QString &industryCode) const;
    QString templateCode(const QString &templateId) const;

    QList<ChecklistItemRow> items(const QString &templateId) const;
    QList<CurrentAnswer> currentAnswers(const QString &inspectionId) const;
    std::optional<CurrentAnswer> currentAnswer(
        const QString &inspectionId, const QString &itemId) const;

    // The outlet of the permit with its limits; throws ActionRefused when there is none.
    OutletDetail requireOutlet(const QString &permitId, const QString &outletCode) const;

    // For a superseding measurement or photo: the row must be of this inspection and not
    // corrected already (a second correction corrects the newest one).
    void requireSupersedable(
        const QString &table, const QString &inspectionId, const QString &rowId) const;

    // Photos in force (not replaced) of the inspection, counted by subject (a checklist item
    // code, an outlet code...); photos without a subject are not counted.
    QHash<QString, int> photosBySubject(const QString &inspectionId) const;

    // A non-compliant answer is a finding, and a finding needs what supports it before the
    // inspection is submitted: a note (not blank) on the answer in force, or a photo in force
    // whose subject is the item's code (docs/decisions.md, "A finding needs a note or a photo").
    static bool needsNoteOrPhoto(const CurrentAnswer &answer, int photosOfItem);

    // The lead first, then the members in the order they were added. A member's certificate
    // number is the one recorded when they were added; the lead's is the current one.
    QList<TeamMember> team(const InspectionRow &inspection) const;

    // Who can still join the team: inspectors this device knows (the staff list reaches every
    // device), active, holding a certificate number and not on the team; by name.
    QList<TeamMember> teamCandidates(const InspectionRow &inspection) const;

    // The members of the team without an inspector's signature in force (never signed, or
    // their signature voided by a later change).
    QList<TeamMember> unsignedMembers(const InspectionRow &inspection) const;

    // The law asks at least this many inspectors, each with a certificate, on an inspection
    // (《环境行政处罚办法》: two or more enforcement officers holding certificates).
    static constexpr int kMinimumTeam = 2;

    // What a submission still lacks: unanswered items ("checklist item P02"), non-compliant
    // items with neither a note nor a photo ("note or photo for non-compliant item P03"), the
    // production state seen on site ("production state"), a second inspector ("second
    // inspector"), each team member's signature ("signature of inspector NAME"), the
    // representative's signature or refusal — signatures in force (sync::SignatureCoverage):
    // one voided by a later change is missing again.
    QStringList missingForSubmission(const InspectionRow &inspection) const;

private:
    store::Database &m_db;
};

} // namespace outfall::mobile
