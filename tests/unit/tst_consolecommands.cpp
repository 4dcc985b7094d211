// What the supervisor console reads besides outfallctl's commands (docs/protocol.md 4.2):
// SITES lists the district's permits with their enterprises and current outlets; FETCH_BLOB
// returns a photo's bytes a chunk at a time. Both are refused to an inspector's device, and a
// bad hash, an unknown photo and an offset past its end are refused with what is wrong.
#include "server/consolecommands.h"
#include "sync/requestchannel.h"
#include "synctesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace synctest;
using namespace outfall;

class TestConsoleCommands : public QObject
{
    Q_OBJECT

private:
    static sync::Message request(World &world, Device &as, const sync::Message &message)
    {
        sync::RequestChannel::Options options;
        options.endpoint = world.endpoint;
        options.plainDeviceId = as.config.deviceId;
        sync::RequestChannel channel(options);
        return channel.request(message);
    }

    static QString refusal(World &world, Device &as, const sync::Message &message)
    {
        try {
            request(world, as, message);
        } catch (const sync::ProtocolError &e) {
            return QString::fromLatin1(sync::errorCodeName(e.code())) + u": "_s + e.text();
        }
        return {};
    }

    static sync::Message fetch(const QString &sha256, qint64 offset)
    {
        sync::Message message;
        message.command = sync::Command::FetchBlob;
        message.header.insert(u"h"_s, sha256);
        message.header.insert(u"o"_s, offset);
        return message;
    }

    static QString storeBlob(World &world, const QByteArray &bytes)
    {
        auto db = world.serverDb();
        return synctest::storeBlob(*db, world.dir.path() + u"/server"_s, bytes);
    }

private Q_SLOTS:
    void sitesListPermitsWithTheirOutlets()
    {
        World world;
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        sync::Message message;
        message.command = sync::Command::Sites;
        const auto reply = request(world, *s1, message);
        QCOMPARE(reply.command, sync::Command::SitesReply);
        QCOMPARE(reply.header.value(u"more"_s).toBool(), false);
        const QJsonArray permits =
            QJsonDocument::fromJson(reply.body).object().value(u"permits"_s).toArray();
        QCOMPARE(permits.size(), world.district.permits.size());
        QStringList outlets;
        for (const QJsonValue &permit : permits) {
            const QJsonObject p = permit.toObject();
            QVERIFY(world.district.permits.contains(p.value(u"id"_s).toString()));
            QCOMPARE(p.value(u"enterprise_id"_s).toString(), world.district.enterprise);
            QVERIFY(!p.value(u"number"_s).toString().isEmpty());
            for (const QJsonValue &outlet : p.value(u"outlets"_s).toArray()) {
                const QJsonObject o = outlet.toObject();
                outlets << o.value(u"id"_s).toString();
                QVERIFY(o.value(u"lat"_s).isDouble() && o.value(u"lon"_s).isDouble());
                QVERIFY(!o.value(u"code"_s).toString().isEmpty());
            }
        }
        outlets.sort();
        QStringList expected = world.district.outlets;
        expected.sort();
        QCOMPARE(outlets, expected);

        // An outlet a later revision dropped is not on the map.
        {
            auto db = world.serverDb();
            db->prepare(u"UPDATE outlet SET removed_in_revision = 2 WHERE id = ?"_s)
                .bind(1, world.district.outlets[0])
                .exec();
        }
        const auto after = request(world, *s1, message);
        QVERIFY(!after.body.contains(world.district.outlets[0].toUtf8()));
    }

    void anInspectorMayNotReadTheConsolesData()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        sync::Message sites;
        sites.command = sync::Command::Sites;
        QCOMPARE(refusal(world, *a1, sites),
            u"FORBIDDEN: only a supervisor or an enforcement officer may read the district's"
            u" sites; this device's role is inspector"_s);
        const QString sha256 = storeBlob(world, "a photo");
        QVERIFY(refusal(world, *a1, fetch(sha256, 0)).startsWith(u"FORBIDDEN: "_s));
    }

    void aPhotoComesBackInChunks()
    {
        World world;
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        // Two and a half chunks, so that the last is short.
        QByteArray bytes(
            qsizetype(server::ConsoleCommands::maxChunkBytes * 5 / 2), Qt::Uninitialized);
        QRandomGenerator generator(20261202);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        const QString sha256 = storeBlob(world, bytes);

        QByteArray fetched;
        int chunks = 0;
        while (true) {
            const auto reply = request(world, *s1, fetch(sha256, fetched.size()));
            QCOMPARE(reply.command, sync::Command::BlobReply);
            QCOMPARE(reply.header.value(u"n"_s).toInteger(), bytes.size());
            QCOMPARE(reply.header.value(u"o"_s).toInteger(), fetched.size());
            QVERIFY(reply.body.size() <= server::ConsoleCommands::maxChunkBytes);
            fetched += reply.body;
            ++chunks;
            if (fetched.size() >= bytes.size())
                break;
        }
        QCOMPARE(chunks, 3);
        QCOMPARE(fetched, bytes);
        // At the end: an empty chunk, not an error.
        QCOMPARE(request(world, *s1, fetch(sha256, bytes.size())).body.size(), 0);
    }

    void badFetchesAreRefusedWithTheReason()
    {
        World world;
        auto s1 = world.device(world.district.supervisor, u"s1"_s);
        const QString sha256 = storeBlob(world, "twelve bytes");
        QCOMPARE(refusal(world, *s1, fetch(u"not-a-hash"_s, 0)),
            u"MALFORMED: header \"h\" must be a SHA-256 in 64 lower-case hex digits"_s);
        const QString unknown(64, u'a');
        QCOMPARE(refusal(world, *s1, fetch(unknown, 0)),
            u"NOT_FOUND: the server holds no photo %1 (not uploaded yet, or never taken)"_s.arg(
                unknown));
        QCOMPARE(refusal(world, *s1, fetch(sha256, 13)),
            u"MALFORMED: header \"o\" must be at most 12, the photo's size"_s);
        QVERIFY(refusal(world, *s1, fetch(sha256, -1)).startsWith(u"MALFORMED: header \"o\""_s));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCommands)
#include "tst_consolecommands.moc"
