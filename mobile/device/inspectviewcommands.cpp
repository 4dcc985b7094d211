#include "device/inspectviewcommands.h"

#include "cli/commandline.h"
#include "core/actionrefused.h"
#include "core/devicesession.h"
#include "core/evidenceintegrity.h"
#include "core/inspectionprogress.h"
#include "device/clicontext.h"
#include "sync/evidencereceipts.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::device {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject summaryJson(const mobile::InspectionSummary &s)
{
    return {{u"id"_s, s.id}, {u"permit_number"_s, s.permitNumber},
        {u"enterprise"_s, s.enterpriseName}, {u"phase"_s, s.phase}, {u"status"_s, s.status},
        {u"template"_s, s.templateCode}, {u"started_at"_s, qint64(s.startedAt)},
        {u"submitted_at"_s, CliContext::jsonValue(s.submittedAt)}, {u"items_total"_s, s.itemsTotal},
        {u"items_answered"_s, s.itemsAnswered}, {u"measurements"_s, s.measurements},
        {u"outlet_checks"_s, s.outletChecks}, {u"photos"_s, s.photos},
        {u"inspector_signed"_s, s.inspectorSigned},
        {u"representative"_s, textOrNull(s.representative)},
        {u"signatures_voided"_s, s.signaturesVoided}, {u"state"_s, s.state()},
        {u"pending_sync"_s, s.pendingSync}, {u"rejected"_s, s.rejected}, {u"review"_s, s.review},
        {u"review_comment"_s, textOrNull(s.reviewComment)}};
}

QString summaryLine(const mobile::InspectionSummary &s)
{
    QString line = u"%1  %2  %3  %4  %5/%6 items, %7 measurements, %8 photos%9"_s.arg(s.id,
        s.permitNumber, s.state(), s.phase, QString::number(s.itemsAnswered),
        QString::number(s.itemsTotal), QString::number(s.measurements), QString::number(s.photos),
        s.inspectorSigned ? u", signed"_s : QString());
    if (s.signaturesVoided > 0)
        line += u", %1 signature(s) voided by later changes"_s.arg(s.signaturesVoided);
    if (s.rejected > 0)
        line += u", %1 record(s) refused by the server"_s.arg(s.rejected);
    if (s.review == u"returned" || s.review == u"approved")
        line += u", %1 by the supervisor%2"_s.arg(
            s.review, s.reviewComment.isEmpty() ? QString() : u": \"%1\""_s.arg(s.reviewComment));
    return line;
}

} // namespace

int InspectViewCommands::list(CliContext &context, const QStringList &arguments)
{
    cli::CommandLine(arguments, {}).allowPositionals(0, u"inspect list"_s);
    const auto inspections = mobile::InspectionProgress(context.session().database()).list();
    QJsonArray array;
    QStringList lines;
    for (const auto &s : inspections) {
        array.append(summaryJson(s));
        lines << summaryLine(s);
    }
    lines << u"%1 inspections"_s.arg(inspections.size());
    context.print({{u"inspections"_s, array}}, lines.join(u'\n'));
    return 0;
}

int InspectViewCommands::show(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {});
    const QString id = args.positional(0, u"inspect show: INSPECTION"_s);
    args.allowPositionals(1, u"inspect show"_s);
    const auto detail = mobile::InspectionProgress(context.session().database()).detail(id);
    if (!detail)
        throw mobile::ActionRefused(u"no inspection %1 on this device"_s.arg(id));

    QJsonObject json = summaryJson(detail->summary);
    QStringList lines {summaryLine(detail->summary)};
    // Signed on this device, logged on the server (receipt held), or unsigned: per row.
    const auto integrity =
        mobile::EvidenceIntegrity::forInspection(context.session().database(), id);
    const auto stateOf = [&](const QString &rowId) {
        return mobile::EvidenceIntegrity::name(mobile::EvidenceIntegrity::of(integrity, rowId));
    };
    QJsonArray items;
    for (const auto &entry : detail->items) {
        const auto &a = entry.answer;
        items.append(QJsonObject {{u"code"_s, entry.item.code},
            {u"severity"_s, entry.item.severity}, {u"text_en"_s, entry.item.textEn},
            {u"answer"_s, a ? QJsonValue(a->answer) : QJsonValue()},
            {u"note"_s, a ? textOrNull(a->note) : QJsonValue()},
            {u"answer_id"_s, a ? QJsonValue(a->id) : QJsonValue()}, {u"photos"_s, entry.photos},
            {u"integrity"_s, a ? QJsonValue(stateOf(a->id)) : QJsonValue()},
            {u"needs_note_or_photo"_s, entry.needsNoteOrPhoto}});
        lines << u"  [%1] %2 %3%4%5"_s.arg(a ? a->answer : u"-"_s, entry.item.code,
            entry.item.textEn, a && !a->note.isEmpty() ? u" — "_s + a->note : QString(),
            entry.needsNoteOrPhoto ? u" (NEEDS A NOTE OR A PHOTO)"_s : QString());
    }
    QJsonArray measurements;
    for (const auto &m : detail->measurements) {
        measurements.append(QJsonObject {{u"id"_s, m.id}, {u"outlet"_s, m.outletCode},
            {u"pollutant"_s, m.pollutant}, {u"value"_s, m.value}, {u"unit"_s, m.unit},
            {u"o2_pct"_s, CliContext::jsonValue(m.o2Pct)},
            {u"instrument"_s, textOrNull(m.instrumentId)}, {u"method"_s, textOrNull(m.method)},
            {u"supersedes_id"_s, textOrNull(m.supersedesId)},
            {u"superseded_by"_s, textOrNull(m.supersededBy)}, {u"integrity"_s, stateOf(m.id)}});
        lines << u"  measurement %1 %2 %3 %4 %5%6"_s.arg(m.id, m.outletCode, m.pollutant,
            QString::number(m.value), m.unit,
            m.supersededBy.isEmpty() ? QString() : u" (corrected by "_s + m.supersededBy + u')');
    }
    QJsonArray fixes;
    for (const auto &f : detail->fixes) {
        fixes.append(QJsonObject {{u"id"_s, f.id}, {u"purpose"_s, f.purpose},
            {u"outlet"_s, textOrNull(f.outletCode)}, {u"lat"_s, f.lat}, {u"lon"_s, f.lon},
            {u"accuracy_m"_s, f.accuracyM}, {u"samples"_s, f.samples},
            {u"spread_m"_s, CliContext::jsonValue(f.spreadM)},
            {u"site_distance_m"_s, CliContext::jsonValue(f.siteDistanceM)},
            {u"far_from_site"_s, f.farFromSite}, {u"integrity"_s, stateOf(f.id)}});
        lines << u"  fix %1 %2 %3,%4 ±%5 m%6"_s.arg(f.purpose, f.outletCode,
            QString::number(f.lat, 'f', 6), QString::number(f.lon, 'f', 6),
            QString::number(f.accuracyM, 'f', 1),
            f.farFromSite ? u" FAR FROM THE SITE (%1 m)"_s.arg(
                QString::number(f.siteDistanceM.value_or(0), 'f', 0))
                          : QString());
    }
    QJsonArray photos;
    for (const auto &p : detail->photos) {
        photos.append(QJsonObject {{u"id"_s, p.id}, {u"sha256"_s, p.sha256},
            {u"byte_size"_s, qint64(p.byteSize)}, {u"subject"_s, textOrNull(p.subject)},
            {u"caption"_s, textOrNull(p.caption)}, {u"supersedes_id"_s, textOrNull(p.supersedesId)},
            {u"superseded_by"_s, textOrNull(p.supersededBy)},
            {u"lat"_s, CliContext::jsonValue(p.lat)}, {u"lon"_s, CliContext::jsonValue(p.lon)},
            {u"imported"_s, p.imported}, {u"exif_taken_at"_s, textOrNull(p.exifTakenAt)},
            {u"integrity"_s, stateOf(p.id)}});
        lines << u"  photo %1 %2 %3%4"_s.arg(p.id, p.sha256.left(12), p.caption,
            !p.imported                   ? QString()
                : p.exifTakenAt.isEmpty() ? u" (imported, time unknown)"_s
                                          : u" (imported, taken "_s + p.exifTakenAt + u')');
    }
    QJsonArray signatures;
    for (const auto &s : detail->signatures) {
        signatures.append(QJsonObject {{u"id"_s, s.id}, {u"role"_s, s.role}, {u"name"_s, s.name},
            {u"refused"_s, s.refused}, {u"signed_at"_s, qint64(s.signedAt)},
            {u"voided"_s, s.voided}, {u"certificate_no"_s, textOrNull(s.certificateNo)},
            {u"witness"_s, textOrNull(s.witnessName)}, {u"integrity"_s, stateOf(s.id)}});
        lines << u"  %1 %2 %3%4%5"_s.arg(s.role, s.name,
            s.refused ? u"refused to sign, witnessed by "_s + s.witnessName : u"signed"_s,
            s.certificateNo.isEmpty() ? QString() : u" (certificate "_s + s.certificateNo + u')',
            s.voided ? u" (VOIDED: the record changed after it; sign again)"_s : QString());
    }
    // What the record states besides: the team and the production seen on site.
    QJsonArray team;
    QStringList members;
    for (const auto &member : detail->team) {
        team.append(QJsonObject {{u"inspector_id"_s, member.inspectorId}, {u"name"_s, member.name},
            {u"certificate_no"_s, textOrNull(member.certificateNo)}, {u"lead"_s, member.lead}});
        members << u"%1 (%2)"_s.arg(member.name,
            member.certificateNo.isEmpty() ? u"no certificate"_s : member.certificateNo);
    }
    lines << u"  team: "_s + members.join(u", "_s);
    lines << u"  production: "_s
            + (detail->productionLoad.isEmpty() ? u"not recorded"_s : detail->productionLoad)
            + (detail->productionLoadPct ? u" at %1 %"_s.arg(*detail->productionLoadPct)
                                         : QString());
    json.insert(u"team"_s, team);
    json.insert(u"production_load"_s, textOrNull(detail->productionLoad));
    json.insert(u"production_load_pct"_s, CliContext::jsonValue(detail->productionLoadPct));
    json.insert(u"items"_s, items);
    json.insert(u"measurements"_s, measurements);
    json.insert(u"fixes"_s, fixes);
    json.insert(u"photos"_s, photos);
    json.insert(u"signatures"_s, signatures);
    json.insert(u"missing"_s, QJsonArray::fromStringList(detail->missingForSubmission));
    const auto counts = mobile::EvidenceIntegrity::count(integrity);
    // Enrolled before the server sent its log key: receipts are kept on their proofs alone.
    const bool logKeyPinned =
        !sync::EvidenceReceipts::pinnedLogKey(context.session().database()).isEmpty();
    json.insert(u"integrity"_s,
        QJsonObject {{u"signed"_s, counts.signedOnly + counts.logged}, {u"logged"_s, counts.logged},
            {u"submission"_s, stateOf(id)}, {u"log_key_pinned"_s, logKeyPinned}});
    lines << u"  evidence: %1 signed on this device, %2 of them logged on the server (receipt"
             u" held)"_s.arg(counts.signedOnly + counts.logged)
                 .arg(counts.logged);
    if (counts.logged > 0 && !logKeyPinned)
        lines << u"  the server's log key is not pinned here (enrolled before it was sent): the"
                 u" receipts' tree heads were not checked against it; enrol again to check them"_s;
    if (!detail->missingForSubmission.isEmpty())
        lines << u"missing for submission: "_s + detail->missingForSubmission.join(u", "_s);
    context.print(json, lines.join(u'\n'));
    return 0;
}

} // namespace outfall::device
