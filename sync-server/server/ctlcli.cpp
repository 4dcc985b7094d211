#include "server/ctlcli.h"

#include "cli/commandline.h"
#include "rules/flagjson.h"
#include "server/applicationctl.h"
#include "server/casectl.h"
#include "server/ctlrequest.h"
#include "server/logoutput.h"
#include "server/reviewctl.h"
#include "server/routecli.h"
#include "store/flagrecords.h"
#include "sync/enrolment.h"
#include "sync/jsonbody.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

const QString kUsage =
    u"usage: outfallctl --server ENDPOINT --credential FILE COMMAND ARGS\n"
    u"commands:\n"
    u"  enroll INSPECTOR --out FILE     one-time enrolment file for a device of INSPECTOR\n"
    u"  revoke DEVICE                   refuse the device's key from now on\n"
    u"  assign INSPECTOR PERMIT...      assign permits (numbers or ids) to an inspector\n"
    u"  unassign INSPECTOR PERMIT...    withdraw them (devices drop their data)\n"
    u"  flags [--permit P] [--rule R] [--state S] [--json] [--lang en|zh]\n"
    u"                                  list discrepancy flags (S: open, resolved,\n"
    u"                                  acknowledged, dismissed), each with its inputs\n"
    u"                                  and steps in the --lang given (default en)\n"
    u"  flag ack|dismiss ID --reason TEXT\n"
    u"                                  acknowledge or dismiss a flag (supervisor or\n"
    u"                                  enforcement role)\n"
    u"  route ... | conflict ...        draws, routes, conflicts of interest (route --help)\n"
    u"  review ...                      review submitted inspections (outfallctl review)\n"
    u"  log head                        the evidence log's latest signed tree head\n"
    u"  log prove RECORD                a record's inclusion proof, checked here\n"
    u"  log consistency OLD_SIZE NEW_SIZE\n"
    u"                                  proof that the log of NEW_SIZE extends OLD_SIZE\n"
    u"exit codes: 0 done, 1 refused or failed (or a proof that does not verify),\n"
    u"            2 bad command line,\n"
    u"            3 no such device, inspector, permit, flag or inspection (NOT_FOUND)\n"_s;

} // namespace

CtlCli::CtlCli() = default;

CtlCli::CtlCli(QTextStream *out, QTextStream *err)
    : m_io(out, err)
    , m_out(&m_io.out())
    , m_err(&m_io.err())
{ }

int CtlCli::usage(const QString &problem)
{
    return m_io.usage(u"outfallctl"_s, problem);
}

int CtlCli::run(const QStringList &arguments)
{
    // route and conflict have options of their own: RouteCli reads the whole command line.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--server" || arguments[i] == u"--credential") {
            ++i;
            continue;
        }
        if (arguments[i] == u"route" || arguments[i] == u"conflict")
            return RouteCli(m_out, m_err).run(arguments);
        if (!arguments[i].startsWith(u"--"))
            break;
    }
    if (ReviewCtl::handles(arguments)) // its own options (--comment, --state of reviews)
        return ReviewCtl(m_io).run(arguments);
    if (CaseCtl::handles(arguments)) // its own options; case verify needs no server
        return CaseCtl(m_io).run(arguments);
    if (ApplicationCtl::handles(arguments)) // its own --reason and --state
        return ApplicationCtl(m_io).run(arguments);
    QString endpoint;
    QString credentialFile;
    QString outFile;
    QString permit;
    QString rule;
    QString state;
    QString reason;
    QString language;
    bool json = false;
    bool reasonGiven = false;
    QStringList positional;
    try {
        const cli::CommandLine line(arguments.mid(1),
            {u"server"_s, u"credential"_s, u"out"_s, u"permit"_s, u"rule"_s, u"state"_s,
                u"reason"_s, u"lang"_s},
            {u"json"_s});
        if (line.helpAsked()) {
            *m_out << kUsage << ReviewCtl::usageText() << CaseCtl::usageText()
                   << ApplicationCtl::usageText();
            return 0;
        }
        endpoint = line.optionalText(u"server"_s);
        credentialFile = line.optionalText(u"credential"_s);
        outFile = line.optionalText(u"out"_s);
        permit = line.optionalText(u"permit"_s);
        rule = line.optionalText(u"rule"_s);
        state = line.optionalText(u"state"_s);
        reasonGiven = line.has(u"reason"_s);
        reason = line.all(u"reason"_s).value(0);
        language = line.optionalText(u"lang"_s);
        json = line.flag(u"json"_s);
        positional = line.positionals();
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (endpoint.isEmpty() || credentialFile.isEmpty())
        return usage(u"--server ENDPOINT and --credential FILE are required"_s);
    if (positional.isEmpty())
        return usage(u"no command given"_s);
    const QString command = positional.takeFirst();
    if (command != u"flags"
        && (!permit.isEmpty() || !rule.isEmpty() || !state.isEmpty() || json
            || !language.isEmpty()))
        return usage(
            u"--permit, --rule, --state, --json and --lang belong to flags, not "_s + command);
    if (!language.isEmpty() && language != u"en" && language != u"zh")
        return usage(u"--lang must be en or zh, not \"%1\""_s.arg(language));
    if (language.isEmpty())
        language = u"en"_s;
    if (command != u"flag" && reasonGiven)
        return usage(u"--reason belongs to flag ack|dismiss, not "_s + command);

    sync::Message request;
    if (command == u"enroll") {
        if (positional.size() != 1 || outFile.isEmpty())
            return usage(u"enroll needs one INSPECTOR and --out FILE"_s);
        request.command = sync::Command::IssueToken;
        request.header.insert(u"i"_s, positional[0]);
    } else if (command == u"revoke") {
        if (positional.size() != 1)
            return usage(u"revoke needs one DEVICE id"_s);
        request.command = sync::Command::Revoke;
        request.header.insert(u"dev"_s, positional[0]);
    } else if (command == u"assign" || command == u"unassign") {
        if (positional.size() < 2)
            return usage(command + u" needs an INSPECTOR and at least one PERMIT"_s);
        request.command = command == u"assign" ? sync::Command::Assign : sync::Command::Unassign;
        request.header.insert(u"i"_s, positional.takeFirst());
        request.header.insert(u"p"_s, QCborArray::fromStringList(positional));
    } else if (command == u"flags") {
        if (!positional.isEmpty())
            return usage(u"flags takes no arguments, got "_s + positional.join(u' '));
        if (!state.isEmpty() && !store::FlagRecords::isStatus(state))
            return usage(
                u"--state must be open, resolved, acknowledged or dismissed, not "_s + state);
        request.command = sync::Command::Flags;
        for (const auto &[key, value] :
            {std::pair {u"p"_s, permit}, std::pair {u"r"_s, rule}, std::pair {u"s"_s, state}}) {
            if (!value.isEmpty())
                request.header.insert(key, value);
        }
    } else if (command == u"flag") {
        const QString decision = positional.value(0);
        if (positional.size() != 2 || (decision != u"ack" && decision != u"dismiss"))
            return usage(u"flag needs ack or dismiss and one flag ID"_s);
        if (reason.trimmed().isEmpty())
            return usage(
                u"flag %1 needs --reason TEXT (why, kept with the decision)"_s.arg(decision));
        request.command = sync::Command::DecideFlag;
        request.header.insert(u"d"_s, decision);
        request.header.insert(u"id"_s, positional[1]);
        request.header.insert(u"why"_s, reason);
    } else if (command == u"log") {
        const QString what = positional.value(0);
        if (what == u"head" && positional.size() == 1) {
            request.command = sync::Command::LogHead;
        } else if (what == u"prove" && positional.size() == 2) {
            request.command = sync::Command::LogProve;
            request.header.insert(u"id"_s, positional[1]);
        } else if (what == u"consistency" && positional.size() == 3) {
            bool okA = false;
            bool okB = false;
            const qint64 a = positional[1].toLongLong(&okA);
            const qint64 b = positional[2].toLongLong(&okB);
            if (!okA || !okB || a < 0 || b < 0)
                return usage(u"log consistency needs two sizes (whole numbers >= 0)"_s);
            request.command = sync::Command::LogConsistency;
            request.header.insert(u"a"_s, a);
            request.header.insert(u"b"_s, b);
        } else {
            return usage(u"log needs head, prove RECORD or consistency OLD_SIZE NEW_SIZE"_s);
        }
    } else {
        return usage(u"unknown command "_s + command);
    }

    try {
        CtlRequest server(endpoint, credentialFile);
        const sync::Message reply = server.send(request);
        if (command == u"enroll") {
            sync::Enrolment::writeFile(outFile, endpoint, server.serverPublicKey(),
                reply.header.value(u"token"_s).toString());
            *m_out << u"wrote enrolment file "_s << outFile << u" (one use, valid 7 days)\n"_s;
        } else if (command == u"flags") {
            printFlags(reply, json, language);
        } else if (command == u"log") {
            const bool verified = LogOutput(*m_out).print(request, reply);
            m_out->flush();
            return verified ? 0 : 1;
        } else if (command == u"flag") {
            *m_out << u"flag "_s << positional[1] << u": "_s
                   << reply.header.value(u"s"_s).toString() << u'\n';
        } else {
            *m_out << command << u": "_s << reply.header.value(u"n"_s).toInteger()
                   << u" changed\n"_s;
        }
        m_out->flush();
        return 0;
    } catch (const std::exception &e) {
        return CtlRequest::failed(*m_err, command, e);
    }
}

void CtlCli::printFlags(const sync::Message &reply, bool json, const QString &language)
{
    const QJsonArray flags = sync::jsonArrayIn(reply, u"flags"_s);
    const bool more = reply.header.value(u"more"_s).toBool();
    if (json) {
        *m_out << QString::fromUtf8(QJsonDocument(flags).toJson(QJsonDocument::Indented));
    } else {
        for (const QJsonValue &value : flags) {
            const QJsonObject flag = value.toObject();
            auto field = [&](const char16_t *key) {
                const QJsonValue v = flag.value(QString::fromUtf16(key));
                return v.isString() ? v.toString() : u"-"_s;
            };
            *m_out << field(u"id") << u"  "_s << field(u"rule") << u"  "_s << field(u"severity")
                   << u"  "_s << field(u"status") << u"  "_s << field(u"permit_id") << u"  "_s
                   << field(u"pollutant") << u"  "_s << field(u"period") << u"  "_s
                   << field(language == u"zh" ? u"message_zh" : u"message_en") << u'\n';
            // The computation in the language asked for (English where a flag stored before
            // it was bilingual has no Chinese).
            const QJsonObject computation = flag.value(u"computation"_s).toObject();
            QStringList inputs;
            for (const rules::FlagInput &input :
                rules::inputsFromJson(computation.value(u"inputs"_s).toArray()))
                inputs
                    << u"%1 %2 %3"_s.arg(input.nameIn(language), input.value, input.unit).trimmed();
            if (!inputs.isEmpty())
                *m_out << u"    "_s << inputs.join(u" · "_s) << u'\n';
            for (const rules::FlagStep &step : rules::stepsFromJson(computation))
                *m_out << u"    "_s << step.textIn(language) << u'\n';
        }
        *m_out << flags.size() << u" flag(s)"_s
               << (more ? u"; more not shown, narrow with --permit, --rule or --state"_s
                        : QString())
               << u'\n';
    }
}

} // namespace outfall::server
