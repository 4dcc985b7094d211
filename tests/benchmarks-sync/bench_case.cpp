// bench_case: export and verify time of an enforcement case package (docs/cases.md 7), the
// median of several runs, beside a baseline in the same run: copying and hashing the same
// photos with nothing else.
//   The case: one inspection with PHOTOS JPEG photos (3 megapixels, about 1.5 MB each) and a
//   measurement, all signed and pushed through SyncEngine in-process; the package written by
//   CASE export (records, proofs, keys, photos, the PDF report with every photo drawn, the
//   signed manifest), then checked by the offline verifier.
// Usage: bench_case [PHOTOS=100] [RUNS=3]. Prints figures; never fails on time.
#include "../unit/evidencetesthelpers.h"
#include "evidence/casepackageverifier.h"
#include "evidence/sha256.h"
#include "server/blobstore.h"
#include "server/syncengine.h"
#include "sync/jsonbody.h"

#include <QBuffer>
#include <QCborArray>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace synctest;
using namespace outfall;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QByteArray jpegPhoto()
{
    QImage image(2048, 1536, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb((x / 8) % 256, (y / 6) % 256, int(random.bounded(64)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 92);
    return bytes;
}

sync::Message caseRequest(const QString &op, QCborMap header)
{
    sync::Message message;
    message.command = sync::Command::Case;
    header.insert(u"op"_s, op);
    message.header = header;
    return message;
}

sync::Message handled(server::SyncEngine &engine, const server::Peer &peer, const sync::Message &m)
{
    const sync::Message reply = engine.handle(peer, m);
    if (reply.command == sync::Command::Error)
        qFatal("refused: %s", qPrintable(reply.header.value(u"text"_s).toString()));
    return reply;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the PDF report's fonts
    QLoggingCategory::setFilterRules(u"outfall.*.info=false"_s);
    const QStringList args = app.arguments();
    bool ok1 = true;
    bool ok2 = true;
    const int photos = args.size() > 1 ? args[1].toInt(&ok1) : 100;
    const int runs = args.size() > 2 ? args[2].toInt(&ok2) : 3;
    if (!ok1 || !ok2 || photos < 1 || runs < 1 || args.size() > 3) {
        std::fprintf(stderr, "usage: bench_case [PHOTOS>=1] [RUNS>=1]\n");
        return 2;
    }

    QTemporaryDir dir;
    auto db = server::ServerStore::initialise(dir.path());
    const District district = seedDistrict(*db);
    server::Peer admin;
    admin.role = u"admin"_s;
    admin.deviceId = u"bench-admin"_s;
    server::DeviceRegistry(*db).assign(admin, u"A1"_s, {district.permits[0]});
    const QString id = domain::UuidV7Generator().next();
    db->prepare(u"INSERT INTO device (id, inspector_id, role, public_key, enrolled_at)"
                u" VALUES (?, ?, 'device', ?, 0)"_s)
        .bind(1, id)
        .bind(2, district.inspectorA)
        .bind(3, u"plain-"_s + id)
        .exec();
    store::Database reader(server::ServerStore::databasePath(dir.path()));
    server::SyncEngine engine(*db, reader, dir.path(), 2000);
    const server::Peer peer = server::DeviceRegistry(*db).lookupDevice(id)->peer;
    QDir().mkpath(dir.path() + u"/tablet"_s);
    Device device(dir.path() + u"/tablet"_s, id, district.inspectorA, u"tcp://unused"_s);
    device.db.exec(u"PRAGMA foreign_keys = OFF"_s);
    evidencetest::giveSigningKey(*db, device);

    // The photos: one JPEG, each copy made distinct by bytes after its end marker (decoders
    // ignore them), so every photo has its own hash.
    const QByteArray base = jpegPhoto();
    const auto inspection = device.startInspection(district.permits[0]);
    device.measure(inspection, 95);
    server::BlobStore blobs(*db, dir.path());
    qint64 photoBytes = 0;
    using E = sync::Entity;
    for (int i = 0; i < photos; ++i) {
        const QByteArray bytes = base + QByteArray::number(i);
        const QString sha = QString::fromLatin1(evidence::sha256(bytes).toHex());
        device.outbox.insert(E::Photo, device.newId(),
            {{field(E::Photo, u"inspection_id"), inspection.toText()},
                {field(E::Photo, u"sha256"), sha},
                {field(E::Photo, u"byte_size"), std::int64_t(bytes.size())},
                {field(E::Photo, u"mime"), u"image/jpeg"_s},
                {field(E::Photo, u"lat"), 22.5 + i * 1e-5}, {field(E::Photo, u"lon"), 114.0},
                {field(E::Photo, u"taken_at"), std::int64_t(1'760'000'001'000 + i)}});
        if (blobs.put(bytes, id) != sha)
            qFatal("a blob stored under another hash");
        photoBytes += bytes.size();
    }
    sync::OpCodec codec;
    codec.setDictionary(sync::ZstdDictionary::builtin());
    const std::vector<sync::Op> ops = device.outbox.pending(std::size_t(1) << 22);
    sync::Message push = plainRequest(sync::Command::Push, id);
    push.header.insert(u"b"_s, sync::Message::newRequestId() + sync::Message::newRequestId());
    push.header.insert(u"f"_s, qint64(1));
    push.header.insert(u"l"_s, qint64(ops.back().deviceSeq));
    push.body = codec.encode(ops);
    if (engine.handle(peer, push).command != sync::Command::PushAck)
        qFatal("push refused");
    handled(engine, admin,
        caseRequest(u"create"_s,
            {{u"p"_s, district.permits[0]}, {u"t"_s, u"bench"_s},
                {u"i"_s, QCborArray {inspection.toText()}}}));

    std::vector<double> baseline;
    std::vector<double> exports;
    std::vector<double> verifies;
    int files = 0;
    for (int run = 0; run < runs; ++run) {
        // Baseline: the photos alone copied and hashed.
        QElapsedTimer timer;
        timer.start();
        const QString copy = dir.path() + u"/copy%1"_s.arg(run);
        QDir().mkpath(copy);
        QDirIterator it(dir.path() + u"/blobs"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile in(path);
            in.open(QIODevice::ReadOnly);
            const QByteArray bytes = in.readAll();
            evidence::sha256(bytes);
            QFile out(copy + u'/' + QFileInfo(path).fileName());
            out.open(QIODevice::WriteOnly);
            out.write(bytes);
        }
        baseline.push_back(timer.nsecsElapsed() / 1e6);
        QDir(copy).removeRecursively();

        timer.restart();
        const sync::Message reply = handled(
            engine, admin, caseRequest(u"export"_s, {{u"id"_s, u"C1"_s}, {u"lang"_s, u"zh"_s}}));
        exports.push_back(timer.nsecsElapsed() / 1e6);
        files = int(sync::jsonArrayIn(reply, u"files"_s).size());
        const QString package =
            dir.path() + u"/case-exports/"_s + sync::jsonBodyOf(reply).value(u"x"_s).toString();
        timer.restart();
        const auto result = evidence::CasePackageVerifier::verify(package);
        verifies.push_back(timer.nsecsElapsed() / 1e6);
        if (!result.ok)
            qFatal("the package does not verify: %s", qPrintable(result.failure));
        QDir(package).removeRecursively();
    }
    std::printf("case package with %d photos (%.1f MB of JPEG), %d files, median of %d runs:\n",
        photos, photoBytes / 1e6, files, runs);
    std::printf("  baseline: copy + SHA-256 of the photos alone  %8.0f ms\n", median(baseline));
    std::printf("  export (server: package, PDF report, manifest) %8.0f ms  (%.1f x baseline)\n",
        median(exports), median(exports) / median(baseline));
    std::printf("  verify (offline: hashes, signatures, proofs)   %8.0f ms  (%.1f x baseline)\n",
        median(verifies), median(verifies) / median(baseline));
    return 0;
}
