// Change capture on the device: the domain row and its outbox op commit together or not
// at all; seq and clock continue across restarts; evidence cannot be updated.
#include "store/database.h"
#include "store/migrator.h"
#include "store/sqliteerror.h"
#include "sync/entityschema.h"
#include "sync/outboxqueue.h"
#include "sync/outboxrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::store;
using namespace outfall::sync;

namespace {

Uuid id(std::uint8_t last)
{
    Uuid::Bytes bytes {};
    bytes[0] = 0x01;
    bytes[15] = last;
    return Uuid(bytes);
}

std::uint8_t field(Entity entity, QStringView name)
{
    return EntitySchema::info(entity).fieldNumber(name);
}

// Reference rows an inspection needs (foreign keys are on).
void seedReference(Database &db)
{
    db.exec(
        u"INSERT INTO enterprise (id, uscc, name, industry_code, updated_at)"
        u" VALUES ('e', '91350100M000100Y43', 'n', '4411', 0);"
        u"INSERT INTO permit (id, number, enterprise_id, revision, valid_from, valid_to,"
        u" issued_on, authority, industry_code, content_hash, updated_at)"
        u" VALUES ('p', 'n', 'e', 1, '2024-01-01', '2029-01-01', '2024-01-01', 'a', '4411',"
        u" 'h', 0);"
        u"INSERT INTO inspector (id, code, name, role) VALUES ('i', 'I1', 'n', 'inspector');"_s);
}

std::vector<Op::Field> inspectionFields()
{
    using E = Entity;
    return {{field(E::Inspection, u"permit_id"), u"p"_s},
        {field(E::Inspection, u"inspector_id"), u"i"_s},
        {field(E::Inspection, u"phase"), u"post_issuance"_s},
        {field(E::Inspection, u"status"), u"in_progress"_s},
        {field(E::Inspection, u"started_at"), std::int64_t(1'760'000'000'000)}};
}

std::vector<Op::Field> measurementFields(const Uuid &inspection, double value)
{
    using E = Entity;
    return {{field(E::Measurement, u"inspection_id"), inspection.toText()},
        {field(E::Measurement, u"pollutant"), u"SO2"_s}, {field(E::Measurement, u"value"), value},
        {field(E::Measurement, u"unit"), u"mg/Nm3"_s},
        {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'500)}};
}

// A migrated device store with its clock and repository.
struct Device
{
    Device(const QString &path, HybridLogicalClock::PhysicalClock physical)
        : db(path)
        , hlc(id(0xd0), std::move(physical))
        , outbox((Migrator::migrate(db, StoreRole::Device), seedReference(db), db), hlc, id(0xa0))
    { }
    Database db;
    HybridLogicalClock hlc;
    OutboxRepository outbox;
};

} // namespace

class TestOutboxRepository : public QObject
{
    Q_OBJECT

private:
    std::int64_t m_now = 1'760'000'000'000;
    HybridLogicalClock clock()
    {
        return HybridLogicalClock(id(0xd0), [this] { return m_now; });
    }

    static std::int64_t count(Database &db, const QString &table)
    {
        auto statement = db.prepare(u"SELECT count(*) FROM "_s + table);
        statement.step();
        return statement.int64(0);
    }

private Q_SLOTS:
    void rowAndOpCommitTogether()
    {
        Device device(u":memory:"_s, [this] { return m_now; });
        auto &[db, hlc, outbox] = device;
        const Uuid inspection = id(1);
        const Op first = outbox.insert(Entity::Inspection, inspection, inspectionFields());
        const Op second =
            outbox.insert(Entity::Measurement, id(2), measurementFields(inspection, 35.2));
        QCOMPARE(first.deviceSeq, 1u);
        QCOMPARE(second.deviceSeq, 2u);
        QVERIFY(first.hlc < second.hlc);
        QCOMPARE(second.hlc.node, id(0xd0));
        QCOMPARE(second.author, id(0xa0));

        auto row = db.prepare(u"SELECT value, unit, inspection_id FROM measurement WHERE id = ?"_s);
        row.bind(1, id(2).toText());
        QVERIFY(row.step());
        QCOMPARE(row.real(0), 35.2);
        QCOMPARE(row.text(1), u"mg/Nm3"_s);
        QCOMPARE(row.text(2), inspection.toText());

        const auto pending = outbox.pending(10);
        QCOMPARE(pending.size(), std::size_t(2));
        QVERIFY(pending[0] == first);
        QVERIFY(pending[1] == second);
    }

    void failedWriteLeavesNoOp()
    {
        Device device(u":memory:"_s, [this] { return m_now; });
        auto &[db, hlc, outbox] = device;
        outbox.insert(Entity::Inspection, id(1), inspectionFields());
        // No such inspection: the foreign key fails, and with it the op.
        QVERIFY_THROWS_EXCEPTION(
            SqliteError, outbox.insert(Entity::Measurement, id(2), measurementFields(id(99), 1.0)));
        QCOMPARE(count(db, u"measurement"_s), 0);
        QCOMPARE(outbox.pendingCount(), 1);
        // The seq was not consumed either: the next op follows without a gap.
        QCOMPARE(
            outbox.insert(Entity::Measurement, id(3), measurementFields(id(1), 1.0)).deviceSeq, 2u);
    }

    void evidenceAndImmutableFieldsRefuseUpdates()
    {
        Device device(u":memory:"_s, [this] { return m_now; });
        auto &[db, hlc, outbox] = device;
        outbox.insert(Entity::Inspection, id(1), inspectionFields());
        outbox.insert(Entity::Measurement, id(2), measurementFields(id(1), 3.0));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument, outbox.update(Entity::Measurement, id(2), {{4, 4.0}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
            outbox.update(
                Entity::Inspection, id(1), {{field(Entity::Inspection, u"permit_id"), u"p"_s}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
            outbox.update(
                Entity::Inspection, id(7), {{field(Entity::Inspection, u"summary"), u"x"_s}}));
        QCOMPARE(outbox.pendingCount(), 2);

        const Op edit = outbox.update(
            Entity::Inspection, id(1), {{field(Entity::Inspection, u"summary"), u"ok"_s}});
        QCOMPARE(edit.kind, Op::Kind::Update);
        auto row = db.prepare(u"SELECT summary FROM inspection"_s);
        QVERIFY(row.step());
        QCOMPARE(row.text(0), u"ok"_s);
    }

    // The drain side the sync client uses: rows in seq order with their ops, one row
    // removed alone (an op refused for good), the rest acknowledged through a seq.
    void queueDrainsInSeqOrder()
    {
        Device device(u":memory:"_s, [this] { return m_now; });
        for (std::uint8_t i = 0; i < 4; ++i)
            device.outbox.insert(Entity::Inspection, id(0x10 + i), inspectionFields());
        OutboxQueue queue(device.db);
        const auto entries = queue.oldest(10);
        QCOMPARE(entries.size(), std::size_t(4));
        for (std::size_t i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].deviceSeq < entries[i].deviceSeq);
        QCOMPARE(entries[0].ops.size(), std::size_t(1));
        QCOMPARE(entries[0].ops[0].rowId, id(0x10));
        queue.remove(entries[1].deviceSeq);
        QCOMPARE(queue.count(), 3);
        queue.acknowledgeThrough(entries[2].deviceSeq);
        QCOMPARE(queue.count(), 1);
        QCOMPARE(queue.pending(10).front().rowId, id(0x13));
    }

    void acknowledgeRemovesOnlyAcknowledgedOps()
    {
        Device device(u":memory:"_s, [this] { return m_now; });
        auto &[db, hlc, outbox] = device;
        outbox.insert(Entity::Inspection, id(1), inspectionFields());
        for (std::uint8_t i = 2; i < 6; ++i)
            outbox.insert(Entity::Measurement, id(i), measurementFields(id(1), i));
        outbox.acknowledge(3);
        const auto pending = outbox.pending(100);
        QCOMPARE(pending.size(), std::size_t(2));
        QCOMPARE(pending.front().deviceSeq, 4u);
    }

    // Repeated edits of one last-writer-wins field collapse into the latest op; other
    // fields of the earlier op stay; a workflow op is never merged into or across; the
    // push in flight is never touched; evidence is insert-only and never merges.
    void repeatedEditsMerge()
    {
        using E = Entity;
        Device device(u":memory:"_s, [this] { return m_now; });
        auto &[db, hlc, outbox] = device;
        const std::uint8_t summary = field(E::Inspection, u"summary");
        const std::uint8_t load = field(E::Inspection, u"production_load");
        const std::uint8_t status = field(E::Inspection, u"status");
        outbox.insert(E::Inspection, id(1), inspectionFields());
        outbox.insert(E::Measurement, id(2), measurementFields(id(1), 1.0));
        outbox.insert(E::Measurement, id(3), measurementFields(id(1), 1.0));
        Op last;
        for (int i = 0; i < 100; ++i)
            last = outbox.update(E::Inspection, id(1), {{summary, u"note %1"_s.arg(i)}});
        auto pending = outbox.pending(1000);
        QCOMPARE(pending.size(), std::size_t(4)); // insert, two measurements, one edit
        QVERIFY(pending.back() == last);
        QCOMPARE(last.deviceSeq, 103u);

        // Another field in the same op: only the overwritten one leaves the earlier op.
        outbox.update(E::Inspection, id(1), {{summary, u"a"_s}, {load, u"80%"_s}});
        outbox.update(E::Inspection, id(1), {{summary, u"b"_s}});
        pending = outbox.pending(1000);
        QCOMPARE(pending.size(), std::size_t(5));
        QCOMPARE(pending[3].fields.size(), std::size_t(1));
        QCOMPARE(pending[3].fields[0].number, load);
        QCOMPARE(pending[4].fields[0].value, FieldValue(u"b"_s));

        // A workflow op stays whole, and no edit merges across it.
        outbox.update(E::Inspection, id(1), {{status, u"submitted"_s}});
        outbox.update(E::Inspection, id(1), {{summary, u"after submit"_s}});
        QCOMPARE(outbox.pendingCount(), 7);

        // In flight (a stored push batch up to the last op): the next edit is not merged
        // into it.
        db.prepare(u"INSERT INTO push_batch (id, batch_id, request_id, first_seq, last_seq,"
                   u" frame) VALUES (1, x'00', x'00', 1, ?, x'00')"_s)
            .bind(1, std::int64_t(outbox.pending(1000).back().deviceSeq))
            .exec();
        outbox.update(E::Inspection, id(1), {{summary, u"while pushing"_s}});
        QCOMPARE(outbox.pendingCount(), 8);
        outbox.update(E::Inspection, id(1), {{summary, u"while pushing, again"_s}});
        QCOMPARE(outbox.pendingCount(), 8);
        auto row = db.prepare(u"SELECT summary FROM inspection"_s);
        QVERIFY(row.step());
        QCOMPARE(row.text(0), u"while pushing, again"_s);
    }

    void restartContinuesSeqAndClock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"device.db"_s);
        Op last;
        {
            Database db(path);
            Migrator::migrate(db, StoreRole::Device);
            seedReference(db);
            auto hlc = clock();
            OutboxRepository outbox(db, hlc, id(0xa0));
            outbox.insert(Entity::Inspection, id(1), inspectionFields());
            last = outbox.insert(Entity::Measurement, id(2), measurementFields(id(1), 1.0));
            outbox.acknowledge(last.deviceSeq);
        }
        m_now -= 3'600'000; // the tablet rebooted with its clock an hour behind
        Database db(path);
        auto hlc = clock();
        OutboxRepository outbox(db, hlc, id(0xa0));
        const Op next = outbox.insert(Entity::Measurement, id(3), measurementFields(id(1), 2.0));
        QCOMPARE(next.deviceSeq, last.deviceSeq + 1);
        QVERIFY(next.hlc > last.hlc);
        m_now += 3'600'000;
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
