#pragma once

#include "sync/enrolmentcode.h"

#include <QString>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// Enrolment of a device: the supervisor's enrolment file (JSON: endpoint,
// server_public_key, token) in, the device's own CurveZMQ key pair made here (the secret
// never leaves the device), ENROLL sent over CURVE with the pinned server key, and the
// identity the server gave stored in sync_identity (and sync_state's device id, the
// clock node of every op this device makes).
class Enrolment
{
public:
    struct Result
    {
        QString deviceId;
        QString inspectorId;
    };

    // Throws std::runtime_error with a plain-language reason (store enrolled already, token
    // refused, server silent).
    static Result enroll(
        store::Database &deviceDb, const EnrolmentCode &code, int timeoutMs = 5000);
    // The same from the file outfallctl wrote; also throws when the file cannot be read or is
    // not an enrolment code ("FILE: field: what is wrong").
    static Result enroll(
        store::Database &deviceDb, const QString &enrolmentFile, int timeoutMs = 5000);

    // Reads and checks an enrolment file: a regular file of at most EnrolmentCode::maxBytes.
    static EnrolmentCode readFile(const QString &path);

    // The enrolment file outfallctl writes.
    static void writeFile(const QString &path, const QString &endpoint,
        const QByteArray &serverPublicKey, const QString &token);
};

} // namespace outfall::sync
