#pragma once

#include "sync/curvekeypair.h"
#include "sync/limits.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace outfall::store {
class Database;
}

namespace outfall::sync {

// The device's sync session (docs/protocol.md section 4.7): HELLO, push every pending
// outbox op in batches, upload the photos the server does not have, pull until the
// server has nothing more. Every step commits before the next, so a sync cut anywhere
// (network, kill, server restart) is completed by the next syncOnce without losing or
// doubling anything. One item that cannot go through (a photo over the upload bound, a
// batch the server refuses) is reported in Result::problems or error, and the other steps
// still run: a stuck push does not keep new assignments from arriving. Run it off the UI thread; it
// owns its socket and uses deviceDb only from the calling thread.
class SyncClient
{
public:
    struct Config
    {
        QString endpoint;
        QByteArray serverPublicKey; // Z85; empty: plain mode (tests only)
        CurveKeyPair keys; // this device's
        QString deviceId; // as enrolled
        QString photoDir; // PROFILE/photos: files named by their SHA-256
        int timeoutMs = limits::requestTimeoutMs;
        int attempts = 4;
        int heartbeatMs = 5000; // a silent connection is dropped after 3 × this
        int pushBatchOps = 1000;
        // A batch's body before compression: under it, every frame fits the server's bound.
        std::size_t pushBodyBytes = limits::pushBodyBytes;
        int pullMaxOps = 2000;
        int chunkBytes = 256 * 1024;
        bool push = true; // false: only pull (refresh reference data, keep the outbox)
    };

    struct Progress
    {
        QString phase; // "push", "photos", "pull"
        qint64 done = 0;
        qint64 total = 0; // 0 when unknown (pull)
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    struct Result
    {
        bool ok = false;
        qint64 pushed = 0; // ops the server acknowledged
        qint64 rejected = 0; // of those, refused (see sync_rejection)
        // Signed records signed again after the server refused one of this device's chain
        // (sync::EvidenceChainRecovery); pushed in the same sync.
        qint64 resigned = 0;
        qint64 photosUploaded = 0;
        qint64 pulled = 0;
        qint64 purged = 0; // permits dropped after an assignment was withdrawn
        int retries = 0;
        QString error; // plain language, for the inspector
        // What this sync could not carry, one sentence each, while everything else went on:
        // a photo too large to upload or refused by the server, an op too large for any push
        // (refused here, like a server rejection: see sync_rejection), a row the server
        // withheld from its reply. Each stays out until its cause is fixed; none stops the
        // rest of a sync.
        QStringList problems;
        // The ops refused in this sync, one sentence each ("CODE: reason (table row id)"):
        // by the server in a PUSH_ACK (also kept in sync_rejection), or here when one can
        // never be pushed (TOO_LARGE).
        QStringList rejections;
        // Why it failed, for callers that decide what to do next (retry later or not).
        // KeyRefused: the server does not accept this device's key (revoked: refused in the
        // CURVE handshake; or not enrolled there): retrying will not help, re-enrolment will.
        // Stuck: everything went through but some photos, which stay on the device (over the
        // upload bound, or refused by the server: see problems); syncing again will not help
        // until their cause is fixed.
        enum class Failure { None, Unreachable, KeyRefused, Refused, Stuck, Other };
        Failure failure = Failure::None;
    };

    SyncClient(store::Database &deviceDb, Config config);
    // The enrolled identity in the store (sync_identity) and PROFILE/photos.
    static Config configFromStore(store::Database &deviceDb, const QString &profileDir);

    Result syncOnce(const ProgressCallback &progress = {});

private:
    store::Database &m_db;
    Config m_config;
};

} // namespace outfall::sync
