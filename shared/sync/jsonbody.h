#pragma once

#include "sync/message.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace outfall::sync {

// A supervisor reply's records travel in the body as one compact JSON object, not in the
// header: a client reads at most limits::deviceHeaderBytes (64 KiB) of header, which a few
// dozen flags with their computations already fill, while the body may hold megabytes
// (docs/protocol.md section 4.2: FLAGS, REVIEWS, APPLICATIONS, DRAWS, SITES).
QByteArray jsonBody(const QJsonObject &object);

// The reply's body as a JSON object. Throws ProtocolError (MALFORMED) naming the reply's
// command when the body is not one, so a client reports a broken reply instead of showing
// an empty list as if there were nothing to see.
QJsonObject jsonBodyOf(const Message &reply);

// The body's member `key` as an array (a list) or an object (one record). Throws as above,
// and when the member is missing or of another type.
QJsonArray jsonArrayIn(const Message &reply, const QString &key);
QJsonObject jsonObjectIn(const Message &reply, const QString &key);

} // namespace outfall::sync
