// The op codec: round trips of realistic batches with and without a dictionary, every
// value type and edge, the schema checks on encode, and hostile input on decode
// (garbage, truncation, bit flips, lying headers, a decompression bomb): always a
// CodecError with a reason, never a crash or an unbounded allocation.
#include "demo/opsamplegenerator.h"
#include "sync/codecerror.h"
#include "sync/entityschema.h"
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <limits>
#include <zdict.h>
#include <zstd.h>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

namespace {

std::vector<Op> visits(quint64 seed, int count)
{
    OpSampleGenerator generator(seed);
    std::vector<Op> ops;
    for (int i = 0; i < count; ++i) {
        auto visit = generator.inspectionVisit();
        ops.insert(ops.end(), visit.begin(), visit.end());
    }
    return ops;
}

// A small dictionary trained here, so these tests do not depend on the shipped one.
std::shared_ptr<const ZstdDictionary> trainedDictionary()
{
    QByteArray samples;
    std::vector<std::size_t> sizes;
    OpSampleGenerator generator(99);
    for (int i = 0; i < 300; ++i) {
        const QByteArray body = OpBodyCodec::encode(generator.inspectionVisit());
        samples += body;
        sizes.push_back(std::size_t(body.size()));
    }
    QByteArray dictionary(4096, Qt::Uninitialized);
    const std::size_t size = ZDICT_trainFromBuffer(dictionary.data(),
        std::size_t(dictionary.size()), samples.constData(), sizes.data(), unsigned(sizes.size()));
    if (ZDICT_isError(size))
        qFatal("training failed: %s", ZDICT_getErrorName(size));
    dictionary.resize(qsizetype(size));
    return ZstdDictionary::fromBytes(dictionary);
}

Op measurementOp()
{
    return OpSampleGenerator(5).measurements(1).front();
}

QByteArray rawFrame(const QByteArray &body)
{
    QByteArray frame(OpCodec::headerSize, '\0');
    frame[0] = char(OpCodec::formatVersion);
    qToBigEndian(quint32(body.size()), frame.data() + 6);
    return frame + body;
}

template<typename F>
QString codecError(F &&f)
{
    try {
        f();
    } catch (const CodecError &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestOpCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsRealisticBatches_data()
    {
        QTest::addColumn<bool>("withDictionary");
        QTest::newRow("plain zstd") << false;
        QTest::newRow("dictionary") << true;
    }
    void roundTripsRealisticBatches()
    {
        QFETCH(bool, withDictionary);
        OpCodec codec;
        if (withDictionary)
            codec.setDictionary(trainedDictionary());
        for (quint64 seed = 1; seed <= 5; ++seed) {
            const auto ops = visits(seed, int(seed));
            const QByteArray frame = codec.encode(ops);
            QCOMPARE(quint8(frame[1]),
                quint8(withDictionary ? OpCodec::Compression::ZstdDictionary
                                      : OpCodec::Compression::Zstd));
            QCOMPARE(qFromBigEndian<quint32>(frame.constData() + 2), codec.dictionaryId());
            QVERIFY(codec.decode(frame) == ops);
        }
    }

    void emptyBatch()
    {
        OpCodec codec;
        const QByteArray frame = codec.encode({});
        QCOMPARE(quint8(frame[1]), quint8(OpCodec::Compression::None));
        QVERIFY(codec.decode(frame).empty());
    }

    void tinyBodiesAreNotCompressed()
    {
        OpCodec codec;
        Op op;
        op.entity = Entity::Inspection;
        op.kind = Op::Kind::Update;
        op.set(9, u"ok"_s);
        const std::vector<Op> ops {op};
        const QByteArray frame = codec.encode(ops);
        QCOMPARE(quint8(frame[1]), quint8(OpCodec::Compression::None));
        QCOMPARE(frame.size(), OpCodec::headerSize + OpBodyCodec::encode(ops).size());
        QVERIFY(codec.decode(frame) == ops);
    }

    void everyValueSurvives()
    {
        const auto &m = EntitySchema::info(Entity::Measurement);
        const auto &s = EntitySchema::info(Entity::Signature);
        const auto &p = EntitySchema::info(Entity::Photo);
        Op a = measurementOp();
        a.set(m.fieldNumber(u"value"), std::numeric_limits<double>::infinity());
        a.set(m.fieldNumber(u"o2_pct"), -0.0);
        a.set(m.fieldNumber(u"instrument_id"), QString());
        a.set(m.fieldNumber(u"method"), u"HJ 57-2017 \u00b0 \U0001F4A7"_s);
        a.set(m.fieldNumber(u"recorded_at"), std::int64_t(0)); // far before the clock
        a.set(m.fieldNumber(u"outlet_id"), u"not-a-uuid"_s); // text stays text
        a.set(m.fieldNumber(u"supersedes_id"), u"0189E0F4-1A2B-7C3D-8E4F-000102030405"_s);
        Op b = a;
        b.opId = Uuid::fromText(u"0189e0f4-1a2b-7c3d-8e4f-000102030406"_s).value();
        b.deviceSeq = a.deviceSeq - 5; // pull replies mix devices: deltas go negative
        b.hlc = HlcTimestamp::make(a.hlc.ms() - 86'400'000, 65535, Uuid());
        b.set(m.fieldNumber(u"value"), 1e-300);
        b.set(m.fieldNumber(u"o2_pct"), 0.1f);
        b.set(m.fieldNumber(u"recorded_at"), HlcTimestamp::maxMs);
        b.set(m.fieldNumber(u"outlet_id"), nullptr);
        Op c;
        c.entity = Entity::Signature;
        c.deviceSeq = std::numeric_limits<std::uint64_t>::max();
        c.set(s.fieldNumber(u"refused"), std::numeric_limits<std::int64_t>::min());
        c.set(s.fieldNumber(u"strokes"), QByteArray());
        c.set(s.fieldNumber(u"signer_name"), u""_s);
        Op d;
        d.entity = Entity::Photo;
        d.kind = Op::Kind::Update;
        d.set(p.fieldNumber(u"byte_size"), std::numeric_limits<std::int64_t>::max());
        d.set(p.fieldNumber(u"caption"), QString(5000, u'\u6c34'));
        const std::vector<Op> ops {a, b, c, d};
        OpCodec codec;
        const auto decoded = codec.decode(codec.encode(ops));
        QVERIFY(decoded == ops);
        QVERIFY(std::signbit(decoded[0].value(m.fieldNumber(u"o2_pct"))->real()));
        Op e = a;
        e.set(m.fieldNumber(u"value"), std::nan(""));
        const auto nan = OpBodyCodec::decode(OpBodyCodec::encode(std::vector<Op> {e}));
        QVERIFY(std::isnan(nan[0].value(m.fieldNumber(u"value"))->real()));
    }

    void uuidsAreInterned()
    {
        // Twenty measurements of one inspection: the inspection, outlet, device and
        // author ids appear once as 16 bytes and then as one-byte references.
        const auto ops = OpSampleGenerator(11).measurements(20);
        const QByteArray body = OpBodyCodec::encode(ops);
        QVERIFY2(body.size() < 20 * 120, QByteArray::number(body.size()));
        const QByteArray inspection = Uuid::fromText(ops[0].value(1)->text())->toByteArray();
        QCOMPARE(body.count(inspection), 1);
    }

    void encodeRefusesOpsOutsideTheSchema()
    {
        Op unknownEntity;
        unknownEntity.entity = Entity(99);
        QVERIFY(codecError([&] {
            OpBodyCodec::encode(std::vector<Op> {unknownEntity});
        }).contains(u"unknown entity"_s));
        Op unknownField = measurementOp();
        unknownField.set(200, 1);
        QVERIFY(codecError([&] {
            OpBodyCodec::encode(std::vector<Op> {unknownField});
        }).contains(u"has no field 200"_s));
        Op integerUuid = measurementOp();
        integerUuid.set(1, 7); // inspection_id
        QVERIFY(!codecError([&] { OpBodyCodec::encode(std::vector<Op> {integerUuid}); }).isEmpty());
        Op farInstant = measurementOp();
        farInstant.set(9, std::numeric_limits<std::int64_t>::min()); // recorded_at
        QVERIFY(codecError([&] {
            OpBodyCodec::encode(std::vector<Op> {farInstant});
        }).contains(u"instant out of range"_s));
    }

    void decodeRefusesNumbersInUuidFields()
    {
        // Found by fuzz_opframe: the decoder took a number in a uuid field, which the encoder
        // cannot write back, so a server that stored such an op could never send it on.
        const Op op = measurementOp();
        const QByteArray body = OpBodyCodec::encode(std::vector<Op> {op});
        const QByteArray uuid =
            QByteArray(1, char(0x50)) + Uuid::fromText(op.value(1)->text())->toByteArray();
        QCOMPARE(body.count(uuid), 1); // inspection_id, written out once
        const QByteArray minusOne("\x20", 1);
        const QByteArray floatNaN("\xfa\x7f\xc0\x00\x00", 5);
        for (const QByteArray &number : {minusOne, floatNaN}) {
            QByteArray bad = body;
            bad.replace(uuid, number);
            const QString error = codecError([&] { OpBodyCodec::decode(bad); });
            QVERIFY2(error.contains(u"number in uuid field inspection_id"_s), qPrintable(error));
        }
    }

    void refusesBadHeaders()
    {
        OpCodec codec;
        const QByteArray good = codec.encode(visits(3, 1));
        QVERIFY(codecError([&] { codec.decode(good.left(5)); }).contains(u"truncated frame"_s));

        QByteArray version = good;
        version[0] = 2;
        QVERIFY(codecError([&] { codec.decode(version); }).contains(u"unsupported frame format"_s));

        QByteArray compression = good;
        compression[1] = 9;
        QVERIFY(codecError([&] { codec.decode(compression); }).contains(u"unknown compression"_s));

        QByteArray dictionary = good;
        dictionary[1] = char(OpCodec::Compression::ZstdDictionary);
        qToBigEndian(quint32(12345), dictionary.data() + 2);
        QVERIFY(
            codecError([&] { codec.decode(dictionary); }).contains(u"unknown dictionary 12345"_s));

        QByteArray size = good;
        qToBigEndian(quint32(qFromBigEndian<quint32>(good.constData() + 6) + 1), size.data() + 6);
        QVERIFY(!codecError([&] { codec.decode(size); }).isEmpty());
    }

    void decompressionBombIsRefused()
    {
        // 64 MiB of zeros compress to a few KiB; the frame's honest declared size is above
        // the bound, so it is refused before anything is allocated.
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        QByteArray compressed(
            qsizetype(ZSTD_compressBound(std::size_t(zeros.size()))), Qt::Uninitialized);
        const std::size_t size = ZSTD_compress(compressed.data(), std::size_t(compressed.size()),
            zeros.constData(), std::size_t(zeros.size()), 1);
        QVERIFY(!ZSTD_isError(size));
        compressed.resize(qsizetype(size));
        QVERIFY(compressed.size() < 64 * 1024);

        QByteArray frame(OpCodec::headerSize, '\0');
        frame[0] = char(OpCodec::formatVersion);
        frame[1] = char(OpCodec::Compression::Zstd);
        qToBigEndian(quint32(zeros.size()), frame.data() + 6);
        frame += compressed;
        OpCodec::Options options;
        options.maxBodyBytes = 1024 * 1024;
        OpCodec codec(options);
        QVERIFY(
            codecError([&] { codec.decode(frame); }).contains(u"above the 1048576-byte bound"_s));

        // The same bomb lying about its size: zstd's own content size contradicts it.
        qToBigEndian(quint32(1000), frame.data() + 6);
        QVERIFY(codecError([&] { codec.decode(frame); }).contains(u"header declares 1000"_s));

        // And without a content size in the zstd frame: the output buffer is the bound.
        ZSTD_CCtx *cctx = ZSTD_createCCtx();
        ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, 0);
        QByteArray streamed(compressed.size() * 2 + 1024, Qt::Uninitialized);
        const std::size_t streamedSize = ZSTD_compress2(cctx, streamed.data(),
            std::size_t(streamed.size()), zeros.constData(), std::size_t(zeros.size()));
        ZSTD_freeCCtx(cctx);
        QVERIFY(!ZSTD_isError(streamedSize));
        streamed.resize(qsizetype(streamedSize));
        frame = frame.left(OpCodec::headerSize) + streamed;
        QVERIFY(codecError([&] { codec.decode(frame); }).contains(u"zstd decompression failed"_s));
    }

    void truncationIsAlwaysAnError()
    {
        OpCodec codec;
        const auto ops = visits(4, 1);
        const QByteArray body = OpBodyCodec::encode(ops);
        const QByteArray frame = codec.encode(ops);
        for (qsizetype length = 0; length < frame.size(); ++length)
            QVERIFY(!codecError([&] { codec.decode(frame.left(length)); }).isEmpty());
        // Truncated bodies under an honest header reach the CBOR reader.
        for (qsizetype length = 0; length < body.size(); ++length)
            QVERIFY2(!codecError([&] { codec.decode(rawFrame(body.left(length))); }).isEmpty(),
                qPrintable(QString::number(length)));
        QVERIFY(!codecError([&] { codec.decode(rawFrame(body + '\0')); }).isEmpty());
    }

    void corruptBodiesNeverCrash()
    {
        // Flipped bytes either still decode (to something) or give a CodecError.
        OpCodec codec;
        const QByteArray body = OpBodyCodec::encode(visits(6, 1));
        QRandomGenerator random(2024);
        int errors = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray corrupt = body;
            const int flips = 1 + int(random.bounded(4));
            for (int f = 0; f < flips; ++f)
                corrupt[qsizetype(random.bounded(quint32(corrupt.size())))] =
                    char(random.bounded(256));
            if (!codecError([&] { codec.decode(rawFrame(corrupt)); }).isEmpty())
                ++errors;
        }
        QVERIFY(errors > 0);
        for (int i = 0; i < 2000; ++i) {
            QByteArray garbage(qsizetype(random.bounded(300)), Qt::Uninitialized);
            for (auto &byte : garbage)
                byte = char(random.bounded(256));
            // Reaching the next iteration is the assertion: no crash, no hang.
            codecError([&] { codec.decode(rawFrame(garbage)); });
        }
    }

    void hugeDeclaredCountsAreRefused()
    {
        // An array header claiming 2^32 ops in a handful of bytes.
        const QByteArray body = QByteArray::fromHex("9b0000000100000000");
        OpCodec codec;
        QVERIFY(codecError([&] { codec.decode(rawFrame(body)); }).contains(u"declares"_s));
    }
};

QTEST_GUILESS_MAIN(TestOpCodec)
#include "tst_opcodec.moc"
