#include "device/inspectteamcommands.h"

#include "cli/commandline.h"
#include "core/devicesession.h"
#include "core/inspectionrecords.h"
#include "core/inspectionservice.h"
#include "device/clicontext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::device {

int InspectTeamCommands::team(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {u"add"_s, u"remove"_s});
    const QString inspection = args.positional(0, u"inspect team: INSPECTION"_s);
    args.allowPositionals(1, u"inspect team"_s);
    mobile::InspectionService service(context.session());
    QStringList added;
    for (const QString &inspector : args.all(u"add"_s))
        added << service.addInspector(inspection, inspector).name;
    QStringList removed;
    for (const QString &inspector : args.all(u"remove"_s))
        removed << service.removeInspector(inspection, inspector);

    // The team as it stands, lead first: the names and certificates the record will carry.
    const mobile::InspectionRecords records(context.session().database());
    QJsonArray members;
    QStringList lines;
    for (const auto &member : records.team(records.require(inspection))) {
        members.append(QJsonObject {{u"inspector_id"_s, member.inspectorId},
            {u"code"_s, member.code}, {u"name"_s, member.name},
            {u"certificate_no"_s, member.certificateNo}, {u"lead"_s, member.lead}});
        lines << u"%1 %2 (%3) certificate %4"_s.arg(member.lead ? u"lead  "_s : u"member"_s,
            member.name, member.code,
            member.certificateNo.isEmpty() ? u"none on record"_s : member.certificateNo);
    }
    QString text = lines.join(u'\n');
    if (!removed.isEmpty())
        text.prepend(u"removed %1\n"_s.arg(removed.join(u", "_s)));
    if (!added.isEmpty())
        text.prepend(u"added %1\n"_s.arg(added.join(u", "_s)));
    context.print({{u"inspection_id"_s, inspection}, {u"team"_s, members}}, text);
    return 0;
}

int InspectTeamCommands::production(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {u"load"_s});
    const QString inspection = args.positional(0, u"inspect production: INSPECTION"_s);
    const QString state = args.positional(1, u"inspect production: running|partial|stopped"_s);
    args.allowPositionals(2, u"inspect production"_s);
    const std::optional<double> load = args.optionalNumber(u"load"_s);
    mobile::InspectionService(context.session()).recordProduction(inspection, state, load);
    QJsonObject json {{u"inspection_id"_s, inspection}, {u"production_load"_s, state}};
    if (load)
        json.insert(u"production_load_pct"_s, *load);
    context.print(json,
        load ? u"production %1 at %2 % load recorded"_s.arg(state).arg(*load)
             : u"production %1 recorded"_s.arg(state));
    return 0;
}

} // namespace outfall::device
