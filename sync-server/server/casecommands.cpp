#include "server/casecommands.h"

#include "evidence/casepackage.h"
#include "server/caselog.h"
#include "server/casepackagewriter.h"
#include "store/database.h"
#include "store/flagrecords.h"
#include "sync/headerfields.h"
#include "sync/jsonbody.h"
#include "sync/protocolerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;
using outfall::sync::ErrorCode;
using outfall::sync::HeaderFields;
using outfall::sync::Message;
using outfall::sync::ProtocolError;

namespace outfall::server {

namespace {

constexpr qsizetype kMaxTitle = 500;
constexpr qsizetype kMaxItems = 1000;
constexpr qint64 kExportLifetimeMs = 24LL * 3600 * 1000;

bool mayHandleCases(const Peer &peer)
{
    return peer.role == u"admin" || peer.role == u"supervisor" || peer.role == u"enforcement";
}

CaseLog::Actor actorOf(const Peer &peer)
{
    // The admin credential has no inspector: its device id stands for it.
    return {peer.inspectorId.isEmpty() ? peer.deviceId : peer.inspectorId, peer.role};
}

QStringList ids(const QCborMap &header, const QString &key)
{
    if (!header.contains(key))
        return {};
    QStringList out;
    for (const QCborValue &value : HeaderFields(header).array(key, kMaxItems)) {
        if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 200)
            HeaderFields::fail(key, u"an array of ids (text)"_s);
        out.append(value.toString());
    }
    return out;
}

} // namespace

CaseCommands::CaseCommands(store::Database &db, const evidence::RecordSigner &signer,
    BlobStore &blobs, const QString &dataDir)
    : m_db(db)
    , m_signer(signer)
    , m_blobs(blobs)
    , m_exportRoot(dataDir.isEmpty() ? QDir::temp().filePath(
                       u"outfall-case-exports-%1"_s.arg(QCoreApplication::applicationPid()))
                                     : QDir(dataDir).filePath(u"case-exports"_s))
{ }

Message CaseCommands::reply(const Message &request, const QString &op, const QByteArray &body) const
{
    return Message::reply(sync::Command::CaseReply, request, QCborMap {{u"op"_s, op}}, body);
}

namespace {

class CaseJson
{
public:
    explicit CaseJson(store::Database &db)
        : m_db(db)
    { }

    QJsonObject of(const EnforcementCase &c)
    {
        QJsonArray actions;
        for (const CaseAction &a : c.actions)
            actions.append(QJsonObject {{u"record_id"_s, a.recordId},
                {u"leaf"_s, qint64(a.leafIndex)}, {u"action"_s, a.action},
                {u"subject"_s, a.subject}, {u"at"_s, qint64(a.atMs)}, {u"actor"_s, a.actor},
                {u"actor_name"_s, nameOf(a.actor)}, {u"role"_s, a.role}});
        return QJsonObject {{u"id"_s, c.id}, {u"label"_s, c.label()}, {u"title"_s, c.title},
            {u"permit_id"_s, c.permitId}, {u"permit_number"_s, permitNumber(c.permitId)},
            {u"flags"_s, QJsonArray::fromStringList(c.subjects(u"add_flag"_s))},
            {u"inspections"_s, QJsonArray::fromStringList(c.subjects(u"add_inspection"_s))},
            {u"actions"_s, actions}};
    }

private:
    QString nameOf(const QString &actor)
    {
        auto s = m_db.cached(u"SELECT name FROM inspector WHERE id = ?"_s);
        s.bind(1, actor);
        const QString name = s.step() ? s.text(0) : u"admin"_s;
        s.reset();
        return name;
    }
    QString permitNumber(const QString &permitId)
    {
        auto s = m_db.cached(u"SELECT number FROM permit WHERE id = ?"_s);
        s.bind(1, permitId);
        const QString number = s.step() ? s.text(0) : QString();
        s.reset();
        return number;
    }

    store::Database &m_db;
};

EnforcementCase requireCase(const CaseLog &log, const QCborMap &header)
{
    const QString id = HeaderFields(header).text(u"id"_s, 64);
    const auto found = log.find(id);
    if (!found)
        throw ProtocolError(ErrorCode::NotFound, u"no case '%1'"_s.arg(id));
    return *found;
}

} // namespace

Message CaseCommands::handle(const Peer &peer, const Message &message)
{
    const QString op = HeaderFields(message.header).text(u"op"_s, 16);
    if (!mayHandleCases(peer))
        throw ProtocolError(ErrorCode::Forbidden,
            u"only a supervisor or an enforcement officer may handle enforcement cases; this"
            u" device's role is %1"_s.arg(peer.role));
    CaseLog log(m_db, m_signer);
    CaseJson json(m_db);
    if (op == u"create")
        return reply(message, op, sync::jsonBody(create(peer, message.header)));
    if (op == u"add")
        return reply(message, op, sync::jsonBody(add(peer, message.header)));
    if (op == u"list") {
        QJsonArray cases;
        for (const EnforcementCase &c : log.cases())
            cases.append(json.of(c));
        return reply(message, op, sync::jsonBody({{u"cases"_s, cases}}));
    }
    if (op == u"show")
        return reply(
            message, op, sync::jsonBody({{u"case"_s, json.of(requireCase(log, message.header))}}));
    if (op == u"export")
        return reply(message, op, sync::jsonBody(exportCase(peer, message.header)));
    if (op == u"file")
        return reply(message, op, fileChunk(message.header));
    HeaderFields::fail(u"op"_s, u"create, add, list, show, export or file"_s);
}

namespace {

// Checks what a case may hold: the permit's own flags and inspections. Returns the flags'
// canonical JSON, as the case records keep them.
class CaseContents
{
public:
    CaseContents(store::Database &db, const QString &permitId)
        : m_db(db)
        , m_permitId(permitId)
    { }

    QByteArray flag(const QString &id) const
    {
        const auto flag = store::FlagRecords(m_db).find(id);
        if (!flag)
            throw ProtocolError(ErrorCode::NotFound, u"no flag '%1'"_s.arg(id));
        if (flag->permitId != m_permitId)
            throw ProtocolError(
                ErrorCode::Malformed, u"flag %1 is of another permit than the case's"_s.arg(id));
        return evidence::casepackage::canonicalJson(flag->toJson());
    }

    void inspection(const QString &id) const
    {
        auto s = m_db.cached(u"SELECT permit_id FROM inspection WHERE id = ?"_s);
        s.bind(1, id);
        const bool found = s.step();
        const QString permit = found ? s.text(0) : QString();
        s.reset();
        if (!found)
            throw ProtocolError(ErrorCode::NotFound, u"no inspection '%1'"_s.arg(id));
        if (permit != m_permitId)
            throw ProtocolError(ErrorCode::Malformed,
                u"inspection %1 is of another permit than the case's"_s.arg(id));
    }

private:
    store::Database &m_db;
    QString m_permitId;
};

} // namespace

QJsonObject CaseCommands::create(const Peer &peer, const QCborMap &header)
{
    const HeaderFields fields(header);
    const QString permit = fields.text(u"p"_s, 200);
    const QString title = fields.text(u"t"_s, kMaxTitle).trimmed();
    if (title.isEmpty())
        HeaderFields::fail(u"t"_s, u"the case's title (not blank)"_s);
    auto s = m_db.prepare(u"SELECT id FROM permit WHERE id = ?1 OR number = ?1"_s);
    s.bind(1, permit);
    if (!s.step())
        throw ProtocolError(ErrorCode::NotFound, u"no permit '%1'"_s.arg(permit));
    const QString permitId = s.text(0);
    const CaseContents contents(m_db, permitId);
    const QStringList flags = ids(header, u"f"_s);
    const QStringList inspections = ids(header, u"i"_s);
    QList<QByteArray> flagJson;
    for (const QString &flag : flags)
        flagJson.append(contents.flag(flag));
    for (const QString &inspection : inspections)
        contents.inspection(inspection);
    CaseLog log(m_db, m_signer);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    store::Transaction transaction(m_db);
    const EnforcementCase created = log.create(title, permitId, actorOf(peer), now);
    for (qsizetype i = 0; i < flags.size(); ++i)
        log.act(created.id, u"add_flag"_s, flags[i], flagJson[i], actorOf(peer), now);
    for (const QString &inspection : inspections)
        log.act(created.id, u"add_inspection"_s, inspection, {}, actorOf(peer), now);
    transaction.commit();
    return {{u"case"_s, CaseJson(m_db).of(*log.find(created.id))}};
}

QJsonObject CaseCommands::add(const Peer &peer, const QCborMap &header)
{
    CaseLog log(m_db, m_signer);
    const EnforcementCase c = requireCase(log, header);
    const CaseContents contents(m_db, c.permitId);
    const QStringList flags = ids(header, u"f"_s);
    const QStringList inspections = ids(header, u"i"_s);
    if (flags.isEmpty() && inspections.isEmpty())
        HeaderFields::fail(u"f"_s, u"at least one flag (f) or inspection (i) to add"_s);
    QList<QByteArray> flagJson;
    for (const QString &flag : flags) {
        if (c.subjects(u"add_flag"_s).contains(flag))
            throw ProtocolError(
                ErrorCode::DuplicateRow, u"flag %1 is already in case %2"_s.arg(flag, c.label()));
        flagJson.append(contents.flag(flag));
    }
    for (const QString &inspection : inspections) {
        if (c.subjects(u"add_inspection"_s).contains(inspection))
            throw ProtocolError(ErrorCode::DuplicateRow,
                u"inspection %1 is already in case %2"_s.arg(inspection, c.label()));
        contents.inspection(inspection);
    }
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    store::Transaction transaction(m_db);
    for (qsizetype i = 0; i < flags.size(); ++i)
        log.act(c.id, u"add_flag"_s, flags[i], flagJson[i], actorOf(peer), now);
    for (const QString &inspection : inspections)
        log.act(c.id, u"add_inspection"_s, inspection, {}, actorOf(peer), now);
    transaction.commit();
    return {{u"case"_s, CaseJson(m_db).of(*log.find(c.id))}};
}

QString CaseCommands::exportDir(const QString &exportId) const
{
    return QDir(m_exportRoot).filePath(exportId);
}

QJsonObject CaseCommands::exportCase(const Peer &peer, const QCborMap &header)
{
    CaseLog log(m_db, m_signer);
    const EnforcementCase c = requireCase(log, header);
    const QString language =
        header.contains(u"lang"_s) ? HeaderFields(header).text(u"lang"_s, 2) : u"en"_s;
    if (language != u"en" && language != u"zh")
        HeaderFields::fail(u"lang"_s, u"en or zh"_s);
    // Exports are fetched at once; what is left from a day ago is dropped.
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (const QFileInfo &old :
        QDir(m_exportRoot).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (old.lastModified().toMSecsSinceEpoch() < now - kExportLifetimeMs)
            QDir(old.absoluteFilePath()).removeRecursively();
    }
    const QString exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    log.act(c.id, u"export"_s, exportId, {}, actorOf(peer), now);
    const QString dir = exportDir(exportId);
    QList<CasePackageWriter::File> files;
    try {
        files =
            CasePackageWriter(m_db, m_signer, m_blobs).write(*log.find(c.id), dir, language, now);
    } catch (const std::exception &) {
        QDir(dir).removeRecursively();
        throw;
    }
    QJsonArray list;
    for (const CasePackageWriter::File &file : files)
        list.append(QJsonArray {file.path, file.size, file.sha256});
    return {
        {u"x"_s, exportId}, {u"files"_s, list}, {u"case"_s, CaseJson(m_db).of(*log.find(c.id))}};
}

QByteArray CaseCommands::fileChunk(const QCborMap &header) const
{
    const HeaderFields fields(header);
    const QString exportId = fields.text(u"x"_s, 64);
    const QString name = fields.text(u"n"_s, 300);
    const qint64 offset = fields.integer(u"o"_s, 0, std::int64_t(1) << 40);
    if (QUuid::fromString(exportId).isNull()
        || QUuid::fromString(exportId).toString(QUuid::WithoutBraces) != exportId)
        HeaderFields::fail(u"x"_s, u"an export id"_s);
    if (name.contains(u".."_s) || name.startsWith(u'/') || name.contains(u'\\'))
        HeaderFields::fail(u"n"_s, u"a file path inside the package"_s);
    QFile file(QDir(exportDir(exportId)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        throw ProtocolError(ErrorCode::NotFound,
            u"export %1 has no file '%2' (exports are kept a day)"_s.arg(exportId, name));
    if (offset > file.size())
        HeaderFields::fail(u"o"_s, u"an offset within the file's %1 bytes"_s.arg(file.size()));
    file.seek(offset);
    return file.read(chunkBytes);
}

} // namespace outfall::server
