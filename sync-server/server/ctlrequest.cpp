#include "server/ctlrequest.h"

#include "sync/protocolerror.h"
#include "sync/requestchannel.h"

using namespace Qt::StringLiterals;

namespace outfall::server {

CtlRequest::CtlRequest(const QString &endpoint, const QString &credentialFile)
    : m_endpoint(endpoint)
    , m_credential(ServerKeys::readCredential(credentialFile))
{ }

CtlRequest::~CtlRequest() = default;

sync::Message CtlRequest::send(const sync::Message &request)
{
    if (!m_channel) {
        sync::RequestChannel::Options options;
        options.endpoint = m_endpoint;
        options.serverPublicKey = m_credential.serverPublicKey;
        options.keys = m_credential.keys;
        m_channel = std::make_unique<sync::RequestChannel>(options);
    }
    return m_channel->request(request);
}

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
