// The inspection page's and the Evidence page's view of signed records (docs/evidence.md 6):
// each record's state (signed on this tablet, logged on the server) and one record's proof
// checked on the tablet — its hash and chain number, its own signature, the server's
// signature on the tree head under the pinned log key, the audit path to the root.
#include "appinspectionfixture.h"
#include "evidencereceiptfixture.h"
#include "models/controllers/evidenceproofcontroller.h"
#include "models/lists/evidencerecordlistmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace outfall;
using Model = models::EvidenceRecordListModel;

class TestEvidenceRecordModels : public QObject
{
    Q_OBJECT

    AppInspectionFixture m_fixture;
    evidence::SigningKeyPair m_log = evidence::SigningKeyPair::generate();
    QString m_inspection;

    // A profile that signs, an inspection with a team member, production and two answers
    // (four records), the first `logged` of them logged under m_log; `pinned` is the key the
    // tablet pinned at enrolment (empty: enrolled before the key was sent).
    void prepare(const QByteArray &pinned, int logged)
    {
        m_fixture.open();
        evidencefixture::enrolForSigning(m_fixture.app->database(), pinned);
        m_inspection = m_fixture.startInspectionReadyToSign();
        mobile::InspectionService service(m_fixture.app->session());
        service.answer(m_inspection, u"K01"_s, mobile::AnswerValue::Compliant);
        service.answer(m_inspection, u"K02"_s, mobile::AnswerValue::Compliant);
        if (logged > 0) {
            store::Transaction transaction(m_fixture.app->database());
            const auto outcome =
                evidencefixture::receiveReceipts(m_fixture.app->database(), m_log, logged);
            transaction.commit();
            QCOMPARE(outcome.refused, QStringList());
        }
    }

    QString recordAt(const Model &model, int row)
    {
        return model.data(model.index(row), Model::RecordIdRole).toString();
    }

private Q_SLOTS:
    void eachRecordShowsWhetherItIsLogged()
    {
        prepare(m_log.publicKey, 2);
        Model model(m_fixture.app.get());
        model.setLanguage(u"en"_s);
        model.setInspectionId(m_inspection);
        QVERIFY(model.rowCount() >= 3);
        QCOMPARE(model.loggedCount(), 2);
        QCOMPARE(model.data(model.index(0), Model::StateRole).toString(), u"logged"_s);
        QCOMPARE(
            model.data(model.index(0), Model::StateTextRole).toString(), u"Logged on the server"_s);
        const int last = model.rowCount() - 1;
        QCOMPARE(model.data(model.index(last), Model::StateRole).toString(), u"signed"_s);
        QCOMPARE(model.data(model.index(last), Model::StateTextRole).toString(),
            u"Signed on this tablet"_s);
        QCOMPARE(model.data(model.index(last), Model::WhatRole).toString(), u"Checklist answer"_s);
        QCOMPARE(model.data(model.index(last), Model::SeqRole).toLongLong(), qint64(last + 1));
        QVERIFY2(
            model.summary().contains(u"2 logged on the server"_s), qPrintable(model.summary()));

        // Every record of the tablet, for the Evidence page.
        Model all(m_fixture.app.get());
        QCOMPARE(all.rowCount(), model.rowCount());
        model.setInspectionId(u"no-such-inspection"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void aLoggedRecordsProofIsCheckedOnTheTablet()
    {
        prepare(m_log.publicKey, 3);
        Model model(m_fixture.app.get());
        model.setInspectionId(m_inspection);
        models::EvidenceProofController proof(m_fixture.app.get());
        proof.setRecordId(recordAt(model, 1));
        QVERIFY(proof.found());
        QVERIFY(proof.held());
        QCOMPARE(proof.state(), u"logged"_s);
        QCOMPARE(proof.seq(), u"2"_s);
        QCOMPARE(proof.leafIndex(), u"1"_s);
        QCOMPARE(proof.treeSize(), u"3"_s);
        QCOMPARE(proof.recordHash().size(), 64);
        QCOMPARE(proof.rootHash().size(), 64);
        QVERIFY(proof.deviceSignatureOk());
        QVERIFY(proof.serverSignatureOk());
        QVERIFY(proof.inclusionOk());
        QCOMPARE(proof.auditPath().size(), 2); // leaf 1 of 3: its sibling, then leaf 2
        QVERIFY(proof.serverSignatureText().contains(u"pinned"_s));

        // Not yet logged: the proof says so and shows no tree.
        proof.setRecordId(recordAt(model, model.rowCount() - 1));
        QVERIFY(proof.found());
        QVERIFY(!proof.held());
        QVERIFY(proof.deviceSignatureOk());
        QVERIFY(proof.leafIndex().isEmpty());
        QVERIFY(proof.auditPath().isEmpty());
        QVERIFY(proof.serverSignatureText().startsWith(u"Not logged on the server yet"_s));

        proof.setRecordId(u"no-such-record"_s);
        QVERIFY(!proof.found());
    }

    // Enrolled before the key was pinned: the receipt is kept (its proof checked), and the
    // proof says the head's signature was not checked.
    void withoutAPinnedKeyTheProofSaysTheServerSignatureIsNotChecked()
    {
        prepare({}, 2);
        Model model(m_fixture.app.get());
        model.setInspectionId(m_inspection);
        QCOMPARE(model.loggedCount(), 2);
        models::EvidenceProofController proof(m_fixture.app.get());
        proof.setRecordId(recordAt(model, 0));
        QVERIFY(proof.inclusionOk());
        QVERIFY(!proof.serverSignatureOk());
        QVERIFY2(proof.serverSignatureText().startsWith(u"Server signature not checked"_s),
            qPrintable(proof.serverSignatureText()));
    }

    // A receipt kept before the tablet pinned a key that does not sign it: shown as failing.
    void aHeadThatFailsThePinnedKeyIsShownAsFailing()
    {
        prepare({}, 1);
        m_fixture.app->database()
            .prepare(u"UPDATE sync_identity SET log_public_key = ?"_s)
            .bind(1, evidence::SigningKeyPair::generate().publicKey)
            .exec();
        Model model(m_fixture.app.get());
        model.setInspectionId(m_inspection);
        models::EvidenceProofController proof(m_fixture.app.get());
        proof.setRecordId(recordAt(model, 0));
        QVERIFY(proof.held());
        QVERIFY(!proof.serverSignatureOk());
        QVERIFY(proof.serverSignatureText().contains(u"does NOT verify"_s));
    }
};

QTEST_MAIN(TestEvidenceRecordModels)
#include "tst_evidencerecordmodels.moc"
