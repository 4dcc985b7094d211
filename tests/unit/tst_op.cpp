// The Op value type: fields kept ordered by number, replaced in place, typed values.
#include "sync/entityschema.h"
#include "sync/op.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

class TestOp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldValueKeepsItsStorageClass()
    {
        QCOMPARE(FieldValue().type(), FieldValue::Type::Null);
        QCOMPARE(FieldValue(nullptr).type(), FieldValue::Type::Null);
        QCOMPARE(FieldValue(7).integer(), 7);
        QCOMPARE(FieldValue(std::int64_t(1) << 40).type(), FieldValue::Type::Integer);
        QCOMPARE(FieldValue(1.5).real(), 1.5);
        QCOMPARE(FieldValue(u"SO2"_s).text(), u"SO2"_s);
        QCOMPARE(FieldValue(QByteArray("\x00\x01", 2)).blob().size(), 2);
        // An integer and a real of the same number are different values.
        QVERIFY(FieldValue(2) != FieldValue(2.0));
        QVERIFY(FieldValue(u""_s) != FieldValue());
    }

    void fieldsStaySortedAndUnique()
    {
        Op op;
        op.entity = Entity::Measurement;
        op.set(9, std::int64_t(1000));
        op.set(3, u"SO2"_s);
        op.set(4, 35.5);
        op.set(3, u"NOX"_s);
        QCOMPARE(op.fields.size(), std::size_t(3));
        QCOMPARE(op.fields[0].number, std::uint8_t(3));
        QCOMPARE(op.fields[1].number, std::uint8_t(4));
        QCOMPARE(op.fields[2].number, std::uint8_t(9));
        QCOMPARE(op.value(3)->text(), u"NOX"_s);
        QVERIFY(!op.value(5));
    }

    void equalityCoversEveryPart()
    {
        Op a;
        a.deviceSeq = 4;
        a.set(1, 1);
        Op b = a;
        QVERIFY(a == b);
        b.hlc.word = 1;
        QVERIFY(a != b);
        b = a;
        b.kind = Op::Kind::Update;
        QVERIFY(a != b);
        b = a;
        b.set(1, 2);
        QVERIFY(a != b);
    }
};

QTEST_GUILESS_MAIN(TestOp)
#include "tst_op.moc"
