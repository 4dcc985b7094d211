#include "server/ctlcli.h"

#include "server/serverkeys.h"
#include "sync/enrolment.h"
#include "sync/requestchannel.h"

#include <QCborArray>

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
    u"exit codes: 0 done, 1 refused or failed, 2 bad command line,\n"
    u"            3 no such device, inspector or permit (NOT_FOUND)\n"_s;

constexpr int kExitNotFound = 3;

} // namespace

CtlCli::CtlCli() = default;

CtlCli::CtlCli(QTextStream *out, QTextStream *err)
    : m_io(out, err)
    , m_out(&m_io.out())
    , m_err(&m_io.err())
{ }

int CtlCli::usage(const QString &problem)
{
    return m_io.usage(u"outfallctl"_s, problem, kUsage);
}

int CtlCli::run(const QStringList &arguments)
{
    QString endpoint;
    QString credentialFile;
    QString outFile;
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        QString *target = arg == u"--server" ? &endpoint
            : arg == u"--credential"         ? &credentialFile
            : arg == u"--out"                ? &outFile
                                             : nullptr;
        if (target) {
            if (i + 1 >= arguments.size())
                return usage(arg + u" needs a value"_s);
            *target = arguments[++i];
        } else if (arg == u"--help" || arg == u"-h") {
            *m_out << kUsage;
            return 0;
        } else if (arg.startsWith(u"--")) {
            return usage(u"unknown option "_s + arg);
        } else {
            positional.append(arg);
        }
    }
    if (endpoint.isEmpty() || credentialFile.isEmpty())
        return usage(u"--server ENDPOINT and --credential FILE are required"_s);
    if (positional.isEmpty())
        return usage(u"no command given"_s);
    const QString command = positional.takeFirst();

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
    } else {
        return usage(u"unknown command "_s + command);
    }

    try {
        const auto credential = ServerKeys::readCredential(credentialFile);
        sync::RequestChannel::Options options;
        options.endpoint = endpoint;
        options.serverPublicKey = credential.serverPublicKey;
        options.keys = credential.keys;
        sync::RequestChannel channel(options);
        const sync::Message reply = channel.request(request);
        if (command == u"enroll") {
            sync::Enrolment::writeFile(outFile, endpoint, credential.serverPublicKey,
                reply.header.value(u"token"_s).toString());
            *m_out << u"wrote enrolment file "_s << outFile << u" (one use, valid 7 days)\n"_s;
        } else {
            *m_out << command << u": "_s << reply.header.value(u"n"_s).toInteger()
                   << u" changed\n"_s;
        }
        m_out->flush();
        return 0;
    } catch (const sync::ProtocolError &e) {
        *m_err << u"outfallctl: "_s << command << u" refused ("_s
               << QString::fromLatin1(sync::errorCodeName(e.code())) << u"): "_s << e.text()
               << u'\n';
        m_err->flush();
        return e.code() == sync::ErrorCode::NotFound ? kExitNotFound : 1;
    } catch (const std::exception &e) {
        *m_err << u"outfallctl: "_s << command << u": "_s << QString::fromUtf8(e.what()) << u'\n';
    }
    m_err->flush();
    return 1;
}

} // namespace outfall::server
