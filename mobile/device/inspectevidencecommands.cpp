#include "device/inspectevidencecommands.h"

#include "core/actionrefused.h"
#include "core/devicesession.h"
#include "core/inspectionservice.h"
#include "core/permitdirectory.h"
#include "device/cliarguments.h"
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

} // namespace

int InspectEvidenceCommands::start(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(
        arguments, {u"phase"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"samples"_s});
    const QString number = args.positional(0, u"inspect start: PERMIT_NUMBER"_s);
    args.allowPositionals(1, u"inspect start"_s);
    const QString phase = args.choice(u"phase"_s, {u"post"_s, u"pre"_s});
    const auto fixes = positionArguments(args, true);
    if (fixes.size() != 1)
        throw UsageError(u"inspect start takes one arrival fix, got %1"_s.arg(fixes.size()));

    auto &session = context.session();
    const auto permit = mobile::PermitDirectory(session.database()).byNumber(number);
    if (!permit)
        throw mobile::ActionRefused(u"no permit %1 on this device"_s.arg(number));
    const auto started = InspectionService(session).start(permit->id,
        phase == u"pre" ? mobile::InspectionPhase::PreIssuance
                        : mobile::InspectionPhase::PostIssuance,
        fixes.front());
    context.print(
        {{u"inspection_id"_s, started.inspectionId}, {u"permit_number"_s, number},
            {u"template"_s, started.templateCode}, {u"arrival_fix_id"_s, started.arrivalFixId},
            {u"started_at"_s, qint64(started.startedAt)}},
        u"started inspection %1 of %2 (%3), checklist %4"_s.arg(
            started.inspectionId, number, permit->enterpriseName, started.templateCode));
    return 0;
}

int InspectEvidenceCommands::answer(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(arguments, {u"note"_s});
    const QString inspection = args.positional(0, u"inspect answer: INSPECTION"_s);
    const QString item = args.positional(1, u"inspect answer: ITEM_CODE"_s);
    const QString value =
        args.positional(2, u"inspect answer: compliant|non_compliant|not_applicable"_s);
    args.allowPositionals(3, u"inspect answer"_s);
    static const QStringList values = {u"compliant"_s, u"non_compliant"_s, u"not_applicable"_s};
    if (!values.contains(value))
        throw UsageError(u"answer must be %1, not \"%2\""_s.arg(values.join(u", "_s), value));
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
    const CliArguments args(arguments,
        {u"outlet"_s, u"pollutant"_s, u"value"_s, u"unit"_s, u"o2"_s, u"instrument"_s, u"method"_s,
            u"supersedes"_s});
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
        {u"note"_s, m.note.isEmpty() ? QJsonValue() : QJsonValue(m.note)}};
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
    const CliArguments args(
        arguments, {u"outlet"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"samples"_s});
    const QString inspection = args.positional(0, u"inspect fix: INSPECTION"_s);
    args.allowPositionals(1, u"inspect fix"_s);
    const QString outlet = args.text(u"outlet"_s);
    const auto fixes = positionArguments(args, true);
    const auto f = InspectionService(context.session()).fix(inspection, outlet, fixes);
    QJsonObject overall = positionJson(f.overall);
    overall.insert(u"fixes"_s, f.overallFixes);
    context.print({{u"fix_id"_s, f.fixId}, {u"outlet"_s, f.outletCode},
                      {u"fix"_s, positionJson(f.fix.position)}, {u"accepted"_s, f.fix.accepted},
                      {u"rejected"_s, f.fix.rejected}, {u"overall"_s, overall},
                      {u"distance_m"_s, f.distanceM}},
        u"outlet %1: %2 m from the permitted position (average of %3 checks, accuracy %4 m;"
        u" this call used %5 fixes, rejected %6)"_s.arg(f.outletCode,
            QString::number(f.distanceM, 'f', 1), QString::number(f.overallFixes),
            QString::number(f.overall.accuracyM, 'f', 1), QString::number(f.fix.accepted),
            QString::number(f.fix.rejected)));
    return 0;
}

int InspectEvidenceCommands::undeclared(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(arguments,
        {u"medium"_s, u"description"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"samples"_s});
    const QString inspection = args.positional(0, u"inspect undeclared: INSPECTION"_s);
    args.allowPositionals(1, u"inspect undeclared"_s);
    const QString medium = args.choice(u"medium"_s, {u"air"_s, u"water"_s});
    const QString description = args.text(u"description"_s);
    const auto fixes = positionArguments(args, true);
    const auto observed = InspectionService(context.session())
                              .recordUndeclaredOutlet(inspection, medium, description, fixes);
    context.print(
        {{u"observed_outlet_id"_s, observed.observedOutletId}, {u"fix_id"_s, observed.fixId},
            {u"fix"_s, positionJson(observed.fix.position)}, {u"medium"_s, medium}},
        u"undeclared %1 outlet recorded: %2"_s.arg(medium, observed.observedOutletId));
    return 0;
}

int InspectEvidenceCommands::photo(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(arguments,
        {u"subject"_s, u"caption"_s, u"lat"_s, u"lon"_s, u"accuracy"_s, u"supersedes"_s});
    const QString inspection = args.positional(0, u"inspect photo: INSPECTION"_s);
    const QString file = args.positional(1, u"inspect photo: FILE"_s);
    args.allowPositionals(2, u"inspect photo"_s);
    if (!QFileInfo(file).isFile())
        throw UsageError(u"inspect photo: no such file "_s + file);
    InspectionService::PhotoInput input;
    input.filePath = file;
    input.subject = args.optionalText(u"subject"_s);
    input.caption = args.optionalText(u"caption"_s);
    input.supersedesId = args.optionalText(u"supersedes"_s);
    const auto positions = positionArguments(args, false);
    if (positions.size() > 1)
        throw UsageError(u"inspect photo takes at most one position"_s);
    if (!positions.empty())
        input.position = positions.front();
    const auto taken = InspectionService(context.session()).photo(inspection, input);
    context.print({{u"photo_id"_s, taken.photoId}, {u"sha256"_s, taken.original.sha256},
                      {u"byte_size"_s, qint64(taken.original.byteSize)},
                      {u"mime"_s, taken.original.mime}, {u"path"_s, taken.path}},
        u"photo %1: sha256 %2, %3 bytes, kept as %4"_s.arg(taken.photoId, taken.original.sha256,
            QString::number(taken.original.byteSize), taken.path));
    return 0;
}

} // namespace outfall::device
