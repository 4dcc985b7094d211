#pragma once

#include "sync/message.h"

#include <QString>

#include <vector>

namespace synctest {
struct Device;
}

namespace outfall::bench {

// A load generator that speaks the sync protocol itself, to measure the server under many
// devices without also measuring hundreds of simulated tablets: every device is one DEALER
// socket on one ZeroMQ context, all driven by one thread with zmq_poll. A round is what a
// device's sync is on the wire: connect, HELLO, PUSH of the batch it has stored, PULL.
// The device-side work (reading the outbox, applying the pull) happens on each tablet in
// the field, so it is done before (encoding the batch) or not at all (applying the pull).
class WireLoad
{
public:
    struct Round
    {
        QString deviceId;
        sync::Message hello;
        sync::Message push;
        sync::Message pull;
    };

    struct Result
    {
        std::vector<double> roundMs; // one per round that completed
        int failed = 0;
        QString firstError;
    };

    // The round a device would make now: its pending outbox as one batch, a pull from its
    // cursor with the permits it holds. Plain mode: the header names the device.
    static Round roundOf(synctest::Device &device);

    // Runs every round at once against endpoint; a round not done in timeoutMs fails.
    static Result run(const QString &endpoint, const std::vector<Round> &rounds, int timeoutMs);
};

} // namespace outfall::bench
