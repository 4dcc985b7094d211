#include "server/reviewctl.h"

#include "cli/commandline.h"
#include "server/ctlprint.h"
#include "server/ctlrequest.h"
#include "server/queuectlline.h"
#include "server/reviewrecords.h"
#include "sync/jsonbody.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// Options that take a value, for finding the command word among them.
const QStringList kValueOptions = {u"--server"_s, u"--credential"_s, u"--state"_s, u"--comment"_s,
    u"--out"_s, u"--permit"_s, u"--rule"_s, u"--reason"_s};

} // namespace

ReviewCtl::ReviewCtl(CliOutput &io)
    : m_io(io)
{ }

const QString &ReviewCtl::usageText()
{
    static const QString text =
        u"  review list [--state submitted|returned|approved] [--json]\n"
        u"                                  submitted inspections and their review state\n"
        u"  review show INSPECTION [--json] answers, findings, measurements, photos,\n"
        u"                                  signatures, flags and the review history\n"
        u"  review approve INSPECTION [--comment TEXT]\n"
        u"                                  approve a submitted inspection (locks it)\n"
        u"  review return INSPECTION --comment TEXT\n"
        u"                                  return it to its inspector to amend (supervisor)\n"_s;
    return text;
}

bool ReviewCtl::handles(const QStringList &arguments)
{
    return CtlRequest::isCommand(arguments, u"review"_s, kValueOptions);
}

int ReviewCtl::usage(const QString &problem)
{
    return m_io.usage(u"outfallctl"_s, problem);
}

int ReviewCtl::run(const QStringList &arguments)
{
    QueueCtlLine line;
    try {
        line = QueueCtlLine::read(arguments, u"comment"_s);
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (line.helpAsked) {
        m_io.out() << u"usage: outfallctl --server ENDPOINT --credential FILE review ...\n"_s
                   << usageText();
        m_io.out().flush();
        return 0;
    }
    const QString &action = line.action;
    sync::Message request;
    if (action == u"list") {
        if (!line.subjects.isEmpty())
            return usage(u"review list takes no arguments"_s);
        if (!line.state.isEmpty() && !ReviewRecords::isState(line.state))
            return usage(u"--state must be submitted, returned or approved, not "_s + line.state);
        if (line.noteGiven)
            return usage(u"--comment belongs to review approve and review return"_s);
        request.command = sync::Command::Reviews;
        if (!line.state.isEmpty())
            request.header.insert(u"s"_s, line.state);
    } else if (action == u"show" || action == u"approve" || action == u"return") {
        if (line.subjects.size() != 1)
            return usage(u"review %1 needs one INSPECTION id"_s.arg(action));
        if (!line.state.isEmpty())
            return usage(u"--state belongs to review list"_s);
        const QString comment = line.note.trimmed();
        if (action == u"show") {
            if (line.noteGiven)
                return usage(u"--comment belongs to review approve and review return"_s);
            request.command = sync::Command::Reviews;
        } else {
            if (line.json)
                return usage(u"--json belongs to review list and review show"_s);
            if (action == u"return" && comment.isEmpty())
                return usage(u"review return needs --comment TEXT: what the inspector should"
                             u" amend (it is shown on their tablet)"_s);
            if (line.noteGiven && comment.isEmpty())
                return usage(u"--comment is blank"_s);
            request.command = sync::Command::DecideReview;
            request.header.insert(u"a"_s, action);
            if (!comment.isEmpty())
                request.header.insert(u"c"_s, line.note);
        }
        request.header.insert(u"id"_s, line.subjects[0]);
    } else {
        return usage(action.isEmpty() ? u"review needs list, show, approve or return"_s
                                      : u"unknown review command "_s + action);
    }

    const QString what = u"review "_s + action;
    try {
        const sync::Message reply = CtlRequest(line.endpoint, line.credentialFile).send(request);
        if (action == u"list")
            printList(reply, line.json);
        else if (action == u"show")
            printShow(reply, line.json);
        else
            m_io.out() << u"inspection "_s << line.subjects[0] << u": "_s
                       << reply.header.value(u"s"_s).toString() << u" (review "_s
                       << reply.header.value(u"rid"_s).toString() << u")\n"_s;
        m_io.out().flush();
        return 0;
    } catch (const std::exception &e) {
        return CtlRequest::failed(m_io.err(), what, e);
    }
}

void ReviewCtl::printList(const sync::Message &reply, bool json)
{
    const QJsonArray rows = sync::jsonArrayIn(reply, u"inspections"_s);
    QTextStream &out = m_io.out();
    if (json)
        return printJson(out, rows);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        out << fieldText(row, u"id"_s) << u"  "_s << fieldText(row, u"state"_s) << u"  "_s
            << fieldText(row, u"permit"_s) << u"  "_s << fieldText(row, u"enterprise"_s) << u"  "_s
            << fieldText(row, u"inspector"_s) << u"  submitted "_s
            << fieldText(row, u"submitted_at"_s);
        if (row.value(u"comment"_s).isString())
            out << u"  \""_s << row.value(u"comment"_s).toString() << u'"';
        out << u'\n';
    }
    printCount(
        out, rows.size(), u"inspection"_s, reply.header.value(u"more"_s).toBool(), u"--state"_s);
}

void ReviewCtl::printShow(const sync::Message &reply, bool json)
{
    const QJsonObject r = sync::jsonObjectIn(reply, u"inspection"_s);
    QTextStream &out = m_io.out();
    if (json)
        return printJson(out, r);
    out << u"inspection "_s << fieldText(r, u"id"_s) << u"  "_s << fieldText(r, u"state"_s) << u'\n'
        << u"permit "_s << fieldText(r, u"permit"_s) << u"  "_s << fieldText(r, u"enterprise"_s)
        << u'\n' << u"inspector "_s << fieldText(r, u"inspector"_s) << u"  started "_s
        << fieldText(r, u"started_at"_s) << u"  submitted "_s << fieldText(r, u"submitted_at"_s)
        << u'\n';
    const auto section = [&](const QString &key, const QString &title, const QStringList &fields) {
        printSection(out, title, r.value(key).toArray(), fields);
    };
    section(u"reviews"_s, u"reviews"_s, {u"decision"_s, u"decided_by"_s, u"comment"_s});
    section(u"findings"_s, u"findings"_s, {u"item"_s, u"note"_s, u"text_en"_s});
    section(u"answers"_s, u"answers"_s, {u"item"_s, u"answer"_s, u"note"_s, u"in_force"_s});
    section(u"measurements"_s, u"measurements"_s,
        {u"outlet"_s, u"pollutant"_s, u"value"_s, u"unit"_s, u"in_force"_s});
    section(u"photos"_s, u"photos"_s, {u"id"_s, u"subject"_s, u"sha256"_s, u"uploaded"_s});
    section(u"signatures"_s, u"signatures"_s, {u"role"_s, u"name"_s, u"refused"_s});
    section(u"team"_s, u"team"_s, {u"name"_s, u"certificate_no"_s});
    section(u"flags"_s, u"flags"_s, {u"rule"_s, u"severity"_s, u"status"_s, u"message_en"_s});
}

} // namespace outfall::server
