// The evidence log over the protocol, as deployed (CURVE, real enrolment): a device enrolled
// with outfallctl's file registers its signing key, signs what it captures and keeps the
// server's receipts; `outfallctl log head | prove RECORD | consistency OLD NEW` print and
// check the log (exit 0 verified, 2 bad command line, 3 unknown record or sizes); an
// inspector proves their own records only.
#include "ctlharness.h"
#include "server/logsigningkey.h"
#include "server/serverkeys.h"
#include "sync/enrolment.h"
#include "sync/requestchannel.h"

#include <QTest>

using namespace synctest;
using namespace ctltest;
using namespace outfall;

class TestEvidenceCtl : public QObject, protected ctltest::CurveHarness
{
    Q_OBJECT

private:
    static sync::Message prove(const QString &recordId)
    {
        sync::Message message;
        message.command = sync::Command::LogProve;
        message.header.insert(u"id"_s, recordId);
        return message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        initialiseServer();
        startServer();
        QCOMPARE(ctl({u"assign"_s, u"A1"_s, m_district.permits[0]}), 0);
    }

    void enrolledDeviceSignsAndTheLogProvesIt()
    {
        auto a1 = enrolled(u"A1"_s);
        // Enrolment made and registered the signing key.
        QCOMPARE(blob(a1->db, u"SELECT signing_public_key FROM sync_identity"_s).size(), 32);
        {
            auto db = server::ServerStore::open(m_data);
            QCOMPARE(blob(*db,
                         u"SELECT signing_public_key FROM device WHERE id = '%1'"_s.arg(
                             a1->config().deviceId)),
                blob(a1->db, u"SELECT signing_public_key FROM sync_identity"_s));
        }
        // and pinned the server's evidence-log key, as log-signing.pub holds it.
        QFile pub(server::LogSigningKey::publicKeyPath(m_data));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QCOMPARE(blob(a1->db, u"SELECT log_public_key FROM sync_identity"_s),
            QByteArray::fromHex(pub.readAll().trimmed()));
        QVERIFY(a1->sync().ok);
        const auto config = a1->config();
        sync::HybridLogicalClock clock(*sync::Uuid::fromText(config.deviceId));
        sync::OutboxRepository outbox(a1->db, clock, *sync::Uuid::fromText(m_district.inspectorA));
        domain::UuidV7Generator ids;
        const auto inspection = *sync::Uuid::fromText(ids.next());
        using E = sync::Entity;
        outbox.insert(E::Inspection, inspection,
            {{field(E::Inspection, u"permit_id"), m_district.permits[0]},
                {field(E::Inspection, u"inspector_id"), m_district.inspectorA},
                {field(E::Inspection, u"phase"), u"post_issuance"_s},
                {field(E::Inspection, u"status"), u"in_progress"_s},
                {field(E::Inspection, u"started_at"), std::int64_t(1'760'000'000'000)}});
        for (double value : {10.0, 11.0, 12.0})
            outbox.insert(E::Measurement, *sync::Uuid::fromText(ids.next()),
                {{field(E::Measurement, u"inspection_id"), inspection.toText()},
                    {field(E::Measurement, u"pollutant"), u"COD"_s},
                    {field(E::Measurement, u"value"), value},
                    {field(E::Measurement, u"unit"), u"mg/L"_s},
                    {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'500)}});
        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(count(a1->db, u"SELECT count(*) FROM evidence_receipt"_s), 3);
        const QString record = text(a1->db, u"SELECT id FROM evidence_record LIMIT 1"_s);

        QString output;
        QCOMPARE(ctl({u"log"_s, u"head"_s}, &output), 0);
        QVERIFY2(output.contains(u"tree size 3"_s) && output.contains(u"signature verified"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"log"_s, u"prove"_s, record}, &output), 0);
        QVERIFY2(output.contains(u"signature verified"_s)
                && output.contains(u"inclusion proof (2 hashes) verified"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"log"_s, u"consistency"_s, u"1"_s, u"3"_s}, &output), 0);
        QVERIFY2(output.contains(u"verified"_s), qPrintable(output));

        // The inspector proves their own record; another inspector's device may not.
        QCOMPARE(a1->request(prove(record)).command, sync::Command::LogReply);
        auto b1 = enrolled(u"B1"_s);
        try {
            b1->request(prove(record));
            QFAIL("another inspector proved A1's record");
        } catch (const sync::ProtocolError &e) {
            QCOMPARE(e.code(), sync::ErrorCode::Forbidden);
        }
    }

    void unknownRecordsAndSizesExitThreeAndBadLinesTwo()
    {
        QString output;
        QCOMPARE(
            ctl({u"log"_s, u"prove"_s, u"0190a000-0000-7000-8000-00000000ffff"_s}, &output), 3);
        QVERIFY2(output.contains(u"NOT_FOUND"_s), qPrintable(output));
        QCOMPARE(ctl({u"log"_s, u"consistency"_s, u"5"_s, u"2"_s}, &output), 3);
        QCOMPARE(ctl({u"log"_s, u"consistency"_s, u"1"_s, u"99999"_s}, &output), 3);
        QCOMPARE(ctl({u"log"_s, u"consistency"_s, u"one"_s, u"2"_s}, &output), 2);
        QCOMPARE(ctl({u"log"_s, u"prove"_s}, &output), 2);
        QCOMPARE(ctl({u"log"_s}, &output), 2);
        QVERIFY2(
            output.contains(u"log needs head, prove RECORD or consistency"_s), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCtl)
#include "tst_evidencectl.moc"
