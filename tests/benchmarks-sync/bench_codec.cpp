// bench_codec: wire size and speed of the op codec.
//
// Prints bytes per op for typical push batches (measurements of one sampling round,
// whole inspection visits) raw, with plain zstd and with the shipped dictionary, and
// encode/decode throughput as the median of several runs. Build with the release preset
// for figures worth quoting.
#include "demo/opsamplegenerator.h"
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"
#include "sync/zstddictionary.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

namespace {

constexpr int runs = 7;

template<typename F>
double medianSeconds(F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Sizes
{
    qsizetype ops = 0;
    qsizetype raw = 0;
    qsizetype zstd = 0;
    qsizetype dictionary = 0;
};

Sizes measure(const std::vector<std::vector<Op>> &batches, OpCodec &plain, OpCodec &withDictionary)
{
    Sizes sizes;
    for (const auto &batch : batches) {
        sizes.ops += qsizetype(batch.size());
        sizes.raw += OpCodec::headerSize + OpBodyCodec::encode(batch).size();
        sizes.zstd += plain.encode(batch).size();
        sizes.dictionary += withDictionary.encode(batch).size();
    }
    return sizes;
}

void printSizes(QTextStream &out, const QString &label, const Sizes &s)
{
    const auto perOp = [&s](qsizetype bytes) {
        return QString::number(double(bytes) / double(s.ops), 'f', 1);
    };
    out << qSetFieldWidth(34) << Qt::left << label << qSetFieldWidth(0) << "raw " << perOp(s.raw)
        << "  zstd " << perOp(s.zstd) << "  zstd+dict " << perOp(s.dictionary) << "  bytes/op\n";
}

} // namespace

int main()
{
    QTextStream out(stdout);
    const auto dictionary = ZstdDictionary::builtin();
    if (!dictionary) {
        out << "no built-in dictionary\n";
        return 1;
    }
    out << "dictionary id " << dictionary->id() << ", " << dictionary->bytes().size()
        << " bytes\n\n";
    OpCodec plain;
    OpCodec withDictionary;
    withDictionary.setDictionary(dictionary);

    out << "Wire size (frame header included)\n";
    for (int size : {1, 10, 50, 200}) {
        std::vector<std::vector<Op>> batches;
        for (quint64 seed = 1; seed <= 40; ++seed)
            batches.push_back(OpSampleGenerator(seed).measurements(size));
        printSizes(
            out, u"measurement batches of %1"_s.arg(size), measure(batches, plain, withDictionary));
    }
    {
        std::vector<std::vector<Op>> batches;
        for (quint64 seed = 1; seed <= 40; ++seed)
            batches.push_back(OpSampleGenerator(seed + 500).inspectionVisit());
        printSizes(out, u"whole inspection visits"_s, measure(batches, plain, withDictionary));
    }

    out << "\nSpeed (median of " << runs << " runs)\n";
    const auto speed = [&](const QString &label, const std::vector<Op> &ops, OpCodec &codec) {
        QByteArray frame;
        const double encode = medianSeconds([&] { frame = codec.encode(ops); });
        std::vector<Op> decoded;
        const double decode = medianSeconds([&] { decoded = codec.decode(frame); });
        if (decoded != ops)
            out << "ROUND TRIP MISMATCH\n";
        out << qSetFieldWidth(34) << Qt::left << label << qSetFieldWidth(0) << "encode "
            << qint64(double(ops.size()) / encode) << " ops/s  decode "
            << qint64(double(ops.size()) / decode) << " ops/s  (" << ops.size() << " ops, "
            << frame.size() << " bytes)\n";
    };
    std::vector<Op> measurements;
    for (quint64 seed = 1; seed <= 100; ++seed) {
        auto batch = OpSampleGenerator(seed).measurements(200);
        measurements.insert(measurements.end(), batch.begin(), batch.end());
    }
    std::vector<Op> visits;
    OpSampleGenerator generator(7);
    while (visits.size() < 20'000) {
        auto visit = generator.inspectionVisit();
        visits.insert(visits.end(), visit.begin(), visit.end());
    }
    speed(u"measurements, zstd+dict"_s, measurements, withDictionary);
    speed(u"measurements, zstd"_s, measurements, plain);
    speed(u"mixed visits, zstd+dict"_s, visits, withDictionary);
    const double bodyEncode = medianSeconds([&] { OpBodyCodec::encode(visits); });
    const QByteArray body = OpBodyCodec::encode(visits);
    const double bodyDecode = medianSeconds([&] { OpBodyCodec::decode(body); });
    out << qSetFieldWidth(34) << Qt::left << u"mixed visits, CBOR body only"_s << qSetFieldWidth(0)
        << "encode " << qint64(double(visits.size()) / bodyEncode) << " ops/s  decode "
        << qint64(double(visits.size()) / bodyDecode) << " ops/s\n";
    return 0;
}
