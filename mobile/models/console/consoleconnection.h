#pragma once

#include "sync/message.h"
#include "sync/supervisorcredential.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace outfall::sync {
class SupervisorChannel;
}

namespace outfall::models {

// The console's line to the server: a supervisor's CURVE conversation (sync::SupervisorChannel)
// on a thread of its own, so a slow or absent server never freezes the window. Requests go
// out in the order sent; each answer (or the plain-language reason there is none) comes back
// on the thread that sent it, to the callbacks given with it.
class ConsoleConnection : public QObject
{
    Q_OBJECT

public:
    using Answered = std::function<void(const sync::Message &reply)>;
    using Failed = std::function<void(const QString &reason)>;

    ConsoleConnection(
        QString endpoint, sync::SupervisorCredential credential, QObject *parent = nullptr);
    ~ConsoleConnection() override;

    const QString &endpoint() const { return m_endpoint; }
    const sync::SupervisorCredential &credential() const { return m_credential; }

    // Sends the request; exactly one of the callbacks runs later (never before this returns).
    void send(const sync::Message &request, Answered answered, Failed failed);
    int pending() const { return m_pending; }

Q_SIGNALS:
    void pendingChanged();

private:
    void settle();

    QString m_endpoint;
    sync::SupervisorCredential m_credential;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread; deleted when it finishes
    // Used on m_thread only; replaced after a failure that leaves its socket unusable.
    std::unique_ptr<sync::SupervisorChannel> m_channel;
    int m_pending = 0;
};

} // namespace outfall::models
