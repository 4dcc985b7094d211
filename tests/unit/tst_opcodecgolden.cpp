// Golden wire fixtures (tests/data/sync/): the bytes of format 1 for a deterministic
// batch. Decoding a fixture must give the batch for as long as format 1 is supported;
// encoding the batch must give the fixture's bytes exactly. zstd promises to decode old
// frames, not to compress to the same bytes in every release, so exact re-encoding of
// compressed fixtures is checked only under the zstd version that wrote them.
//
// Regenerate (after a deliberate format change, with a new version number):
//   OUTFALL_REGENERATE_GOLDEN=1 build/debug/tests/tst_opcodecgolden
#include "demo/opsamplegenerator.h"
#include "sync/opbodycodec.h"
#include "sync/opcodec.h"
#include "sync/zstddictionary.h"

#include <QFile>
#include <QTest>

#include <zstd.h>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(OUTFALL_TEST_DATA_DIR) + u"/sync/"_s + name;
}

QByteArray readFixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool regenerating()
{
    return qEnvironmentVariableIsSet("OUTFALL_REGENERATE_GOLDEN");
}

void writeFixture(const QString &name, const QByteArray &bytes)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
}

std::vector<Op> visitBatch()
{
    return OpSampleGenerator(42).inspectionVisit();
}

std::vector<Op> measurementBatch()
{
    return OpSampleGenerator(43).measurements(20);
}

} // namespace

class TestOpCodecGolden : public QObject
{
    Q_OBJECT

private:
    OpCodec m_plain;
    OpCodec m_dictionary;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(ZstdDictionary::builtin());
        m_dictionary.setDictionary(ZstdDictionary::builtin());
        if (!regenerating())
            return;
        writeFixture(u"visit-v1.body.bin"_s, OpBodyCodec::encode(visitBatch()));
        writeFixture(u"visit-v1.frame-dict.bin"_s, m_dictionary.encode(visitBatch()));
        writeFixture(u"measurements-v1.frame-dict.bin"_s, m_dictionary.encode(measurementBatch()));
        writeFixture(u"measurements-v1.frame-zstd.bin"_s, m_plain.encode(measurementBatch()));
        writeFixture(u"zstd-version.txt"_s, QByteArray::number(ZSTD_versionNumber()) + '\n');
    }

    void shippedDictionaryIsPinned()
    {
        // Frames name the dictionary by id: a retrained dictionary is a new file (v2),
        // and peers keep v1 for frames that name it.
        QCOMPARE(ZstdDictionary::builtin()->id(), 613862468u);
        QVERIFY(ZstdDictionary::builtin()->bytes().size() <= 16 * 1024);
    }

    void bodyIsExact()
    {
        const QByteArray fixture = readFixture(u"visit-v1.body.bin"_s);
        QVERIFY(!fixture.isEmpty());
        QCOMPARE(OpBodyCodec::encode(visitBatch()), fixture);
        QVERIFY(OpBodyCodec::decode(fixture) == visitBatch());
    }

    void framesDecode_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("measurements");
        QTest::addColumn<bool>("dictionary");
        QTest::newRow("visit, dictionary") << u"visit-v1.frame-dict.bin"_s << false << true;
        QTest::newRow("measurements, dictionary")
            << u"measurements-v1.frame-dict.bin"_s << true << true;
        QTest::newRow("measurements, zstd") << u"measurements-v1.frame-zstd.bin"_s << true << false;
    }
    void framesDecode()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, measurements);
        QFETCH(bool, dictionary);
        const QByteArray frame = readFixture(fixture);
        QVERIFY(!frame.isEmpty());
        const auto batch = measurements ? measurementBatch() : visitBatch();
        OpCodec &codec = dictionary ? m_dictionary : m_plain;
        QVERIFY(codec.decode(frame) == batch);

        if (readFixture(u"zstd-version.txt"_s).trimmed().toUInt() != ZSTD_versionNumber())
            QSKIP("fixtures written by another zstd version: decoding checked, bytes not");
        QCOMPARE(codec.encode(batch), frame);
    }
};

QTEST_GUILESS_MAIN(TestOpCodecGolden)
#include "tst_opcodecgolden.moc"
