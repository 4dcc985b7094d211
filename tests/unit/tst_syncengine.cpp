// SyncEngine with the server's two connections: HELLO and PULL are answered from the reader,
// which must not see pushes still waiting in an open group commit, and must see them once
// that commit is done.
#include "server/syncengine.h"
#include "sync/opcodec.h"
#include "sync/zstddictionary.h"
#include "synctesthelpers.h"

#include <QCborArray>
#include <QTest>

using namespace synctest;
using namespace outfall;

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    // Row ids of the ops a reply carries.
    static QStringList rowsIn(const sync::Message &reply)
    {
        sync::OpCodec codec;
        codec.setDictionary(sync::ZstdDictionary::builtin());
        QStringList rows;
        if (!reply.body.isEmpty()) {
            for (const sync::Op &op : codec.decode(reply.body))
                rows << op.rowId.toText();
        }
        return rows;
    }

private Q_SLOTS:
    void readerSeesOnlyCommittedPushes()
    {
        QTemporaryDir dir;
        auto db = server::ServerStore::initialise(dir.path());
        const District district = seedAssignedDistrict(*db);
        domain::UuidV7Generator ids;
        const QString tablet = ids.next(); // pushes
        const QString phone = ids.next(); // the same inspector's second device: pulls
        registerPlainDevice(*db, district.inspectorA, tablet);
        registerPlainDevice(*db, district.inspectorA, phone);
        store::Database reader(server::ServerStore::databasePath(dir.path()));
        server::SyncEngine engine(*db, reader, dir.path(), 2000);

        QDir().mkpath(dir.path() + u"/tablet"_s);
        Device device(dir.path() + u"/tablet"_s, tablet, district.inspectorA, u"tcp://unused"_s);
        device.db.exec(u"PRAGMA foreign_keys = OFF"_s); // it never pulled the permit it names
        const auto inspection = device.startInspection(district.permits[0]);
        const auto measurement = device.measure(inspection, 12.5);
        const auto lastSeq = qint64(device.outbox.pending(100).back().deviceSeq);
        const sync::Message push = pushOfOutbox(device);
        const auto pull = [&] {
            sync::Message message = plainRequest(sync::Command::Pull, phone);
            message.header.insert(u"c"_s, 0);
            message.header.insert(u"h"_s, QCborArray {});
            const auto reply = engine.handle(engine.identify({}, message), message);
            if (reply.command != sync::Command::PullReply)
                qFatal("pull answered with %s", sync::commandName(reply.command).constData());
            return rowsIn(reply);
        };
        const auto nextSeq = [&] {
            const sync::Message hello = plainRequest(sync::Command::Hello, tablet);
            return engine.handle(engine.identify({}, hello), hello)
                .header.value(u"next"_s)
                .toInteger();
        };

        {
            store::Transaction group(*db); // as SyncServer holds it while pushes queue up
            const auto ack = engine.handle(engine.identify({}, push), push);
            QCOMPARE(ack.command, sync::Command::PushAck);
            QVERIFY(ack.header.value(u"r"_s).toArray().isEmpty());
            QCOMPARE(count(*db, u"SELECT count(*) FROM measurement"_s), 1); // written...
            QVERIFY(!pull().contains(measurement.toText())); // ...but not for the reader
            QVERIFY(!pull().contains(inspection.toText()));
            QCOMPARE(nextSeq(), 1); // nor for HELLO
            group.commit();
        }
        const QStringList after = pull();
        QVERIFY2(after.contains(measurement.toText()), qPrintable(after.join(u' ')));
        QVERIFY(after.contains(inspection.toText()));
        QCOMPARE(nextSeq(), lastSeq + 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
