#pragma once
// outfallctl against a server as deployed, in process: a data directory with the test
// district and its CURVE keys, the SyncServer on loopback, outfallctl run with --server and
// the supervisor's --credential, and tablets enrolled with the files outfallctl writes.
// A test class derives from it (after QObject) and uses the members as its own.

#include "sync/message.h"
#include "synctesthelpers.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ctltest {

using synctest::District;
using namespace outfall;

// A tablet's store: migrated, enrolled by CurveHarness::enrolled, synced over CURVE.
struct Profile
{
    explicit Profile(const QString &dir, int waitMs = 3000, int tries = 4);

    // The store's own sync configuration (endpoint, keys) with this profile's timing.
    sync::SyncClient::Config config() const;
    sync::SyncClient::Result sync();
    sync::SyncClient::Result sync(int attempts);
    // One request on the device's own CURVE keys (a command outside the sync exchange).
    sync::Message request(const sync::Message &message);

    QString path;
    store::Database db;
    int timeoutMs;
    int attempts;
};

class CurveHarness
{
protected:
    // The server's data directory with the district and its keys, not serving yet (a test
    // may add rows first).
    void initialiseServer();
    // Serves the data directory on loopback; ctl() signs in with the supervisor credential.
    void startServer();

    // outfallctl ARGUMENTS, its stdout and stderr in *output; the exit code.
    int ctl(
        const QStringList &arguments, QString *output = nullptr, const QString &credential = {});
    // outfallctl ARGUMENTS --json, which must succeed.
    QJsonObject ctlJson(const QStringList &arguments);
    // An enrolment file for a device of the inspector (code), or outfallctl's error text.
    QString enrolmentFile(const QString &inspector, const QString &name);
    // A new tablet enrolled for the inspector (code); fatal when enrolment fails.
    std::unique_ptr<Profile> enrolled(const QString &inspector);
    std::unique_ptr<store::Database> serverDb();

    // What submittedInspection() writes.
    struct Submission
    {
        QString answer = QStringLiteral("compliant"); // of the district's one checklist item
        QString note;
        QString summary;
        QString inspectorName = QStringLiteral("inspector");
        QString representativeName = QStringLiteral("representative");
        QByteArray photo; // held by the server with a photo row when given (a PNG)
    };
    // A submitted inspection of A1 on permits[0], written on the server as a push would have
    // left it: one answer, signed by the inspector and the representative over it. Its id.
    QString submittedInspection(const Submission &submission);

    QTemporaryDir m_dir;
    QString m_data;
    District m_district;
    std::unique_ptr<server::SyncServer> m_server;
    QString m_credential;
    int m_profiles = 0;
};

} // namespace ctltest
