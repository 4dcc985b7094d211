#include "device/inspectcommand.h"

#include "cli/commandline.h"
#include "device/inspectevidencecommands.h"
#include "device/inspectsigncommands.h"
#include "device/inspectteamcommands.h"
#include "device/inspectviewcommands.h"

using namespace Qt::StringLiterals;

namespace outfall::device {

int InspectCommand::run(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty())
        throw cli::UsageError(
            u"inspect needs a subcommand: start, answer, measure, fix, undeclared,"
            u" photo, team, production, sign, submit, resubmit, list or show"_s);
    const QString sub = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (sub == u"start")
        return InspectEvidenceCommands::start(context, rest);
    if (sub == u"answer")
        return InspectEvidenceCommands::answer(context, rest);
    if (sub == u"measure")
        return InspectEvidenceCommands::measure(context, rest);
    if (sub == u"fix")
        return InspectEvidenceCommands::fix(context, rest);
    if (sub == u"undeclared")
        return InspectEvidenceCommands::undeclared(context, rest);
    if (sub == u"photo")
        return InspectEvidenceCommands::photo(context, rest);
    if (sub == u"team")
        return InspectTeamCommands::team(context, rest);
    if (sub == u"production")
        return InspectTeamCommands::production(context, rest);
    if (sub == u"sign")
        return InspectSignCommands::sign(context, rest);
    if (sub == u"submit" || sub == u"resubmit") // resubmit: after a supervisor's return
        return InspectSignCommands::submit(context, rest);
    if (sub == u"list")
        return InspectViewCommands::list(context, rest);
    if (sub == u"show")
        return InspectViewCommands::show(context, rest);
    throw cli::UsageError(u"unknown inspect subcommand \"%1\""_s.arg(sub));
}

} // namespace outfall::device
