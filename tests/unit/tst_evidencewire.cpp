// The evidence_record op on the wire (entity 23, format 1): a fixed op encodes to the bytes
// of tests/data/sync/evidence-v1.body.bin and the fixture decodes to it; an op naming an
// entity beyond the schema is still refused (why the server is upgraded first).
//
// Regenerate (after a deliberate format change, with a new version number):
//   OUTFALL_REGENERATE_GOLDEN=1 build/debug/tests/tst_evidencewire
#include "sync/codecerror.h"
#include "sync/entityschema.h"
#include "sync/opbodycodec.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

namespace {

Uuid uuid(const char *text)
{
    return *Uuid::fromText(QString::fromLatin1(text));
}

Op fixedOp()
{
    const auto &info = EntitySchema::info(Entity::EvidenceRecord);
    Op op;
    op.opId = uuid("0190b6e0-0000-7000-8000-0000000000aa");
    op.deviceSeq = 42;
    op.entity = Entity::EvidenceRecord;
    op.rowId = uuid("0190b6e0-0000-7000-8000-0000000000bb");
    op.hlc = HlcTimestamp::make(1'764'547'200'000, 3, uuid("0190b6e0-0000-7000-8000-0000000000cc"));
    op.author = uuid("0190b6e0-0000-7000-8000-0000000000dd");
    op.set(info.fieldNumber(u"inspection_id"), u"0190b6e0-0000-7000-8000-0000000000ee"_s);
    op.set(info.fieldNumber(u"subject_id"), u"0190b6e0-0000-7000-8000-0000000000ff"_s);
    op.set(info.fieldNumber(u"record"), QByteArray("OFER\x01 record bytes", 18));
    op.set(info.fieldNumber(u"signature"), QByteArray(64, '\x5a'));
    return op;
}

QString fixturePath()
{
    return QStringLiteral(OUTFALL_TEST_DATA_DIR) + u"/sync/evidence-v1.body.bin"_s;
}

} // namespace

class TestEvidenceWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evidenceRecordOpMatchesTheGoldenBytes()
    {
        const Op op = fixedOp();
        const QByteArray body = OpBodyCodec::encode(std::span(&op, 1));
        if (qEnvironmentVariableIsSet("OUTFALL_REGENERATE_GOLDEN")) {
            QFile out(fixturePath());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(body);
        }
        QFile file(fixturePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fixturePath()));
        const QByteArray golden = file.readAll();
        QCOMPARE(body.toHex(), golden.toHex());
        const auto decoded = OpBodyCodec::decode(golden);
        QCOMPARE(decoded.size(), std::size_t(1));
        QCOMPARE(decoded[0], op);
    }

    void anEntityBeyondTheSchemaIsRefused()
    {
        QByteArray body = OpBodyCodec::encode(std::vector<Op> {fixedOp()});
        // Item 0 of the op (entity × 2 + kind) follows the two array heads: 44 is past one
        // byte of CBOR, so 0x18 then the value.
        QCOMPARE(quint8(body.at(2)), quint8(0x18));
        QCOMPARE(quint8(body.at(3)), quint8(23 * 2));
        body[3] = char(40 * 2);
        QVERIFY_THROWS_EXCEPTION(CodecError, OpBodyCodec::decode(body));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceWire)
#include "tst_evidencewire.moc"
