#include "server/applicationctl.h"

#include "cli/commandline.h"
#include "server/applicationrecords.h"
#include "server/ctlprint.h"
#include "server/ctlrequest.h"
#include "server/queuectlline.h"
#include "sync/jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

const QStringList kValueOptions = {u"--server"_s, u"--credential"_s, u"--state"_s, u"--reason"_s};

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
    QueueCtlLine line;
    try {
        line = QueueCtlLine::read(arguments, u"reason"_s);
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (line.helpAsked) {
        m_io.out() << u"usage: outfallctl --server ENDPOINT --credential FILE application"
                      u" ...\n"_s
                   << usageText();
        m_io.out().flush();
        return 0;
    }
    const QString &action = line.action;
    const bool deciding = ApplicationRecords::decisionFromVerb(action).has_value();
    sync::Message request;
    if (action == u"list") {
        if (!line.subjects.isEmpty())
            return usage(u"application list takes no arguments"_s);
        if (!line.state.isEmpty() && !ApplicationRecords::isState(line.state))
            return usage(u"--state must be pending, returned, approved, refused or issued, not "_s
                + line.state);
        if (line.noteGiven)
            return usage(u"--reason belongs to application approve, return and refuse"_s);
        request.command = sync::Command::Applications;
        if (!line.state.isEmpty())
            request.header.insert(u"s"_s, line.state);
    } else if (action == u"show" || deciding) {
        if (line.subjects.size() != 1)
            return usage(
                u"application %1 needs one APPLICATION (permit id or number)"_s.arg(action));
        if (!line.state.isEmpty())
            return usage(u"--state belongs to application list"_s);
        if (action == u"show") {
            if (line.noteGiven)
                return usage(u"--reason belongs to application approve, return and refuse"_s);
            request.command = sync::Command::Applications;
        } else {
            if (line.json)
                return usage(u"--json belongs to application list and application show"_s);
            if (line.note.trimmed().isEmpty())
                return usage(u"application %1 needs --reason TEXT: why (it is kept with the"
                             u" decision)"_s.arg(action));
            request.command = sync::Command::DecideApplication;
            request.header.insert(u"a"_s, action);
            request.header.insert(u"c"_s, line.note);
        }
        request.header.insert(u"id"_s, line.subjects[0]);
    } else {
        return usage(action.isEmpty() ? u"application needs list, show, approve, return or refuse"_s
                                      : u"unknown application command "_s + action);
    }

    const QString what = u"application "_s + action;
    try {
        const sync::Message reply = CtlRequest(line.endpoint, line.credentialFile).send(request);
        if (action == u"list")
            printList(reply, line.json);
        else if (action == u"show")
            printShow(reply, line.json);
        else
            m_io.out() << u"application "_s << line.subjects[0] << u": "_s
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
    const QJsonArray rows = sync::jsonArrayIn(reply, u"applications"_s);
    QTextStream &out = m_io.out();
    if (json)
        return printJson(out, rows);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        out << fieldText(row, u"number"_s) << u"  "_s << fieldText(row, u"state"_s)
            << u"  applied "_s << fieldText(row, u"applied_on"_s) << u"  "_s
            << fieldText(row, u"enterprise"_s) << u"  "_s << fieldText(row, u"mismatches"_s)
            << u" mismatch(es)\n"_s;
    }
    printCount(
        out, rows.size(), u"application"_s, reply.header.value(u"more"_s).toBool(), u"--state"_s);
}

void ApplicationCtl::printShow(const sync::Message &reply, bool json)
{
    const QJsonObject r = sync::jsonObjectIn(reply, u"application"_s);
    QTextStream &out = m_io.out();
    if (json)
        return printJson(out, r);
    out << u"application "_s << fieldText(r, u"number"_s) << u"  "_s << fieldText(r, u"state"_s)
        << u"  revision "_s << fieldText(r, u"revision"_s) << u'\n' << u"enterprise "_s
        << fieldText(r, u"enterprise"_s) << u"  applied "_s << fieldText(r, u"applied_on"_s)
        << u'\n';
    if (r.contains(u"capacity_value"_s))
        out << u"capacity declared "_s << fieldText(r, u"capacity_value"_s) << u' '
            << fieldText(r, u"capacity_unit"_s) << u'\n';
    if (r.value(u"state"_s) == u"issued"_s)
        out << u"issued "_s << fieldText(r, u"issued_on"_s) << u"  on decision "_s
            << (r.value(u"issued_decision_id"_s).isString()
                       ? r.value(u"issued_decision_id"_s).toString()
                       : u"none (issued with no decision on record)"_s)
            << u'\n';
    const auto section = [&](const QString &key, const QString &title,
                             const std::function<QStringList(const QJsonObject &)> &line) {
        printSection(out, title, r.value(key).toArray(), line);
    };
    section(u"outlets"_s, u"declared outlets"_s, [](const QJsonObject &o) {
        return QStringList {fieldText(o, u"code"_s), fieldText(o, u"name"_s),
            fieldText(o, u"medium"_s), fieldText(o, u"lat"_s) + u", "_s + fieldText(o, u"lon"_s)};
    });
    section(u"facilities"_s, u"treatment facilities"_s, [](const QJsonObject &o) {
        return QStringList {fieldText(o, u"code"_s), fieldText(o, u"name"_s),
            fieldText(o, u"treats"_s), fieldText(o, u"expected_state"_s)};
    });
    section(u"checks"_s, u"checked before issuance"_s, [](const QJsonObject &o) {
        const QString kind = fieldText(o, u"kind"_s);
        QStringList parts {kind, fieldText(o, u"subject"_s)};
        if (kind == u"outlet" || kind == u"facility")
            parts << u"found "_s + yesNo(o, u"found"_s);
        if (kind == u"facility")
            parts << u"running "_s + yesNo(o, u"running"_s);
        if (kind == u"capacity")
            parts << fieldText(o, u"observed_value"_s) + u' ' + fieldText(o, u"observed_unit"_s);
        if (kind == u"zone")
            parts << u"outside prohibited zones "_s + yesNo(o, u"outside_zones"_s);
        return parts;
    });
    section(u"flags"_s, u"mismatches"_s, [](const QJsonObject &o) {
        return QStringList {
            fieldText(o, u"rule"_s), fieldText(o, u"status"_s), fieldText(o, u"message_en"_s)};
    });
    section(u"decisions"_s, u"decisions"_s, [](const QJsonObject &o) {
        return QStringList {fieldText(o, u"decision"_s), fieldText(o, u"decided_at"_s),
            fieldText(o, u"decided_by_name"_s) + u" ("_s + fieldText(o, u"decided_by"_s) + u')',
            fieldText(o, u"reason"_s)};
    });
}

} // namespace outfall::server
