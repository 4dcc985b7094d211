#include "server/ctlrequest.h"

#include "sync/protocolerror.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

CtlRequest::CtlRequest(const QString &endpoint, const QString &credentialFile)
    : m_channel(endpoint, sync::SupervisorCredential::read(credentialFile))
{ }

int CtlRequest::failed(QTextStream &err, const QString &what, const std::exception &e)
{
    int code = 1;
    if (const auto *refused = dynamic_cast<const sync::ProtocolError *>(&e)) {
        err << u"outfallctl: "_s << what << u" refused ("_s
            << QString::fromLatin1(sync::errorCodeName(refused->code())) << u"): "_s
            << refused->text() << u'\n';
        if (refused->code() == sync::ErrorCode::NotFound)
            code = kExitNotFound;
    } else {
        err << u"outfallctl: "_s << what << u": "_s << QString::fromUtf8(e.what()) << u'\n';
    }
    err.flush();
    return code;
}

bool CtlRequest::isCommand(
    const QStringList &arguments, const QString &word, const QStringList &valueOptions)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (valueOptions.contains(arguments[i]))
            ++i;
        else if (!arguments[i].startsWith(u"--"))
            return arguments[i] == word;
    }
    return false;
}

} // namespace outfall::server
