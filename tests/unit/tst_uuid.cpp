// Binary UUIDs: text round trip against the store's generator, refusal of non-canonical text.
#include "domain/uuidv7.h"
#include "sync/uuid.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

class TestUuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsGeneratedIds()
    {
        outfall::domain::UuidV7Generator generator([] { return 1'700'000'000'000; }, 42);
        for (int i = 0; i < 200; ++i) {
            const QString text = generator.next();
            const auto uuid = Uuid::fromText(text);
            QVERIFY(uuid);
            QCOMPARE(uuid->toText(), text);
            QCOMPARE(Uuid::fromBytes(uuid->toByteArray()), uuid);
        }
    }

    void bytesFollowText()
    {
        const auto uuid = Uuid::fromText(u"0189e0f4-1a2b-7c3d-8e4f-000102030405"_s);
        QVERIFY(uuid);
        QCOMPARE(uuid->toByteArray().toHex(), QByteArray("0189e0f41a2b7c3d8e4f000102030405"));
        QVERIFY(!uuid->isNil());
        QVERIFY(Uuid().isNil());
    }

    void refusesNonCanonicalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << u"0189E0F4-1A2B-7C3D-8E4F-000102030405"_s;
        QTest::newRow("no dashes") << u"0189e0f41a2b7c3d8e4f000102030405"_s;
        QTest::newRow("braces") << u"{0189e0f4-1a2b-7c3d-8e4f-000102030405}"_s;
        QTest::newRow("dash moved") << u"0189e0f41-a2b-7c3d-8e4f-000102030405"_s;
        QTest::newRow("not hex") << u"0189e0f4-1a2b-7c3d-8e4f-00010203040g"_s;
    }
    void refusesNonCanonicalText()
    {
        QFETCH(QString, text);
        QVERIFY(!Uuid::fromText(text));
    }

    void refusesWrongByteCount()
    {
        QVERIFY(!Uuid::fromBytes(QByteArray(15, 'x')));
        QVERIFY(!Uuid::fromBytes(QByteArray(17, 'x')));
    }
};

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
