#include "device/inspectsigncommands.h"

#include "cli/commandline.h"
#include "core/inspectionservice.h"
#include "device/clicontext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::device {

int InspectSignCommands::sign(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(
        arguments, {u"role"_s, u"name"_s, u"inspector"_s, u"witness"_s}, {u"refused"_s});
    const QString inspection = args.positional(0, u"inspect sign: INSPECTION"_s);
    args.allowPositionals(1, u"inspect sign"_s);
    const bool refused = args.flag(u"refused"_s);
    // Only the enterprise's representative can refuse; --role may be left out then.
    const QString role = refused && !args.has(u"role"_s)
        ? u"representative"_s
        : args.choice(u"role"_s, {u"inspector"_s, u"representative"_s});
    if (refused && role != u"representative")
        throw cli::UsageError(u"--refused is for the representative, not the %1"_s.arg(role));
    if (args.has(u"witness"_s) && !refused)
        throw cli::UsageError(u"--witness is for a refusal (--refused)"_s);
    if (args.has(u"inspector"_s) && role != u"inspector")
        throw cli::UsageError(u"--inspector names the team member signing as inspector"_s);
    const QString name = args.text(u"name"_s);
    // A refusal is recorded with its witness; the service says so when --witness is missing.
    const QString witness = args.optionalText(u"witness"_s);

    mobile::InspectionService service(context.session());
    const QString id = refused ? service.refuse(inspection, name, witness)
                               : service.sign(inspection,
                                   role == u"inspector" ? mobile::SignerRole::Inspector
                                                        : mobile::SignerRole::Representative,
                                   name, {}, args.optionalText(u"inspector"_s));
    context.print({{u"signature_id"_s, id}, {u"role"_s, role}, {u"name"_s, name},
                      {u"refused"_s, refused}, {u"witness"_s, witness}},
        refused ? u"recorded: the representative %1 refused to sign, witnessed by %2 (%3)"_s.arg(
            name, witness, id)
                : u"signed by the %1 %2 (%3)"_s.arg(role, name, id));
    return 0;
}

int InspectSignCommands::submit(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {});
    const QString inspection = args.positional(0, u"inspect submit: INSPECTION"_s);
    args.allowPositionals(1, u"inspect submit"_s);
    // A returned inspection is resubmitted by the same action (it answers the return).
    const std::int64_t at = mobile::InspectionService(context.session()).submit(inspection);
    context.print({{u"inspection_id"_s, inspection}, {u"status"_s, u"submitted"_s},
                      {u"submitted_at"_s, qint64(at)}},
        u"inspection %1 submitted at %2"_s.arg(inspection, CliContext::instant(at)));
    return 0;
}

} // namespace outfall::device
