// bench_evidence: figures for signed evidence (docs/evidence.md), median of several runs.
//   1. Ed25519 records: canonical encode + sign, and decode + verify, records per second
//   2. capture on the device (row + outbox op, and with signing the record and its op) and
//      push + durable apply on the server (SyncEngine in-process, batches of 500 ops; with
//      signing the records are checked and logged and a tree head signed per batch), in
//      evidence items (measurements) per second, signatures off beside on
// Usage: bench_evidence [N=2000] [RUNS=5]. Prints figures; never fails on time.
#include "../unit/evidencetesthelpers.h"
#include "cli/positionalline.h"
#include "evidence/canonicalrecord.h"
#include "evidence/recordsigner.h"
#include "evidence/recordverifier.h"
#include "server/signaturebatch.h"
#include "server/syncengine.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <thread>

using namespace synctest;
using namespace outfall;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

evidence::CanonicalRecord sampleRecord(const evidence::SigningKeyPair &keys)
{
    evidence::CanonicalRecord record;
    record.deviceId = QByteArray(16, '\x11');
    record.signingKey = keys.publicKey;
    record.seq = 1;
    record.previousSha256 = QByteArray(32, '\0');
    record.signedAtMs = 1'764'547'200'000;
    record.entity = 3;
    record.rowId = QByteArray(16, '\x22');
    record.supersedesId = QByteArray(16, '\0');
    using T = evidence::CanonicalRecord::Value::Type;
    record.values = {{1, T::Text, 0, 0, "0190b6e0-0000-7000-8000-000000000001"},
        {3, T::Text, 0, 0, "SO2"}, {4, T::Real, 0, 35.5, {}}, {5, T::Text, 0, 0, "mg/m3"},
        {9, T::Integer, 1'764'547'200'000, 0, {}}};
    return record;
}

struct Rates
{
    double capture = 0; // measurements captured per second
    double push = 0; // measurements pushed and applied per second
};

Rates captureAndPush(int n, bool signedEvidence)
{
    QTemporaryDir dir;
    auto db = server::ServerStore::initialise(dir.path());
    const District district = seedAssignedDistrict(*db);
    const QString id = registerPlainDevice(*db, district.inspectorA);
    store::Database reader(server::ServerStore::databasePath(dir.path()));
    server::SyncEngine engine(*db, reader, dir.path(), 2000);
    const server::Peer peer = server::DeviceRegistry(*db).lookupDevice(id)->peer;
    QDir().mkpath(dir.path() + u"/tablet"_s);
    Device device(dir.path() + u"/tablet"_s, id, district.inspectorA, u"tcp://unused"_s);
    device.db.exec(u"PRAGMA foreign_keys = OFF"_s);
    if (signedEvidence)
        evidencetest::giveSigningKey(*db, device);

    const auto inspection = device.startInspection(district.permits[0]);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i)
        device.measure(inspection, 10.0 + i % 50);
    Rates rates;
    rates.capture = n / (double(timer.nsecsElapsed()) / 1e9);

    sync::OpCodec codec;
    codec.setDictionary(sync::ZstdDictionary::builtin());
    const std::vector<sync::Op> ops = device.outbox.pending(std::size_t(1) << 22);
    std::vector<sync::Message> pushes;
    std::int64_t first = 1;
    for (std::size_t at = 0; at < ops.size(); at += 500) {
        const std::vector<sync::Op> batch(
            ops.begin() + qsizetype(at), ops.begin() + qsizetype(std::min(ops.size(), at + 500)));
        sync::Message push = plainRequest(sync::Command::Push, id);
        push.header.insert(u"b"_s, sync::Message::newRequestId() + sync::Message::newRequestId());
        push.header.insert(u"f"_s, qint64(first));
        push.header.insert(u"l"_s, qint64(batch.back().deviceSeq));
        push.body = codec.encode(batch);
        first = std::int64_t(batch.back().deviceSeq) + 1;
        pushes.push_back(std::move(push));
    }
    timer.restart();
    for (const sync::Message &push : pushes) {
        const sync::Message reply = engine.handle(peer, push);
        if (reply.command != sync::Command::PushAck)
            qFatal("push refused: %s", qPrintable(reply.header.value(u"text"_s).toString()));
        // A record refused alone is a rejection in the acknowledgement: not a figure.
        if (const QCborArray rejected = reply.header.value(u"r"_s).toArray(); !rejected.isEmpty())
            qFatal("op refused: %s", qPrintable(rejected.at(0).toArray().at(2).toString()));
    }
    rates.push = n / (double(timer.nsecsElapsed()) / 1e9);
    return rates;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"outfall.*.info=false"_s);
    cli::PositionalLine commandLine(
        app.arguments(), u"usage: bench_evidence [N>=1] [RUNS>=1]"_s, 2);
    const int n = int(commandLine.number(0, u"N"_s, 2000, 1, 100'000'000));
    const int runs = int(commandLine.number(1, u"RUNS"_s, 5, 1, 1000));
    if (const auto exit = commandLine.stop())
        return *exit;

    const auto keys = evidence::SigningKeyPair::generate();
    const evidence::RecordSigner signer(keys);
    const evidence::CanonicalRecord record = sampleRecord(keys);
    const int cryptoN = n * 10;
    std::vector<double> signRates;
    std::vector<double> verifyRates;
    QByteArray bytes = record.encode();
    QByteArray signature = signer.sign(bytes);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < cryptoN; ++i) {
            evidence::CanonicalRecord next = record;
            next.seq = std::uint64_t(i + 1);
            bytes = next.encode();
            signature = signer.sign(bytes);
        }
        signRates.push_back(cryptoN / (double(timer.nsecsElapsed()) / 1e9));
        timer.restart();
        int good = 0;
        for (int i = 0; i < cryptoN; ++i) {
            const auto decoded = evidence::CanonicalRecord::decode(bytes);
            good += evidence::RecordVerifier::verify(decoded.signingKey, bytes, signature) ? 1 : 0;
        }
        verifyRates.push_back(cryptoN / (double(timer.nsecsElapsed()) / 1e9));
        if (good != cryptoN)
            qFatal("a signature did not verify");
    }
    std::printf("records of %lld bytes, %d per run, median of %d runs\n",
        static_cast<long long>(bytes.size()), cryptoN, runs);
    std::printf("  encode + sign    %10.0f records/s\n", median(signRates));
    std::printf("  decode + verify  %10.0f records/s\n", median(verifyRates));

    // Signed pushes twice: signatures verified on the sync thread alone, and on every core
    // before the records are judged in order (server::SignatureBatch, the server's default).
    std::vector<double> captureOff, captureOn, pushOff, pushOnOneThread, pushOn;
    for (int run = 0; run < runs; ++run) {
        const Rates off = captureAndPush(n, false);
        server::SignatureBatch::setThreads(1);
        const Rates oneThread = captureAndPush(n, true);
        server::SignatureBatch::setThreads(0);
        const Rates on = captureAndPush(n, true);
        captureOff.push_back(off.capture);
        captureOn.push_back(on.capture);
        pushOff.push_back(off.push);
        pushOnOneThread.push_back(oneThread.push);
        pushOn.push_back(on.push);
    }
    std::printf("%d measurements, median of %d runs (signatures off | on | on/off)\n", n, runs);
    std::printf("  capture on device          %9.0f | %9.0f /s | %5.1f %%\n", median(captureOff),
        median(captureOn), 100 * median(captureOn) / median(captureOff));
    std::printf("  push + apply, verify on the sync thread  %9.0f | %9.0f /s | %5.1f %%\n",
        median(pushOff), median(pushOnOneThread), 100 * median(pushOnOneThread) / median(pushOff));
    std::printf("  push + apply, verify on %2u threads       %9.0f | %9.0f /s | %5.1f %%\n",
        std::max(1u, std::thread::hardware_concurrency()), median(pushOff), median(pushOn),
        100 * median(pushOn) / median(pushOff));
    return 0;
}
