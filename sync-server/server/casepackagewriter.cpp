#include "server/casepackagewriter.h"

#include "domain/oxygencorrection.h"
#include "evidence/canonicalrecord.h"
#include "evidence/casepackage.h"
#include "evidence/recordsigner.h"
#include "evidence/sha256.h"
#include "report/casereport.h"
#include "rules/flagjson.h"
#include "server/blobstore.h"
#include "server/casereportsource.h"
#include "server/deviceregistry.h"
#include "server/evidencelog.h"
#include "store/database.h"
#include "sync/entityschema.h"
#include "sync/uuid.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outfall::server {

namespace {

namespace cp = evidence::casepackage;
using evidence::CanonicalRecord;
using Report = report::CaseReportData;

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString uuidText(const QByteArray &bytes)
{
    const auto uuid = sync::Uuid::fromBytes(bytes);
    return uuid ? uuid->toText() : hex(bytes);
}

QString fieldName(const CanonicalRecord &record, std::uint8_t number)
{
    static const QStringList caseFields {
        u"title"_s, u"permit_id"_s, u"created_by"_s, u"created_role"_s};
    static const QStringList actionFields {
        u"case_id"_s, u"action"_s, u"subject"_s, u"content"_s, u"actor"_s, u"actor_role"_s};
    if (record.entity == cp::caseEntity)
        return caseFields.value(number - 1, QString::number(number));
    if (record.entity == cp::caseActionEntity)
        return actionFields.value(number - 1, QString::number(number));
    const auto *info = sync::EntitySchema::find(sync::Entity(record.entity));
    const auto *field = info ? info->field(number) : nullptr;
    return field ? field->name : QString::number(number);
}

QString entityName(const CanonicalRecord &record)
{
    if (record.entity == cp::caseEntity)
        return u"case"_s;
    if (record.entity == cp::caseActionEntity)
        return u"case_action"_s;
    const auto *info = sync::EntitySchema::find(sync::Entity(record.entity));
    return info ? info->table : QString::number(record.entity);
}

QJsonValue jsonValue(const CanonicalRecord::Value &value)
{
    using Type = CanonicalRecord::Value::Type;
    switch (value.type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Integer:
        return QJsonValue(qint64(value.integer));
    case Type::Real:
        return value.real;
    case Type::Text:
        return QString::fromUtf8(value.bytes);
    case Type::Blob:
        return QString::fromLatin1(value.bytes.toBase64());
    }
    return QJsonValue::Null;
}

// Builds one package: the files in order, then the manifest over them.
class Builder
{
public:
    Builder(store::Database &db, const evidence::RecordSigner &signer, BlobStore &blobs,
        const QString &dir)
        : m_db(db)
        , m_signer(signer)
        , m_blobs(blobs)
        , m_dir(dir)
        , m_log(db)
    { }

    QList<CasePackageWriter::File> files;
    Report report;

    void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(m_dir.filePath(path)).absolutePath());
        QFile file(m_dir.filePath(path));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            throw std::runtime_error(
                (u"cannot write "_s + file.fileName() + u": "_s + file.errorString())
                    .toStdString());
        file.close();
        files.append({path, bytes.size(), hex(evidence::sha256(bytes))});
    }

    void build(const EnforcementCase &c, const QString &language, std::int64_t nowMs)
    {
        report.language = language;
        report.caseLabel = c.label();
        report.caseId = c.id;
        report.title = c.title;
        report.exportedAtMs = nowMs;
        report.serverKeyHex = hex(m_signer.publicKey());
        m_source.permit(c.permitId);
        const auto head = m_log.latestHead();
        if (!head)
            throw std::runtime_error("the evidence log has no signed tree head");
        m_head = *head;
        writeFlags(c);
        QStringList inspections = c.subjects(u"add_inspection"_s);
        for (const QString &id : std::as_const(m_flagInspections)) {
            if (!inspections.contains(id))
                inspections.append(id);
        }
        QStringList recordIds;
        for (const QString &inspection : std::as_const(inspections))
            recordIds += recordsOfInspection(inspection);
        for (const CaseAction &action : c.actions)
            recordIds.append(action.recordId);
        for (const QString &id : std::as_const(recordIds))
            writeRecord(id);
        for (const QString &inspection : std::as_const(inspections)) {
            m_source.inspection(inspection);
            readPhotos(inspection);
        }
        writeKeys();
        writeCaseFile(c, inspections, nowMs);
        writeTreeHead();
        const QString pdf = m_dir.filePath(cp::reportFile);
        report::CaseReport::write(report, pdf);
        QFile in(pdf);
        if (!in.open(QIODevice::ReadOnly))
            throw std::runtime_error("the PDF report was not written");
        const QByteArray pdfBytes = in.readAll();
        files.append({cp::reportFile, pdfBytes.size(), hex(evidence::sha256(pdfBytes))});
        writeManifest(c, nowMs);
    }

private:
    void writeFlags(const EnforcementCase &c)
    {
        for (const CaseAction &action : c.actions) {
            if (action.action != u"add_flag"_s)
                continue;
            writeFile(cp::flagDir + u'/' + action.subject + u".json"_s, action.content);
            const QJsonObject flag = QJsonDocument::fromJson(action.content).object();
            m_source.flag(flag);
            for (const QJsonValue &link : flag.value(u"evidence"_s).toArray()) {
                const QJsonObject o = link.toObject();
                const QString id = o.value(u"id"_s).toString();
                QString inspection;
                if (o.value(u"kind"_s).toString() == u"inspection")
                    inspection = id;
                else {
                    auto s = m_db.cached(
                        u"SELECT inspection_id FROM evidence_record WHERE subject_id = ?"_s);
                    s.bind(1, id);
                    if (s.step())
                        inspection = s.text(0);
                    s.reset();
                }
                if (!inspection.isEmpty() && !m_flagInspections.contains(inspection))
                    m_flagInspections.append(inspection);
            }
        }
    }

    QStringList recordsOfInspection(const QString &inspection)
    {
        auto s = m_db.prepare(u"SELECT l.record_id FROM evidence_record r JOIN evidence_log l"
                              u" ON l.record_id = r.id WHERE r.inspection_id = ?"
                              u" ORDER BY l.leaf_index"_s);
        s.bind(1, inspection);
        QStringList out;
        while (s.step())
            out.append(s.text(0));
        return out;
    }

    void writeRecord(const QString &recordId)
    {
        if (m_written.contains(recordId))
            return;
        m_written.insert(recordId);
        const auto entry = m_log.findRecord(recordId);
        if (!entry)
            throw std::runtime_error((u"the log holds no record "_s + recordId).toStdString());
        if (entry->leafIndex >= m_head.size)
            throw std::runtime_error("a record is not covered by the latest tree head");
        const CanonicalRecord record = CanonicalRecord::decode(entry->record);
        QJsonObject fields;
        std::int64_t capturedAt = record.signedAtMs;
        for (const CanonicalRecord::Value &value : record.values) {
            const QString name = fieldName(record, value.number);
            fields.insert(name, jsonValue(value));
            if (name.endsWith(u"_at"_s) && value.type == CanonicalRecord::Value::Type::Integer
                && name != u"added_at"_s)
                capturedAt = value.integer;
        }
        QJsonObject json {{u"record_id"_s, entry->recordId},
            {u"leaf_index"_s, qint64(entry->leafIndex)}, {u"device_id"_s, entry->deviceId},
            {u"seq"_s, qint64(entry->seq)}, {u"signed_at"_s, qint64(record.signedAtMs)},
            {u"kind"_s, int(record.kind)}, {u"entity"_s, entityName(record)},
            {u"row_id"_s, uuidText(record.rowId)}, {u"fields"_s, fields},
            {u"record"_s, QString::fromLatin1(entry->record.toBase64())},
            {u"signature"_s, QString::fromLatin1(entry->signature.toBase64())},
            {u"sha256"_s, hex(entry->recordSha256)}, {u"logged_at"_s, qint64(entry->loggedAt)}};
        writeFile(cp::recordDir + u'/' + recordId + u".json"_s, cp::canonicalJson(json));
        QJsonArray path;
        for (const QByteArray &hash : m_log.inclusionProof(entry->leafIndex, m_head.size))
            path.append(hex(hash));
        writeFile(cp::proofDir + u'/' + recordId + u".json"_s,
            cp::canonicalJson(
                {{u"record_id"_s, recordId}, {u"leaf_index"_s, qint64(entry->leafIndex)},
                    {u"tree_size"_s, qint64(m_head.size)}, {u"audit_path"_s, path}}));
        if (entry->deviceId != CaseLog::serverDeviceId)
            m_devices.insert(entry->deviceId);
        custody(*entry, record, capturedAt);
    }

    void custody(
        const EvidenceLog::Entry &entry, const CanonicalRecord &record, std::int64_t capturedAt)
    {
        Report::Custody row;
        row.what = entityName(record) + u' ' + uuidText(record.rowId).left(8);
        row.capturedAtMs = capturedAt;
        row.signedAtMs = record.signedAtMs;
        row.deviceKey = hex(record.signingKey).left(16);
        row.receivedAtMs = entry.loggedAt;
        row.loggedAtMs = entry.loggedAt;
        row.leafIndex = entry.leafIndex;
        auto s = m_db.cached(u"SELECT public_key FROM device WHERE id = ?"_s);
        s.bind(1, entry.deviceId);
        row.transportKey = s.step() ? s.text(0).left(12) : u"server"_s;
        s.reset();
        auto head =
            m_db.cached(u"SELECT min(timestamp) FROM evidence_tree_head WHERE tree_size > ?"_s);
        head.bind(1, static_cast<std::int64_t>(entry.leafIndex));
        if (head.step() && !head.isNull(0))
            row.loggedAtMs = head.int64(0);
        head.reset();
        report.custody.append(row);
    }

    void readPhotos(const QString &inspection)
    {
        auto s = m_db.prepare(u"SELECT sha256, mime, lat, lon, taken_at, coalesce(caption, '')"
                              u" FROM photo WHERE inspection_id = ? ORDER BY taken_at"_s);
        s.bind(1, inspection);
        while (s.step()) {
            const QString sha = s.text(0);
            if (!m_blobs.has(sha) || m_photos.contains(sha))
                continue; // not uploaded (yet): case.json says which are missing
            m_photos.insert(sha);
            const QString mime = s.text(1);
            const QString ext = mime == u"image/png" ? u"png"_s
                : mime == u"image/jpeg"              ? u"jpg"_s
                                                     : u"bin"_s;
            const QString path = cp::photoDir + u'/' + sha + u'.' + ext;
            writeFile(path, m_blobs.read(sha, 0, m_blobs.size(sha)));
            Report::Photo photo {path, m_dir.filePath(path), sha, s.int64(4), s.optionalReal(2),
                s.optionalReal(3), s.text(5)};
            report.photos.append(photo);
            if (photo.lat && photo.lon)
                report.mapPoints.append(
                    {Report::MapPoint::Kind::Photo, sha.left(8), *photo.lat, *photo.lon});
        }
        auto missing = m_db.prepare(u"SELECT sha256 FROM photo WHERE inspection_id = ?"_s);
        missing.bind(1, inspection);
        while (missing.step()) {
            if (!m_photos.contains(missing.text(0)))
                m_missingPhotos.append(missing.text(0));
        }
    }

    void writeKeys()
    {
        writeFile(cp::serverKeyFile, hex(m_signer.publicKey()).toLatin1() + '\n');
        DeviceRegistry registry(m_db);
        QStringList devices(m_devices.cbegin(), m_devices.cend());
        devices.sort();
        for (const QString &device : std::as_const(devices)) {
            const auto key = registry.signingKey(device);
            if (!key)
                throw std::runtime_error((u"no signing key for device "_s + device).toStdString());
            writeFile(cp::deviceKeyDir + u'/' + device + u".pub"_s,
                hex(key->publicKey).toLatin1() + '\n');
        }
    }

    void writeCaseFile(const EnforcementCase &c, const QStringList &inspections, std::int64_t nowMs)
    {
        QJsonArray actions;
        for (const CaseAction &a : c.actions)
            actions.append(
                QJsonObject {{u"record_id"_s, a.recordId}, {u"leaf_index"_s, qint64(a.leafIndex)},
                    {u"action"_s, a.action}, {u"subject"_s, a.subject}, {u"at"_s, qint64(a.atMs)},
                    {u"actor"_s, a.actor}, {u"role"_s, a.role}});
        writeFile(cp::caseFile,
            cp::canonicalJson({{u"id"_s, c.id}, {u"label"_s, c.label()}, {u"title"_s, c.title},
                {u"permit_id"_s, c.permitId}, {u"permit_number"_s, report.enterprise.permitNumber},
                {u"exported_at"_s, qint64(nowMs)}, {u"language"_s, report.language},
                {u"actions"_s, actions},
                {u"inspections"_s, QJsonArray::fromStringList(inspections)},
                {u"photos_missing"_s, QJsonArray::fromStringList(m_missingPhotos)}}));
    }

    void writeTreeHead()
    {
        writeFile(cp::treeHeadFile,
            cp::canonicalJson({{u"size"_s, qint64(m_head.size)}, {u"root"_s, hex(m_head.rootHash)},
                {u"timestamp"_s, qint64(m_head.timestampMs)},
                {u"signature"_s, hex(m_head.signature)}}));
        report.treeHeadText = u"%1 / %2"_s.arg(m_head.size).arg(hex(m_head.rootHash));
    }

    void writeManifest(const EnforcementCase &c, std::int64_t nowMs)
    {
        QJsonArray list;
        for (const CasePackageWriter::File &file : std::as_const(files))
            list.append(QJsonObject {
                {u"path"_s, file.path}, {u"size"_s, file.size}, {u"sha256"_s, file.sha256}});
        const QByteArray manifest = cp::canonicalJson(
            {{u"format"_s, cp::formatVersion}, {u"case"_s, c.id}, {u"exported_at"_s, qint64(nowMs)},
                {u"server_key"_s, hex(m_signer.publicKey())}, {u"files"_s, list}});
        const QList<CasePackageWriter::File> listed = files;
        writeFile(cp::manifestFile, manifest);
        writeFile(cp::manifestSignatureFile, hex(m_signer.sign(manifest)).toLatin1() + '\n');
        // The manifest and its signature are part of the transfer, not of the manifest.
        files = QList<CasePackageWriter::File>(files.cend() - 2, files.cend()) + listed;
    }

    store::Database &m_db;
    const evidence::RecordSigner &m_signer;
    BlobStore &m_blobs;
    QDir m_dir;
    EvidenceLog m_log;
    CaseReportSource m_source {m_db, report};
    evidence::TreeHead m_head;
    QStringList m_flagInspections;
    QSet<QString> m_written;
    QSet<QString> m_devices;
    QSet<QString> m_photos;
    QStringList m_missingPhotos;
};

} // namespace

CasePackageWriter::CasePackageWriter(
    store::Database &db, const evidence::RecordSigner &signer, BlobStore &blobs)
    : m_db(db)
    , m_signer(signer)
    , m_blobs(blobs)
{ }

QList<CasePackageWriter::File> CasePackageWriter::write(const EnforcementCase &enforcementCase,
    const QString &dir, const QString &language, std::int64_t nowMs)
{
    if (!QDir().mkpath(dir))
        throw std::runtime_error((u"cannot make "_s + dir).toStdString());
    Builder builder(m_db, m_signer, m_blobs, dir);
    builder.build(enforcementCase, language, nowMs);
    return builder.files;
}

} // namespace outfall::server
