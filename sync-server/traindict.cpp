// outfall-train-dict: trains the zstd dictionary the sync codec ships with.
//
//   outfall-train-dict [--seed N] [--visits N] [--size BYTES] [--out FILE]
//
// Generates realistic ops (OpSampleGenerator) and cuts them into the push batches a
// tablet really sends: a few ops as they are captured, a sampling round of measurements,
// now and then a whole visit after a day offline. Each batch's uncompressed body is one
// training sample, so the dictionary learns the CBOR shapes, field numbers, units,
// methods and enum texts that every body repeats. Deterministic from the seed: the same
// arguments give the same file and so the same dictionary id.
#include "cli/commandline.h"
#include "demo/opsamplegenerator.h"
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"
#include "sync/zstddictionary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <zdict.h>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

namespace {

struct Samples
{
    QByteArray bytes;
    std::vector<std::size_t> sizes;

    void add(std::span<const Op> ops)
    {
        const QByteArray body = OpBodyCodec::encode(ops);
        bytes += body;
        sizes.push_back(static_cast<std::size_t>(body.size()));
    }
};

// Cuts visits from `generator` into push batches of the sizes a tablet sends.
void addBatches(Samples &samples, quint64 seed, int visits)
{
    OpSampleGenerator generator(seed);
    QRandomGenerator random(static_cast<quint32>(seed * 31 + 7));
    for (int v = 0; v < visits; ++v) {
        const std::vector<Op> ops = generator.inspectionVisit();
        if (random.bounded(10) == 0) {
            samples.add(ops);
            continue;
        }
        std::size_t at = 0;
        while (at < ops.size()) {
            const std::size_t take = std::min<std::size_t>(ops.size() - at, 1 + random.bounded(12));
            samples.add(std::span(ops).subspan(at, take));
            at += take;
        }
        if (random.bounded(4) == 0)
            samples.add(generator.measurements(5 + static_cast<int>(random.bounded(40))));
    }
}

qsizetype compressedTotal(OpCodec &codec, const Samples &samples)
{
    qsizetype total = 0;
    std::size_t offset = 0;
    for (std::size_t size : samples.sizes) {
        const QByteArray body =
            samples.bytes.mid(static_cast<qsizetype>(offset), static_cast<qsizetype>(size));
        total += codec.compressBody(body).size();
        offset += size;
    }
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"outfall-train-dict"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Trains the sync codec's zstd dictionary from generated ops."_s);
    parser.addHelpOption();
    parser.addOption({u"seed"_s, u"Generator seed."_s, u"N"_s, u"20250101"_s});
    parser.addOption({u"visits"_s, u"Inspection visits to generate."_s, u"N"_s, u"4000"_s});
    parser.addOption({u"size"_s, u"Dictionary capacity in bytes."_s, u"BYTES"_s, u"12288"_s});
    parser.addOption({u"out"_s, u"Output file."_s, u"FILE"_s, u"sync-dict-v1.zdict"_s});
    if (const auto exit = outfall::cli::parseOrExit(parser, app.arguments(), u"outfall-train-dict"_s))
        return *exit;

    QTextStream out(stdout);
    QTextStream err(stderr);
    const quint64 seed = parser.value(u"seed"_s).toULongLong();
    const int visits = parser.value(u"visits"_s).toInt();
    const int capacity = parser.value(u"size"_s).toInt();
    if (visits < 10 || capacity < 1024 || capacity > 112 * 1024) {
        return outfall::cli::usageError(
            err, u"outfall-train-dict"_s, u"--visits must be >= 10 and --size in 1024..114688"_s);
    }

    // Many small generators (many tablets) rather than one long run, so that the
    // dictionary does not learn one device's ids.
    Samples training;
    const int devices = std::max(1, visits / 20);
    for (int d = 0; d < devices; ++d)
        addBatches(training, seed + static_cast<quint64>(d), visits / devices);
    Samples heldOut;
    addBatches(heldOut, seed + 1'000'000, 200);

    QByteArray dictionary(capacity, Qt::Uninitialized);
    const std::size_t size = ZDICT_trainFromBuffer(dictionary.data(),
        static_cast<std::size_t>(dictionary.size()), training.bytes.constData(),
        training.sizes.data(), static_cast<unsigned>(training.sizes.size()));
    if (ZDICT_isError(size)) {
        err << "outfall-train-dict: training failed: " << ZDICT_getErrorName(size) << '\n';
        return 1;
    }
    dictionary.resize(static_cast<qsizetype>(size));

    const QString path = parser.value(u"out"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(dictionary) != dictionary.size()) {
        err << "outfall-train-dict: cannot write " << path << ": " << file.errorString() << '\n';
        return 1;
    }
    file.close();

    const auto trained = ZstdDictionary::fromBytes(dictionary);
    OpCodec plain;
    OpCodec withDictionary;
    withDictionary.setDictionary(trained);
    out << "trained on " << training.sizes.size() << " batches (" << training.bytes.size()
        << " bytes)\n"
        << "dictionary " << path << ": " << size << " bytes, id " << trained->id() << '\n'
        << "held-out " << heldOut.sizes.size() << " batches, " << heldOut.bytes.size()
        << " bytes raw: " << compressedTotal(plain, heldOut) << " zstd, "
        << compressedTotal(withDictionary, heldOut) << " zstd+dictionary (frames)\n";
    return 0;
}
