// outfallctl review over CURVE, as deployed: list, show, approve and return with the
// supervisor credential; an inspector's credential refused with the reason; bad command lines
// exit 2 (a return without --comment among them), an unknown inspection 3.
#include "ctlharness.h"
#include "server/serverkeys.h"
#include "store/inspectionreviewstate.h"
#include "store/privatefile.h"
#include "sync/enrolment.h"
#include "sync/signaturecoverage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace synctest;
using namespace ctltest;
using namespace outfall;

class TestReviewCli : public QObject, protected ctltest::CurveHarness
{
    Q_OBJECT

private:
    QString m_inspectorCredential; // A1's enrolled device keys, as a credential file
    domain::UuidV7Generator m_ids;

    QString stateOnServer(const QString &id)
    {
        auto db = server::ServerStore::open(m_data);
        return store::InspectionReviewState::of(*db, id)->name();
    }

private Q_SLOTS:
    void initTestCase()
    {
        initialiseServer();
        startServer();
        QCOMPARE(ctl({u"assign"_s, u"A1"_s, m_district.permits[0]}), 0);

        // An inspector's own key pair (an enrolled tablet's), in a credential file.
        const QString enrolment = m_dir.path() + u"/a1.enrol"_s;
        QCOMPARE(ctl({u"enroll"_s, u"A1"_s, u"--out"_s, enrolment}), 0);
        store::Database device(m_dir.path() + u"/a1.db"_s);
        store::Migrator::migrate(device, store::StoreRole::Device);
        sync::Enrolment::enroll(device, enrolment);
        const auto keys = sync::SyncClient::configFromStore(device, m_dir.path());
        m_inspectorCredential = m_dir.path() + u"/a1.credential"_s;
        store::PrivateFile::write(m_inspectorCredential,
            QJsonDocument(
                QJsonObject {{u"server_public_key"_s, QString::fromLatin1(keys.serverPublicKey)},
                    {u"public_key"_s, QString::fromLatin1(keys.keys.publicKey)},
                    {u"secret_key"_s, QString::fromLatin1(keys.keys.secretKey)}})
                .toJson());
    }

    void returnsListsShowsAndApproves()
    {
        const QString id = submittedInspection({});
        QString output;
        QCOMPARE(ctl({u"review"_s, u"list"_s, u"--state"_s, u"submitted"_s}, &output), 0);
        QVERIFY2(output.contains(id) && output.contains(u"submitted"_s), qPrintable(output));

        QCOMPARE(
            ctl({u"review"_s, u"return"_s, id, u"--comment"_s, u"sign the ledger page"_s}, &output),
            0);
        QVERIFY2(output.contains(u"inspection %1: returned"_s.arg(id)), qPrintable(output));
        QCOMPARE(stateOnServer(id), u"returned"_s);

        QCOMPARE(
            ctl({u"review"_s, u"list"_s, u"--state"_s, u"returned"_s, u"--json"_s}, &output), 0);
        const QJsonArray listed = QJsonDocument::fromJson(output.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject().value(u"id"_s).toString(), id);
        QCOMPARE(listed[0].toObject().value(u"comment"_s).toString(), u"sign the ledger page"_s);
        QCOMPARE(listed[0].toObject().value(u"decided_by"_s).toString().isEmpty(), false);

        QCOMPARE(ctl({u"review"_s, u"show"_s, id}, &output), 0);
        QVERIFY2(output.contains(u"answers (1)"_s) && output.contains(u"signatures (2)"_s)
                && output.contains(u"photos (0)"_s) && output.contains(u"flags (0)"_s)
                && output.contains(u"sign the ledger page"_s),
            qPrintable(output));

        // Returned: not approvable until resubmitted.
        QCOMPARE(ctl({u"review"_s, u"approve"_s, id}, &output), 1);
        QVERIFY2(output.contains(u"refused (INVALID_TRANSITION)"_s), qPrintable(output));

        const QString other = submittedInspection({});
        QCOMPARE(
            ctl({u"review"_s, u"approve"_s, other, u"--comment"_s, u"complete"_s}, &output), 0);
        QCOMPARE(stateOnServer(other), u"approved"_s);
        QCOMPARE(ctl({u"review"_s, u"show"_s, other, u"--json"_s}, &output), 0);
        const QJsonObject shown = QJsonDocument::fromJson(output.toUtf8()).object();
        QCOMPARE(shown.value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(shown.value(u"reviews"_s).toArray().size(), 1);
        QCOMPARE(shown.value(u"reviews"_s).toArray()[0].toObject().value(u"comment"_s).toString(),
            u"complete"_s);
    }

    void anInspectorsCredentialIsRefused()
    {
        const QString id = submittedInspection({});
        QString output;
        QCOMPARE(ctl({u"review"_s, u"approve"_s, id}, &output, m_inspectorCredential), 1);
        QVERIFY2(output.contains(u"review approve refused (FORBIDDEN): only a supervisor may"
                                 u" approve inspections; this device's role is inspector"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"review"_s, u"list"_s}, &output, m_inspectorCredential), 1);
        QVERIFY2(output.contains(u"FORBIDDEN"_s), qPrintable(output));
        QCOMPARE(stateOnServer(id), u"submitted"_s);
    }

    void badCommandLinesExitTwoAndUnknownInspectionsThree()
    {
        const QString id = submittedInspection({});
        QString output;
        QCOMPARE(ctl({u"review"_s, u"return"_s, id}, &output), 2);
        QVERIFY2(output.contains(u"review return needs --comment TEXT"_s), qPrintable(output));
        QCOMPARE(ctl({u"review"_s, u"return"_s, id, u"--comment"_s, u"  "_s}, &output), 2);
        QCOMPARE(ctl({u"review"_s, u"return"_s, id, u"--comment"_s}, &output), 2);
        QVERIFY2(output.contains(u"--comment needs a value"_s), qPrintable(output));
        QCOMPARE(ctl({u"review"_s, u"approve"_s}, &output), 2);
        QVERIFY2(output.contains(u"needs one INSPECTION id"_s), qPrintable(output));
        QCOMPARE(ctl({u"review"_s, u"list"_s, u"--state"_s, u"reviewed"_s}, &output), 2);
        QVERIFY2(output.contains(u"--state must be submitted, returned or approved"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"review"_s, u"reject"_s, id}, &output), 2);
        QVERIFY2(output.contains(u"unknown review command reject"_s), qPrintable(output));
        QCOMPARE(ctl({u"review"_s}, &output), 2);
        QCOMPARE(ctl({u"review"_s, u"show"_s, id, u"--reason"_s, u"x"_s}, &output), 2);
        QCOMPARE(stateOnServer(id), u"submitted"_s); // nothing decided by any of them

        const QString unknown = m_ids.next();
        QCOMPARE(ctl({u"review"_s, u"approve"_s, unknown}, &output), 3);
        QVERIFY2(output.contains(u"NOT_FOUND"_s) && output.contains(unknown), qPrintable(output));
        QCOMPARE(ctl({u"review"_s, u"show"_s, unknown}, &output), 3);
        // The other commands still parse as before.
        QCOMPARE(ctl({u"flags"_s, u"--state"_s, u"closed"_s}, &output), 2);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
