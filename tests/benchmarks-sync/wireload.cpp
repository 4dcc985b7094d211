#include "wireload.h"

#include "../unit/synctesthelpers.h"
#include "sync/opcodec.h"
#include "sync/zstddictionary.h"

#include <QCborArray>
#include <QElapsedTimer>

#include <memory>
#include <zmq.hpp>
#include <zmq_addon.hpp>

using namespace Qt::StringLiterals;

namespace outfall::bench {

namespace {

// One device's progress through its round.
struct Flight
{
    const WireLoad::Round *round = nullptr;
    std::unique_ptr<zmq::socket_t> socket;
    sync::Command expected = sync::Command::Welcome;
    bool done = false;
};

} // namespace

WireLoad::Round WireLoad::roundOf(synctest::Device &device)
{
    Round round;
    round.deviceId = device.config.deviceId;

    round.hello = synctest::plainRequest(sync::Command::Hello, round.deviceId);
    round.hello.header.insert(u"v"_s, QCborArray {1});
    round.hello.header.insert(
        u"dict"_s, QCborArray {qint64(sync::ZstdDictionary::builtin()->id())});
    round.push = synctest::pushOfOutbox(device);

    round.pull = synctest::plainRequest(sync::Command::Pull, round.deviceId);
    auto cursor = device.db.prepare(u"SELECT pull_cursor FROM sync_state WHERE id = 1"_s);
    round.pull.header.insert(u"c"_s, cursor.step() ? qint64(cursor.int64(0)) : 0);
    round.pull.header.insert(u"m"_s, 2000);
    QCborArray held;
    auto permits = device.db.prepare(u"SELECT permit_id, as_of FROM held_permit"_s);
    while (permits.step())
        held.append(QCborArray {permits.text(0), qint64(permits.int64(1))});
    round.pull.header.insert(u"h"_s, held);
    return round;
}

WireLoad::Result WireLoad::run(
    const QString &endpoint, const std::vector<Round> &rounds, int timeoutMs)
{
    zmq::context_t context;
    context.set(zmq::ctxopt::max_sockets, int(rounds.size()) + 64);
    std::vector<Flight> flights(rounds.size());
    std::vector<zmq::pollitem_t> items(rounds.size());
    Result result;
    const auto fail = [&](Flight &flight, const QString &why) {
        if (result.failed++ == 0)
            result.firstError = flight.round->deviceId + u": "_s + why;
        flight.done = true;
        items[std::size_t(&flight - flights.data())].events = 0;
    };

    QElapsedTimer clock;
    clock.start();
    for (std::size_t i = 0; i < rounds.size(); ++i) {
        Flight &flight = flights[i];
        flight.round = &rounds[i];
        flight.socket = std::make_unique<zmq::socket_t>(context, zmq::socket_type::dealer);
        flight.socket->set(zmq::sockopt::linger, 0);
        flight.socket->connect(endpoint.toStdString());
        zmq::send_multipart(*flight.socket, flight.round->hello.toFrames());
        items[i] = {flight.socket->handle(), 0, ZMQ_POLLIN, 0};
    }

    std::size_t finished = 0;
    while (finished < rounds.size() && clock.elapsed() < timeoutMs) {
        zmq::poll(items.data(), items.size(), std::chrono::milliseconds(50));
        for (std::size_t i = 0; i < rounds.size(); ++i) {
            if (!(items[i].revents & ZMQ_POLLIN))
                continue;
            Flight &flight = flights[i];
            std::vector<zmq::message_t> frames;
            if (!zmq::recv_multipart(*flight.socket, std::back_inserter(frames)))
                continue;
            try {
                const auto reply = sync::Message::fromFrames(frames, {});
                if (reply.command == sync::Command::Error)
                    throw reply.toError();
                if (reply.command != flight.expected)
                    throw std::runtime_error(
                        "unexpected reply " + std::string(sync::commandName(reply.command)));
                if (reply.command == sync::Command::Welcome) {
                    zmq::send_multipart(*flight.socket, flight.round->push.toFrames());
                    flight.expected = sync::Command::PushAck;
                } else if (reply.command == sync::Command::PushAck) {
                    if (!reply.header.value(u"r"_s).toArray().isEmpty())
                        throw std::runtime_error("ops rejected");
                    zmq::send_multipart(*flight.socket, flight.round->pull.toFrames());
                    flight.expected = sync::Command::PullReply;
                } else {
                    result.roundMs.push_back(double(clock.nsecsElapsed()) / 1e6);
                    flight.done = true;
                    items[i].events = 0;
                    ++finished;
                }
            } catch (const sync::ProtocolError &e) {
                fail(
                    flight, QString::fromLatin1(sync::errorCodeName(e.code())) + u" "_s + e.text());
                ++finished;
            } catch (const std::exception &e) {
                fail(flight, QString::fromUtf8(e.what()));
                ++finished;
            }
        }
    }
    for (Flight &flight : flights) {
        if (!flight.done)
            fail(flight, u"no answer within %1 ms"_s.arg(timeoutMs));
    }
    return result;
}

} // namespace outfall::bench
