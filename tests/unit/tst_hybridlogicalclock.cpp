// Hybrid logical clock: monotonic under a stepped-back clock, merge rules, counter
// overflow, node tie-break, clamping of clocks too far ahead, restore after restart.
#include "sync/hybridlogicalclock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

namespace {

Uuid nodeId(std::uint8_t last)
{
    Uuid::Bytes bytes {};
    bytes[15] = last;
    return Uuid(bytes);
}

} // namespace

class TestHybridLogicalClock : public QObject
{
    Q_OBJECT

private:
    std::int64_t m_physical = 0;
    HybridLogicalClock makeClock(std::uint8_t node, std::int64_t maxDrift = 1000)
    {
        return HybridLogicalClock(
            nodeId(node), [this] { return m_physical; }, maxDrift);
    }

private Q_SLOTS:
    void init() { m_physical = 1'700'000'000'000; }

    void packsMsAndCounter()
    {
        const auto t = HlcTimestamp::make(1'700'000'000'123, 7, nodeId(1));
        QCOMPARE(t.ms(), 1'700'000'000'123);
        QCOMPARE(t.counter(), 7u);
        QCOMPARE(t.word, (std::uint64_t(1'700'000'000'123) << 16) | 7u);
        QCOMPARE(HlcTimestamp::make(-5, 0, {}).ms(), 0);
        QCOMPARE(HlcTimestamp::make(HlcTimestamp::maxMs + 10, 0, {}).ms(), HlcTimestamp::maxMs);
    }

    void followsPhysicalTime()
    {
        auto clock = makeClock(1);
        const auto a = clock.now();
        QCOMPARE(a.ms(), m_physical);
        QCOMPARE(a.counter(), 0u);
        m_physical += 10;
        const auto b = clock.now();
        QCOMPARE(b.ms(), m_physical);
        QCOMPARE(b.counter(), 0u);
        QVERIFY(a < b);
    }

    void countsWithinOneMillisecondAndWhenTheClockStepsBack()
    {
        auto clock = makeClock(1);
        const auto a = clock.now();
        const auto b = clock.now();
        QCOMPARE(b.ms(), a.ms());
        QCOMPARE(b.counter(), 1u);
        m_physical -= 60'000; // NTP stepped the clock back a minute
        const auto c = clock.now();
        QVERIFY(b < c);
        QCOMPARE(c.ms(), a.ms());
        QCOMPARE(c.counter(), 2u);
    }

    void counterOverflowBorrowsTheNextMillisecond()
    {
        auto clock = makeClock(1);
        clock.restore(HlcTimestamp::make(m_physical, HlcTimestamp::maxCounter, {}));
        const auto next = clock.now();
        QCOMPARE(next.ms(), m_physical + 1);
        QCOMPARE(next.counter(), 0u);
    }

    void receiveOrdersAfterBoth_data()
    {
        QTest::addColumn<qint64>("localMs");
        QTest::addColumn<uint>("localCounter");
        QTest::addColumn<qint64>("remoteMs");
        QTest::addColumn<uint>("remoteCounter");
        QTest::addColumn<qint64>("expectMs");
        QTest::addColumn<uint>("expectCounter");
        // Offsets from physical time.
        QTest::newRow("physical ahead of both")
            << qint64(-5) << 3u << qint64(-2) << 9u << qint64(0) << 0u;
        QTest::newRow("remote ahead") << qint64(0) << 3u << qint64(200) << 9u << qint64(200) << 10u;
        QTest::newRow("local ahead") << qint64(300) << 4u << qint64(200) << 9u << qint64(300) << 5u;
        QTest::newRow("tie takes larger counter")
            << qint64(100) << 4u << qint64(100) << 9u << qint64(100) << 10u;
    }

    void receiveOrdersAfterBoth()
    {
        QFETCH(qint64, localMs);
        QFETCH(uint, localCounter);
        QFETCH(qint64, remoteMs);
        QFETCH(uint, remoteCounter);
        QFETCH(qint64, expectMs);
        QFETCH(uint, expectCounter);
        auto clock = makeClock(1);
        clock.restore(HlcTimestamp::make(m_physical + localMs, localCounter, {}));
        const auto before = clock.last();
        const auto remote = HlcTimestamp::make(m_physical + remoteMs, remoteCounter, nodeId(2));
        const auto got = clock.receive(remote);
        QCOMPARE(got.ms(), m_physical + expectMs);
        QCOMPARE(got.counter(), expectCounter);
        QCOMPARE(got.node, nodeId(1));
        QVERIFY(got.word > before.word);
        QVERIFY(got.word > remote.word);
        QVERIFY(clock.now().word > got.word);
    }

    void nodeBreaksTies()
    {
        const auto a = HlcTimestamp::make(m_physical, 3, nodeId(1));
        const auto b = HlcTimestamp::make(m_physical, 3, nodeId(2));
        QVERIFY(a < b);
        QVERIFY(a != b);
        QVERIFY(HlcTimestamp::make(m_physical, 4, nodeId(1)) > b);
    }

    void clampsClocksTooFarAhead()
    {
        auto server = makeClock(0, 1000);
        const auto fine = HlcTimestamp::make(m_physical + 1000, 5, nodeId(7));
        QVERIFY(!server.isTooFarAhead(fine));
        QCOMPARE(server.clamp(fine), fine);

        const auto wild = HlcTimestamp::make(m_physical + 365LL * 86'400'000, 5, nodeId(7));
        QVERIFY(server.isTooFarAhead(wild));
        const auto clamped = server.clamp(wild);
        QCOMPARE(clamped.ms(), m_physical + 1000);
        QCOMPARE(clamped.node, nodeId(7));

        // The wild clock must not drag ours a year ahead.
        const auto merged = server.receive(wild);
        QCOMPARE(merged.ms(), m_physical + 1000);
        m_physical += 2000;
        QCOMPARE(server.now().ms(), m_physical);
    }

    void restoreNeverGoesBack()
    {
        auto clock = makeClock(1);
        clock.restore(HlcTimestamp::make(m_physical + 50, 2, {}));
        clock.restore(HlcTimestamp::make(m_physical - 50, 9, {}));
        const auto t = clock.now();
        QCOMPARE(t.ms(), m_physical + 50);
        QCOMPARE(t.counter(), 3u);
    }

    void twoDevicesConverge()
    {
        // Messages bounce between two devices whose physical clocks disagree by 700 ms;
        // every receive is ordered after its send.
        std::int64_t physicalB = m_physical - 700;
        auto a = makeClock(1, 5000);
        HybridLogicalClock b(
            nodeId(2), [&physicalB] { return physicalB; }, 5000);
        HlcTimestamp message = a.now();
        for (int i = 0; i < 100; ++i) {
            const auto atB = b.receive(message);
            QVERIFY(atB > message);
            message = b.now();
            const auto atA = a.receive(message);
            QVERIFY(atA > message);
            message = a.now();
            m_physical += 1;
            physicalB += 1;
        }
        QVERIFY(message.ms() - m_physical < 5);
    }
};

QTEST_GUILESS_MAIN(TestHybridLogicalClock)
#include "tst_hybridlogicalclock.moc"
