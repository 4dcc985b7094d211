#include "sync/supervisorchannel.h"

#include "sync/requestchannel.h"

namespace outfall::sync {

SupervisorChannel::SupervisorChannel(QString endpoint, SupervisorCredential credential)
    : m_endpoint(std::move(endpoint))
    , m_credential(std::move(credential))
{ }

SupervisorChannel::~SupervisorChannel() = default;

Message SupervisorChannel::send(const Message &request)
{
    if (!m_channel) {
        RequestChannel::Options options;
        options.endpoint = m_endpoint;
        options.serverPublicKey = m_credential.serverPublicKey;
        options.keys = m_credential.keys;
        m_channel = std::make_unique<RequestChannel>(options);
    }
    return m_channel->request(request);
}

} // namespace outfall::sync
