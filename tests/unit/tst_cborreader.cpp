// CborReader reads what QCborStreamWriter writes, and refuses (never reads past) anything
// cut short or outside the subset the op codec uses.
#include "sync/cborreader.h"

#include <QCborStreamWriter>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using outfall::sync::CborReader;
using Type = CborReader::Type;

class TestCborReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtWrites()
    {
        QByteArray cbor;
        QCborStreamWriter writer(&cbor);
        writer.startArray(8);
        writer.append(quint64(65536));
        writer.append(std::numeric_limits<qint64>::min());
        writer.append(u"化学需氧量"_s);
        writer.append(QByteArray("\x00\x01\x02", 3));
        writer.append(41.5f);
        writer.append(qfloat16(1.5f));
        writer.appendNull();
        writer.startMap(1);
        writer.append(quint64(3));
        writer.append(0.1);
        writer.endMap();
        writer.endArray();

        CborReader reader(cbor);
        QCOMPARE(reader.type(), Type::Array);
        QCOMPARE(reader.argument(), 8u);
        reader.next();
        QCOMPARE(reader.type(), Type::Unsigned);
        QCOMPARE(reader.argument(), 65536u);
        reader.next();
        QCOMPARE(reader.type(), Type::Negative);
        QCOMPARE(reader.argument(), quint64(std::numeric_limits<qint64>::max()));
        reader.next();
        QCOMPARE(reader.type(), Type::Text);
        QCOMPARE(QString::fromUtf8(reader.payload()), u"化学需氧量"_s);
        reader.next();
        QCOMPARE(reader.type(), Type::Bytes);
        QCOMPARE(reader.payload().toByteArray(), QByteArray("\x00\x01\x02", 3));
        reader.next();
        QCOMPARE(reader.type(), Type::Float);
        QCOMPARE(reader.real(), 41.5);
        reader.next();
        QCOMPARE(reader.type(), Type::Float);
        QCOMPARE(reader.real(), 1.5);
        reader.next();
        QCOMPARE(reader.type(), Type::Null);
        reader.next();
        QCOMPARE(reader.type(), Type::Map);
        QCOMPARE(reader.argument(), 1u);
        reader.next();
        QCOMPARE(reader.argument(), 3u);
        reader.next();
        QCOMPARE(reader.real(), 0.1);
        reader.next();
        QCOMPARE(reader.type(), Type::End);
        QCOMPARE(reader.offset(), cbor.size());
    }

    void refusesWhatRunsPastTheEnd_data()
    {
        QTest::addColumn<QByteArray>("cbor");
        QTest::addColumn<QString>("why");
        QTest::newRow("uint64 head cut") << QByteArray::fromHex("1b0000") << u"past the end"_s;
        QTest::newRow("string longer than the data")
            << QByteArray::fromHex("45616263") << u"past the end"_s;
        QTest::newRow("huge string length")
            << QByteArray::fromHex("5bffffffffffffffff00") << u"past the end"_s;
        QTest::newRow("indefinite array") << QByteArray::fromHex("9f01ff") << u"indefinite"_s;
        QTest::newRow("indefinite bytes") << QByteArray::fromHex("5f4101ff") << u"indefinite"_s;
        QTest::newRow("tag") << QByteArray::fromHex("c11a514b67b0") << u"tag"_s;
        QTest::newRow("reserved") << QByteArray::fromHex("1c") << u"reserved"_s;
    }

    void refusesWhatRunsPastTheEnd()
    {
        QFETCH(QByteArray, cbor);
        QFETCH(QString, why);
        CborReader reader(cbor);
        QCOMPARE(reader.type(), Type::Invalid);
        QVERIFY2(reader.error().contains(why), qPrintable(reader.error()));
        reader.next(); // stays invalid, reads nothing
        QCOMPARE(reader.type(), Type::Invalid);
    }

    void emptyInputIsTheEnd()
    {
        CborReader reader(QByteArrayView {});
        QCOMPARE(reader.type(), Type::End);
    }
};

QTEST_APPLESS_MAIN(TestCborReader)
#include "tst_cborreader.moc"
