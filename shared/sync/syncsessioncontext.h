#pragma once

#include "sync/syncclient.h"

namespace outfall::sync {

class OpCodec;
class ProtocolError;
class RequestChannel;

// What the steps of one sync session share (docs/protocol.md 4.7): the device store, the
// configuration, the channel and codec of this session, and the result they fill in.
struct SyncSessionContext
{
    store::Database &db;
    const SyncClient::Config &config;
    RequestChannel &channel;
    OpCodec &codec;
    SyncClient::Result &result;
    const SyncClient::ProgressCallback &progress;

    void report(const QString &phase, qint64 done, qint64 total) const;

    // Errors no later step can get past: the key is refused.
    static bool endsSession(const ProtocolError &error);
};

} // namespace outfall::sync
