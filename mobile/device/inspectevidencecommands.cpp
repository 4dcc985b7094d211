#include "device/inspectevidencecommands.h"

#include "cli/commandline.h"
#include "core/actionrefused.h"
#include "core/devicesession.h"
#include "core/inspectionservice.h"
#include "core/permitdirectory.h"
#include "device/clicontext.h"
#include "device/positionarguments.h"

#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::device {

namespace {

using mobile::InspectionService;

QJsonObject positionJson(const mobile::PositionSample &p)
{
    return {{u"lat"_s, p.lat}, {u"lon"_s, p.lon}, {u"accuracy_m"_s, p.accuracyM},
        {u"samples"_s, p.samples}};
}

// The position's distance to the permit's site: `site_distance_m` (null when the permit has
// no position) and `far_from_site` (recorded with --far-ok).
void addSite(QJsonObject &json, const mobile::SiteGeometry::Distance &site)
{
    json.insert(u"site_distance_m"_s, site.distanceM ? QJsonValue(*site.distanceM) : QJsonValue());
    json.insert(u"far_from_site"_s, site.far());
}

QString siteText(const mobile::SiteGeometry::Distance &site)
{
    return site.far() ? u"\nrecorded FAR FROM THE SITE: %1 m from the nearest outlet or the"
                        u" enterprise (--far-ok)"_s.arg(QString::number(*site.distanceM, 'f', 1))
                      : QString();
}

// Runs an action that may be refused as far from the site, saying how to confirm it here.
template<typename Action>
auto confirmingFar(Action &&action)
{
    try {
        return action();
    } catch (const mobile::FarFromSite &far) {
        throw mobile::ActionRefused(
            far.reason() + u"; give --far-ok to record it anyway"_s, {u"--far-ok"_s});
    }
}

} // namespace

int InspectEvidenceCommands::start(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(
        arguments, {u"phase"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"samples"_s}, {u"far-ok"_s});
    const QString number = args.positional(0, u"inspect start: PERMIT_NUMBER"_s);
    args.allowPositionals(1, u"inspect start"_s);
    const QString phase = args.choice(u"phase"_s, {u"post"_s, u"pre"_s});
    const auto fixes = positionArguments(args, true);
    if (fixes.size() != 1)
        throw cli::UsageError(u"inspect start takes one arrival fix, got %1"_s.arg(fixes.size()));

    auto &session = context.session();
    const auto permit = mobile::PermitDirectory(session.database()).byNumber(number);
    if (!permit)
        throw mobile::ActionRefused(u"no permit %1 on this device"_s.arg(number));
    const auto started = confirmingFar([&] {
        return InspectionService(session).start(permit->id,
            phase == u"pre" ? mobile::InspectionPhase::PreIssuance
                            : mobile::InspectionPhase::PostIssuance,
            fixes.front(), args.flag(u"far-ok"_s));
    });
    QJsonObject json {{u"inspection_id"_s, started.inspectionId}, {u"permit_number"_s, number},
        {u"template"_s, started.templateCode}, {u"arrival_fix_id"_s, started.arrivalFixId},
        {u"started_at"_s, qint64(started.startedAt)}};
    addSite(json, started.site);
    context.print(json,
        u"started inspection %1 of %2 (%3), checklist %4"_s.arg(
            started.inspectionId, number, permit->enterpriseName, started.templateCode)
            + siteText(started.site));
    return 0;
}

int InspectEvidenceCommands::answer(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {u"note"_s});
    const QString inspection = args.positional(0, u"inspect answer: INSPECTION"_s);
    const QString item = args.positional(1, u"inspect answer: ITEM_CODE"_s);
    const QString value =
        args.positional(2, u"inspect answer: compliant|non_compliant|not_applicable"_s);
    args.allowPositionals(3, u"inspect answer"_s);
    static const QStringList values = {u"compliant"_s, u"non_compliant"_s, u"not_applicable"_s};
    if (!values.contains(value))
        throw cli::UsageError(u"answer must be %1, not \"%2\""_s.arg(values.join(u", "_s), value));
    const auto answer = static_cast<mobile::AnswerValue>(values.indexOf(value));
    const auto answered = InspectionService(context.session())
                              .answer(inspection, item, answer, args.optionalText(u"note"_s));
    const QString human = answered.unchanged
        ? u"%1: unchanged (%2)"_s.arg(item, value)
        : u"%1: %2 (answer %3%4)"_s.arg(item, value, answered.answerId,
            answered.supersedesId.isEmpty() ? QString()
                                            : u", supersedes "_s + answered.supersedesId);
    context.print(
        {{u"answer_id"_s, answered.answerId}, {u"item"_s, item}, {u"answer"_s, value},
            {u"supersedes_id"_s,
                answered.supersedesId.isEmpty() ? QJsonValue() : QJsonValue(answered.supersedesId)},
            {u"unchanged"_s, answered.unchanged}},
        human);
    return 0;
}

int InspectEvidenceCommands::measure(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments,
        {u"outlet"_s, u"pollutant"_s, u"value"_s, u"unit"_s, u"o2"_s, u"instrument"_s, u"method"_s,
            u"supersedes"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"samples"_s});
    const QString inspection = args.positional(0, u"inspect measure: INSPECTION"_s);
    args.allowPositionals(1, u"inspect measure"_s);
    InspectionService::MeasurementInput input;
    input.outletCode = args.text(u"outlet"_s);
    input.pollutant = args.text(u"pollutant"_s);
    input.value = args.number(u"value"_s);
    input.unit = args.text(u"unit"_s);
    input.o2Pct = args.optionalNumber(u"o2"_s);
    input.instrumentId = args.optionalText(u"instrument"_s);
    input.method = args.optionalText(u"method"_s);
    input.supersedesId = args.optionalText(u"supersedes"_s);
    // Where it was measured, as `inspect photo` takes it (R12 judges it).
    const auto positions = positionArguments(args, false);
    if (positions.size() > 1)
        throw cli::UsageError(u"inspect measure takes at most one position"_s);
    if (!positions.empty())
        input.position = positions.front();

    const auto m = InspectionService(context.session()).measure(inspection, input);
    const QJsonObject json {{u"measurement_id"_s, m.measurementId},
        {u"pollutant"_s, input.pollutant}, {u"value"_s, input.value}, {u"unit"_s, m.unit},
        {u"o2_pct"_s, CliContext::jsonValue(input.o2Pct)}, {u"limit_unit"_s, m.limitUnit},
        {u"value_in_limit_unit"_s, m.valueInLimitUnit}, {u"o2_corrected"_s, m.o2Corrected},
        {u"reference_o2_pct"_s, CliContext::jsonValue(m.referenceO2Pct)},
        {u"compared_value"_s, m.comparedValue}, {u"limit_min"_s, CliContext::jsonValue(m.limitMin)},
        {u"limit_max"_s, CliContext::jsonValue(m.limitMax)},
        {u"basis"_s, m.basis.isEmpty() ? QJsonValue() : QJsonValue(m.basis)},
        {u"exceedance_pct"_s, m.exceedance ? QJsonValue(m.exceedance->percent) : QJsonValue()},
        {u"violation"_s, m.exceedance && m.exceedance->violation},
        {u"supersedes_id"_s,
            input.supersedesId.isEmpty() ? QJsonValue() : QJsonValue(input.supersedesId)},
        {u"note"_s, m.note.isEmpty() ? QJsonValue() : QJsonValue(m.note)},
        {u"position"_s, input.position ? QJsonValue(positionJson(*input.position)) : QJsonValue()}};
    QString human = u"measurement %1: %2 %3 %4"_s.arg(
        m.measurementId, input.pollutant, QString::number(input.value), m.unit);
    if (m.exceedance) {
        human += u"\ncompared %1 %2%3 with limit %4: %5 (%6%)"_s.arg(
            QString::number(m.comparedValue, 'g', 6), m.limitUnit,
            m.o2Corrected ? u" at %1 % O2"_s.arg(*m.referenceO2Pct) : QString(),
            m.limitMax ? QString::number(*m.limitMax) : u"min "_s + QString::number(*m.limitMin),
            m.exceedance->violation ? u"EXCEEDS"_s : u"within"_s,
            QString::number(m.exceedance->percent, 'f', 1));
    }
    if (!m.note.isEmpty())
        human += u"\nnote: "_s + m.note;
    context.print(json, human);
    return 0;
}

int InspectEvidenceCommands::fix(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(
        arguments, {u"outlet"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"samples"_s}, {u"far-ok"_s});
    const QString inspection = args.positional(0, u"inspect fix: INSPECTION"_s);
    args.allowPositionals(1, u"inspect fix"_s);
    const QString outlet = args.text(u"outlet"_s);
    const auto fixes = positionArguments(args, true);
    const auto f = confirmingFar([&] {
        return InspectionService(context.session())
            .fix(inspection, outlet, fixes, args.flag(u"far-ok"_s));
    });
    QJsonObject overall = positionJson(f.overall);
    overall.insert(u"fixes"_s, f.overallFixes);
    QJsonObject json {{u"fix_id"_s, f.fixId}, {u"outlet"_s, f.outletCode},
        {u"fix"_s, positionJson(f.fix.position)}, {u"accepted"_s, f.fix.accepted},
        {u"rejected"_s, f.fix.rejected}, {u"spread_m"_s, f.fix.spreadM}, {u"overall"_s, overall},
        {u"distance_m"_s, f.distanceM}, {u"offset_limit_m"_s, f.offset.limitM},
        {u"offset_finding"_s, f.offset.finding},
        {u"nearer_outlet"_s,
            f.offset.nearerCode.isEmpty()
                ? QJsonValue()
                : QJsonValue(
                    QJsonObject {{u"code"_s, f.offset.nearerCode}, {u"name"_s, f.offset.nearerName},
                        {u"distance_m"_s, f.offset.nearerDistanceM}})}};
    addSite(json, f.site);
    QString human =
        u"outlet %1: %2 m from the permitted position (average of %3 checks,"
        u" accuracy %4 m; this call used %5 fixes, rejected %6, spread %7 m)"_s.arg(f.outletCode,
            QString::number(f.distanceM, 'f', 1), QString::number(f.overallFixes),
            QString::number(f.overall.accuracyM, 'f', 1), QString::number(f.fix.accepted),
            QString::number(f.fix.rejected), QString::number(f.fix.spreadM, 'f', 1));
    if (f.offset.finding)
        human += u"\nFINDING: more than %1 m from the permitted position"_s.arg(
            QString::number(f.offset.limitM, 'f', 0));
    if (!f.offset.nearerCode.isEmpty())
        human += u"\nnearer: outlet %1 (%2) is %3 m away"_s.arg(f.offset.nearerCode,
            f.offset.nearerName, QString::number(f.offset.nearerDistanceM, 'f', 1));
    context.print(json, human + siteText(f.site));
    return 0;
}

int InspectEvidenceCommands::undeclared(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments,
        {u"medium"_s, u"description"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"samples"_s},
        {u"far-ok"_s});
    const QString inspection = args.positional(0, u"inspect undeclared: INSPECTION"_s);
    args.allowPositionals(1, u"inspect undeclared"_s);
    const QString medium = args.choice(u"medium"_s, {u"air"_s, u"water"_s});
    const QString description = args.text(u"description"_s);
    const auto fixes = positionArguments(args, true);
    const auto observed = confirmingFar([&] {
        return InspectionService(context.session())
            .recordUndeclaredOutlet(inspection, medium, description, fixes, args.flag(u"far-ok"_s));
    });
    QJsonObject json {{u"observed_outlet_id"_s, observed.observedOutletId},
        {u"fix_id"_s, observed.fixId}, {u"fix"_s, positionJson(observed.fix.position)},
        {u"spread_m"_s, observed.fix.spreadM}, {u"medium"_s, medium}};
    addSite(json, observed.site);
    context.print(json,
        u"undeclared %1 outlet recorded: %2"_s.arg(medium, observed.observedOutletId)
            + siteText(observed.site));
    return 0;
}

int InspectEvidenceCommands::photo(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments,
        {u"subject"_s, u"caption"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"supersedes"_s},
        {u"far-ok"_s, u"imported"_s});
    const QString inspection = args.positional(0, u"inspect photo: INSPECTION"_s);
    const QString file = args.positional(1, u"inspect photo: FILE"_s);
    args.allowPositionals(2, u"inspect photo"_s);
    if (!QFileInfo(file).isFile())
        throw cli::UsageError(u"inspect photo: no such file "_s + file);
    InspectionService::PhotoInput input;
    input.filePath = file;
    input.subject = args.optionalText(u"subject"_s);
    input.caption = args.optionalText(u"caption"_s);
    input.supersedesId = args.optionalText(u"supersedes"_s);
    const auto positions = positionArguments(args, false);
    if (positions.size() > 1)
        throw cli::UsageError(u"inspect photo takes at most one position"_s);
    if (!positions.empty())
        input.position = positions.front();
    input.farConfirmed = args.flag(u"far-ok"_s);
    // A picture from elsewhere: its own EXIF time and position, never this device's.
    input.imported = args.flag(u"imported"_s);
    if (input.imported && input.position)
        throw cli::UsageError(u"inspect photo --imported takes its position from the file's EXIF;"
                              u" give no --lat/--lon"_s);
    const auto taken = confirmingFar(
        [&] { return InspectionService(context.session()).photo(inspection, input); });
    QJsonObject json {{u"photo_id"_s, taken.photoId}, {u"sha256"_s, taken.original.sha256},
        {u"byte_size"_s, qint64(taken.original.byteSize)}, {u"mime"_s, taken.original.mime},
        {u"path"_s, taken.path}, {u"imported"_s, taken.imported}};
    if (taken.imported) {
        const auto textOrNull = [](const QString &text) {
            return text.isEmpty() ? QJsonValue() : QJsonValue(text);
        };
        json.insert(u"exif_taken_at"_s, textOrNull(taken.exif.takenAt));
        json.insert(u"exif_lat"_s, CliContext::jsonValue(taken.exif.lat));
        json.insert(u"exif_lon"_s, CliContext::jsonValue(taken.exif.lon));
        json.insert(u"exif_problem"_s, textOrNull(taken.exif.problem));
    }
    addSite(json, taken.site);
    context.print(json,
        u"photo %1: sha256 %2, %3 bytes, kept as %4"_s.arg(taken.photoId, taken.original.sha256,
            QString::number(taken.original.byteSize), taken.path)
            + siteText(taken.site));
    return 0;
}

} // namespace outfall::device
