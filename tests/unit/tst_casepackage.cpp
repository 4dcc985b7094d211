// Enforcement cases over the protocol, as deployed (CURVE, real enrolment) and their
// packages (docs/cases.md): `outfallctl case create | add | list | show | export | verify`,
// each action a server-signed record in the evidence log; an inspector's device refused;
// the package verified offline, and every tampering caught by the verifier: a byte flipped
// at many positions of every file, a file removed, a file added, the manifest re-signed with
// another key, a proof for another tree.
#include "evidence/casepackage.h"
#include "evidence/casepackageverifier.h"
#include "evidence/recordsigner.h"
#include "evidence/sha256.h"
#include "server/blobstore.h"
#include "server/ctlcli.h"
#include "server/logsigningkey.h"
#include "server/serverkeys.h"
#include "sync/enrolment.h"
#include "sync/requestchannel.h"
#include "sync/supervisorcredential.h"
#include "synctesthelpers.h"

#include <QBuffer>
#include <QDirIterator>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace synctest;
using namespace outfall;
namespace cp = evidence::casepackage;

class TestCasePackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    District m_district;
    std::unique_ptr<server::SyncServer> m_server;
    QString m_credential;
    QString m_inspection;
    QString m_flag;
    QString m_package;
    QByteArray m_photo;

    int ctl(const QStringList &arguments, QString *output = nullptr, bool withServer = true)
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const QStringList connection = withServer
            ? QStringList {u"--server"_s, m_server->endpoint(), u"--credential"_s, m_credential}
            : QStringList {};
        const int code = server::CtlCli(&outStream, &errStream)
                             .run(QStringList {u"outfallctl"_s} + connection + arguments);
        if (output)
            *output = out + err;
        return code;
    }

    struct Profile
    {
        explicit Profile(const QString &dir)
            : path(dir)
            , db((QDir().mkpath(dir), dir + u"/device.db"_s))
        {
            store::Migrator::migrate(db, store::StoreRole::Device);
        }
        sync::SyncClient::Config config() const
        {
            auto c = sync::SyncClient::configFromStore(const_cast<store::Database &>(db), path);
            c.timeoutMs = 3000;
            return c;
        }
        sync::Message request(const sync::Message &message)
        {
            const auto c = config();
            sync::RequestChannel::Options options;
            options.endpoint = c.endpoint;
            options.serverPublicKey = c.serverPublicKey;
            options.keys = c.keys;
            sync::RequestChannel channel(options);
            return channel.request(message);
        }
        QString path;
        store::Database db;
    };
    std::unique_ptr<Profile> m_a1;

    static sync::Message caseRequest(const QString &op, const QCborMap &fields)
    {
        sync::Message message;
        message.command = sync::Command::Case;
        message.header = fields;
        message.header.insert(u"op"_s, op);
        return message;
    }

    static evidence::CasePackageVerifier::Result check(const QString &dir)
    {
        return evidence::CasePackageVerifier::verify(dir);
    }

    QByteArray serverKey() const { return server::LogSigningKey::loadOrCreate(m_data).publicKey; }

    static QStringList filesOf(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(QDir(dir).relativeFilePath(it.next()));
        out.sort();
        return out;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return file.readAll();
    }

    static void writeAll(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    // Rewrites manifest.json after a file changed (its size and hash as they now are) and
    // signs it with `key`: what a forger holding that key would do.
    static void resign(const QString &dir, const evidence::SigningKeyPair &key)
    {
        const QString manifestPath = dir + u'/' + cp::manifestFile;
        QJsonObject manifest = QJsonDocument::fromJson(readAll(manifestPath)).object();
        QJsonArray files;
        for (const QJsonValue &value : manifest.value(u"files"_s).toArray()) {
            QJsonObject entry = value.toObject();
            const QByteArray bytes = readAll(dir + u'/' + entry.value(u"path"_s).toString());
            entry.insert(u"size"_s, bytes.size());
            entry.insert(u"sha256"_s, QString::fromLatin1(evidence::sha256(bytes).toHex()));
            files.append(entry);
        }
        manifest.insert(u"files"_s, files);
        const QByteArray bytes = cp::canonicalJson(manifest);
        writeAll(manifestPath, bytes);
        writeAll(dir + u'/' + cp::manifestSignatureFile,
            evidence::RecordSigner(key).sign(bytes).toHex() + '\n');
    }

    QString copyPackage(const QString &name) const
    {
        const QString target = m_dir.path() + u'/' + name;
        QDir(target).removeRecursively();
        for (const QString &file : filesOf(m_package)) {
            QDir().mkpath(QFileInfo(target + u'/' + file).absolutePath());
            QFile::copy(m_package + u'/' + file, target + u'/' + file);
        }
        return target;
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
        QCOMPARE(ctl({u"assign"_s, u"A1"_s, m_district.permits[0]}), 0);

        // A1's device: enrolled, an inspection with two COD measurements (one over the
        // limit of 80 mg/L) and a photo, all signed at capture and synced.
        const QString file = m_dir.path() + u"/a1.enrol"_s;
        QCOMPARE(ctl({u"enroll"_s, u"A1"_s, u"--out"_s, file}), 0);
        m_a1 = std::make_unique<Profile>(m_dir.path() + u"/a1"_s);
        sync::Enrolment::enroll(m_a1->db, file);
        QVERIFY(sync::SyncClient(m_a1->db, m_a1->config()).syncOnce().ok);
        const auto config1 = m_a1->config();
        sync::HybridLogicalClock clock(*sync::Uuid::fromText(config1.deviceId));
        sync::OutboxRepository outbox(
            m_a1->db, clock, *sync::Uuid::fromText(m_district.inspectorA));
        domain::UuidV7Generator ids;
        const auto inspection = *sync::Uuid::fromText(ids.next());
        m_inspection = inspection.toText();
        using E = sync::Entity;
        outbox.insert(E::Inspection, inspection,
            {{field(E::Inspection, u"permit_id"), m_district.permits[0]},
                {field(E::Inspection, u"inspector_id"), m_district.inspectorA},
                {field(E::Inspection, u"phase"), u"post_issuance"_s},
                {field(E::Inspection, u"status"), u"in_progress"_s},
                {field(E::Inspection, u"started_at"), std::int64_t(1'760'000'000'000)}});
        for (double value : {60.0, 95.0})
            outbox.insert(E::Measurement, *sync::Uuid::fromText(ids.next()),
                {{field(E::Measurement, u"inspection_id"), m_inspection},
                    {field(E::Measurement, u"outlet_id"), m_district.outlets[0]},
                    {field(E::Measurement, u"pollutant"), u"COD"_s},
                    {field(E::Measurement, u"value"), value},
                    {field(E::Measurement, u"unit"), u"mg/L"_s},
                    {field(E::Measurement, u"recorded_at"), std::int64_t(1'760'000'000'500)}});
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QBuffer buffer(&m_photo);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString sha = QString::fromLatin1(evidence::sha256(m_photo).toHex());
        outbox.insert(E::Photo, *sync::Uuid::fromText(ids.next()),
            {{field(E::Photo, u"inspection_id"), m_inspection}, {field(E::Photo, u"sha256"), sha},
                {field(E::Photo, u"byte_size"), std::int64_t(m_photo.size())},
                {field(E::Photo, u"mime"), u"image/png"_s}, {field(E::Photo, u"lat"), 22.50001},
                {field(E::Photo, u"lon"), 114.00002},
                {field(E::Photo, u"taken_at"), std::int64_t(1'760'000'000'900)}});
        const auto result = sync::SyncClient(m_a1->db, m_a1->config()).syncOnce();
        QVERIFY2(result.ok, qPrintable(result.error));
        auto db = server::ServerStore::open(m_data);
        // The photo's bytes as an upload leaves them (the upload itself is tested elsewhere).
        QCOMPARE(server::BlobStore(*db, m_data).put(m_photo, config1.deviceId), sha);
        // The R1 flag the evaluation raises for the 95 mg/L measurement.
        m_flag = u"R1-test-flag"_s;
        db->prepare(u"INSERT INTO flag (id, rule_id, severity, permit_id, outlet_id, pollutant,"
                    u" compared, message_en, message_zh, evidence, status, raised_at, updated_at,"
                    u" computation) VALUES (?, 'R1', 'violation', ?, ?, 'COD', '[]',"
                    u" 'COD 95 mg/L above the limit 80 mg/L', 'COD 95 mg/L 超过限值 80 mg/L',"
                    u" ?, 'open', 1760000002000, 1760000002000, ?)"_s)
            .bind(1, m_flag)
            .bind(2, m_district.permits[0])
            .bind(3, m_district.outlets[0])
            .bind(4, u"[{\"kind\":\"inspection\",\"id\":\"%1\"}]"_s.arg(m_inspection))
            .bind(5,
                u"{\"inputs\":[{\"name\":\"field value\",\"value\":\"95\",\"unit\":"
                u"\"mg/L\"},{\"name\":\"limit\",\"value\":\"80\",\"unit\":\"mg/L\"}],"
                u"\"steps\":[{\"en\":\"95 > 80\",\"zh\":\"95 > 80\"}]}"_s)
            .exec();
    }

    void inspectorIsRefusedCases()
    {
        for (const QString &op : {u"create"_s, u"list"_s, u"export"_s}) {
            try {
                m_a1->request(caseRequest(op,
                    {{u"p"_s, m_district.permits[0]}, {u"t"_s, u"mine"_s}, {u"id"_s, u"C1"_s}}));
                QFAIL(qPrintable(u"an inspector's device was allowed case "_s + op));
            } catch (const sync::ProtocolError &e) {
                QCOMPARE(e.code(), sync::ErrorCode::Forbidden);
                QVERIFY2(e.text().contains(u"supervisor or an enforcement officer"_s),
                    qPrintable(e.text()));
            }
        }
    }

    void createAddListShowAreLoggedActions()
    {
        QString output;
        QCOMPARE(ctl({u"case"_s, u"create"_s, u"--permit"_s, m_district.permits[0], u"--flag"_s,
                         m_flag, u"--title"_s, u"COD over the limit"_s},
                     &output),
            0);
        QVERIFY2(output.contains(u"C1  "_s) && output.contains(u"1 flag(s), 0 inspection(s)"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"case"_s, u"add"_s, u"C1"_s, u"--inspection"_s, m_inspection}, &output), 0);
        QVERIFY2(output.contains(u"1 flag(s), 1 inspection(s)"_s), qPrintable(output));
        QCOMPARE(ctl({u"case"_s, u"list"_s}, &output), 0);
        QVERIFY2(output.contains(u"1 case(s)"_s) && output.contains(u"COD over the limit"_s),
            qPrintable(output));
        QCOMPARE(ctl({u"case"_s, u"show"_s, u"C1"_s}, &output), 0);
        for (const QString &action : {u"create "_s, u"add_flag "_s, u"add_inspection "_s})
            QVERIFY2(output.contains(action), qPrintable(output));
        QVERIFY2(output.contains(u"by admin (admin)"_s), qPrintable(output));
        // Each action is a record of the log, provable like a device's.
        const QString record = output.section(u"record "_s, 1, 1).section(u' ', 0, 0);
        QCOMPARE(ctl({u"log"_s, u"prove"_s, record}, &output), 0);
        QVERIFY2(output.contains(u"signature verified"_s), qPrintable(output));
    }

    void refusalsAndBadCommandLines()
    {
        QString output;
        QCOMPARE(
            ctl({u"case"_s, u"create"_s, u"--permit"_s, u"nope"_s, u"--title"_s, u"x"_s}, &output),
            3);
        QVERIFY2(output.contains(u"no permit 'nope'"_s), qPrintable(output));
        QCOMPARE(ctl({u"case"_s, u"create"_s, u"--permit"_s, m_district.permits[1], u"--flag"_s,
                         m_flag, u"--title"_s, u"x"_s},
                     &output),
            1);
        QVERIFY2(output.contains(u"another permit"_s), qPrintable(output));
        QCOMPARE(ctl({u"case"_s, u"add"_s, u"C1"_s, u"--flag"_s, m_flag}, &output), 1);
        QVERIFY2(output.contains(u"already in case C1"_s), qPrintable(output));
        QCOMPARE(ctl({u"case"_s, u"show"_s, u"C9"_s}, &output), 3);
        QCOMPARE(ctl({u"case"_s, u"create"_s, u"--permit"_s, m_district.permits[0]}, &output), 2);
        QVERIFY2(output.contains(u"--title"_s), qPrintable(output));
        QCOMPARE(ctl({u"case"_s, u"add"_s, u"C1"_s, u"--flag"_s}, &output), 2);
        QCOMPARE(ctl({u"case"_s, u"export"_s, u"C1"_s}, &output), 2);
        QCOMPARE(
            ctl({u"case"_s, u"export"_s, u"C1"_s, u"--out"_s, m_dir.path(), u"--lang"_s, u"fr"_s},
                &output),
            2);
        QCOMPARE(ctl({u"case"_s, u"verify"_s}, &output, false), 2);
        QCOMPARE(
            ctl({u"case"_s, u"verify"_s, m_dir.path(), u"--key"_s, u"abc"_s}, &output, false), 2);
    }

    void exportWritesAPackageThatVerifiesOffline()
    {
        m_package = m_dir.path() + u"/package"_s;
        QString output;
        QCOMPARE(ctl({u"case"_s, u"export"_s, u"C1"_s, u"--out"_s, m_package}, &output), 0);
        QVERIFY2(output.contains(u"exported case C1"_s), qPrintable(output));
        const QStringList files = filesOf(m_package);
        const QString sha = QString::fromLatin1(evidence::sha256(m_photo).toHex());
        for (const QString &expected : {cp::manifestFile, cp::manifestSignatureFile, cp::caseFile,
                 cp::treeHeadFile, cp::serverKeyFile, cp::reportFile,
                 cp::photoDir + u'/' + sha + u".png"_s, cp::flagDir + u'/' + m_flag + u".json"_s})
            QVERIFY2(files.contains(expected),
                qPrintable(expected + u" missing: "_s + files.join(u' ')));
        QCOMPARE(readAll(m_package + u"/photos/"_s + sha + u".png"_s), m_photo);
        // 3 device records (2 measurements, the photo: an inspection's start is no evidence
        // record) and 4 case records (create, add_flag, add_inspection, export), each with
        // its proof.
        QCOMPARE(files.filter(QRegularExpression(u"^records/"_s)).size(), 7);
        QCOMPARE(files.filter(QRegularExpression(u"^proofs/"_s)).size(), 7);
        QCOMPARE(files.filter(QRegularExpression(u"^keys/devices/"_s)).size(), 1);

        // Offline: no server, no data directory; pinned to the server's key.
        QCOMPARE(ctl({u"case"_s, u"verify"_s, m_package, u"--key"_s,
                         server::LogSigningKey::publicKeyPath(m_data)},
                     &output, false),
            0);
        QVERIFY2(output.contains(u"OK: the package verifies"_s), qPrintable(output));
        for (const QString &line : {u"manifest.json signature verified"_s,
                 u"7 records: canonical bytes, SHA-256 and signature verified (1 device key(s),"
                 u" 4 by the server key)"_s,
                 u"7 inclusion proofs verified"_s, u"1 photos: SHA-256 named by a signed record"_s,
                 u"1 flags: each exactly as a server-signed case record holds it"_s})
            QVERIFY2(output.contains(line), qPrintable(output));
        QCOMPARE(ctl({u"case"_s, u"export"_s, u"C1"_s, u"--out"_s, m_package}, &output), 2);
        QVERIFY2(output.contains(u"not empty"_s), qPrintable(output));
    }

    void theReportIsAPdfWithItsSections()
    {
        const QByteArray pdf = readAll(m_package + u'/' + cp::reportFile);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, m_package + u'/' + cp::reportFile, u"-"_s});
        QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0,
            "pdftotext (poppler-utils, scripts/deps) failed");
        // Lines wrap where the page ends them: compared with white space as single spaces.
        const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        for (const QString &expected : {u"Enforcement case C1: COD over the limit"_s,
                 u"1. Enterprise and permit"_s, u"Paper mill"_s, u"91350100M000100Y43000P"_s,
                 u"2. Measurements against the permit's limits"_s, u"EXCEEDS"_s,
                 u"COD 95 mg/L above the limit 80 mg/L"_s, u"3. Photographs"_s, u"4. Outlet map"_s,
                 u"5. Signatures"_s, u"6. Inspectors"_s, u"A1"_s, u"7. Chain of custody"_s,
                 u"8. Draft notice of violation"_s, u"Article 34"_s})
            QVERIFY2(content.contains(expected), qPrintable(expected + u" not in:\n"_s + content));
        QProcess info;
        info.start(u"pdfinfo"_s, {m_package + u'/' + cp::reportFile});
        QVERIFY(info.waitForFinished(60000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput())
                                  .section(u"Pages:"_s, 1, 1)
                                  .section(u'\n', 0, 0)
                                  .trimmed();
        QVERIFY2(pages.toInt() >= 2, qPrintable(pages));
    }

    void chineseReport()
    {
        const QString dir = m_dir.path() + u"/package-zh"_s;
        QCOMPARE(ctl({u"case"_s, u"export"_s, u"C1"_s, u"--out"_s, dir, u"--lang"_s, u"zh"_s}), 0);
        QVERIFY(check(dir).ok);
        QProcess text;
        text.start(u"pdftotext"_s, {dir + u'/' + cp::reportFile, u"-"_s});
        QVERIFY(text.waitForFinished(60000) && text.exitCode() == 0);
        // Chinese wraps anywhere: compared without white space.
        const QString content =
            QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(u"\\s"_s));
        for (const QString &expected : {u"执法案件C1"_s, u"现场监测值与许可限值对照"_s, u"超标"_s,
                 u"证据保管链"_s, u"排污许可管理条例"_s})
            QVERIFY2(content.contains(expected), qPrintable(expected + u" not in:\n"_s + content));
    }

    void everyByteFlippedAnywhereIsCaught()
    {
        int flips = 0;
        for (const QString &file : filesOf(m_package)) {
            const QString path = m_package + u'/' + file;
            const QByteArray original = readAll(path);
            const qsizetype size = original.size();
            QList<qsizetype> positions {0, size / 2, size - 1};
            for (int i = 1; i < 16; ++i)
                positions.append(size * i / 16);
            for (qsizetype position : positions) {
                QByteArray changed = original;
                changed[position] = char(changed[position] ^ 0x01);
                writeAll(path, changed);
                const auto result = check(m_package);
                writeAll(path, original);
                QVERIFY2(!result.ok,
                    qPrintable(u"byte %1 of %2 changed, not caught"_s.arg(position).arg(file)));
                // The failure names the file, or the manifest's signature when the manifest
                // or the key itself changed.
                const QString named = result.failure.section(u':', 0, 0);
                QVERIFY2(named == file || named == cp::manifestSignatureFile
                        || named == cp::serverKeyFile,
                    qPrintable(file + u": "_s + result.failure));
                ++flips;
            }
        }
        QVERIFY(check(m_package).ok);
        qInfo("%d flips over %lld files, all caught", flips, qlonglong(filesOf(m_package).size()));
    }

    void missingAndExtraFilesAreCaught()
    {
        for (const QString &file : filesOf(m_package)) {
            const QString dir = copyPackage(u"missing"_s);
            QVERIFY(QFile::remove(dir + u'/' + file));
            const auto result = check(dir);
            QVERIFY2(!result.ok, qPrintable(file + u" removed, not caught"_s));
            QVERIFY2(result.failure.contains(u"missing"_s), qPrintable(result.failure));
        }
        for (const QString &extra : {u"extra.txt"_s, u"records/extra.json"_s, u"photos/x.png"_s}) {
            const QString dir = copyPackage(u"extra"_s);
            QDir().mkpath(QFileInfo(dir + u'/' + extra).absolutePath());
            writeAll(dir + u'/' + extra, "{}");
            const auto result = check(dir);
            QVERIFY(!result.ok);
            QCOMPARE(result.failure,
                extra + u": a file the manifest does not list (added to the package)"_s);
        }
    }

    void aManifestResignedWithAnotherKeyIsCaught()
    {
        const auto forger = evidence::SigningKeyPair::generate();
        QString dir = copyPackage(u"resigned"_s);
        resign(dir, forger);
        auto result = check(dir);
        QVERIFY(!result.ok);
        QVERIFY2(result.failure.startsWith(u"manifest.sig: not a signature of manifest.json by the"
                                           u" server key"_s),
            qPrintable(result.failure));
        // The forger's key put in the package too: the tree head (the server's) then fails,
        // and a pinned key refuses the package at once.
        writeAll(dir + u'/' + cp::serverKeyFile, forger.publicKey.toHex() + '\n');
        resign(dir, forger);
        result = check(dir);
        QVERIFY(!result.ok);
        QVERIFY2(result.failure.startsWith(u"tree-head.json: the tree head's signature"_s),
            qPrintable(result.failure));
        result = evidence::CasePackageVerifier::verify(dir, serverKey());
        QVERIFY(!result.ok);
        QVERIFY2(result.failure.contains(u"is not the pinned key"_s), qPrintable(result.failure));
    }

    // What a forger holding the server's key could still not slip through: files that are
    // listed and signed but malformed are refused naming the file and the field.
    void malformedFilesAreRefusedNamingFileAndField()
    {
        const auto serverKeys = server::LogSigningKey::loadOrCreate(m_data);
        const QString record = filesOf(m_package).filter(u"records/"_s).first();
        const QString proof = filesOf(m_package).filter(u"proofs/"_s).first();
        struct Case
        {
            QString file;
            QByteArray content;
            QString failure;
        };
        QJsonObject truncated =
            QJsonDocument::fromJson(readAll(m_package + u'/' + record)).object();
        truncated.insert(u"record"_s,
            QString::fromLatin1(
                QByteArray::fromBase64(truncated.value(u"record"_s).toString().toLatin1())
                    .left(60)
                    .toBase64()));
        QJsonObject noSize = QJsonDocument::fromJson(readAll(m_package + u'/' + proof)).object();
        noSize.remove(u"tree_size"_s);
        for (const Case &c : {Case {record, "not json", record + u": not a JSON object"_s},
                 Case {record, cp::canonicalJson(truncated),
                     record + u": record bytes: evidence record: field seq: truncated"_s},
                 Case {proof, cp::canonicalJson(noSize),
                     proof + u": field \"tree_size\" is not a whole number >= 0"_s},
                 Case {cp::treeHeadFile, "{}",
                     cp::treeHeadFile + u": field \"size\" is not a whole number >= 0"_s}}) {
            const QString dir = copyPackage(u"malformed"_s);
            writeAll(dir + u'/' + c.file, c.content);
            resign(dir, serverKeys);
            const auto result = check(dir);
            QVERIFY(!result.ok);
            QVERIFY2(result.failure.startsWith(c.failure), qPrintable(result.failure));
        }
    }

    void badCaseRequestsNameTheirField()
    {
        QString output;
        try {
            m_a1->request(caseRequest(u"frobnicate"_s, {}));
            QFAIL("an unknown op was answered");
        } catch (const sync::ProtocolError &e) {
            // The inspector is refused before the op is even read.
            QCOMPARE(e.code(), sync::ErrorCode::Forbidden);
        }
        sync::Message request = caseRequest(u"frobnicate"_s, {});
        const auto credential = sync::SupervisorCredential::read(m_credential);
        sync::RequestChannel::Options options;
        options.endpoint = m_server->endpoint();
        options.serverPublicKey = credential.serverPublicKey;
        options.keys = credential.keys;
        sync::RequestChannel channel(options);
        for (const auto &[header, field] :
            {std::pair {QCborMap {{u"op"_s, u"frobnicate"_s}}, u"op"_s},
                std::pair {QCborMap {{u"op"_s, u"show"_s}}, u"id"_s},
                std::pair {QCborMap {{u"op"_s, u"create"_s}, {u"p"_s, m_district.permits[0]},
                               {u"t"_s, u"  "_s}},
                    u"t"_s},
                std::pair {QCborMap {{u"op"_s, u"file"_s}, {u"x"_s, u"../etc"_s}, {u"n"_s, u"a"_s},
                               {u"o"_s, 0}},
                    u"x"_s},
                std::pair {
                    QCborMap {{u"op"_s, u"export"_s}, {u"id"_s, u"C1"_s}, {u"lang"_s, u"fr"_s}},
                    u"lang"_s}}) {
            request.header = header;
            try {
                channel.request(request);
                QFAIL(qPrintable(u"a CASE request without a good "_s + field + u" was answered"_s));
            } catch (const sync::ProtocolError &e) {
                QCOMPARE(e.code(), sync::ErrorCode::Malformed);
                QVERIFY2(e.text().contains(field), qPrintable(e.text()));
            }
        }
    }

    void aProofForAnotherTreeIsCaught()
    {
        // A later export: the log has grown (its export action), so its proofs are for a
        // larger tree than the first package's head.
        const QString later = m_dir.path() + u"/package-later"_s;
        QCOMPARE(ctl({u"case"_s, u"export"_s, u"C1"_s, u"--out"_s, later}), 0);
        QVERIFY(check(later).ok);
        const QString proof = filesOf(m_package).filter(u"proofs/"_s).first();
        QVERIFY(readAll(m_package + u'/' + proof) != readAll(later + u'/' + proof));

        const auto serverKeys = server::LogSigningKey::loadOrCreate(m_data);
        QString dir = copyPackage(u"other-tree"_s);
        writeAll(dir + u'/' + proof, readAll(later + u'/' + proof));
        resign(dir, serverKeys); // even re-signed by the server's own key
        auto result = check(dir);
        QVERIFY(!result.ok);
        QVERIFY2(result.failure.startsWith(proof + u": a proof for a tree of size"_s),
            qPrintable(result.failure));
        // The other tree's path under this head's size: it does not lead to this root.
        QJsonObject json = QJsonDocument::fromJson(readAll(later + u'/' + proof)).object();
        json.insert(u"tree_size"_s,
            QJsonDocument::fromJson(readAll(m_package + u'/' + cp::treeHeadFile))
                .object()
                .value(u"size"_s));
        dir = copyPackage(u"other-tree-path"_s);
        writeAll(dir + u'/' + proof, cp::canonicalJson(json));
        resign(dir, serverKeys);
        result = check(dir);
        QVERIFY(!result.ok);
        QVERIFY2(result.failure.startsWith(proof + u": the inclusion proof of leaf"_s),
            qPrintable(result.failure));
    }
};

int main(int argc, char *argv[])
{
    // The PDF report needs fonts: a QGuiApplication (offscreen under CTest).
    QGuiApplication app(argc, argv);
    TestCasePackage test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_casepackage.moc"
