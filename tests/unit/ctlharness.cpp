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

QString CurveHarness::submittedInspection(const Submission &submission)
{
    auto db = serverDb();
    domain::UuidV7Generator ids;
    const QString id = ids.next();
    db->prepare(u"INSERT INTO inspection (id, permit_id, inspector_id, phase, status, started_at,"
                u" submitted_at, summary) VALUES (?, ?, ?, 'post_issuance', 'submitted',"
                u" 1760000000000, 1760000100000, ?)"_s)
        .bind(1, id)
        .bind(2, m_district.permits[0])
        .bind(3, m_district.inspectorA)
        .bind(4, submission.summary.isEmpty() ? QString() : submission.summary)
        .exec();
    db->prepare(u"INSERT INTO checklist_answer (id, inspection_id, item_id, answer, note,"
                u" recorded_at) VALUES (?, ?, ?, ?, ?, 1760000000500)"_s)
        .bind(1, ids.next())
        .bind(2, id)
        .bind(3, m_district.itemId)
        .bind(4, submission.answer)
        .bind(5, submission.note.isEmpty() ? QString() : submission.note)
        .exec();
    if (!submission.photo.isEmpty()) {
        const QString sha256 = synctest::storeBlob(*db, m_data, submission.photo);
        db->prepare(u"INSERT INTO photo (id, inspection_id, sha256, byte_size, mime, caption,"
                    u" taken_at) VALUES (?, ?, ?, ?, 'image/png', 'outlet DW001',"
                    u" 1760000001000)"_s)
            .bind(1, ids.next())
            .bind(2, id)
            .bind(3, sha256)
            .bind(4, std::int64_t(submission.photo.size()))
            .exec();
    }
    const QString covers = sync::SignatureCoverage::digest(*db, id);
    for (const QString &role : {u"inspector"_s, u"representative"_s}) {
        db->prepare(u"INSERT INTO signature (id, inspection_id, signer_role, signer_name,"
                    u" signed_at, covers_sha256) VALUES (?, ?, ?, ?, 1760000090000, ?)"_s)
            .bind(1, ids.next())
            .bind(2, id)
            .bind(3, role)
            .bind(
                4, role == u"inspector" ? submission.inspectorName : submission.representativeName)
            .bind(5, covers)
            .exec();
    }
    return id;
}

} // namespace ctltest
