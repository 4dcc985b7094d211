#pragma once
// A fault-injecting proxy for one device: ROUTER in front (the device's DEALER connects
// to it), DEALER behind (to the server's ROUTER). It drops, duplicates and reorders whole
// messages in both directions, deterministically from its seed.

#include <QRandomGenerator>
#include <QString>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>
#include <zmq.hpp>
#include <zmq_addon.hpp>

namespace synctest {

class FaultProxy
{
public:
    struct Faults
    {
        int dropPercent = 0;
        int duplicatePercent = 0;
        int reorderPercent = 0;
        bool dropAllReplies = false; // the server's answers never arrive
        int repliesBeforeDropping = 0; // with dropAllReplies: these first ones do (a HELLO's)
    };

    FaultProxy(const QString &serverEndpoint, Faults faults, quint64 seed)
        : m_front(m_context, zmq::socket_type::router)
        , m_back(m_context, zmq::socket_type::dealer)
        , m_faults(faults)
        , m_random(seed)
    {
        m_front.set(zmq::sockopt::linger, 0);
        m_back.set(zmq::sockopt::linger, 0);
        m_front.bind("tcp://127.0.0.1:*");
        m_back.connect(serverEndpoint.toStdString());
        m_endpoint = QString::fromStdString(m_front.get(zmq::sockopt::last_endpoint));
        m_thread = std::thread([this] { run(); });
    }
    ~FaultProxy()
    {
        m_stop = true;
        m_thread.join();
    }

    QString endpoint() const { return m_endpoint; }
    int dropped() const { return m_dropped; }
    int duplicated() const { return m_duplicated; }
    int reordered() const { return m_reordered; }

private:
    using Message = std::vector<zmq::message_t>;

    static Message copy(const Message &message)
    {
        Message out;
        for (const auto &frame : message)
            out.emplace_back(frame.data(), frame.size());
        return out;
    }

    // Sends with faults; `held` keeps a message back for reordering.
    void forward(zmq::socket_t &to, Message message, std::optional<Message> &held)
    {
        const int roll = int(m_random.bounded(100));
        if (roll < m_faults.dropPercent) {
            ++m_dropped;
            return;
        }
        if (roll < m_faults.dropPercent + m_faults.reorderPercent && !held) {
            ++m_reordered;
            held = std::move(message);
            return;
        }
        if (roll < m_faults.dropPercent + m_faults.reorderPercent + m_faults.duplicatePercent) {
            ++m_duplicated;
            zmq::send_multipart(to, copy(message));
        }
        zmq::send_multipart(to, message);
        if (held) {
            zmq::send_multipart(to, *held);
            held.reset();
        }
    }

    void run()
    {
        std::optional<Message> heldUp;
        std::optional<Message> heldDown;
        zmq::message_t client;
        while (!m_stop) {
            zmq::pollitem_t items[] = {
                {m_front.handle(), 0, ZMQ_POLLIN, 0}, {m_back.handle(), 0, ZMQ_POLLIN, 0}};
            zmq::poll(items, 2, std::chrono::milliseconds(50));
            if (items[0].revents & ZMQ_POLLIN) {
                Message message;
                (void)zmq::recv_multipart(m_front, std::back_inserter(message));
                client.copy(message.front());
                message.erase(message.begin());
                forward(m_back, std::move(message), heldUp);
            }
            if (items[1].revents & ZMQ_POLLIN) {
                Message message;
                (void)zmq::recv_multipart(m_back, std::back_inserter(message));
                message.insert(message.begin(), zmq::message_t(client.data(), client.size()));
                if (m_faults.dropAllReplies && m_passed++ >= m_faults.repliesBeforeDropping) {
                    ++m_dropped;
                    continue;
                }
                forward(m_front, std::move(message), heldDown);
            }
        }
    }

    zmq::context_t m_context;
    zmq::socket_t m_front;
    zmq::socket_t m_back;
    Faults m_faults;
    QRandomGenerator m_random;
    QString m_endpoint;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_dropped {0};
    std::atomic<int> m_duplicated {0};
    std::atomic<int> m_reordered {0};
    int m_passed = 0; // replies let through before dropAllReplies took over
};

} // namespace synctest
