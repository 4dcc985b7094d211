#include "device/flagscommand.h"

#include "cli/commandline.h"
#include "core/deviceflags.h"
#include "core/devicesession.h"
#include "core/flagcomputation.h"
#include "device/clicontext.h"
#include "rules/evaluationdate.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::device {

namespace {

QDate evaluationDate(const cli::CommandLine &args)
{
    if (!args.has(u"as-of"_s))
        return rules::todayInChina();
    QString problem;
    const QDate date = rules::parseAsOf(args.text(u"as-of"_s), problem);
    if (!date.isValid())
        throw cli::UsageError(problem);
    return date;
}

} // namespace

int FlagsCommand::run(CliContext &context, const QStringList &arguments)
{
    const cli::CommandLine args(arguments, {u"as-of"_s, u"lang"_s});
    args.allowPositionals(0, u"flags"_s);
    const QDate asOf = evaluationDate(args);
    // The human listing's language: message, input names and steps (a flag stored before
    // they were bilingual shows its computation in English). JSON carries both.
    const QString language =
        args.has(u"lang"_s) ? args.choice(u"lang"_s, {u"en"_s, u"zh"_s}) : u"en"_s;
    const auto flags = mobile::DeviceFlags(context.session().database()).list(asOf);
    QJsonArray list;
    QString human;
    int provisional = 0;
    for (const mobile::DeviceFlag &flag : flags) {
        QJsonObject object = flag.record.toJson();
        object.insert(u"provisional"_s, flag.provisional);
        list.append(object);
        provisional += flag.provisional ? 1 : 0;
        const auto &r = flag.record;
        human += u"%1  %2  %3  %4%5  %6\n"_s.arg(r.id, r.ruleId, r.severity, r.status,
            flag.provisional ? u" (provisional)"_s : QString(),
            language == u"zh" ? r.messageZh : r.messageEn);
        const auto computation = mobile::FlagComputation::parse(
            r.computation.isEmpty() ? r.compared : r.computation, r.evidence);
        if (!computation.inputs.isEmpty())
            human += u"    "_s + computation.inputsText(language) + u'\n';
        for (const QString &line : computation.stepsText(language).split(u'\n', Qt::SkipEmptyParts))
            human += u"    "_s + line + u'\n';
    }
    human += u"%1 flags (%2 provisional) as of %3"_s.arg(flags.size())
                 .arg(provisional)
                 .arg(asOf.toString(Qt::ISODate));
    context.print(
        QJsonObject {{u"flags"_s, list}, {u"count"_s, list.size()}, {u"provisional"_s, provisional},
            {u"as_of"_s, asOf.toString(Qt::ISODate)}, {u"lang"_s, language}},
        human);
    return 0;
}

} // namespace outfall::device
