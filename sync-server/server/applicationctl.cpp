#include "server/applicationctl.h"

#include "cli/commandline.h"
#include "server/applicationrecords.h"
#include "server/ctlrequest.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

const QStringList kValueOptions = {u"--server"_s, u"--credential"_s, u"--state"_s, u"--reason"_s};

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return u"-"_s;
}

QString yesNo(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? (value.toInt() != 0 ? u"yes"_s : u"no"_s) : u"-"_s;
}

} // namespace

ApplicationCtl::ApplicationCtl(CliOutput &io)
    : m_io(io)
{ }

const QString &ApplicationCtl::usageText()
{
    static const QString text =
        u"  application list [--state pending|returned|approved|refused|issued] [--json]\n"
        u"                                  applications before issuance and their state\n"
        u"  application show APPLICATION [--json]\n"
        u"                                  declarations, pre-issuance checks, mismatches\n"
        u"                                  flagged, decisions, the issued permit's link\n"
        u"  application approve|return|refuse APPLICATION --reason TEXT\n"
        u"                                  decide on an application (supervisor)\n"_s;
    return text;
}

bool ApplicationCtl::handles(const QStringList &arguments)
{
    return CtlRequest::isCommand(arguments, u"application"_s, kValueOptions);
}

int ApplicationCtl::usage(const QString &problem)
{
    return m_io.usage(u"outfallctl"_s, problem);
}

int ApplicationCtl::run(const QStringList &arguments)
{
    QString endpoint;
    QString credentialFile;
    QString state;
    QString reason;
    bool reasonGiven = false;
    bool json = false;
    QStringList positional;
    try {
        const cli::CommandLine line(arguments.mid(1),
            {u"server"_s, u"credential"_s, u"state"_s, u"reason"_s}, {u"json"_s});
        if (line.helpAsked()) {
            m_io.out() << u"usage: outfallctl --server ENDPOINT --credential FILE application"
                          u" ...\n"_s
                       << usageText();
            m_io.out().flush();
            return 0;
        }
        endpoint = line.optionalText(u"server"_s);
        credentialFile = line.optionalText(u"credential"_s);
        state = line.optionalText(u"state"_s);
        reasonGiven = line.has(u"reason"_s);
        reason = line.all(u"reason"_s).value(0);
        json = line.flag(u"json"_s);
        positional = line.positionals();
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (endpoint.isEmpty() || credentialFile.isEmpty())
        return usage(u"--server ENDPOINT and --credential FILE are required"_s);
    positional.removeFirst(); // "application"
    const QString action = positional.value(0);
    const bool deciding = ApplicationRecords::decisionFromVerb(action).has_value();
    sync::Message request;
    if (action == u"list") {
        if (positional.size() != 1)
            return usage(u"application list takes no arguments"_s);
        if (!state.isEmpty() && !ApplicationRecords::isState(state))
            return usage(
                u"--state must be pending, returned, approved, refused or issued, not "_s + state);
        if (reasonGiven)
            return usage(u"--reason belongs to application approve, return and refuse"_s);
        request.command = sync::Command::Applications;
        if (!state.isEmpty())
            request.header.insert(u"s"_s, state);
    } else if (action == u"show" || deciding) {
        if (positional.size() != 2)
            return usage(
                u"application %1 needs one APPLICATION (permit id or number)"_s.arg(action));
        if (!state.isEmpty())
            return usage(u"--state belongs to application list"_s);
        if (action == u"show") {
            if (reasonGiven)
                return usage(u"--reason belongs to application approve, return and refuse"_s);
            request.command = sync::Command::Applications;
        } else {
            if (json)
                return usage(u"--json belongs to application list and application show"_s);
            if (reason.trimmed().isEmpty())
                return usage(u"application %1 needs --reason TEXT: why (it is kept with the"
                             u" decision)"_s.arg(action));
            request.command = sync::Command::DecideApplication;
            request.header.insert(u"a"_s, action);
            request.header.insert(u"c"_s, reason);
        }
        request.header.insert(u"id"_s, positional[1]);
    } else {
        return usage(action.isEmpty() ? u"application needs list, show, approve, return or refuse"_s
                                      : u"unknown application command "_s + action);
    }

    const QString what = u"application "_s + action;
    try {
        const sync::Message reply = CtlRequest(endpoint, credentialFile).send(request);
        if (action == u"list")
            printList(reply, json);
        else if (action == u"show")
            printShow(reply, json);
        else
            m_io.out() << u"application "_s << positional[1] << u": "_s
                       << reply.header.value(u"s"_s).toString() << u" (decision "_s
                       << reply.header.value(u"did"_s).toString() << u")\n"_s;
        m_io.out().flush();
        return 0;
    } catch (const std::exception &e) {
        return CtlRequest::failed(m_io.err(), what, e);
    }
}

void ApplicationCtl::printList(const sync::Message &reply, bool json)
{
    const QJsonArray rows = reply.header.value(u"a"_s).toArray().toJsonArray();
    QTextStream &out = m_io.out();
    if (json) {
        out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return;
    }
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        out << text(row, u"number"_s) << u"  "_s << text(row, u"state"_s) << u"  applied "_s
            << text(row, u"applied_on"_s) << u"  "_s << text(row, u"enterprise"_s) << u"  "_s
            << text(row, u"mismatches"_s) << u" mismatch(es)\n"_s;
    }
    out << rows.size() << u" application(s)"_s
        << (reply.header.value(u"more"_s).toBool() ? u"; more not shown, narrow with --state"_s
                                                   : QString())
        << u'\n';
}

void ApplicationCtl::printShow(const sync::Message &reply, bool json)
{
    const QJsonObject r = reply.header.value(u"r"_s).toMap().toJsonObject();
    QTextStream &out = m_io.out();
    if (json) {
        out << QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Indented));
        return;
    }
    out << u"application "_s << text(r, u"number"_s) << u"  "_s << text(r, u"state"_s)
        << u"  revision "_s << text(r, u"revision"_s) << u'\n' << u"enterprise "_s
        << text(r, u"enterprise"_s) << u"  applied "_s << text(r, u"applied_on"_s) << u'\n';
    if (r.contains(u"capacity_value"_s))
        out << u"capacity declared "_s << text(r, u"capacity_value"_s) << u' '
            << text(r, u"capacity_unit"_s) << u'\n';
    if (r.value(u"state"_s) == u"issued"_s)
        out << u"issued "_s << text(r, u"issued_on"_s) << u"  on decision "_s
            << (r.value(u"issued_decision_id"_s).isString()
                       ? r.value(u"issued_decision_id"_s).toString()
                       : u"none (issued with no decision on record)"_s)
            << u'\n';
    const auto section = [&](const QString &key, const QString &title, const auto &line) {
        const QJsonArray rows = r.value(key).toArray();
        out << title << u" ("_s << rows.size() << u")\n"_s;
        for (const QJsonValue &value : rows)
            out << u"  "_s << line(value.toObject()).join(u"  "_s) << u'\n';
    };
    section(u"outlets"_s, u"declared outlets"_s, [](const QJsonObject &o) {
        return QStringList {text(o, u"code"_s), text(o, u"name"_s), text(o, u"medium"_s),
            text(o, u"lat"_s) + u", "_s + text(o, u"lon"_s)};
    });
    section(u"facilities"_s, u"treatment facilities"_s, [](const QJsonObject &o) {
        return QStringList {text(o, u"code"_s), text(o, u"name"_s), text(o, u"treats"_s),
            text(o, u"expected_state"_s)};
    });
    section(u"checks"_s, u"checked before issuance"_s, [](const QJsonObject &o) {
        const QString kind = text(o, u"kind"_s);
        QStringList parts {kind, text(o, u"subject"_s)};
        if (kind == u"outlet" || kind == u"facility")
            parts << u"found "_s + yesNo(o, u"found"_s);
        if (kind == u"facility")
            parts << u"running "_s + yesNo(o, u"running"_s);
        if (kind == u"capacity")
            parts << text(o, u"observed_value"_s) + u' ' + text(o, u"observed_unit"_s);
        if (kind == u"zone")
            parts << u"outside prohibited zones "_s + yesNo(o, u"outside_zones"_s);
        return parts;
    });
    section(u"flags"_s, u"mismatches"_s, [](const QJsonObject &o) {
        return QStringList {text(o, u"rule"_s), text(o, u"status"_s), text(o, u"message_en"_s)};
    });
    section(u"decisions"_s, u"decisions"_s, [](const QJsonObject &o) {
        return QStringList {text(o, u"decision"_s), text(o, u"decided_at"_s),
            text(o, u"decided_by_name"_s) + u" ("_s + text(o, u"decided_by"_s) + u')',
            text(o, u"reason"_s)};
    });
}

} // namespace outfall::server
