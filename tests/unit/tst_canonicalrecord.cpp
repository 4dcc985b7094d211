// Canonical evidence records (shared/evidence, docs/evidence.md section 2): a fixed record
// encodes to the bytes of the golden fixture tests/data/evidence/record-v1.bin, the
// fixture decodes to the record, signatures made over those bytes verify with the
// device's key and no other, and malformed bytes are refused naming the field.
//
// Regenerate (after a deliberate format change, with a new version number):
//   OUTFALL_REGENERATE_GOLDEN=1 build/debug/tests/tst_canonicalrecord
#include "evidence/canonicalrecord.h"
#include "evidence/recordformaterror.h"
#include "evidence/recordsigner.h"
#include "evidence/recordverifier.h"
#include "evidence/sha256.h"
#include "evidence/signingkeypair.h"
#include "evidence/treehead.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::evidence;

namespace {

QString fixturePath()
{
    return QStringLiteral(OUTFALL_TEST_DATA_DIR) + u"/evidence/record-v1.bin"_s;
}

QByteArray bytesOf(char first, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(first + i);
    return out;
}

// A measurement record with a value of every type.
CanonicalRecord fixedRecord()
{
    CanonicalRecord record;
    record.deviceId = bytesOf(0x10, 16);
    record.signingKey = bytesOf(0x20, 32);
    record.seq = 7;
    record.previousSha256 = bytesOf(0x40, 32);
    record.signedAtMs = 1764547200123; // 2025-12-01T00:00:00.123Z
    record.kind = CanonicalRecord::Kind::Correction;
    record.entity = 3; // measurement
    record.rowId = bytesOf(0x60, 16);
    record.supersedesId = bytesOf(0x70, 16);
    using T = CanonicalRecord::Value::Type;
    record.values = {{1, T::Text, 0, 0, "0190b6e0-0000-7000-8000-000000000001"},
        {2, T::Null, 0, 0, {}}, {3, T::Text, 0, 0, "SO2"}, {4, T::Real, 0, 35.5, {}},
        {5, T::Text, 0, 0, "mg/m\xc2\xb3"}, {9, T::Integer, -42, 0, {}},
        {12, T::Blob, 0, 0, QByteArray("\x00\xff\x01", 3)}};
    return record;
}

} // namespace

class TestCanonicalRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedRecordEncodesToTheGoldenBytes()
    {
        const QByteArray bytes = fixedRecord().encode();
        if (qEnvironmentVariableIsSet("OUTFALL_REGENERATE_GOLDEN")) {
            QFile out(fixturePath());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        QFile file(fixturePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fixturePath()));
        const QByteArray golden = file.readAll();
        QCOMPARE(bytes.toHex(), golden.toHex());
        QCOMPARE(CanonicalRecord::decode(golden), fixedRecord());
        // Layout spot checks against docs/evidence.md: magic, version, seq at offset 53,
        // value count at offset 135.
        QCOMPARE(golden.left(5), QByteArray("OFER\x01"));
        QCOMPARE(golden.mid(53, 8).toHex(), QByteArray("0000000000000007"));
        QCOMPARE(int(golden.at(135)), 7);
        QCOMPARE(sha256(golden).size(), 32);
    }

    void signaturesVerifyWithTheSignersKeyOnly()
    {
        const auto device = SigningKeyPair::generate();
        CanonicalRecord record = fixedRecord();
        record.signingKey = device.publicKey;
        const QByteArray bytes = record.encode();
        const QByteArray signature = RecordSigner(device).sign(bytes);
        QVERIFY(RecordVerifier::verify(device.publicKey, bytes, signature));
        QVERIFY(!RecordVerifier::verify(SigningKeyPair::generate().publicKey, bytes, signature));
        QByteArray edited = bytes;
        edited[edited.size() - 1] = char(edited.at(edited.size() - 1) ^ 1);
        QVERIFY(!RecordVerifier::verify(device.publicKey, edited, signature));
        QVERIFY(!RecordVerifier::verify(device.publicKey, bytes, signature.left(10)));
        // A stored secret key gives the same pair back.
        QCOMPARE(SigningKeyPair::fromSecretKey(device.secretKey).publicKey, device.publicKey);
    }

    void treeHeadSignatureCoversSizeRootAndTime()
    {
        const auto server = SigningKeyPair::generate();
        TreeHead head {5, bytesOf(0x01, 32), 1764547200000, {}};
        head.sign(RecordSigner(server));
        QVERIFY(head.verify(server.publicKey));
        TreeHead later = head;
        later.size = 6;
        QVERIFY(!later.verify(server.publicKey));
        TreeHead moved = head;
        moved.timestampMs += 1;
        QVERIFY(!moved.verify(server.publicKey));
    }

    void malformedBytesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        const QByteArray good = fixedRecord().encode();
        QTest::newRow("empty") << QByteArray() << u"magic"_s;
        QTest::newRow("not a record") << QByteArray("JUNKJUNK") << u"magic"_s;
        QByteArray version = good;
        version[4] = 2;
        QTest::newRow("version 2") << version << u"version"_s;
        QTest::newRow("cut in the seq") << good.left(57) << u"seq"_s;
        QByteArray zeroSeq = good;
        zeroSeq.replace(53, 8, QByteArray(8, '\0'));
        QTest::newRow("seq 0") << zeroSeq << u"seq"_s;
        QByteArray kind = good;
        kind[101] = 9;
        QTest::newRow("kind 9") << kind << u"kind"_s;
        QTest::newRow("trailing byte") << good + 'x' << u"end"_s;
        QTest::newRow("cut in a value") << good.left(good.size() - 1) << u"values[12]"_s;
        QByteArray badType = good;
        badType[137] = 7; // the first value's type
        QTest::newRow("value type 7") << badType << u"values[1].type"_s;
    }

    void malformedBytesAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        try {
            CanonicalRecord::decode(bytes);
            QFAIL("decoded");
        } catch (const RecordFormatError &e) {
            QCOMPARE(e.field(), field);
            QVERIFY2(e.text().contains(u"field "_s + field), qPrintable(e.text()));
        }
    }

    void encodeRefusesWhatIsNotCanonical()
    {
        CanonicalRecord record = fixedRecord();
        std::swap(record.values[0], record.values[1]);
        QVERIFY_THROWS_EXCEPTION(RecordFormatError, record.encode());
        record = fixedRecord();
        record.rowId.chop(1);
        QVERIFY_THROWS_EXCEPTION(RecordFormatError, record.encode());
    }
};

QTEST_GUILESS_MAIN(TestCanonicalRecord)
#include "tst_canonicalrecord.moc"
