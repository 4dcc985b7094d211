#include "evidence/casepackageverifier.h"

#include "evidence/canonicalrecord.h"
#include "evidence/casepackage.h"
#include "evidence/merkleproof.h"
#include "evidence/merkletree.h"
#include "evidence/recordformaterror.h"
#include "evidence/recordverifier.h"
#include "evidence/sha256.h"
#include "evidence/treehead.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace outfall::evidence {

namespace {

namespace cp = casepackage;

// The first failure, thrown to the top: "FILE: why".
struct Failure
{
    QString text;
};

[[noreturn]] void fail(const QString &file, const QString &why)
{
    throw Failure {file + u": "_s + why};
}

class Package
{
public:
    explicit Package(const QString &dir)
        : m_dir(dir)
    { }

    QByteArray read(const QString &path) const
    {
        QFile file(m_dir.filePath(path));
        if (!file.open(QIODevice::ReadOnly))
            fail(path, u"missing or unreadable ("_s + file.errorString() + u')');
        return file.readAll();
    }

    QJsonObject json(const QString &path) const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(read(path), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            fail(path, u"not a JSON object ("_s + error.errorString() + u')');
        return document.object();
    }

    // Exactly `bytes` bytes in lower-case hex and a newline, as the server writes them: any
    // other spelling of the same value is a changed file too.
    QByteArray hexLine(const QString &path, qsizetype bytes, const QString &what) const
    {
        const QByteArray text = read(path);
        const QByteArray value = QByteArray::fromHex(text.chopped(text.isEmpty() ? 0 : 1));
        if (value.size() != bytes || text != value.toHex() + '\n')
            fail(path, u"not %1 (%2 bytes in lower-case hex and a newline)"_s.arg(what).arg(bytes));
        return value;
    }

    // Every regular file under the package, as relative paths with '/'.
    QStringList files() const
    {
        QStringList out;
        QDirIterator it(
            m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(m_dir.relativeFilePath(it.next()));
        out.sort();
        return out;
    }

private:
    QDir m_dir;
};

QByteArray hexField(
    const QJsonObject &object, const QString &key, const QString &file, qsizetype bytes = -1)
{
    const QByteArray value = QByteArray::fromHex(object.value(key).toString().toLatin1());
    if (value.isEmpty() || (bytes >= 0 && value.size() != bytes))
        fail(file,
            u"field \"%1\" is not %2 hex"_s.arg(
                key, bytes >= 0 ? u"%1 bytes of"_s.arg(bytes) : u"valid"_s));
    return value;
}

std::uint64_t countField(const QJsonObject &object, const QString &key, const QString &file)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() != double(value.toInteger()))
        fail(file, u"field \"%1\" is not a whole number >= 0"_s.arg(key));
    return std::uint64_t(value.toInteger());
}

class Verifier
{
public:
    Verifier(const QString &dir, const QByteArray &pinned)
        : m_package(dir)
        , m_pinned(pinned)
    { }

    void run()
    {
        checkManifest();
        checkTreeHead();
        checkRecords();
        checkPhotos();
        checkFlags();
    }

    QStringList checked;

private:
    void checkManifest()
    {
        m_serverKey = m_package.hexLine(cp::serverKeyFile, 32, u"a public key"_s);
        if (!m_pinned.isEmpty() && m_pinned != m_serverKey)
            fail(cp::serverKeyFile,
                u"the package's server key %1 is not the pinned key %2"_s.arg(
                    QString::fromLatin1(m_serverKey.toHex()),
                    QString::fromLatin1(m_pinned.toHex())));
        checked << (m_pinned.isEmpty()
                ? u"server key %1 (from the package: compare it with the server's"
                  u" log-signing.pub, or pass --key)"_s.arg(
                      QString::fromLatin1(m_serverKey.toHex()))
                : u"server key %1 is the pinned key"_s.arg(
                    QString::fromLatin1(m_serverKey.toHex())));
        const QByteArray manifestBytes = m_package.read(cp::manifestFile);
        const QByteArray signature =
            m_package.hexLine(cp::manifestSignatureFile, 64, u"a signature"_s);
        if (!RecordVerifier::verify(m_serverKey, manifestBytes, signature))
            fail(cp::manifestSignatureFile,
                u"not a signature of manifest.json by the server key (the manifest was changed"
                u" or signed by another key)"_s);
        checked << u"manifest.json signature verified under the server key"_s;
        const QJsonObject manifest = m_package.json(cp::manifestFile);
        if (manifest.value(u"format"_s).toInt() != cp::formatVersion)
            fail(cp::manifestFile, u"format is not %1"_s.arg(cp::formatVersion));
        QSet<QString> listed;
        const QJsonArray files = manifest.value(u"files"_s).toArray();
        for (const QJsonValue &value : files) {
            const QJsonObject entry = value.toObject();
            const QString path = entry.value(u"path"_s).toString();
            if (path.isEmpty() || path.contains(u".."_s) || path.startsWith(u'/'))
                fail(cp::manifestFile, u"a file entry has no safe path"_s);
            const QByteArray bytes = m_package.read(path);
            if (std::uint64_t(bytes.size()) != countField(entry, u"size"_s, cp::manifestFile))
                fail(path,
                    u"%1 bytes, the manifest says %2"_s.arg(bytes.size())
                        .arg(entry.value(u"size"_s).toInteger()));
            if (sha256(bytes) != hexField(entry, u"sha256"_s, cp::manifestFile, 32))
                fail(path,
                    u"SHA-256 %1 differs from the manifest's %2"_s.arg(
                        QString::fromLatin1(sha256(bytes).toHex()),
                        entry.value(u"sha256"_s).toString()));
            listed.insert(path);
        }
        for (const QString &path : m_package.files()) {
            if (path != cp::manifestFile && path != cp::manifestSignatureFile
                && !listed.contains(path))
                fail(path, u"a file the manifest does not list (added to the package)"_s);
        }
        m_files = listed;
        m_sorted = QStringList(listed.cbegin(), listed.cend());
        m_sorted.sort();
        checked << u"%1 files: size and SHA-256 as in the manifest, none missing, none added"_s.arg(
            listed.size());
    }

    void checkTreeHead()
    {
        const QJsonObject json = m_package.json(cp::treeHeadFile);
        m_head.size = countField(json, u"size"_s, cp::treeHeadFile);
        m_head.rootHash = hexField(json, u"root"_s, cp::treeHeadFile, 32);
        m_head.timestampMs = qint64(countField(json, u"timestamp"_s, cp::treeHeadFile));
        m_head.signature = hexField(json, u"signature"_s, cp::treeHeadFile, 64);
        if (!m_head.verify(m_serverKey))
            fail(cp::treeHeadFile,
                u"the tree head's signature does not verify under the server key"_s);
        checked << u"tree head of size %1, root %2: signature verified"_s.arg(m_head.size)
                       .arg(QString::fromLatin1(m_head.rootHash.toHex()));
    }

    QByteArray deviceKey(const QString &deviceId)
    {
        if (const auto it = m_deviceKeys.constFind(deviceId); it != m_deviceKeys.cend())
            return *it;
        const QString path = cp::deviceKeyDir + u'/' + deviceId + u".pub"_s;
        if (!m_files.contains(path))
            fail(path, u"missing: no key for device %1"_s.arg(deviceId));
        const QByteArray key = m_package.hexLine(path, 32, u"a public key"_s);
        m_deviceKeys.insert(deviceId, key);
        return key;
    }

    void checkRecords()
    {
        int serverRecords = 0;
        for (const QString &path : std::as_const(m_sorted)) {
            if (!path.startsWith(cp::recordDir + u'/'))
                continue;
            const QJsonObject json = m_package.json(path);
            const QByteArray bytes =
                QByteArray::fromBase64(json.value(u"record"_s).toString().toLatin1());
            const QByteArray signature =
                QByteArray::fromBase64(json.value(u"signature"_s).toString().toLatin1());
            CanonicalRecord record;
            try {
                record = CanonicalRecord::decode(bytes);
            } catch (const RecordFormatError &e) {
                fail(path, u"record bytes: "_s + QString::fromUtf8(e.what()));
            }
            if (sha256(bytes) != hexField(json, u"sha256"_s, path, 32))
                fail(path, u"the record's SHA-256 is not the one stated"_s);
            const QString recordId = json.value(u"record_id"_s).toString();
            const bool byServer =
                record.entity == cp::caseEntity || record.entity == cp::caseActionEntity;
            const QString deviceId = json.value(u"device_id"_s).toString();
            const QByteArray key = byServer ? m_serverKey : deviceKey(deviceId);
            if (record.signingKey != key)
                fail(path,
                    byServer ? u"a case record not made with the server key"_s
                             : u"the record names a key other than device %1's"_s.arg(deviceId));
            if (!RecordVerifier::verify(key, bytes, signature))
                fail(path,
                    u"the signature does not verify under %1"_s.arg(
                        byServer ? u"the server key"_s : u"device %1's key"_s.arg(deviceId)));
            checkProof(recordId, bytes + signature);
            for (const CanonicalRecord::Value &value : record.values) {
                if (value.type == CanonicalRecord::Value::Type::Text)
                    m_signedTexts.insert(QString::fromUtf8(value.bytes));
            }
            if (record.entity == cp::caseActionEntity)
                m_caseActions.append(record);
            serverRecords += byServer ? 1 : 0;
            ++m_records;
        }
        if (m_records == 0)
            fail(cp::recordDir, u"the package holds no records"_s);
        checked << u"%1 records: canonical bytes, SHA-256 and signature verified (%2 device"
                   u" key(s), %3 by the server key)"_s.arg(m_records)
                       .arg(m_deviceKeys.size())
                       .arg(serverRecords);
        checked << u"%1 inclusion proofs verified against the tree head's root"_s.arg(m_records);
    }

    void checkProof(const QString &recordId, const QByteArray &leafData)
    {
        const QString path = cp::proofDir + u'/' + recordId + u".json"_s;
        if (!m_files.contains(path))
            fail(path, u"missing: no inclusion proof for record %1"_s.arg(recordId));
        const QJsonObject json = m_package.json(path);
        const std::uint64_t treeSize = countField(json, u"tree_size"_s, path);
        if (treeSize != m_head.size)
            fail(path,
                u"a proof for a tree of size %1, but the tree head's size is %2"_s.arg(treeSize)
                    .arg(m_head.size));
        const std::uint64_t leaf = countField(json, u"leaf_index"_s, path);
        std::vector<QByteArray> hashes;
        for (const QJsonValue &hash : json.value(u"audit_path"_s).toArray())
            hashes.push_back(QByteArray::fromHex(hash.toString().toLatin1()));
        if (!MerkleProof::verifyInclusion(
                merkle::leafHash(leafData), leaf, m_head.size, hashes, m_head.rootHash))
            fail(path,
                u"the inclusion proof of leaf %1 does not lead to the tree head's root"_s.arg(
                    leaf));
    }

    void checkPhotos()
    {
        int photos = 0;
        for (const QString &path : std::as_const(m_sorted)) {
            if (!path.startsWith(cp::photoDir + u'/'))
                continue;
            const QString hash = QString::fromLatin1(sha256(m_package.read(path)).toHex());
            if (!path.section(u'/', -1).startsWith(hash))
                fail(path, u"its SHA-256 %1 is not its name"_s.arg(hash));
            if (!m_signedTexts.contains(hash))
                fail(path, u"no signed record in the package names its SHA-256 %1"_s.arg(hash));
            ++photos;
        }
        checked << u"%1 photos: SHA-256 named by a signed record"_s.arg(photos);
    }

    void checkFlags()
    {
        int flags = 0;
        for (const QString &path : std::as_const(m_sorted)) {
            if (!path.startsWith(cp::flagDir + u'/'))
                continue;
            const QByteArray bytes = m_package.read(path);
            const bool held = std::any_of(
                m_caseActions.cbegin(), m_caseActions.cend(), [&](const CanonicalRecord &record) {
                    return std::any_of(record.values.cbegin(), record.values.cend(),
                        [&](const CanonicalRecord::Value &value) {
                            return value.number == 4 && value.bytes == bytes;
                        });
                });
            if (!held)
                fail(path, u"not the flag a server-signed case record holds"_s);
            ++flags;
        }
        checked << u"%1 flags: each exactly as a server-signed case record holds it"_s.arg(flags);
    }

    Package m_package;
    QByteArray m_pinned;
    QByteArray m_serverKey;
    QSet<QString> m_files;
    QStringList m_sorted; // m_files in order, so the first failure is always the same
    TreeHead m_head;
    QHash<QString, QByteArray> m_deviceKeys;
    QSet<QString> m_signedTexts;
    QList<CanonicalRecord> m_caseActions;
    int m_records = 0;
};

} // namespace

CasePackageVerifier::Result CasePackageVerifier::verify(
    const QString &dir, const QByteArray &pinnedServerKey)
{
    Verifier verifier(dir, pinnedServerKey);
    Result result;
    try {
        if (!QDir(dir).exists())
            fail(dir, u"no such directory"_s);
        verifier.run();
        result.ok = true;
    } catch (const Failure &failure) {
        result.failure = failure.text;
    }
    result.checked = verifier.checked;
    return result;
}

} // namespace outfall::evidence
