#include "server/reviewctl.h"

#include "cli/commandline.h"
#include "server/ctlrequest.h"
#include "server/reviewrecords.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// Options that take a value, for finding the command word among them.
const QStringList kValueOptions = {u"--server"_s, u"--credential"_s, u"--state"_s, u"--comment"_s,
    u"--out"_s, u"--permit"_s, u"--rule"_s, u"--reason"_s};

QString text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return u"-"_s;
}

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
    QString endpoint;
    QString credentialFile;
    QString state;
    QString comment;
    bool commentGiven = false;
    bool json = false;
    QStringList positional;
    try {
        const cli::CommandLine line(arguments.mid(1),
            {u"server"_s, u"credential"_s, u"state"_s, u"comment"_s}, {u"json"_s});
        if (line.helpAsked()) {
            m_io.out() << u"usage: outfallctl --server ENDPOINT --credential FILE review ...\n"_s
                       << usageText();
            m_io.out().flush();
            return 0;
        }
        endpoint = line.optionalText(u"server"_s);
        credentialFile = line.optionalText(u"credential"_s);
        state = line.optionalText(u"state"_s);
        commentGiven = line.has(u"comment"_s);
        comment = line.all(u"comment"_s).value(0);
        json = line.flag(u"json"_s);
        positional = line.positionals();
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    if (endpoint.isEmpty() || credentialFile.isEmpty())
        return usage(u"--server ENDPOINT and --credential FILE are required"_s);
    positional.removeFirst(); // "review"
    const QString action = positional.value(0);
    sync::Message request;
    if (action == u"list") {
        if (positional.size() != 1)
            return usage(u"review list takes no arguments"_s);
        if (!state.isEmpty() && !ReviewRecords::isState(state))
            return usage(u"--state must be submitted, returned or approved, not "_s + state);
        if (commentGiven)
            return usage(u"--comment belongs to review approve and review return"_s);
        request.command = sync::Command::Reviews;
        if (!state.isEmpty())
            request.header.insert(u"s"_s, state);
    } else if (action == u"show" || action == u"approve" || action == u"return") {
        if (positional.size() != 2)
            return usage(u"review %1 needs one INSPECTION id"_s.arg(action));
        if (!state.isEmpty())
            return usage(u"--state belongs to review list"_s);
        if (action == u"show") {
            if (commentGiven)
                return usage(u"--comment belongs to review approve and review return"_s);
            request.command = sync::Command::Reviews;
        } else {
            if (json)
                return usage(u"--json belongs to review list and review show"_s);
            if (action == u"return" && comment.trimmed().isEmpty())
                return usage(u"review return needs --comment TEXT: what the inspector should"
                             u" amend (it is shown on their tablet)"_s);
            if (commentGiven && comment.trimmed().isEmpty())
                return usage(u"--comment is blank"_s);
            request.command = sync::Command::DecideReview;
            request.header.insert(u"a"_s, action);
            if (!comment.trimmed().isEmpty())
                request.header.insert(u"c"_s, comment);
        }
        request.header.insert(u"id"_s, positional[1]);
    } else {
        return usage(action.isEmpty() ? u"review needs list, show, approve or return"_s
                                      : u"unknown review command "_s + action);
    }

    const QString what = u"review "_s + action;
    try {
        const sync::Message reply = CtlRequest(endpoint, credentialFile).send(request);
        if (action == u"list")
            printList(reply, json);
        else if (action == u"show")
            printShow(reply, json);
        else
            m_io.out() << u"inspection "_s << positional[1] << u": "_s
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
    const QJsonArray rows = reply.header.value(u"i"_s).toArray().toJsonArray();
    QTextStream &out = m_io.out();
    if (json) {
        out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return;
    }
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        out << text(row, u"id"_s) << u"  "_s << text(row, u"state"_s) << u"  "_s
            << text(row, u"permit"_s) << u"  "_s << text(row, u"enterprise"_s) << u"  "_s
            << text(row, u"inspector"_s) << u"  submitted "_s << text(row, u"submitted_at"_s);
        if (row.contains(u"comment"_s) && row.value(u"comment"_s).isString())
            out << u"  \""_s << row.value(u"comment"_s).toString() << u'"';
        out << u'\n';
    }
    out << rows.size() << u" inspection(s)"_s
        << (reply.header.value(u"more"_s).toBool() ? u"; more not shown, narrow with --state"_s
                                                   : QString())
        << u'\n';
}

void ReviewCtl::printShow(const sync::Message &reply, bool json)
{
    const QJsonObject r = reply.header.value(u"r"_s).toMap().toJsonObject();
    QTextStream &out = m_io.out();
    if (json) {
        out << QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Indented));
        return;
    }
    out << u"inspection "_s << text(r, u"id"_s) << u"  "_s << text(r, u"state"_s) << u'\n'
        << u"permit "_s << text(r, u"permit"_s) << u"  "_s << text(r, u"enterprise"_s) << u'\n'
        << u"inspector "_s << text(r, u"inspector"_s) << u"  started "_s << text(r, u"started_at"_s)
        << u"  submitted "_s << text(r, u"submitted_at"_s) << u'\n';
    const auto section = [&](const QString &key, const QString &title, const QStringList &fields) {
        const QJsonArray rows = r.value(key).toArray();
        out << title << u" ("_s << rows.size() << u")\n"_s;
        for (const QJsonValue &value : rows) {
            QStringList parts;
            for (const QString &field : fields)
                parts << text(value.toObject(), field);
            out << u"  "_s << parts.join(u"  "_s) << u'\n';
        }
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
