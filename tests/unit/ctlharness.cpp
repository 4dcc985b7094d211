#include "ctlharness.h"

#include "server/ctlcli.h"
#include "server/serverkeys.h"
#include "sync/enrolment.h"
#include "sync/requestchannel.h"

#include <QDir>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ctltest {

Profile::Profile(const QString &dir, int waitMs, int tries)
    : path(dir)
    , db((QDir().mkpath(dir), dir + u"/device.db"_s))
    , timeoutMs(waitMs)
    , attempts(tries)
{
    store::Migrator::migrate(db, store::StoreRole::Device);
}

sync::SyncClient::Config Profile::config() const
{
    auto config = sync::SyncClient::configFromStore(const_cast<store::Database &>(db), path);
    config.timeoutMs = timeoutMs;
    config.attempts = attempts;
    return config;
}

sync::SyncClient::Result Profile::sync()
{
    return sync::SyncClient(db, config()).syncOnce();
}

sync::SyncClient::Result Profile::sync(int attemptsNow)
{
    auto once = config();
    once.attempts = attemptsNow;
    return sync::SyncClient(db, once).syncOnce();
}

sync::Message Profile::request(const sync::Message &message)
{
    const auto own = config();
    sync::RequestChannel::Options options;
    options.endpoint = own.endpoint;
    options.serverPublicKey = own.serverPublicKey;
    options.keys = own.keys;
    sync::RequestChannel channel(options);
    return channel.request(message);
}

void CurveHarness::initialiseServer()
{
    m_data = m_dir.path() + u"/server"_s;
    m_district = synctest::initialiseCurveStore(m_data);
}

void CurveHarness::startServer()
{
    m_credential = server::ServerKeys::credentialPath(m_data);
    server::SyncServer::Config config;
    config.dataDir = m_data;
    config.curve = server::ServerKeys::load(m_data);
    m_server = std::make_unique<server::SyncServer>(config);
    m_server->start();
}

int CurveHarness::ctl(const QStringList &arguments, QString *output, const QString &credential)
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

QJsonObject CurveHarness::ctlJson(const QStringList &arguments)
{
    QString output;
    if (ctl(arguments + QStringList {u"--json"_s}, &output) != 0)
        qFatal("%s failed: %s", qPrintable(arguments.join(u' ')), qPrintable(output));
    return QJsonDocument::fromJson(output.toUtf8()).object();
}

QString CurveHarness::enrolmentFile(const QString &inspector, const QString &name)
{
    const QString file = m_dir.path() + u'/' + name + u".enrol"_s;
    QString output;
    return ctl({u"enroll"_s, inspector, u"--out"_s, file}, &output) == 0 ? file : output;
}

std::unique_ptr<Profile> CurveHarness::enrolled(const QString &inspector)
{
    const QString name = inspector + QString::number(++m_profiles);
    const QString file = enrolmentFile(inspector, name);
    if (!QFile::exists(file))
        qFatal("enrolment failed: %s", qPrintable(file));
    auto profile = std::make_unique<Profile>(m_dir.path() + u"/p-"_s + name);
    sync::Enrolment::enroll(profile->db, file);
    return profile;
}

std::unique_ptr<store::Database> CurveHarness::serverDb()
{
    return server::ServerStore::open(m_data);
}

} // namespace ctltest
