// The device's view of its evidence (docs/evidence.md 6): each row is unsigned, signed on the
// device, or logged on the server once the receipt is held (mobile::EvidenceIntegrity, shown
// by `outfall-device inspect show`).
#include "../unit/evidencetesthelpers.h"
#include "core/evidenceintegrity.h"

#include <QTest>

using namespace synctest;
using namespace evidencetest;
using namespace outfall;
using State = mobile::EvidenceIntegrity::State;

class TestEvidenceIntegrity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evidenceGoesFromUnsignedToSignedToLogged()
    {
        World world;
        auto a1 = world.device(world.district.inspectorA, u"a1"_s);
        QVERIFY(a1->sync().ok);
        const auto inspection = a1->startInspection(world.district.permits[0]);
        const auto before = a1->measure(inspection, 1.0); // no signing key yet
        giveSigningKey(*world.serverDb(), *a1);
        const auto measured = a1->measure(inspection, 2.0);
        const auto answered = a1->answer(inspection, world.district.itemId, u"compliant"_s);

        auto states = mobile::EvidenceIntegrity::forInspection(a1->db, inspection.toText());
        QCOMPARE(mobile::EvidenceIntegrity::of(states, before.toText()), State::Unsigned);
        QCOMPARE(mobile::EvidenceIntegrity::of(states, measured.toText()), State::Signed);
        QCOMPARE(mobile::EvidenceIntegrity::of(states, answered.toText()), State::Signed);
        QCOMPARE(mobile::EvidenceIntegrity::count(states).signedOnly, 2);

        const auto result = a1->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        states = mobile::EvidenceIntegrity::forInspection(a1->db, inspection.toText());
        QCOMPARE(mobile::EvidenceIntegrity::of(states, measured.toText()), State::Logged);
        QCOMPARE(mobile::EvidenceIntegrity::of(states, answered.toText()), State::Logged);
        QCOMPARE(mobile::EvidenceIntegrity::of(states, before.toText()), State::Unsigned);
        QCOMPARE(mobile::EvidenceIntegrity::count(states).logged, 2);
        QCOMPARE(mobile::EvidenceIntegrity::name(State::Logged), u"logged"_s);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceIntegrity)
#include "tst_evidenceintegrity.moc"
