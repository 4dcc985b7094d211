// An application inspected before issuance, end to end on the server (issue 13 part 7): the
// application imported, its pre-issuance checks as a push leaves them, R15 and R16 raised by
// the evaluation; `outfallctl application` over CURVE lists and shows it with its mismatches,
// returns, approves and refuses with a reason, who and when recorded; an inspector's
// credential refused; the issued permit imported later links to the decision.
#include "applicationfixture.h"
#include "importer/permitimporter.h"
#include "rules/ruleconfig.h"
#include "server/ctlcli.h"
#include "server/flagevaluator.h"
#include "server/serverkeys.h"
#include "store/privatefile.h"
#include "sync/enrolment.h"
#include "synctesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace synctest;
using namespace outfall;
using applicationfixture::applicationLine;
using applicationfixture::kNumber;

class TestApplicationCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    District m_district;
    std::unique_ptr<server::SyncServer> m_server;
    QString m_credential;
    QString m_inspectorCredential;

    int ctl(const QStringList &arguments, QString *output = nullptr, const QString &credential = {})
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code =
            server::CtlCli(&outStream, &errStream)
                .run(QStringList {u"outfallctl"_s, u"--server"_s, m_server->endpoint(),
                         u"--credential"_s, credential.isEmpty() ? m_credential : credential}
                    + arguments);
        if (output)
            *output = out + err;
        return code;
    }

    void importLine(const QByteArray &line)
    {
        applicationfixture::importLine(m_dir.path(), m_data, line);
    }

    QString scalar(const QString &sql)
    {
        auto db = server::ServerStore::open(m_data);
        auto row = db->prepare(sql);
        return row.step() && !row.isNull(0) ? row.text(0) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_data = m_dir.path() + u"/server"_s;
        m_district = initialiseCurveStore(m_data);
        m_credential = server::ServerKeys::credentialPath(m_data);
        server::SyncServer::Config config;
        config.dataDir = m_data;
        config.curve = server::ServerKeys::load(m_data);
        m_server = std::make_unique<server::SyncServer>(config);
        m_server->start();

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

        importLine(applicationLine(u"application"_s, 1));
        applicationfixture::inspectBeforeIssuance(m_data, m_district.inspectorA);
    }

    void mismatchesRaiseTheirFlags()
    {
        QCOMPARE(scalar(u"SELECT group_concat(rule_id, ',') FROM (SELECT rule_id FROM flag"
                        u" WHERE permit_id = (SELECT id FROM permit WHERE number = '"_s
                     + kNumber + u"') ORDER BY rule_id)"_s),
            u"R15,R16"_s);
    }

    void assignedForItsInspectionBeforeIssuance()
    {
        QCOMPARE(ctl({u"assign"_s, u"A1"_s, kNumber}), 0);
        QCOMPARE(scalar(u"SELECT phase FROM assignment WHERE permit_id = (SELECT id FROM permit"
                        u" WHERE number = '"_s
                     + kNumber + u"')"_s),
            u"pre_issuance"_s);
        // The devices that hold it receive its facilities (entity 24) like its outlets.
        QCOMPARE(scalar(u"SELECT count(*) FROM ref_row WHERE entity = 24"_s), u"1"_s);
    }

    void anInspectorsCredentialIsRefused()
    {
        QString output;
        QCOMPARE(ctl({u"application"_s, u"approve"_s, kNumber, u"--reason"_s, u"ok"_s}, &output,
                     m_inspectorCredential),
            1);
        QVERIFY2(output.contains(u"application approve refused (FORBIDDEN): only a supervisor"
                                 u" may approve applications; this device's role is inspector"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"application"_s, u"list"_s}, &output, m_inspectorCredential), 1);
        QVERIFY2(output.contains(u"FORBIDDEN"_s), qPrintable(output));
        QCOMPARE(scalar(u"SELECT count(*) FROM application_decision"_s), u"0"_s);
    }

    void badCommandLinesExitTwo()
    {
        QString output;
        QCOMPARE(ctl({u"application"_s, u"return"_s, kNumber}, &output), 2);
        QVERIFY2(output.contains(u"application return needs --reason TEXT"_s), qPrintable(output));
        QCOMPARE(ctl({u"application"_s, u"refuse"_s, kNumber, u"--reason"_s, u" "_s}, &output), 2);
        QCOMPARE(ctl({u"application"_s, u"list"_s, u"--state"_s, u"open"_s}, &output), 2);
        QVERIFY2(output.contains(u"--state must be pending, returned, approved, refused or"
                                 u" issued"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"application"_s, u"grant"_s, kNumber}, &output), 2);
        QCOMPARE(ctl({u"application"_s, u"show"_s}, &output), 2);
        QCOMPARE(ctl({u"application"_s, u"show"_s, u"91440300MA5D8G6X2R009P"_s}, &output), 3);
        QVERIFY2(output.contains(u"NOT_FOUND"_s), qPrintable(output));
        // An issued permit with no application is not an application.
        QCOMPARE(ctl({u"application"_s, u"show"_s, m_district.permits[0]}, &output), 3);
    }

    void supervisorSeesMismatchesReturnsApprovesAndIssuedPermitLinks()
    {
        QString output;
        QCOMPARE(ctl({u"application"_s, u"list"_s}, &output), 0);
        QVERIFY2(output.contains(kNumber + u"  pending  applied 2026-10-08"_s)
                && output.contains(u"2 mismatch(es)"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"application"_s, u"show"_s, kNumber}, &output), 0);
        QVERIFY2(output.contains(u"treatment facilities (1)"_s)
                && output.contains(u"facility  T001  found no"_s)
                && output.contains(u"outlet  DA001  found no"_s)
                && output.contains(u"capacity  -  600 MW"_s)
                && output.contains(u"zone  -  outside prohibited zones yes"_s)
                && output.contains(u"mismatches (2)"_s) && output.contains(u"R16  open"_s),
            qPrintable(output));

        QCOMPARE(ctl({u"application"_s, u"return"_s, kNumber, u"--reason"_s,
                         u"T001 is not built; declare it when it is"_s},
                     &output),
            0);
        QVERIFY2(output.contains(u"application %1: returned"_s.arg(kNumber)), qPrintable(output));
        QCOMPARE(ctl({u"application"_s, u"approve"_s, kNumber, u"--reason"_s,
                         u"T001 built and inspected again"_s},
                     &output),
            0);
        // Approved is final.
        QCOMPARE(
            ctl({u"application"_s, u"refuse"_s, kNumber, u"--reason"_s, u"late"_s}, &output), 1);
        QVERIFY2(output.contains(u"refused (INVALID_TRANSITION): application %1 is approved"
                                 u" already"_s.arg(kNumber)),
            qPrintable(output));

        QCOMPARE(ctl({u"application"_s, u"show"_s, kNumber, u"--json"_s}, &output), 0);
        QJsonObject shown = QJsonDocument::fromJson(output.toUtf8()).object();
        QCOMPARE(shown.value(u"state"_s).toString(), u"approved"_s);
        const QJsonArray decisions = shown.value(u"decisions"_s).toArray();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions[0].toObject().value(u"decision"_s).toString(), u"returned"_s);
        QCOMPARE(decisions[1].toObject().value(u"reason"_s).toString(),
            u"T001 built and inspected again"_s);
        QVERIFY(!decisions[1].toObject().value(u"decided_by"_s).toString().isEmpty());
        QVERIFY(decisions[1].toObject().value(u"decided_at"_s).toString().startsWith(u"20"_s));
        const QString approval = decisions[1].toObject().value(u"id"_s).toString();
        // Decisions reach the devices that hold the application (the change capture of 0023).
        QCOMPARE(scalar(u"SELECT count(*) FROM ref_row WHERE entity = 26"_s), u"2"_s);

        // The issued permit, imported later, links to the approval.
        importLine(applicationLine(u"issued"_s, 2));
        QCOMPARE(ctl({u"application"_s, u"show"_s, kNumber}, &output), 0);
        QVERIFY2(output.contains(u"  issued  revision 2"_s)
                && output.contains(u"on decision "_s + approval),
            qPrintable(output));
        QCOMPARE(scalar(u"SELECT application_decision_id FROM permit WHERE number = '"_s + kNumber
                     + u"'"_s),
            approval);
        QCOMPARE(ctl({u"application"_s, u"list"_s, u"--state"_s, u"issued"_s}, &output), 0);
        QVERIFY2(output.contains(u"1 application(s)"_s), qPrintable(output));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestApplicationCli)
#include "tst_applicationcli.moc"
