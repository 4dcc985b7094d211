// Imports in chunks (issue 14 part 6, importer/importchunks.h): another writer gets the lock
// between two chunks; a failure half way, or a killed process, takes every chunk back; one
// import at a time; devices are served nothing of an import under way.
#include "importer/importchunks.h"
#include "importer/permitimporter.h"
#include "importer/reportimporter.h"
#include "importtesthelpers.h"
#include "rules/ruleconfig.h"
#include "server/deviceregistry.h"
#include "server/flagevaluator.h"
#include "server/permitsource.h"
#include "server/serverstore.h"
#include "server/syncengine.h"
#include "server/syncserver.h"
#include "store/undosession.h"
#include "sync/opcodec.h"
#include "sync/zstddictionary.h"
#include "synctesthelpers.h"

#include <QCborArray>
#include <QSet>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace outfall;
using importer::ImportChunks;
using importer::ImportReport;
using importer::ReportImporter;

namespace {

// What a failed import must leave as it was: every table but the change capture, which records
// the taking back as new changes (with new numbers), and the counter, which only goes up.
const QStringList kCapture = {u"ref_row"_s, u"sync_counter"_s, u"captured_insert"_s};

// The fixture's permits in a server store on disk (chunks need a file: a lock beside it).
std::unique_ptr<store::Database> storeWithPermits(const QTemporaryDir &dir)
{
    auto db = server::ServerStore::initialise(dir.path());
    const ImportReport permits =
        importer::PermitImporter(*db).importFile(importtest::fixture(u"permits.jsonl"_s));
    if (!permits.ok())
        qFatal("fixture permits: %s", qPrintable(importtest::issueTexts(permits).join(u'\n')));
    return db;
}

std::unique_ptr<store::Database> secondConnection(const QTemporaryDir &dir)
{
    return std::make_unique<store::Database>(server::ServerStore::databasePath(dir.path()));
}

QSet<QString> liveCapturedRows(store::Database &db)
{
    QSet<QString> rows;
    auto stmt = db.prepare(u"SELECT entity || '/' || row_id FROM ref_row WHERE deleted = 0"_s);
    while (stmt.step())
        rows.insert(stmt.text(0));
    return rows;
}

// Every chunk commits at the first boundary, and the hook is reset, whatever a test does.
class ChunkSettings
{
public:
    explicit ChunkSettings(std::function<void(int)> hook = {})
    {
        ImportChunks::setChunkTime(std::chrono::milliseconds(0));
        ImportChunks::setChunkCommittedHook(std::move(hook));
    }
    ~ChunkSettings()
    {
        ImportChunks::setChunkTime(std::chrono::milliseconds(50));
        ImportChunks::setChunkCommittedHook({});
    }
    ChunkSettings(const ChunkSettings &) = delete;
    ChunkSettings &operator=(const ChunkSettings &) = delete;
};

// The end of an import that went through: its chunks' undo went with it, and it was recorded.
bool importFinished(store::Database &db)
{
    return importtest::count(db, u"import_undo"_s) == 0
        && importtest::count(db, u"import_in_flight"_s) == 0
        && importtest::count(db, u"import_run WHERE kind = 'reports'"_s) == 1;
}

// Imports the reports file in a child process that is killed (SIGKILL, nothing cleaned up)
// once its chunk-th chunk has committed. True when it died so.
bool importKilledAtChunk(
    const QTemporaryDir &dir, const QString &file, int chunk, bool permits = false)
{
    const pid_t child = ::fork();
    if (child < 0)
        return false;
    if (child == 0) {
        store::Database own(server::ServerStore::databasePath(dir.path()));
        ImportChunks::setChunkTime(std::chrono::milliseconds(0));
        ImportChunks::setChunkCommittedHook([chunk](int committed) {
            if (committed == chunk)
                ::raise(SIGKILL);
        });
        if (permits)
            importer::PermitImporter(own).importFile(file);
        else
            ReportImporter(own).importFile(file);
        ::_exit(3); // not reached when the kill comes
    }
    int status = 0;
    return ::waitpid(child, &status, 0) == child && WIFSIGNALED(status)
        && WTERMSIG(status) == SIGKILL;
}

} // namespace

class TestImportChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriterGetsInBetweenChunks()
    {
        QTemporaryDir dir;
        auto db = storeWithPermits(dir);
        const QString file =
            importtest::writeFile(dir, u"reports.csv"_s, importtest::manyRows(400));
        auto other = secondConnection(dir);
        other->setBusyTimeout(0); // fails at once if the lock is held
        int seenAt = 0;
        qint64 valuesSeen = 0;
        const ChunkSettings settings([&](int chunk) {
            if (chunk != 3)
                return;
            seenAt = chunk;
            other->exec(u"UPDATE enterprise SET name = 'Renamed between chunks'"
                        u" WHERE uscc = '91440300MA5D8G6X2R'"_s);
            valuesSeen = importtest::count(*other, u"reported_value"_s);
            QCOMPARE(importtest::count(*other, u"import_in_flight"_s), 1);
            QVERIFY(importtest::count(*other, u"import_undo"_s) >= 1);
        });

        const ImportReport report = ReportImporter(*db).importFile(file);
        QCOMPARE(importtest::issueTexts(report), QStringList());
        QCOMPARE(seenAt, 3);
        QVERIFY(valuesSeen > 0 && valuesSeen < 400); // committed so far, not all
        QCOMPARE(importtest::count(*db, u"reported_value"_s), 400);
        QCOMPARE(importtest::scalar(
                     *db, u"SELECT name FROM enterprise WHERE uscc = '91440300MA5D8G6X2R'"_s),
            u"Renamed between chunks"_s);
        QVERIFY(importFinished(*db));
    }

    void aFailureHalfWayTakesEveryChunkBack()
    {
        QTemporaryDir dir;
        auto db = storeWithPermits(dir);
        const QString before = importtest::dump(*db, kCapture + QStringList {u"enterprise"_s});
        const QSet<QString> liveBefore = liveCapturedRows(*db);
        const qint64 seqBefore =
            importtest::scalar(*db, u"SELECT seq FROM sync_counter"_s).toLongLong();
        const QString file = importtest::writeFile(dir, u"reports.csv"_s,
            importtest::manyRows(300)
                + "cems_hour,91440300MA5D8G6X2R999P,DA001,SO2,2025-03-01T00,1,mg/Nm3\n");
        auto other = secondConnection(dir);
        int chunks = 0;
        const ChunkSettings settings([&](int chunk) {
            chunks = chunk;
            if (chunk == 2)
                other->exec(u"UPDATE enterprise SET name = 'Renamed between chunks'"
                            u" WHERE uscc = '91440300MA5D8G6X2R'"_s);
        });

        const ImportReport report = ReportImporter(*db).importFile(file);
        QCOMPARE(importtest::issueTexts(report),
            QStringList {u"reports.csv:302: permit: unknown permit \"91440300MA5D8G6X2R999P\" "
                         u"(import it with `import permits` first)"_s});
        QVERIFY2(chunks > 10, qPrintable(QString::number(chunks)));
        QCOMPARE(importtest::dump(*db, kCapture + QStringList {u"enterprise"_s}), before);
        // The other writer's change stays: it came after the chunks it could have met.
        QCOMPARE(importtest::scalar(
                     *db, u"SELECT name FROM enterprise WHERE uscc = '91440300MA5D8G6X2R'"_s),
            u"Renamed between chunks"_s);
        // Devices: the rows they can hold are the same; the values written and taken back
        // are tombstones numbered after everything, so a device that held them lets go.
        QCOMPARE(liveCapturedRows(*db), liveBefore);
        QCOMPARE(importtest::count(*db, u"ref_row WHERE deleted = 1"_s), 300);
        QCOMPARE(importtest::count(*db, u"ref_row WHERE deleted = 1 AND seq > %1"_s.arg(seqBefore)),
            300);
        QCOMPARE(importtest::count(*db, u"import_undo"_s), 0);
        QCOMPARE(importtest::count(*db, u"import_in_flight"_s), 0);
    }

    void aKilledImportIsTakenBack()
    {
        QTemporaryDir dir;
        auto db = storeWithPermits(dir);
        const QString file =
            importtest::writeFile(dir, u"reports.csv"_s, importtest::manyRows(300));
        db.reset(); // no connection of ours crosses the fork
        QVERIFY(importKilledAtChunk(dir, file, 4));

        db = server::ServerStore::open(dir.path());
        QCOMPARE(importtest::count(*db, u"import_in_flight"_s), 1);
        QCOMPARE(importtest::count(*db, u"import_undo"_s), 4);
        QVERIFY(importtest::count(*db, u"reported_value"_s) > 0);

        // As the sync server does between requests: a chunk at a time.
        const auto first = ImportChunks::recoverInterrupted(*db, 1);
        QVERIFY(first.underWay);
        QVERIFY(first.finished.isEmpty());
        QCOMPARE(importtest::count(*db, u"import_undo"_s), 3);

        // The next import takes back the rest first, says so, and imports the whole file once.
        const ChunkSettings settings;
        const ImportReport report = ReportImporter(*db).importFile(file);
        QCOMPARE(importtest::issueTexts(report), QStringList());
        QCOMPARE(report.notes().size(), 1);
        QVERIFY2(
            report.notes().first().startsWith(u"an import of reports.csv (reports) begun at "_s),
            qPrintable(report.notes().first()));
        QVERIFY(report.notes().first().endsWith(
            u" did not finish; what it had written was taken back"_s));
        QCOMPARE(importtest::count(*db, u"reported_value"_s), 300);
        QVERIFY(importFinished(*db));
    }

    void aKilledImportLeavesTheStoreAsItWas()
    {
        QTemporaryDir dir;
        auto db = storeWithPermits(dir);
        const QString before = importtest::dump(*db, kCapture);
        const QString file =
            importtest::writeFile(dir, u"reports.csv"_s, importtest::manyRows(200));
        db.reset();
        QVERIFY(importKilledAtChunk(dir, file, 5));

        db = server::ServerStore::open(dir.path());
        const auto recovery = ImportChunks::recoverInterrupted(*db);
        QVERIFY(!recovery.underWay);
        QVERIFY2(recovery.finished.contains(u"reports.csv"_s), qPrintable(recovery.finished));
        QCOMPARE(importtest::dump(*db, kCapture), before);
        // Nothing left to do the next time.
        QVERIFY(ImportChunks::recoverInterrupted(*db).finished.isEmpty());
    }

    void theRunningSyncServerTakesBackAKilledImport()
    {
        // No import need come after a dead one: the running sync server finds its chunks and
        // takes them back, a chunk at a time between requests.
        QTemporaryDir dir;
        auto db = storeWithPermits(dir);
        const QString before = importtest::dump(*db, kCapture);
        const QString file =
            importtest::writeFile(dir, u"reports.csv"_s, importtest::manyRows(200));
        db.reset();
        QVERIFY(importKilledAtChunk(dir, file, 6));

        server::SyncServer::Config config;
        config.dataDir = dir.path();
        server::SyncServer server(config);
        server.start();
        const auto reader = secondConnection(dir);
        QTRY_COMPARE_WITH_TIMEOUT(importtest::count(*reader, u"import_in_flight"_s), 0, 20000);
        QCOMPARE(importtest::count(*reader, u"import_undo"_s), 0);
        server.stop();
        QCOMPARE(importtest::dump(*reader, kCapture), before);
    }

    void undoLeftAfterAnImportEndedIsDiscardedByTheNext()
    {
        // An import's undo is deleted a few chunks at a time after its end: killed meanwhile, it
        // leaves chunks with no import under way. They count for nothing, and the next import
        // deletes them before it begins instead of taking them back or colliding with them.
        QTemporaryDir dir;
        auto db = storeWithPermits(dir);
        for (int chunk = 1; chunk <= 40; ++chunk) {
            db->prepare(u"INSERT INTO import_undo (chunk, inverse) VALUES (?, randomblob(64))"_s)
                .bind(1, chunk)
                .exec();
        }
        const QString file =
            importtest::writeFile(dir, u"reports.csv"_s, importtest::manyRows(100));
        const ChunkSettings settings;
        const ImportReport report = ReportImporter(*db).importFile(file);
        QCOMPARE(importtest::issueTexts(report), QStringList());
        QVERIFY(report.notes().isEmpty());
        QCOMPARE(importtest::count(*db, u"reported_value"_s), 100);
        QVERIFY(importFinished(*db));
    }

    void aKilledPermitImportIsTakenBackThroughItsCascades()
    {
        // Taking back a permit's insert deletes its outlets by cascade before the chunk's own
        // deletes of them come: no row was changed by anyone else, and none is said to be.
        QTemporaryDir dir;
        auto db = server::ServerStore::initialise(dir.path());
        const QString before = importtest::dump(*db, kCapture);
        db.reset();
        QVERIFY(importKilledAtChunk(dir, importtest::fixture(u"permits.jsonl"_s), 1, true));
        db = server::ServerStore::open(dir.path());
        QCOMPARE(importtest::count(*db, u"permit"_s), 1);
        const auto recovery = ImportChunks::recoverInterrupted(*db);
        QVERIFY2(recovery.finished.endsWith(u"what it had written was taken back"_s),
            qPrintable(recovery.finished));
        QCOMPARE(importtest::dump(*db, kCapture), before);
    }

    void oneImportAtATime()
    {
        QTemporaryDir dir;
        auto db = storeWithPermits(dir);
        const QString file =
            importtest::writeFile(dir, u"reports.csv"_s, importtest::manyRows(100));
        const QString second =
            importtest::writeFile(dir, u"later.csv"_s, importtest::manyRows(10, QDate(2024, 1, 1)));
        auto other = secondConnection(dir);
        QStringList refused;
        qint64 inFlightSeen = -1;
        const ChunkSettings settings([&](int chunk) {
            if (chunk != 1)
                return;
            refused = importtest::issueTexts(ReportImporter(*other).importFile(second));
            // Nor does the refused import take back the one under way.
            inFlightSeen = importtest::count(*other, u"import_in_flight"_s);
        });
        const ImportReport report = ReportImporter(*db).importFile(file);
        QCOMPARE(importtest::issueTexts(report), QStringList());
        QCOMPARE(refused,
            QStringList {u"later.csv: another import into this store is under way; import this "
                         u"file when it has finished"_s});
        QCOMPARE(inFlightSeen, 1);
        QCOMPARE(importtest::count(*db, u"reported_value"_s), 100);
        // Once it has finished, the other file imports.
        QCOMPARE(importtest::issueTexts(ReportImporter(*other).importFile(second)), QStringList());
        QCOMPARE(importtest::count(*db, u"reported_value"_s), 110);
    }

    void devicesAreServedNothingOfAnImportUnderWay()
    {
        using namespace synctest;
        QTemporaryDir dir;
        auto db = server::ServerStore::initialise(dir.path());
        const District district = seedAssignedDistrict(*db);
        const QString phone = registerPlainDevice(*db, district.inspectorA);
        store::Database reader(server::ServerStore::databasePath(dir.path()));
        server::SyncEngine engine(*db, reader, dir.path(), 2000);
        sync::OpCodec codec;
        codec.setDictionary(sync::ZstdDictionary::builtin());
        const auto pulled = [&] {
            sync::Message message = plainRequest(sync::Command::Pull, phone);
            message.header.insert(u"c"_s, 0);
            message.header.insert(u"h"_s, QCborArray {});
            const auto reply = engine.handle(engine.identify({}, message), message);
            QSet<QString> rows;
            if (!reply.body.isEmpty()) {
                for (const sync::Op &op : codec.decode(reply.body))
                    rows.insert(op.rowId.toText());
            }
            return rows;
        };
        const QSet<QString> before = pulled();
        QVERIFY(!before.isEmpty());

        // This month's values of the assigned permit's outlet, a chunk a row.
        QByteArray csv = "record,permit,outlet,pollutant,period,value,unit\n";
        const QDate month = QDate::currentDate().addDays(-20);
        for (int day = 0; day < 10; ++day)
            csv += "sample,91350100M000100Y43000P,DW001,COD,"
                + month.addDays(day).toString(u"yyyy-MM-dd"_s).toLatin1() + ",50,mg/L\n";
        const QString file = importtest::writeFile(dir, u"reports.csv"_s, csv);
        store::Database importing(server::ServerStore::databasePath(dir.path()));
        QSet<QString> duringImport;
        const ChunkSettings settings([&](int chunk) {
            if (chunk == 5)
                duringImport = pulled();
        });
        const ImportReport report = ReportImporter(importing).importFile(file);
        QCOMPARE(importtest::issueTexts(report), QStringList());
        QCOMPARE(report.counts(u"reported_value"_s).inserted, 10);
        QCOMPARE(duringImport, before);
        const QSet<QString> after = pulled();
        QCOMPARE(after.size(), before.size() + 10);
    }

    void flagsWaitForAnImportUnderWay()
    {
        // The server evaluates the permits touched since its last evaluation after each push;
        // an import's chunks are not settled until it ends.
        QTemporaryDir dir;
        auto db = storeWithPermits(dir);
        auto other = secondConnection(dir);
        server::FlagEvaluator evaluator(
            *other, rules::RuleConfig::defaults(), server::defaultPermitSources(*other));
        const std::int64_t before = server::FlagEvaluator::currentSeq(*other);
        const QString file = importtest::writeFile(dir, u"reports.csv"_s, importtest::manyRows(50));
        int touchedDuring = -1;
        std::int64_t settledDuring = -1;
        const ChunkSettings settings([&](int chunk) {
            if (chunk != 10)
                return;
            touchedDuring = evaluator.evaluateTouchedSince(before, QDate(2025, 6, 1)).permits;
            settledDuring = server::FlagEvaluator::currentSeq(*other);
        });
        QVERIFY(ReportImporter(*db).importFile(file).ok());
        QCOMPARE(touchedDuring, 0);
        QCOMPARE(settledDuring, before);
        // Once it has ended, the sync server catches up a window of changes at a time: the 50
        // values are 50 changes, in three windows of 20, each touching the one permit.
        const std::int64_t settled = server::FlagEvaluator::currentSeq(*other);
        QVERIFY(settled >= before + 50);
        std::int64_t from = before;
        int windows = 0;
        int evaluated = 0;
        while (from < settled) {
            const auto window = evaluator.evaluateTouchedSince(from, QDate(2025, 6, 1), 20);
            QVERIFY(window.evaluatedUpTo > from && window.evaluatedUpTo <= from + 20);
            from = window.evaluatedUpTo;
            evaluated += window.permits;
            ++windows;
        }
        QCOMPARE(windows, 3);
        QCOMPARE(evaluated, 3);
    }

    void everyServerTableIsRecordedForUndo()
    {
        // SQLite's sessions skip a table without a declared PRIMARY KEY: a chunk's writes to it
        // could not be taken back.
        QTemporaryDir dir;
        auto db = server::ServerStore::initialise(dir.path());
        QStringList unrecorded;
        auto tables = db->prepare(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s);
        while (tables.step()) {
            const QString table = tables.text(0);
            if (store::UndoSession::leftOut(table.toUtf8().constData()))
                continue;
            if (importtest::count(*db, u"pragma_table_info('%1') WHERE pk > 0"_s.arg(table)) == 0)
                unrecorded << table;
        }
        QCOMPARE(unrecorded.join(u", "_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestImportChunks)
#include "tst_importchunks.moc"
