// The entities of 0022 on the wire (format 1): a treatment_facility (24), a declaration_check
// (25) and an application_decision (26) op encode to the bytes of
// tests/data/sync/preissuance-v1.body.bin and the fixture decodes to them, so their wire numbers
// and field numbers stay pinned.
//
// Regenerate (after a deliberate format change, with a new version number):
//   OUTFALL_REGENERATE_GOLDEN=1 build/debug/tests/tst_preissuancewire
#include "sync/entityschema.h"
#include "sync/opbodycodec.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall::sync;

namespace {

Uuid uuid(const char *text)
{
    return *Uuid::fromText(QString::fromLatin1(text));
}

Op op(Entity entity, const char *row, std::uint64_t seq)
{
    Op o;
    o.opId = *Uuid::fromText(u"0190b6e0-0000-7000-8000-00000000%1"_s.arg(seq, 4, 10, QChar(u'0')));
    o.deviceSeq = seq;
    o.entity = entity;
    o.rowId = uuid(row);
    o.hlc = HlcTimestamp::make(1'764'547'200'000, 3, uuid("0190b6e0-0000-7000-8000-0000000000cc"));
    o.author = uuid("0190b6e0-0000-7000-8000-0000000000dd");
    return o;
}

std::vector<Op> fixedOps()
{
    const auto &facility = EntitySchema::info(Entity::TreatmentFacility);
    Op f = op(Entity::TreatmentFacility, "0190b6e0-0000-7000-8000-000000000f01", 1);
    f.set(facility.fieldNumber(u"permit_id"), u"0190b6e0-0000-7000-8000-0000000000ee"_s);
    f.set(facility.fieldNumber(u"code"), u"T001"_s);
    f.set(facility.fieldNumber(u"name"), u"石灰石-石膏湿法脱硫塔"_s);
    f.set(facility.fieldNumber(u"treats"), u"SO2"_s);
    f.set(facility.fieldNumber(u"outlet_code"), u"DA001"_s);
    f.set(facility.fieldNumber(u"expected_running"), std::int64_t(1));

    const auto &check = EntitySchema::info(Entity::DeclarationCheck);
    Op c = op(Entity::DeclarationCheck, "0190b6e0-0000-7000-8000-000000000c01", 2);
    c.set(check.fieldNumber(u"inspection_id"), u"0190b6e0-0000-7000-8000-0000000000ab"_s);
    c.set(check.fieldNumber(u"kind"), u"outlet"_s);
    c.set(check.fieldNumber(u"subject_id"), u"0190b6e0-0000-7000-8000-0000000000ac"_s);
    c.set(check.fieldNumber(u"found"), std::int64_t(1));
    c.set(check.fieldNumber(u"lat"), 22.5131);
    c.set(check.fieldNumber(u"lon"), 113.902);
    c.set(check.fieldNumber(u"accuracy_m"), 4.0);
    c.set(check.fieldNumber(u"recorded_at"), std::int64_t(1'764'547'199'000));

    const auto &decision = EntitySchema::info(Entity::ApplicationDecision);
    Op d = op(Entity::ApplicationDecision, "0190b6e0-0000-7000-8000-000000000d01", 3);
    d.set(decision.fieldNumber(u"permit_id"), u"0190b6e0-0000-7000-8000-0000000000ee"_s);
    d.set(decision.fieldNumber(u"decision"), u"returned"_s);
    d.set(decision.fieldNumber(u"reason"), u"T002 is not built"_s);
    d.set(decision.fieldNumber(u"decided_by"), u"0190b6e0-0000-7000-8000-0000000000de"_s);
    d.set(decision.fieldNumber(u"decided_at"), std::int64_t(1'764'547'300'000));
    return {f, c, d};
}

QString fixturePath()
{
    return QStringLiteral(OUTFALL_TEST_DATA_DIR) + u"/sync/preissuance-v1.body.bin"_s;
}

} // namespace

class TestPreissuanceWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opsMatchTheGoldenBytes()
    {
        const std::vector<Op> ops = fixedOps();
        const QByteArray body = OpBodyCodec::encode(ops);
        if (qEnvironmentVariableIsSet("OUTFALL_REGENERATE_GOLDEN")) {
            QFile out(fixturePath());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(body);
        }
        QFile file(fixturePath());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(fixturePath()));
        const QByteArray golden = file.readAll();
        QCOMPARE(body.toHex(), golden.toHex());
        QVERIFY(OpBodyCodec::decode(golden) == ops);
    }

    void wireNumbersArePinned()
    {
        QCOMPARE(int(EntitySchema::findTable(u"treatment_facility")->entity), 24);
        QCOMPARE(int(EntitySchema::findTable(u"declaration_check")->entity), 25);
        QCOMPARE(int(EntitySchema::findTable(u"application_decision")->entity), 26);
        QCOMPARE(EntitySchema::info(Entity::DeclarationCheck).fieldNumber(u"supersedes_id"), 14);
        // Appended to the permit after 0020's renewal_applied_on (13).
        QCOMPARE(EntitySchema::info(Entity::Permit).fieldNumber(u"status"), 14);
        QCOMPARE(EntitySchema::info(Entity::Permit).fieldNumber(u"application_decision_id"), 18);
    }
};

QTEST_GUILESS_MAIN(TestPreissuanceWire)
#include "tst_preissuancewire.moc"
