#pragma once
// An in-process sync world for tests: a server data directory with a small district
// (one enterprise, permits, outlets, inspectors, a supervisor, a checklist), the
// SyncServer on tcp://127.0.0.1:<ephemeral>, and devices with their own stores.

#include "domain/uuidv7.h"
#include "pgtestcluster.h"
#include "server/blobstore.h"
#include "server/deviceregistry.h"
#include "server/serverkeys.h"
#include "server/serverstore.h"
#include "server/syncserver.h"
#include "store/database.h"
#include "store/durablefile.h"
#include "store/migrator.h"
#include "sync/entityschema.h"
#include "sync/message.h"
#include "sync/opcodec.h"
#include "sync/outboxrepository.h"
#include "sync/signaturecoverage.h"
#include "sync/syncclient.h"
#include "sync/zstddictionary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <memory>

namespace synctest {

using namespace Qt::StringLiterals;
using namespace outfall;

inline std::int64_t count(store::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    statement.step();
    return statement.int64(0);
}

inline QString text(store::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    return statement.step() ? statement.text(0) : QString();
}

inline QByteArray blob(store::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    return statement.step() ? statement.blob(0) : QByteArray();
}

inline std::uint8_t field(sync::Entity entity, QStringView name)
{
    return sync::EntitySchema::info(entity).fieldNumber(name);
}

// OUTFALL_TEST_STORE=postgresql (CTest's *_postgresql runs of the sync tests): the server's
// store is a PostgreSQL database of its own, in a cluster this test program starts once.
inline bool storeOnPostgres()
{
    return qEnvironmentVariable("OUTFALL_TEST_STORE") == u"postgresql"_s;
}

// The test program's one cluster, started at first use. It runs with fsync off, as a test's
// may, unless OUTFALL_TEST_STORE_DURABLE is set (bench_sync's figures).
inline pgtest::Cluster &postgresCluster()
{
    static pgtest::Cluster cluster(qEnvironmentVariableIsSet("OUTFALL_TEST_STORE_DURABLE"));
    return cluster;
}

// A new, migrated server store in a database of its own: a copy of a template migrated once
// per program, since migrating takes a second a database on PostgreSQL.
inline QString newPostgresStore()
{
    pgtest::Cluster &cluster = postgresCluster();
    if (!cluster.running())
        qFatal("OUTFALL_TEST_STORE=postgresql, but %s", qPrintable(cluster.problem()));
    static int made = 0;
    static const bool migrated = [&cluster] {
        const QString url = cluster.createDatabase(u"outfall_template"_s);
        QTemporaryDir keys;
        server::ServerStore::initialisePostgres(keys.path(), url); // closed at once
        return true;
    }();
    Q_UNUSED(migrated);
    return cluster.createDatabase(u"store_%1"_s.arg(++made), u"outfall_template"_s);
}

// The server's store for DIR: SQLite in DIR, or (storeOnPostgres) a new PostgreSQL database
// whose URL goes to *url for the SyncServer and later opens.
inline std::unique_ptr<store::Database> initialiseServerStore(const QString &dataDir, QString *url)
{
    if (!storeOnPostgres())
        return server::ServerStore::initialise(dataDir);
    *url = newPostgresStore();
    QDir().mkpath(dataDir);
    return server::ServerStore::openPostgres(*url);
}

struct District
{
    QString enterprise;
    QStringList permits; // 3
    QStringList outlets; // one a permit
    QString inspectorA;
    QString inspectorB;
    QString supervisor;
    QString templateId;
    QString itemId;
};

// Reference data written the way importers write it: plain SQL, the triggers record it.
inline District seedDistrict(store::Database &db)
{
    domain::UuidV7Generator ids;
    District d;
    d.enterprise = ids.next();
    db.prepare(u"INSERT INTO enterprise (id, uscc, name, industry_code, region, updated_at)"
               u" VALUES (?, '91350100M000100Y43', 'Paper mill', '2221', 'D1', 0)"_s)
        .bind(1, d.enterprise)
        .exec();
    for (int i = 0; i < 3; ++i) {
        const QString permit = ids.next();
        const QString outlet = ids.next();
        d.permits << permit;
        d.outlets << outlet;
        db.prepare(
              u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to,"
              u" issued_on, authority, industry_code, content_hash, updated_at) VALUES"
              u" (?, ?, ?, 1, '2024-01-01', '2029-01-01', '2024-01-01', 'EPB', '2221', 'h', 0)"_s)
            .bind(1, permit)
            .bind(2, u"91350100M000100Y43%1P"_s.arg(i, 3, 10, QChar(u'0')))
            .bind(3, d.enterprise)
            .exec();
        db.prepare(u"INSERT INTO outlet (id, permit_id, code, name, medium, category, lat, lon)"
                   u" VALUES (?, ?, 'DW001', 'Main', 'water', 'main', 22.5, 114.0)"_s)
            .bind(1, outlet)
            .bind(2, permit)
            .exec();
        db.prepare(u"INSERT INTO emission_limit (id, outlet_id, pollutant, max_value, unit, basis)"
                   u" VALUES (?, ?, 'COD', 80, 'mg/L', 'daily')"_s)
            .bind(1, ids.next())
            .bind(2, outlet)
            .exec();
        db.prepare(
              u"INSERT INTO reported_value (id, outlet_id, pollutant, kind, period, value, unit)"
              u" VALUES (?, ?, 'COD', 'sample', ?, 42, 'mg/L')"_s)
            .bind(1, ids.next())
            .bind(2, outlet)
            .bind(3, QDate::currentDate().addMonths(-1).toString(u"yyyy-MM-dd"_s))
            .exec();
        db.prepare(
              u"INSERT INTO reported_value (id, outlet_id, pollutant, kind, period, value, unit)"
              u" VALUES (?, ?, 'COD', 'sample', '2001-01-01', 40, 'mg/L')"_s)
            .bind(1, ids.next())
            .bind(2, outlet)
            .exec();
    }
    auto person = [&](const QString &code, const QString &role) {
        const QString id = ids.next();
        db.prepare(u"INSERT INTO inspector (id, code, name, role) VALUES (?, ?, ?, ?)"_s)
            .bind(1, id)
            .bind(2, code)
            .bind(3, code)
            .bind(4, role)
            .exec();
        return id;
    };
    d.inspectorA = person(u"A1"_s, u"inspector"_s);
    d.inspectorB = person(u"B1"_s, u"inspector"_s);
    d.supervisor = person(u"S1"_s, u"supervisor"_s);
    d.templateId = ids.next();
    d.itemId = ids.next();
    db.prepare(u"INSERT INTO checklist_template (id, code, phase, title_zh, title_en) VALUES"
               u" (?, 'POST', 'post_issuance', '检查', 'Check')"_s)
        .bind(1, d.templateId)
        .exec();
    db.prepare(u"INSERT INTO checklist_item (id, template_id, ordinal, code, severity, text_zh,"
               u" text_en) VALUES (?, ?, 1, 'C1', 'major', '牌', 'Sign')"_s)
        .bind(1, d.itemId)
        .bind(2, d.templateId)
        .exec();
    return d;
}

// Photo bytes held by the server in `dataDir` as a finished upload leaves them (the file under
// blobs/ and its blob row); their SHA-256 in hex.
// seedDistrict, with its first permit assigned to inspector A (code A1) by an admin.
inline District seedAssignedDistrict(store::Database &db)
{
    const District district = seedDistrict(db);
    server::Peer admin;
    admin.role = u"admin"_s;
    server::DeviceRegistry(db).assign(admin, u"A1"_s, {district.permits[0]});
    return district;
}

inline QString storeBlob(store::Database &db, const QString &dataDir, const QByteArray &bytes)
{
    return server::BlobStore(db, dataDir).put(bytes, u"test"_s);
}

// A server data directory for CURVE: store, district and keys (as `outfall-server init`); with
// storeOnPostgres, the store in a database of its own, whose URL goes to *dbUrl.
inline District initialiseCurveStore(const QString &dataDir, QString *dbUrl = nullptr)
{
    QString url;
    auto db = initialiseServerStore(dataDir, dbUrl ? dbUrl : &url);
    District district = seedDistrict(*db);
    server::ServerKeys::create(dataDir, *db);
    return district;
}

// Another front-end's directory beside the first's: made, with a copy of each of the first's
// files it lacks (its keys: a device knows the server by its public key, the evidence log is
// signed with one key; docs/deploy.md).
inline QString frontEndDirLike(const QString &firstDataDir, const QString &dir)
{
    QDir().mkpath(dir);
    const QDir first(firstDataDir);
    for (const QString &file : first.entryList(QDir::Files)) {
        const QString copy = dir + u'/' + file;
        if (!QFile::exists(copy) && !QFile::copy(first.filePath(file), copy))
            qFatal("cannot copy %s", qPrintable(first.filePath(file)));
    }
    return dir;
}

// A device registered for an inspector (plain mode: the device table row is the identity).
struct Device
{
    Device(const QString &dir, const QString &deviceId, const QString &inspectorId,
        const QString &endpoint)
        : db(dir + u"/device.db"_s)
        , clock(*sync::Uuid::fromText(deviceId))
        , author(*sync::Uuid::fromText(inspectorId))
        , outbox((store::Migrator::migrate(db, store::StoreRole::Device), db), clock, author)
    {
        config.endpoint = endpoint;
        config.deviceId = deviceId;
        config.photoDir = dir + u"/photos"_s;
        config.timeoutMs = 1500;
    }

    sync::SyncClient::Result sync() { return sync::SyncClient(db, config).syncOnce(); }

    sync::Uuid newId() { return *sync::Uuid::fromText(ids.next()); }

    sync::Uuid startInspection(
        const QString &permit, std::int64_t startedAt = std::int64_t(1'760'000'000'000))
    {
        using E = sync::Entity;
        const sync::Uuid id = newId();
        outbox.insert(E::Inspection, id,
            {{field(E::Inspection, u"permit_id"), permit},
                {field(E::Inspection, u"inspector_id"), author.toText()},
                {field(E::Inspection, u"phase"), u"post_issuance"_s},
                {field(E::Inspection, u"status"), u"in_progress"_s},
                {field(E::Inspection, u"started_at"), startedAt}});
        return id;
    }

    sync::Uuid measure(const sync::Uuid &inspection, double value)
    {
        using E = sync::Entity;
        const sync::Uuid id = newId();
        outbox.insert(E::Measurement, id,
            {{field(E::Measurement, u"inspection_id"), inspection.toText()},
                {field(E::Measurement, u"pollutant"), u"COD"_s},
                {field(E::Measurement, u"value"), value},
                {field(E::Measurement, u"unit"), u"mg/L"_s},
                {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'500)}});
        return id;
    }

    sync::Uuid answer(const sync::Uuid &inspection, const QString &itemId, const QString &value,
        const QString &supersedes = {})
    {
        using E = sync::Entity;
        const sync::Uuid id = newId();
        std::vector<sync::Op::Field> fields {
            {field(E::ChecklistAnswer, u"inspection_id"), inspection.toText()},
            {field(E::ChecklistAnswer, u"item_id"), itemId},
            {field(E::ChecklistAnswer, u"answer"), value},
            {field(E::ChecklistAnswer, u"recorded_at"), std::int64_t(1'760'000'000'600)}};
        if (!supersedes.isEmpty())
            fields.push_back({field(E::ChecklistAnswer, u"supersedes_id"), supersedes});
        outbox.insert(E::ChecklistAnswer, id, fields);
        return id;
    }

    // A signature (or the representative's refusal) over the inspection's evidence as this
    // device holds it (sync::SignatureCoverage).
    sync::Uuid sign(const sync::Uuid &inspection, const QString &role, bool refused = false)
    {
        using E = sync::Entity;
        const sync::Uuid id = newId();
        outbox.insert(E::Signature, id,
            {{field(E::Signature, u"inspection_id"), inspection.toText()},
                {field(E::Signature, u"signer_role"), role},
                {field(E::Signature, u"signer_name"), role},
                {field(E::Signature, u"refused"), refused ? 1 : 0},
                {field(E::Signature, u"signed_at"), std::int64_t(1'760'000'000'900)},
                {field(E::Signature, u"covers_sha256"),
                    sync::SignatureCoverage::digest(db, inspection.toText())}});
        return id;
    }

    void setStatus(const sync::Uuid &inspection, const QString &status)
    {
        outbox.update(sync::Entity::Inspection, inspection,
            {{field(sync::Entity::Inspection, u"status"), status}});
    }

    void setSummary(const sync::Uuid &inspection, const QString &text)
    {
        outbox.update(sync::Entity::Inspection, inspection,
            {{field(sync::Entity::Inspection, u"summary"), text}});
    }

    QString summaryOf(const sync::Uuid &inspection)
    {
        return text(
            db, u"SELECT summary FROM inspection WHERE id = '%1'"_s.arg(inspection.toText()));
    }

    store::Database db;
    sync::HybridLogicalClock clock;
    sync::Uuid author;
    sync::OutboxRepository outbox;
    sync::SyncClient::Config config;
    domain::UuidV7Generator ids;
};

// A request as a device in plain mode (no CURVE) sends it: the header names the device.
// Registers a device for the inspector straight in the device table, with a plain (not CURVE)
// key; returns its id (a new one unless given).
inline QString registerPlainDevice(store::Database &db, const QString &inspectorId, QString id = {})
{
    if (id.isEmpty())
        id = domain::UuidV7Generator().next();
    db.prepare(u"INSERT INTO device (id, inspector_id, role, public_key, enrolled_at)"
               u" VALUES (?, ?, 'device', ?, 0)"_s)
        .bind(1, id)
        .bind(2, inspectorId)
        .bind(3, u"plain-"_s + id)
        .exec();
    return id;
}

inline sync::Message plainRequest(sync::Command command, const QString &deviceId)
{
    sync::Message message;
    message.command = command;
    message.requestId = sync::Message::newRequestId();
    message.header.insert(u"d"_s, deviceId);
    return message;
}

// The PUSH the device would send now: its whole pending outbox as one batch.
inline sync::Message pushOfOutbox(Device &device)
{
    sync::OpCodec codec;
    codec.setDictionary(sync::ZstdDictionary::builtin());
    const std::vector<sync::Op> ops = device.outbox.pending(std::size_t(1) << 20);
    sync::Message push = plainRequest(sync::Command::Push, device.config.deviceId);
    push.header.insert(u"b"_s, sync::Message::newRequestId() + sync::Message::newRequestId());
    push.header.insert(u"f"_s, qint64(ops.front().deviceSeq));
    push.header.insert(u"l"_s, qint64(ops.back().deviceSeq));
    push.body = codec.encode(ops);
    return push;
}

// A photo as the camera service keeps it: the file under photos/ and its row.
inline void addPhoto(
    Device &device, const sync::Uuid &inspection, const QString &sha, const QByteArray &bytes)
{
    QDir().mkpath(device.config.photoDir);
    QFile file(device.config.photoDir + u'/' + sha);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.close();
    using E = sync::Entity;
    device.outbox.insert(E::Photo, device.newId(),
        {{field(E::Photo, u"inspection_id"), inspection.toText()},
            {field(E::Photo, u"sha256"), sha},
            {field(E::Photo, u"byte_size"), std::int64_t(bytes.size())},
            {field(E::Photo, u"mime"), u"image/jpeg"_s},
            {field(E::Photo, u"taken_at"), std::int64_t(1'760'000'000'000)}});
}

// Server data directory, district and running server (plain mode unless given keys).
// blobsUrl: photo bytes in PostgreSQL (SyncServer::Config::blobsUrl); empty: DATA/blobs/.
struct World
{
    explicit World(
        std::optional<sync::CurveKeyPair> curve = std::nullopt, QString photoBytesUrl = {})
        : blobsUrl(std::move(photoBytesUrl))
    {
        auto db = initialiseServerStore(dir.path() + u"/server"_s, &dbUrl);
        district = seedDistrict(*db);
        admin.role = u"admin"_s;
        server::DeviceRegistry registry(*db);
        registry.assign(admin, u"A1"_s, {district.permits[0], district.permits[1]});
        registry.assign(admin, u"B1"_s, {district.permits[2]});
        db.reset();
        startServer(curve);
    }

    void startServer(std::optional<sync::CurveKeyPair> curve = std::nullopt)
    {
        server::SyncServer::Config config;
        config.dataDir = dir.path() + u"/server"_s;
        config.dbUrl = dbUrl;
        config.endpoint = port ? u"tcp://127.0.0.1:%1"_s.arg(port) : u"tcp://127.0.0.1:*"_s;
        config.curve = curve;
        config.limits = serverLimits;
        config.pullLimits = pullLimits;
        config.evaluateFlags = evaluateFlags;
        config.blobsUrl = blobsUrl;
        server = std::make_unique<server::SyncServer>(config);
        server->start();
        endpoint = server->endpoint();
        port = endpoint.section(u':', -1).toInt();
    }

    // After a stop: the server back on its port, the device trying it with its usual patience.
    void restartServerFor(Device &device)
    {
        startServer();
        device.config.endpoint = endpoint;
        device.config.attempts = 4;
    }

    // A second front-end on the World's PostgreSQL store, started: a directory of its own
    // with the first's keys; photos in photosUrl (empty: its own directory).
    std::unique_ptr<server::SyncServer> anotherFrontEnd(
        const QString &name, const QString &photosUrl = {})
    {
        server::SyncServer::Config config;
        config.dataDir = frontEndDirLike(dir.path() + u"/server"_s, dir.path() + u'/' + name);
        config.dbUrl = dbUrl;
        config.blobsUrl = photosUrl;
        auto frontEnd = std::make_unique<server::SyncServer>(config);
        frontEnd->start();
        return frontEnd;
    }

    std::unique_ptr<store::Database> serverDb()
    {
        return dbUrl.isEmpty() ? server::ServerStore::open(dir.path() + u"/server"_s)
                               : server::ServerStore::openPostgres(dbUrl);
    }

    // Registers a device for the inspector straight in the device table.
    std::unique_ptr<Device> device(const QString &inspectorId, const QString &name)
    {
        const QString id = registerPlainDevice(*serverDb(), inspectorId);
        const QString path = (deviceRoot.isEmpty() ? dir.path() : deviceRoot) + u'/' + name;
        QDir().mkpath(path);
        return std::make_unique<Device>(path, id, inspectorId, endpoint);
    }

    QTemporaryDir dir;
    QString dbUrl; // the store in PostgreSQL (storeOnPostgres); empty: DIR/server/outfall.db
    QString blobsUrl;
    QString deviceRoot; // where device profiles go; empty: under dir
    // The server's bounds, for a restart with smaller ones (startServer after a stop).
    sync::Message::Limits serverLimits;
    server::PullBuilder::Limits pullLimits;
    bool evaluateFlags = true; // SyncServer::Config::evaluateFlags of the next startServer
    District district;
    server::Peer admin;
    std::unique_ptr<server::SyncServer> server;
    QString endpoint;
    int port = 0;
};

} // namespace synctest
