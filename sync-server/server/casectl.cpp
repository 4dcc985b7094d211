#include "server/casectl.h"

#include "evidence/casepackageverifier.h"
#include "evidence/sha256.h"
#include "server/ctlrequest.h"
#include "server/serverkeys.h"
#include "sync/protocolerror.h"
#include "sync/requestchannel.h"

#include <QCborArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

constexpr int kExitNotFound = 3;

const QStringList kValueOptions = {u"--server"_s, u"--credential"_s, u"--permit"_s, u"--title"_s,
    u"--out"_s, u"--lang"_s, u"--key"_s};
const QStringList kListOptions = {u"--flag"_s, u"--inspection"_s};

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
    return CtlRequest::isCommand(arguments, u"case"_s, kValueOptions);
}

int CaseCtl::usage(const QString &problem)
{
    return m_io.usage(u"outfallctl"_s, problem);
}

int CaseCtl::run(const QStringList &arguments)
{
    QHash<QString, QString> values;
    QHash<QString, QStringList> lists;
    bool json = false;
    QStringList positional;
    QString listing; // the list option whose ids follow
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (kValueOptions.contains(arg)) {
            if (i + 1 >= arguments.size())
                return usage(arg + u" needs a value"_s);
            values.insert(arg, arguments[++i]);
            listing.clear();
        } else if (kListOptions.contains(arg)) {
            listing = arg;
            lists[arg]; // present, even before its ids
        } else if (arg == u"--json") {
            json = true;
            listing.clear();
        } else if (arg == u"--help" || arg == u"-h") {
            m_io.out() << u"usage: outfallctl [--server ENDPOINT --credential FILE] case ...\n"_s
                       << usageText();
            m_io.out().flush();
            return 0;
        } else if (arg.startsWith(u"--")) {
            return usage(u"unknown option "_s + arg + u" for case"_s);
        } else if (!listing.isEmpty()) {
            lists[listing].append(arg);
        } else {
            positional.append(arg);
        }
    }
    for (const QString &option : kListOptions) {
        if (lists.contains(option) && lists[option].isEmpty())
            return usage(option + u" needs at least one ID"_s);
    }
    positional.removeFirst(); // "case"
    const QString action = positional.value(0);
    auto only = [&](const QStringList &allowed) -> QString {
        for (const QString &option : values.keys() + lists.keys()) {
            if (option != u"--server" && option != u"--credential" && !allowed.contains(option))
                return option + u" does not belong to case "_s + action;
        }
        if (json && !allowed.contains(u"--json"_s))
            return u"--json does not belong to case "_s + action;
        return {};
    };
    if (action == u"verify") {
        if (positional.size() != 2)
            return usage(u"case verify needs one DIR"_s);
        if (const QString problem = only({u"--key"_s}); !problem.isEmpty())
            return usage(problem);
        return verify(positional[1], values.value(u"--key"_s));
    }
    sync::Message request;
    request.command = sync::Command::Case;
    request.header.insert(u"op"_s, action);
    QString problem;
    if (action == u"create") {
        problem = only({u"--permit"_s, u"--title"_s, u"--flag"_s, u"--inspection"_s});
        if (positional.size() != 1)
            problem = u"case create takes no CASE (it makes one)"_s;
        else if (!values.contains(u"--permit"_s) || values.value(u"--title"_s).trimmed().isEmpty())
            problem = u"case create needs --permit P and --title TEXT"_s;
        request.header.insert(u"p"_s, values.value(u"--permit"_s));
        request.header.insert(u"t"_s, values.value(u"--title"_s));
    } else if (action == u"add") {
        problem = only({u"--flag"_s, u"--inspection"_s});
        if (positional.size() != 2 || lists.isEmpty())
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
        const QString language = values.value(u"--lang"_s, u"en"_s);
        if (positional.size() != 2 || !values.contains(u"--out"_s))
            problem = u"case export needs one CASE and --out DIR"_s;
        else if (language != u"en" && language != u"zh")
            problem = u"--lang must be en or zh, not \"%1\""_s.arg(language);
        else if (QDir(values.value(u"--out"_s)).exists()
            && !QDir(values.value(u"--out"_s)).isEmpty())
            problem = u"--out %1 exists and is not empty (a package is written into a new"
                      u" directory)"_s.arg(values.value(u"--out"_s));
        request.header.insert(u"id"_s, positional.value(1));
        request.header.insert(u"lang"_s, language);
    } else {
        problem = action.isEmpty() ? u"case needs create, add, list, show, export or verify"_s
                                   : u"unknown case command "_s + action;
    }
    if (!problem.isEmpty())
        return usage(problem);
    if (lists.contains(u"--flag"_s))
        request.header.insert(u"f"_s, QCborArray::fromStringList(lists[u"--flag"_s]));
    if (lists.contains(u"--inspection"_s))
        request.header.insert(u"i"_s, QCborArray::fromStringList(lists[u"--inspection"_s]));
    if (!values.contains(u"--server"_s) || !values.contains(u"--credential"_s))
        return usage(u"--server ENDPOINT and --credential FILE are required"_s);

    QTextStream &out = m_io.out();
    QTextStream &err = m_io.err();
    try {
        const auto credential = ServerKeys::readCredential(values.value(u"--credential"_s));
        sync::RequestChannel::Options options;
        options.endpoint = values.value(u"--server"_s);
        options.serverPublicKey = credential.serverPublicKey;
        options.keys = credential.keys;
        sync::RequestChannel channel(options);
        const sync::Message reply = channel.request(request);
        if (action == u"export") {
            const int code = download(channel, reply, values.value(u"--out"_s));
            out.flush();
            return code;
        }
        if (json) {
            const QCborValue value = action == u"list" ? QCborValue(reply.header.value(u"cases"_s))
                                                       : reply.header.value(u"case"_s);
            out << QString::fromUtf8(
                QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Indented));
        } else if (action == u"list") {
            const QCborArray cases = reply.header.value(u"cases"_s).toArray();
            for (const QCborValue &c : cases)
                printCase(c.toMap(), false);
            out << cases.size() << u" case(s)\n"_s;
        } else {
            printCase(reply.header.value(u"case"_s).toMap(), true);
        }
        out.flush();
        return 0;
    } catch (const sync::ProtocolError &e) {
        err << u"outfallctl: case "_s << action << u" refused ("_s
            << QString::fromLatin1(sync::errorCodeName(e.code())) << u"): "_s << e.text() << u'\n';
        err.flush();
        return e.code() == sync::ErrorCode::NotFound ? kExitNotFound : 1;
    } catch (const std::exception &e) {
        err << u"outfallctl: case "_s << action << u": "_s << QString::fromUtf8(e.what()) << u'\n';
    }
    err.flush();
    return 1;
}

void CaseCtl::printCase(const QCborMap &c, bool withActions)
{
    QTextStream &out = m_io.out();
    out << c.value(u"label"_s).toString() << u"  "_s << c.value(u"id"_s).toString() << u"  "_s
        << c.value(u"permit_number"_s).toString() << u"  "_s << c.value(u"flags"_s).toArray().size()
        << u" flag(s), "_s << c.value(u"inspections"_s).toArray().size() << u" inspection(s)  "_s
        << c.value(u"title"_s).toString() << u'\n';
    if (!withActions)
        return;
    for (const QCborValue &value : c.value(u"actions"_s).toArray()) {
        const QCborMap a = value.toMap();
        out << u"  "_s << when(a.value(u"at"_s).toInteger()) << u"  "_s
            << a.value(u"action"_s).toString() << u' ' << a.value(u"subject"_s).toString()
            << u"  by "_s << a.value(u"actor_name"_s).toString() << u" ("_s
            << a.value(u"role"_s).toString() << u")  record "_s
            << a.value(u"record_id"_s).toString() << u" leaf "_s << a.value(u"leaf"_s).toInteger()
            << u'\n';
    }
}

int CaseCtl::download(sync::RequestChannel &channel, const sync::Message &reply, const QString &dir)
{
    QTextStream &out = m_io.out();
    const QString exportId = reply.header.value(u"x"_s).toString();
    const QCborArray files = reply.header.value(u"files"_s).toArray();
    qint64 total = 0;
    for (const QCborValue &value : files) {
        const QCborArray entry = value.toArray();
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
            const QByteArray chunk = channel.request(request).body;
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
    out << u"exported case "_s << reply.header.value(u"case"_s).toMap().value(u"label"_s).toString()
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
