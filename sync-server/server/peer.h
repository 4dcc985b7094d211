#pragma once

#include <QString>

namespace outfall::server {

// Who sent a message, as the ZAP handler (or, in plain test mode, the device table) says.
struct Peer
{
    QString deviceId; // empty: a key the server does not know (may only ENROLL)
    QString inspectorId; // empty for the admin credential
    QString role; // inspector, supervisor, enforcement, or admin
    QString publicKey; // Z85; empty in plain mode

    bool enrolled() const { return !deviceId.isEmpty(); }
    bool maySupervise() const { return role == u"admin" || role == u"supervisor"; }
};

} // namespace outfall::server
