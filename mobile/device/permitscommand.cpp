#include "device/permitscommand.h"

#include "cli/commandline.h"
#include "core/devicesession.h"
#include "core/permitdirectory.h"
#include "device/clicontext.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::device {

int PermitsCommand::run(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {u"search"_s, u"limit"_s});
    args.allowPositionals(0, u"permits"_s);
    const QString search = args.has(u"search"_s) ? args.all(u"search"_s).last() : QString();
    const int limit = args.integer(u"limit"_s, 200, 1, 100000);
    const auto permits =
        mobile::PermitDirectory(context.session().database()).search(search, limit);
    QJsonArray list;
    QString human;
    for (const mobile::PermitSummary &p : permits) {
        list.append(QJsonObject {{u"id"_s, p.id}, {u"number"_s, p.number},
            {u"enterprise"_s, p.enterpriseName}, {u"enterprise_en"_s, p.enterpriseNameEn},
            {u"industry_code"_s, p.industryCode}, {u"outlets"_s, p.outletCount},
            {u"valid_to"_s, p.validTo}});
        human += u"%1  %2  (%3 outlets, valid to %4)\n"_s.arg(
            p.number, p.enterpriseName, QString::number(p.outletCount), p.validTo);
    }
    human += u"%1 permits"_s.arg(permits.size());
    context.print(QJsonObject {{u"permits"_s, list}, {u"count"_s, list.size()}}, human);
    return 0;
}

} // namespace outfall::device
