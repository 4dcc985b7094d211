// Photo uploads on both media (server/blobstore.h): the same protocol cases with the bytes in
// DATA/blobs/ and in PostgreSQL, then what only PostgreSQL promises: any front-end resumes any
// upload, and two front-ends racing on one offset write it once.
#include "pgtestcluster.h"
#include "server/blobstore.h"
#include "server/fileblobbytes.h"
#include "server/pgblobbytes.h"
#include "server/pgurl.h"
#include "server/serverstore.h"
#include "servertesthelpers.h"
#include "store/database.h"
#include "sync/protocolerror.h"
#include "synctesthelpers.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace outfall;
using sync::ErrorCode;
using sync::ProtocolError;

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Bytes that differ from one call to the next, so no two cases share a hash (the PostgreSQL
// database is one for the whole program).
QByteArray photo(int size)
{
    static int calls = 0;
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + calls * 7 + (i >> 8)) & 0xff);
    ++calls;
    return bytes;
}

// One throw-away cluster for the whole program, and one database in it.
pgtest::Cluster &cluster()
{
    static pgtest::Cluster instance;
    return instance;
}

QString pgUrl()
{
    static const QString url =
        cluster().running() ? cluster().createDatabase(u"blobs"_s) : QString();
    return url;
}

// The name of the error a call is refused with (sync::errorCodeName), "" when it is not.
QByteArray refusal(const std::function<void()> &call, QString *message = nullptr)
{
    try {
        call();
    } catch (const ProtocolError &e) {
        if (message)
            *message = e.text();
        return sync::errorCodeName(e.code());
    }
    return {};
}

} // namespace

// The upload protocol, once with the bytes in files and once in PostgreSQL.
class TestBlobStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

    // The bytes of the medium this run of a case is for, as a new front-end would open them.
    std::unique_ptr<server::BlobBytes> bytes()
    {
        QFETCH_GLOBAL(QString, medium);
        if (medium == u"files")
            return std::make_unique<server::FileBlobBytes>(m_dir.path());
        return std::make_unique<server::PgBlobBytes>(pgUrl());
    }

    void requireMedium()
    {
        QFETCH_GLOBAL(QString, medium);
        if (medium == u"postgresql")
            PGTEST_REQUIRE(cluster());
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("medium");
        QTest::newRow("files") << u"files"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = server::ServerStore::initialise(m_dir.path());
    }

    void init() { requireMedium(); }

    void anUploadInChunksIsHeldWholeOnceItsHashIsChecked()
    {
        server::BlobStore blobs(*m_db, bytes());
        const QByteArray bytes = photo(10'000);
        const QString sha = sha256Of(bytes);
        QCOMPARE(blobs.offer(sha, bytes.size(), u"A1"_s), 0);
        QCOMPARE(blobs.chunk(sha, bytes.size(), 0, bytes.left(4000), u"A1"_s), 4000);
        QVERIFY(!blobs.has(sha));
        QCOMPARE(blobs.size(sha), -1); // not whole yet: nobody reads half a photo
        QCOMPARE(blobs.chunk(sha, bytes.size(), 4000, bytes.mid(4000, 4000), u"A1"_s), 8000);
        QCOMPARE(blobs.chunk(sha, bytes.size(), 8000, bytes.mid(8000), u"A1"_s), 10'000);
        QVERIFY(blobs.has(sha));
        QCOMPARE(blobs.size(sha), 10'000);
        QCOMPARE(blobs.read(sha, 0, 10'000), bytes);
        // Reads that start and end inside chunks, and one past the end.
        QCOMPARE(blobs.read(sha, 3990, 20), bytes.mid(3990, 20));
        QCOMPARE(blobs.read(sha, 9990, 100), bytes.mid(9990));
        QCOMPARE(blobs.offer(sha, bytes.size(), u"B1"_s), 10'000); // held: nothing to send
    }

    void anUploadResumesWhereTheServerStopped()
    {
        const QByteArray bytes = photo(5000);
        const QString sha = sha256Of(bytes);
        {
            server::BlobStore first(*m_db, this->bytes());
            QCOMPARE(first.chunk(sha, bytes.size(), 0, bytes.left(3000), u"A1"_s), 3000);
        }
        server::BlobStore restarted(*m_db, this->bytes());
        QCOMPARE(restarted.offer(sha, bytes.size(), u"A1"_s), 3000);
        QCOMPARE(restarted.chunk(sha, bytes.size(), 3000, bytes.mid(3000), u"A1"_s), 5000);
        QCOMPARE(restarted.read(sha, 0, 5000), bytes);
    }

    void aChunkAtAnotherOffsetIsRefusedNamingWhatIsHeld()
    {
        server::BlobStore blobs(*m_db, bytes());
        const QByteArray bytes = photo(3000);
        const QString sha = sha256Of(bytes);
        QCOMPARE(blobs.chunk(sha, bytes.size(), 0, bytes.left(1000), u"A1"_s), 1000);
        QString message;
        QCOMPARE(refusal([&] { blobs.chunk(sha, bytes.size(), 2000, bytes.mid(2000), u"A1"_s); },
                     &message),
            sync::errorCodeName(ErrorCode::BlobOffset));
        QCOMPARE(message, u"chunk at offset 2000, but the server holds 1000 bytes of "_s + sha);
        // A chunk sent again (its answer was lost) is answered by what is held, and written once.
        QCOMPARE(blobs.chunk(sha, bytes.size(), 0, bytes.left(1000), u"A1"_s), 1000);
        QCOMPARE(blobs.chunk(sha, bytes.size(), 1000, bytes.mid(1000), u"A1"_s), 3000);
        QCOMPARE(blobs.read(sha, 0, 3000), bytes);
        QCOMPARE(refusal([&] { blobs.chunk(sha, bytes.size(), 0, bytes, u"A1"_s); }),
            QByteArray()); // a whole blob's chunk again: harmless
    }

    void anUploadThatHashesToAnotherValueIsDiscarded()
    {
        server::BlobStore blobs(*m_db, bytes());
        const QByteArray bytes = photo(2000);
        const QString claimed = sha256Of(photo(2000));
        QCOMPARE(blobs.chunk(claimed, bytes.size(), 0, bytes.left(1500), u"A1"_s), 1500);
        QString message;
        QCOMPARE(
            refusal([&] { blobs.chunk(claimed, bytes.size(), 1500, bytes.mid(1500), u"A1"_s); },
                &message),
            sync::errorCodeName(ErrorCode::BlobCorrupt));
        QCOMPARE(message,
            u"upload of %1 hashes to %2: discarded, send it again"_s.arg(claimed, sha256Of(bytes)));
        QVERIFY(!blobs.has(claimed));
        QCOMPARE(blobs.size(claimed), -1);
        QCOMPARE(blobs.offer(claimed, bytes.size(), u"A1"_s), 0); // starts again from nothing
    }

    void badOffersAreRefusedBeforeAnythingIsWritten()
    {
        server::BlobStore blobs(*m_db, bytes());
        QString message;
        QCOMPARE(refusal([&] { blobs.offer(u"ABC"_s, 10, u"A1"_s); }, &message),
            sync::errorCodeName(ErrorCode::Malformed));
        QCOMPARE(message, u"a blob is named by its SHA-256 in lower-case hex"_s);
        const QString sha = sha256Of("x");
        QCOMPARE(refusal([&] { blobs.offer(sha, 0, u"A1"_s); }, &message),
            sync::errorCodeName(ErrorCode::TooLarge));
        QCOMPARE(message, u"blob size 0 is outside 1..268435456 bytes"_s);
        QCOMPARE(refusal([&] { blobs.chunk(sha, 4, 0, "12345", u"A1"_s); }, &message),
            sync::errorCodeName(ErrorCode::TooLarge));
        QCOMPARE(message, u"chunk runs past the offered size of 4 bytes"_s);
        QCOMPARE(blobs.offer(sha, 4, u"A1"_s), 0);
    }

    void anOfferOfAnotherSizeStartsAgain()
    {
        server::BlobStore blobs(*m_db, bytes());
        const QByteArray bytes = photo(3000);
        const QString sha = sha256Of(bytes);
        QCOMPARE(blobs.chunk(sha, 3000, 0, bytes.left(2000), u"A1"_s), 2000);
        QCOMPARE(blobs.offer(sha, 1000, u"A1"_s), 0);
        QCOMPARE(blobs.offer(sha, 3000, u"A1"_s), 0);
        QCOMPARE(blobs.put(bytes, u"A1"_s), sha);
        QCOMPARE(blobs.read(sha, 0, 3000), bytes);
    }

    // The server stopped after the last chunk was written and before its check: the next
    // offer checks it, so no device is told "complete" about bytes nobody verified.
    void bytesCompleteButUncheckedAreCheckedOnTheNextOffer()
    {
        server::BlobStore blobs(*m_db, bytes());
        const QByteArray good = photo(1200);
        const QString sha = sha256Of(good);
        QCOMPARE(blobs.bytes().append(sha, good.size(), 0, good), 1200);
        QVERIFY(!blobs.has(sha));
        QCOMPARE(blobs.offer(sha, good.size(), u"A1"_s), 1200);
        QVERIFY(blobs.has(sha));
        QCOMPARE(blobs.read(sha, 0, 1200), good);

        const QByteArray bad = photo(1200);
        const QString claimed = sha256Of(photo(1200));
        QCOMPARE(blobs.bytes().append(claimed, bad.size(), 0, bad), 1200);
        QCOMPARE(blobs.offer(claimed, bad.size(), u"A1"_s), 0); // discarded: send it again
        QVERIFY(!blobs.has(claimed));
        QCOMPARE(blobs.bytes().held(claimed, bad.size()), 0);
    }
};

// What only PostgreSQL promises (front-ends sharing one database), its failures, and the
// command line's --blobs.
class TestPgBlobBytes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;

    static std::unique_ptr<server::BlobBytes> pgBytes()
    {
        return std::make_unique<server::PgBlobBytes>(pgUrl());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = server::ServerStore::initialise(m_dir.path());
    }

    void init()
    {
        if (QString::fromLatin1(QTest::currentTestFunction())
            != u"theCommandLineSaysWhatIsWrongWithBlobs")
            PGTEST_REQUIRE(cluster());
    }

    // Two front-ends (two connections, two stores) on one PostgreSQL database: a device that
    // moves to the other half way through goes on from where the first left off.
    void anotherFrontEndResumesTheUpload()
    {
        QTemporaryDir otherDir;
        auto otherDb = server::ServerStore::initialise(otherDir.path());
        server::BlobStore first(*m_db, pgBytes());
        server::BlobStore second(*otherDb, pgBytes());
        const QByteArray bytes = photo(9000);
        const QString sha = sha256Of(bytes);
        QCOMPARE(first.chunk(sha, bytes.size(), 0, bytes.left(5000), u"A1"_s), 5000);
        QCOMPARE(second.offer(sha, bytes.size(), u"A1"_s), 5000);
        QCOMPARE(second.chunk(sha, bytes.size(), 5000, bytes.mid(5000), u"A1"_s), 9000);
        QVERIFY(second.has(sha));
        // The first learns it is whole at its next offer, and checks it for its own store.
        QVERIFY(!first.has(sha));
        QCOMPARE(first.offer(sha, bytes.size(), u"A1"_s), 9000);
        QVERIFY(first.has(sha));
        QCOMPARE(first.read(sha, 0, 9000), bytes);
    }

    // The sync server with --blobs: a device's photo goes over the wire into PostgreSQL, the
    // upload going on from the bytes another front-end had received, and nothing lands in
    // DATA/blobs/.
    void aDevicesPhotoGoesIntoPostgreSQLThroughTheSyncServer()
    {
        synctest::World world(std::nullopt, pgUrl());
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        QByteArray jpeg(700 * 1024, Qt::Uninitialized);
        QRandomGenerator(11).fillRange(reinterpret_cast<quint32 *>(jpeg.data()), jpeg.size() / 4);
        const QString sha = sha256Of(jpeg);
        synctest::addPhoto(*a1, inspection, sha, jpeg);
        server::PgBlobBytes otherFrontEnd(pgUrl());
        QCOMPARE(otherFrontEnd.append(sha, jpeg.size(), 0, jpeg.left(300 * 1024)), 300 * 1024);

        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.photosUploaded, 1);
        QCOMPARE(otherFrontEnd.size(sha), jpeg.size());
        QCOMPARE(otherFrontEnd.read(sha, 0, jpeg.size()), jpeg);
        QDirIterator files(
            world.dir.path() + u"/server"_s, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY2(!files.next().contains(sha), qPrintable(files.filePath()));
        auto db = world.serverDb();
        auto recorded = db->prepare(u"SELECT byte_size FROM blob WHERE sha256 = ?"_s);
        recorded.bind(1, sha);
        QVERIFY(recorded.step());
        QCOMPARE(recorded.int64(0), jpeg.size());
        QCOMPARE(a1->sync().photosUploaded, 0); // acknowledged at once: nothing more is sent
    }

    // A retry reaches a second front-end while the first still writes the same chunk: each
    // offset is written once, whichever wins, and the upload is never two chunks mixed. The
    // race is on the second chunk: the first creates the upload's row, which serialises by
    // itself, so only a later chunk shows whether the row lock does its work.
    void twoFrontEndsRacingOnOneOffsetWriteItOnce()
    {
        constexpr int kRounds = 40;
        server::PgBlobBytes a(pgUrl());
        server::PgBlobBytes b(pgUrl());
        const QByteArray first(4096, 'p');
        const QByteArray fromA(4096, 'a');
        const QByteArray fromB(4096, 'b');
        const QString hashA = sha256Of(first + fromA);
        const QString hashB = sha256Of(first + fromB);
        int aWon = 0;
        for (int round = 0; round < kRounds; ++round) {
            const QString sha = sha256Of(QByteArray::number(round) + "race");
            QCOMPARE(a.append(sha, 3 * 4096, 0, first), 4096);
            std::atomic<bool> go = false;
            std::int64_t heldA = -1;
            std::int64_t heldB = -1;
            QString failure;
            const auto race = [&](server::PgBlobBytes &bytes, const QByteArray &chunk,
                                  std::int64_t &held) {
                while (!go) { }
                try {
                    held = bytes.append(sha, 3 * 4096, 4096, chunk);
                } catch (const ProtocolError &e) {
                    failure = e.text();
                }
            };
            std::thread ta(race, std::ref(a), std::cref(fromA), std::ref(heldA));
            std::thread tb(race, std::ref(b), std::cref(fromB), std::ref(heldB));
            go = true;
            ta.join();
            tb.join();
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QCOMPARE(heldA, 8192);
            QCOMPARE(heldB, 8192);
            QCOMPARE(a.held(sha, 3 * 4096), 8192);
            const QString held = a.hashOfUpload(sha);
            QVERIFY2(held == hashA || held == hashB,
                qPrintable(u"round %1: a mixed upload"_s.arg(round)));
            aWon += held == hashA;
            a.discardUpload(sha);
        }
        qInfo("of %d races, the first front-end won %d", kRounds, aWon);
    }

    // The database goes away and comes back: the call in between fails naming PostgreSQL and
    // what it could not do, and nothing already held is lost.
    void aDatabaseThatStopsAndComesBackLosesNothingHeld()
    {
        server::BlobStore blobs(*m_db, pgBytes());
        const QByteArray bytes = photo(6000);
        const QString sha = sha256Of(bytes);
        QCOMPARE(blobs.chunk(sha, bytes.size(), 0, bytes.left(2000), u"A1"_s), 2000);
        QVERIFY2(cluster().stop(), qPrintable(cluster().problem()));
        QString message;
        const QByteArray code = refusal(
            [&] { blobs.chunk(sha, bytes.size(), 2000, bytes.mid(2000), u"A1"_s); }, &message);
        QVERIFY2(cluster().start(), qPrintable(cluster().problem()));
        QCOMPARE(code, sync::errorCodeName(ErrorCode::Internal));
        QVERIFY2(
            message.startsWith(u"PostgreSQL postgresql:///blobs?host="_s), qPrintable(message));
        QVERIFY2(message.contains(u": cannot read an upload: "_s), qPrintable(message));
        QCOMPARE(blobs.offer(sha, bytes.size(), u"A1"_s), 2000);
        QCOMPARE(blobs.chunk(sha, bytes.size(), 2000, bytes.mid(2000), u"A1"_s), 6000);
        QCOMPARE(blobs.read(sha, 0, 6000), bytes);
    }

    void aDatabaseThatCannotBeReachedIsNamedWithoutItsPassword()
    {
        QTemporaryDir nowhere;
        const QString url =
            u"postgresql://outfall:s3cret@/blobs?host=%1&connect_timeout=2"_s.arg(nowhere.path());
        QString message;
        QCOMPARE(refusal([&] { server::PgBlobBytes bytes(url); }, &message),
            sync::errorCodeName(ErrorCode::Internal));
        QVERIFY2(message.startsWith(
                     u"PostgreSQL postgresql://outfall:***@/blobs?host=%1&connect_timeout=2:"
                     u" cannot connect: "_s.arg(nowhere.path())),
            qPrintable(message));
        QVERIFY2(!message.contains(u"s3cret"_s), qPrintable(message));
        QCOMPARE(server::redactedPgUrl(u"host=/tmp user=a password=pw dbname=b"_s),
            u"host=/tmp user=a password=*** dbname=b"_s);
    }

    void theCommandLineSaysWhatIsWrongWithBlobs()
    {
        const auto onImport =
            servertest::run({u"summary"_s, u"--data"_s, m_dir.path(), u"--blobs"_s, u"x"_s});
        QCOMPARE(onImport.exitCode, 2);
        QVERIFY2(onImport.err.contains(u"summary takes no --blobs"_s), qPrintable(onImport.err));
        const auto notPostgres = servertest::run({u"run"_s, u"--data"_s, m_dir.path(), u"--bind"_s,
            u"tcp://127.0.0.1:*"_s, u"--blobs"_s, u"/var/blobs"_s});
        QCOMPARE(notPostgres.exitCode, 2);
        QVERIFY2(notPostgres.err.contains(
                     u"--blobs must be a PostgreSQL URL (postgresql://...), not /var/blobs"_s),
            qPrintable(notPostgres.err));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failed = 0;
    {
        TestBlobStore both;
        failed += QTest::qExec(&both, argc, argv);
    }
    {
        TestPgBlobBytes postgres;
        failed += QTest::qExec(&postgres, argc, argv);
    }
    return failed;
}
#include "tst_blobstore.moc"
