#include "consoleconnection.h"

#include "sync/protocolerror.h"
#include "sync/requestchannel.h"
#include "sync/supervisorchannel.h"

using namespace Qt::StringLiterals;

namespace outfall::models {

ConsoleConnection::ConsoleConnection(
    QString endpoint, sync::SupervisorCredential credential, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_credential(std::move(credential))
    , m_worker(new QObject)
    , m_channel(std::make_unique<sync::SupervisorChannel>(m_endpoint, m_credential))
{
    m_thread.setObjectName(u"console-connection"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ConsoleConnection::~ConsoleConnection()
{
    // The request under way finishes (bounded by the channel's timeouts); answers not yet
    // delivered die with this object, whose posted events Qt discards.
    m_thread.quit();
    m_thread.wait();
}

void ConsoleConnection::send(const sync::Message &request, Answered answered, Failed failed)
{
    ++m_pending;
    Q_EMIT pendingChanged();
    QMetaObject::invokeMethod(
        m_worker, [this, request, answered = std::move(answered), failed = std::move(failed)] {
            QString reason;
            sync::Message reply;
            try {
                reply = m_channel->send(request);
            } catch (const sync::ProtocolError &e) {
                reason = e.text();
            } catch (const sync::RequestChannel::KeyRefused &) {
                reason = tr("The server refused this credential (revoked, or issued by another"
                            " server).");
                m_channel = std::make_unique<sync::SupervisorChannel>(m_endpoint, m_credential);
            } catch (const sync::RequestChannel::Unreachable &) {
                reason = tr("No answer from the server at %1.").arg(m_endpoint);
                m_channel = std::make_unique<sync::SupervisorChannel>(m_endpoint, m_credential);
            } catch (const std::exception &e) {
                reason = QString::fromUtf8(e.what());
            }
            QMetaObject::invokeMethod(this, [this, reply, reason, answered, failed] {
                settle();
                if (reason.isEmpty())
                    answered(reply);
                else
                    failed(reason);
            });
        });
}

void ConsoleConnection::settle()
{
    --m_pending;
    Q_EMIT pendingChanged();
}

} // namespace outfall::models
