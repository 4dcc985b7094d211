#pragma once

#include "server/peer.h"
#include "sync/message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace outfall::server {

// A supervisor's decision queue as the server reads it out (REVIEWS: inspections waiting for
// review; APPLICATIONS: applications waiting for a decision). Both answer the same way: to
// supervisors and enforcement officers only; with `id` in the header, that one entry (the
// body's entryKey) or NOT_FOUND; else a page of entries (the body's listKey, their count `n`
// in the header), optionally in one state (`s`), with `more` when the page was cut short.
// The records go in the body (sync/jsonbody.h): the client's header bound is 64 KiB.
struct QueueRead
{
    sync::Command reply;
    QString readWhat; // in the refusal: "may read READWHAT"
    QString listKey; // "inspections"
    QString entryKey; // "inspection"
    QString states; // in the error for a bad `s`: "submitted, returned or approved"
    std::function<bool(const QString &)> isState;
    std::function<std::optional<QJsonObject>(const QString &)> show;
    QString notFound; // %1: the id asked for
    std::function<QJsonArray(const QString &state, int limit)> list;
};

// Throws sync::ProtocolError (FORBIDDEN, NOT_FOUND, a bad header field).
sync::Message readQueue(const Peer &peer, const sync::Message &message, const QueueRead &queue);

// Who a decision is recorded as: the supervisor's inspector id, or for the admin credential,
// which has no inspector, its device id.
QString deciderOf(const Peer &peer);

} // namespace outfall::server
