#include "server/casectl.h"

#include "cli/commandline.h"
#include "evidence/casepackageverifier.h"
#include "evidence/sha256.h"
#include "server/ctlrequest.h"
#include "sync/jsonbody.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

// Options that take a value (names without "--"); --flag and --inspection take a list.
const QStringList kValueOptions = {
    u"server"_s, u"credential"_s, u"permit"_s, u"title"_s, u"out"_s, u"lang"_s, u"key"_s};

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

CaseCtl::CaseCtl(CliOutput &io)
    : m_io(io)
{ }

const QString &CaseCtl::usageText()
{
    static const QString text =
        u"  case create --permit P [--flag ID...] [--inspection ID...] --title TEXT\n"
        u"                                  open an enforcement case (supervisor or\n"
        u"                                  enforcement role); every action is a signed\n"
        u"                                  record in the evidence log\n"
        u"  case add CASE (--flag|--inspection) ID...\n"
        u"                                  add flags or inspections to a case\n"
        u"  case list [--json] | case show CASE [--json]\n"
        u"  case export CASE --out DIR [--lang zh|en]\n"
        u"                                  write the case package (photos, signed records,\n"
        u"                                  proofs, keys, signed manifest, PDF report)\n"
        u"  case verify DIR [--key HEX|FILE]\n"
        u"                                  check a package offline (no --server needed);\n"
        u"                                  --key pins the server's log-signing.pub\n"_s;
    return text;
}

bool CaseCtl::handles(const QStringList &arguments)
{
    QStringList dashed;
    for (const QString &option : kValueOptions)
        dashed << u"--"_s + option;
    return CtlRequest::isCommand(arguments, u"case"_s, dashed);
}

int CaseCtl::usage(const QString &problem)
{
    return m_io.usage(u"outfallctl"_s, problem);
}

int CaseCtl::run(const QStringList &arguments)
{
    QStringList positional;
    QStringList given; // the options given, "--server" and "--credential" among them
    QHash<QString, QStringList> values;
    bool json = false;
    try {
        const cli::CommandLine line(
            arguments.mid(1), kValueOptions, {u"json"_s}, {u"flag"_s, u"inspection"_s});
        if (line.helpAsked()) {
            m_io.out() << u"usage: outfallctl [--server ENDPOINT --credential FILE] case ...\n"_s
                       << usageText();
            m_io.out().flush();
            return 0;
        }
        for (const QString &option : line.given()) {
            given << u"--"_s + option;
            // A value option once and not blank (CommandLine::text says which); a list as given.
            if (kValueOptions.contains(option))
                values.insert(u"--"_s + option, {line.optionalText(option)});
            else if (option != u"json")
                values.insert(u"--"_s + option, line.all(option));
        }
        json = line.flag(u"json"_s);
        positional = line.positionals();
    } catch (const cli::UsageError &e) {
        return usage(e.message());
    }
    const auto value = [&](const QString &option, const QString &fallback = {}) {
        return values.value(option).value(0, fallback);
    };
    positional.removeFirst(); // "case"
    const QString action = positional.value(0);
    // The options an action takes, beside --server and --credential.
    auto only = [&](const QStringList &allowed) -> QString {
        for (const QString &option : given) {
            if (option != u"--server" && option != u"--credential" && !allowed.contains(option))
                return option + u" does not belong to case "_s + action;
        }
        return {};
    };
    if (action == u"verify") {
        if (positional.size() != 2)
            return usage(u"case verify needs one DIR"_s);
        if (const QString problem = only({u"--key"_s}); !problem.isEmpty())
            return usage(problem);
        return verify(positional[1], value(u"--key"_s));
    }
    sync::Message request;
    request.command = sync::Command::Case;
    request.header.insert(u"op"_s, action);
    QString problem;
    if (action == u"create") {
        problem = only({u"--permit"_s, u"--title"_s, u"--flag"_s, u"--inspection"_s});
        if (positional.size() != 1)
            problem = u"case create takes no CASE (it makes one)"_s;
        else if (!values.contains(u"--permit"_s) || value(u"--title"_s).trimmed().isEmpty())
            problem = u"case create needs --permit P and --title TEXT"_s;
        request.header.insert(u"p"_s, value(u"--permit"_s));
        request.header.insert(u"t"_s, value(u"--title"_s));
    } else if (action == u"add") {
        problem = only({u"--flag"_s, u"--inspection"_s});
        if (positional.size() != 2
            || (!values.contains(u"--flag"_s) && !values.contains(u"--inspection"_s)))
            problem = u"case add needs one CASE and --flag ID... or --inspection ID..."_s;
        request.header.insert(u"id"_s, positional.value(1));
    } else if (action == u"list") {
        problem = only({u"--json"_s});
        if (positional.size() != 1)
            problem = u"case list takes no arguments"_s;
    } else if (action == u"show") {
        problem = only({u"--json"_s});
        if (positional.size() != 2)
            problem = u"case show needs one CASE"_s;
        request.header.insert(u"id"_s, positional.value(1));
    } else if (action == u"export") {
        problem = only({u"--out"_s, u"--lang"_s});
        const QString language = value(u"--lang"_s, u"en"_s);
        const QString out = value(u"--out"_s);
        if (positional.size() != 2 || out.isEmpty())
            problem = u"case export needs one CASE and --out DIR"_s;
        else if (language != u"en" && language != u"zh")
            problem = u"--lang must be en or zh, not \"%1\""_s.arg(language);
        else if (QDir(out).exists() && !QDir(out).isEmpty())
            problem = u"--out %1 exists and is not empty (a package is written into a new"
                      u" directory)"_s.arg(out);
        request.header.insert(u"id"_s, positional.value(1));
        request.header.insert(u"lang"_s, language);
    } else {
        problem = action.isEmpty() ? u"case needs create, add, list, show, export or verify"_s
                                   : u"unknown case command "_s + action;
    }
    if (!problem.isEmpty())
        return usage(problem);
    if (values.contains(u"--flag"_s))
        request.header.insert(u"f"_s, QCborArray::fromStringList(values[u"--flag"_s]));
    if (values.contains(u"--inspection"_s))
        request.header.insert(u"i"_s, QCborArray::fromStringList(values[u"--inspection"_s]));
    if (value(u"--server"_s).isEmpty() || value(u"--credential"_s).isEmpty())
        return usage(u"--server ENDPOINT and --credential FILE are required"_s);

    QTextStream &out = m_io.out();
    try {
        CtlRequest server(value(u"--server"_s), value(u"--credential"_s));
        const sync::Message reply = server.send(request);
        if (action == u"export") {
            const int code = download(server, reply, value(u"--out"_s));
            out.flush();
            return code;
        }
        if (json) {
            const QJsonDocument shown = action == u"list"
                ? QJsonDocument(sync::jsonArrayIn(reply, u"cases"_s))
                : QJsonDocument(sync::jsonObjectIn(reply, u"case"_s));
            out << QString::fromUtf8(shown.toJson(QJsonDocument::Indented));
        } else if (action == u"list") {
            const QJsonArray cases = sync::jsonArrayIn(reply, u"cases"_s);
            for (const QJsonValue &c : cases)
                printCase(c.toObject(), false);
            out << cases.size() << u" case(s)\n"_s;
        } else {
            printCase(sync::jsonObjectIn(reply, u"case"_s), true);
        }
        out.flush();
        return 0;
    } catch (const std::exception &e) {
        return CtlRequest::failed(m_io.err(), u"case "_s + action, e);
    }
}

void CaseCtl::printCase(const QJsonObject &c, bool withActions)
{
    QTextStream &out = m_io.out();
    out << c.value(u"label"_s).toString() << u"  "_s << c.value(u"id"_s).toString() << u"  "_s
        << c.value(u"permit_number"_s).toString() << u"  "_s << c.value(u"flags"_s).toArray().size()
        << u" flag(s), "_s << c.value(u"inspections"_s).toArray().size() << u" inspection(s)  "_s
        << c.value(u"title"_s).toString() << u'\n';
    if (!withActions)
        return;
    for (const QJsonValue &value : c.value(u"actions"_s).toArray()) {
        const QJsonObject a = value.toObject();
        out << u"  "_s << when(a.value(u"at"_s).toInteger()) << u"  "_s
            << a.value(u"action"_s).toString() << u' ' << a.value(u"subject"_s).toString()
            << u"  by "_s << a.value(u"actor_name"_s).toString() << u" ("_s
            << a.value(u"role"_s).toString() << u")  record "_s
            << a.value(u"record_id"_s).toString() << u" leaf "_s << a.value(u"leaf"_s).toInteger()
            << u'\n';
    }
}

int CaseCtl::download(CtlRequest &server, const sync::Message &reply, const QString &dir)
{
    QTextStream &out = m_io.out();
    const QJsonObject exported = sync::jsonBodyOf(reply);
    const QString exportId = exported.value(u"x"_s).toString();
    const QJsonArray files = exported.value(u"files"_s).toArray();
    qint64 total = 0;
    for (const QJsonValue &value : files) {
        const QJsonArray entry = value.toArray();
        const QString path = entry.at(0).toString();
        const qint64 size = entry.at(1).toInteger();
        if (path.contains(u".."_s) || path.startsWith(u'/'))
            throw std::runtime_error((u"the server named an unsafe path "_s + path).toStdString());
        const QString target = QDir(dir).filePath(path);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly))
            throw std::runtime_error(
                (u"cannot write "_s + target + u": "_s + file.errorString()).toStdString());
        QByteArray bytes;
        while (bytes.size() < size) {
            sync::Message request;
            request.command = sync::Command::Case;
            request.header.insert(u"op"_s, u"file"_s);
            request.header.insert(u"x"_s, exportId);
            request.header.insert(u"n"_s, path);
            request.header.insert(u"o"_s, qint64(bytes.size()));
            const QByteArray chunk = server.send(request).body;
            if (chunk.isEmpty())
                throw std::runtime_error(
                    (u"the server sent "_s + path + u" short"_s).toStdString());
            bytes += chunk;
        }
        if (bytes.size() != size
            || QString::fromLatin1(evidence::sha256(bytes).toHex()) != entry.at(2).toString())
            throw std::runtime_error(
                (u"the transfer of "_s + path + u" does not match its SHA-256"_s).toStdString());
        file.write(bytes);
        total += size;
    }
    out << u"exported case "_s << exported.value(u"case"_s).toObject().value(u"label"_s).toString()
        << u": "_s << files.size() << u" files, "_s << total << u" bytes in "_s << dir << u'\n'
        << u"check it offline: outfallctl case verify "_s << dir << u'\n';
    return 0;
}

int CaseCtl::verify(const QString &dir, const QString &key)
{
    QTextStream &out = m_io.out();
    QByteArray pinned;
    if (!key.isEmpty()) {
        QByteArray text = key.toLatin1();
        if (QFileInfo::exists(key)) {
            QFile file(key);
            if (file.open(QIODevice::ReadOnly))
                text = file.readAll().trimmed();
        }
        pinned = QByteArray::fromHex(text);
        if (pinned.size() != 32)
            return usage(u"--key must be the server's 32-byte public key in hex, or a file"
                         u" holding it (DATA/log-signing.pub)"_s);
    }
    const auto result = evidence::CasePackageVerifier::verify(dir, pinned);
    out << u"verifying case package "_s << dir << u'\n';
    for (const QString &line : result.checked)
        out << u"  checked: "_s << line << u'\n';
    if (result.ok)
        out << u"OK: the package verifies\n"_s;
    else
        out << u"FAILED: "_s << result.failure << u'\n';
    out.flush();
    return result.ok ? 0 : 1;
}

} // namespace outfall::server
