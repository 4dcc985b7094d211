#pragma once

#include "server/peer.h"
#include "sync/message.h"

#include <QJsonObject>

#include <functional>

namespace outfall::store {
class Database;
}

namespace outfall::server {

// The protocol's ROUTE command (docs/protocol.md 4.2, docs/routes.md): header "op" says which
// of draw, list, show, plan, assign, reassign, withdraw, conflict, conflicts (the list),
// conflict-remove; the reply is ROUTE_REPLY
// with the result as one JSON object in the body. Every op needs the admin credential or a
// supervisor's device (FORBIDDEN otherwise), and every op that changes something is recorded
// in route_event with who and when.
class RouteCommands
{
public:
    explicit RouteCommands(store::Database &db);

    sync::Message handle(const Peer &peer, const sync::Message &message);

    // The clock of the draws, plans and audit (tests set it; a draw's not-inspected-days is
    // counted from it).
    void setClock(std::function<std::int64_t()> nowMs) { m_now = std::move(nowMs); }

private:
    QJsonObject draw(const QString &actor, const QCborMap &header);
    QJsonObject list();
    QJsonObject show(const QCborMap &header, bool withPool);
    QJsonObject plan(const QString &actor, const QCborMap &header);
    QJsonObject assign(const QString &actor, const QCborMap &header);
    QJsonObject reassign(const QString &actor, const QCborMap &header);
    QJsonObject withdraw(const QString &actor, const QCborMap &header);
    QJsonObject conflict(const QString &actor, const QCborMap &header);
    QJsonObject conflicts(const QCborMap &header);
    QJsonObject removeConflict(const QString &actor, const QCborMap &header);

    store::Database &m_db;
    std::function<std::int64_t()> m_now;
};

} // namespace outfall::server
